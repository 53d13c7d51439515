// Polish typography: a one-letter word (a, i, o, u, w, z) must not end a line,
// so the space after it becomes a no-break space.
const NBSP = '\u00A0';
const orphanBeforeSpace = /(?<=^|[\s(„"'«—–-])([aiouwzAIOUWZ]) +/g;

export function keepOneLetterWordsWithNext(text: string): string {
  return text.replace(orphanBeforeSpace, `$1${NBSP}`);
}
