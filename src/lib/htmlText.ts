// The visible text of an HTML page, for changing it (typography) or reading it (checks), without a DOM.
// Tags and their attributes stay byte for byte; so do scripts, styles, JSON-LD and preformatted text.

/** A tag, with quoted attribute values that may hold ">" (groups: "/" of an end tag, the name); or a comment. */
const token = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
/** Elements whose content is not running text. */
const rawElements = new Set(['script', 'style', 'textarea', 'pre', 'code', 'template']);

const entities: Record<string, string> = {
  amp: '&',
  quot: '"',
  '#39': "'",
  '#x27': "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00A0',
};

/**
 * The characters of the entities Astro and the Markdown pipeline write (&amp; &quot; &#39; &#x27; &lt; &gt;
 * &nbsp;), for reading a piece of HTML – an attribute's value, a link's text – as plain text.
 */
export function decodeEntities(html: string): string {
  return html.replace(/&(amp|quot|#39|#x27|lt|gt|nbsp);/g, (_, name: string) => entities[name]!);
}

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:quot|#34);/g, '"').replace(/&(?:nbsp|#160);/g, '\u00A0');
}

/** The page with `change` applied to each run of text between tags (entities for quotes and no-break spaces decoded). */
export function mapHtmlText(html: string, change: (text: string) => string): string {
  let result = '';
  let last = 0;
  let rawUntil: string | undefined;
  for (const match of html.matchAll(token)) {
    const text = html.slice(last, match.index);
    result += rawUntil || text === '' ? text : change(decode(text));
    result += match[0];
    last = match.index + match[0].length;
    const [whole, slash, name] = match;
    if (name === undefined) continue;
    const tag = name.toLowerCase();
    if (rawUntil) {
      if (slash === '/' && tag === rawUntil) rawUntil = undefined;
    } else if (slash === '' && rawElements.has(tag) && !whole.endsWith('/>')) {
      rawUntil = tag;
    }
  }
  const rest = html.slice(last);
  return result + (rawUntil || rest === '' ? rest : change(decode(rest)));
}

/** The runs of visible text of a page (including <title>), in order. */
export function htmlTextRuns(html: string): string[] {
  const runs: string[] = [];
  mapHtmlText(html, (text) => {
    if (text.trim() !== '') runs.push(text);
    return text;
  });
  return runs;
}

/** All visible text of a page as one string, white space between elements kept (as the reader sees it). */
export function visibleText(html: string): string {
  let text = '';
  mapHtmlText(html, (run) => {
    text += run;
    return run;
  });
  return text;
}

/** Polish pages: <html lang="pl">. */
export function isPolishPage(html: string): boolean {
  return /<html[^>]*\slang="pl"/.test(html);
}

/**
 * A run of text without the indentation of the templates it came from: each line break with the spaces
 * around it becomes one line break. A browser shows it the same (white space between words collapses
 * to one space), search still sees two words, and a page of forty offices is lighter. No-break spaces stay.
 */
export function withoutIndentation(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(/[ \t\r]*\n[ \t\r\n]*/g, '\n');
}
