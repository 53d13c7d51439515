// The text of the scripts a built page links to (<script src="/_astro/…">), for the page's style trimming:
// a class that only a script adds keeps its rule. The middleware runs in its own bundle, so the page-finishing
// integration names the build's output folder in the environment. Each file is read once per build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The environment variable that holds the folder the build writes its scripts into. */
export const scriptsDirVariable = 'PAGE_SCRIPTS_DIR';

const texts = new Map<string, string>();
/** The joined text of each set of linked scripts: most pages link the same few. */
const joined = new Map<string, string>();

/** The linked scripts' text, joined; throws naming the variable when the folder is unknown. */
export function linkedScripts(html: string): string {
  const root = process.env[scriptsDirVariable];
  if (!root) throw new Error(`${scriptsDirVariable} is not set: the page-finishing integration sets it`);
  // Copied out of the page: a piece of it kept as a key would keep the whole page in memory.
  const sources = Buffer.from(
    [...html.matchAll(/<script\b[^>]*\ssrc="\/([^"]+)"/g)].map(([, src]) => src).join('\n'),
  ).toString();
  let text = joined.get(sources);
  if (text === undefined) {
    text = scriptTexts(root, sources);
    joined.set(sources, text);
  }
  return text;
}

function scriptTexts(root: string, sources: string): string {
  if (sources === '') return '';
  return sources
    .split('\n')
    .map((src) => {
      let text = texts.get(src);
      if (text === undefined) {
        text = readFileSync(join(root, src), 'utf8');
        texts.set(src, text);
      }
      return text;
    })
    .join('\n');
}
