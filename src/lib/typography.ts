// Polish typography, the one function every path that puts Polish text on a page goes through
// (Markdown bodies, interface strings, and the whole built page: titles, navigation, data, answers).
// It must be idempotent: a text may pass through it more than once.
const NBSP = '\u00A0';

/** A one-letter word (a, i, o, u, w, z) must not end a line, so the space after it becomes a no-break space. */
const orphanBeforeSpace = /(?<=^|[\s(„"'«—–-])([aiouwzAIOUWZ]) +/g;

const months = 'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia';
/** "1 stycznia": the day stays with its month. */
const dayBeforeMonth = new RegExp(`(?<=(?:^|[^\\d])\\d{1,2}) +(?=(?:${months})(?![\\p{L}]))`, 'gu');
/** "120 000", "26 827,49", "22 628 99 99": digit groups of one number or phone never break apart. */
const spaceBetweenDigits = /(?<=\d) +(?=\d)/g;
/** "26 827,49 EUR", "2027 r.", "30%": a number stays with its unit. */
const numberBeforeUnit = /(?<=\d) +(?=(?:EUR|PLN|zł|tys\.|mln|mld|r\.|proc\.|%))/g;
/** A dash must not begin a line. */
const spaceBeforeDash = / +(?=– )/g;
/** No space before a comma, full stop, colon or semicolon. */
const spaceBeforePunctuation = /(?<=\S) +(?=[,;:.](?:\s|$))/g;
/** Straight or English double quotes around a title become Polish ones: „…”. */
const quotedTitle = /"([^"\n]+)"|“([^”\n]+)”/g;
/** "o 8.30" → "o 8:30": a time of day with a colon. */
const timeWithDot = /(?<=\bo[\s\u00A0]+\d{1,2})\.(?=\d{2}\b)/g;

/** No-break spaces, which typography puts in a page. */
const noBreakSpaces = /[\u00A0\u202F\u2007]/g;

/**
 * Text for machines and messages (the data feed, JSON-LD, vCards, a text message): every no-break space
 * becomes a plain one, which every program and phone reads.
 */
export function plainSpaces(text: string): string {
  return text.replace(noBreakSpaces, ' ');
}

export function keepOneLetterWordsWithNext(text: string): string {
  return text.replace(orphanBeforeSpace, `$1${NBSP}`);
}

/**
 * "1 stycznia 2027": the day kept with its month. For a date a script formats in the browser and puts into
 * text that arrived typeset; the whole of polishTypography would only add weight to the script.
 */
export function keepDayWithMonth(text: string): string {
  return text.replace(dayBeforeMonth, NBSP);
}

/** Every rule below needs white space or a double quote: a text without them (and a blank one) stays as it is. */
const mayChange = /^(?=[\s\S]*[\s"“])(?=[\s\S]*\S)/;

/** Everything Polish typography asks of a piece of running text (no HTML: see htmlText.ts for pages). */
export function polishTypography(text: string): string {
  // A page holds thousands of runs of text, most of them one word or blank: those skip the rules.
  if (!mayChange.test(text)) return text;
  return keepOneLetterWordsWithNext(
    text
      .replace(quotedTitle, (_, straight: string | undefined, curly: string | undefined) => `„${straight ?? curly}”`)
      .replace(spaceBeforePunctuation, '')
      .replace(timeWithDot, ':')
      .replace(dayBeforeMonth, NBSP)
      .replace(spaceBetweenDigits, NBSP)
      .replace(numberBeforeUnit, NBSP)
      .replace(spaceBeforeDash, NBSP),
  );
}

/** Pieces of text where a one-letter word is followed by a breaking space (for the check over built pages). */
export function looseOneLetterWords(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?<=^|[\s(„"'«—–-])[aiouwzAIOUWZ] +\S*/g)) found.push(match[0]);
  return found;
}

/** Pieces of text with white space before a comma ("Bydgoszcz , Włocławek"), also across elements. */
export function spacesBeforeCommas(text: string): string[] {
  return [...text.matchAll(/\S+\s+,/g)].map((match) => match[0].replace(/\s+/g, ' '));
}
