// A built page's print styles in a file of their own, linked with media="print" (src/lib/pageStyles.ts moves
// them there as it trims the page's styles). A browser does not wait for a stylesheet whose media do not match
// before it paints, yet downloads it with the page (before the page's load event), so the page is ready to
// print once it has loaded: the screen's styles stay in the page, and the first round trip (src/lib/budgets.ts)
// no longer carries rules for paper. Each file is named by a digest of its text, so a browser keeps it for a
// year (`/_astro/*`, src/lib/securityHeaders.ts), and pages made of the same components share one.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import postcss from 'postcss';
import { scriptsDirVariable } from './linkedScripts.ts';

/** `css` split into what applies on screen and what applies only on paper (`@media print`, `@page`). */
export function splitPrintStyles(css: string): { screen: string; print: string } {
  const root = postcss.parse(css);
  const print = postcss.root();
  root.each((node) => {
    if (node.type !== 'atrule') return;
    if (node.name === 'page') print.append(node.remove());
    else if (node.name === 'media' && node.params.trim().toLowerCase() === 'print') {
      // Unwrapped, as the file's link says it is for paper; from a copy of the list, as each removal shifts it.
      print.append(...[...(node.nodes ?? [])].map((child) => child.remove()));
      node.remove();
    }
  });
  return { screen: root.toString(), print: print.toString() };
}

/** The address of a print stylesheet, by a digest of its text. */
export function printStylesheetHref(css: string): string {
  return `/_astro/print.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
}

/** Writes a print stylesheet into the build's output folder (see linkedScripts.ts); its address. */
export function writtenPrintStylesheet(css: string): string {
  const root = process.env[scriptsDirVariable];
  if (!root) throw new Error(`${scriptsDirVariable} is not set: the page-finishing integration sets it`);
  const href = printStylesheetHref(css);
  const file = join(root, href);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, css);
  return href;
}
