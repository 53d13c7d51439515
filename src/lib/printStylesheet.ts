// A built page's print styles in a file of their own, linked with media="print". A browser does not wait for
// a stylesheet whose media do not match before it paints, yet downloads it with the page (before the page's
// load event), so the page is ready to print once it has loaded: the screen's styles stay in the page, and
// the first round trip (src/lib/budgets.ts) no longer carries rules for paper. Each file is named by a digest
// of its text, so a browser keeps it for a year (`/_astro/*`, src/lib/securityHeaders.ts), and pages made of
// the same components share one.
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
      // Unwrapped: the file's own link says it is for paper.
      // A copy of the list: removing a rule shifts the ones after it.
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

/** What a page's styles became: the screen's styles to keep in the page, the print stylesheet's address. */
interface Split {
  screens: string[];
  href: string | undefined;
}

const styleElement = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;

/**
 * `html` with its print styles moved to a stylesheet linked after its last <style>; `write` is given each
 * stylesheet's address and text, once per distinct one (`known` remembers the pages already split).
 */
export function withPrintStylesheet(
  html: string,
  known: Map<string, Split>,
  write: (href: string, css: string) => void,
): string {
  const styles = [...html.matchAll(styleElement)];
  if (styles.length === 0) return html;
  const key = createHash('sha256')
    .update(styles.map((match) => match[2]).join('\0'))
    .digest('base64');
  let split = known.get(key);
  if (split === undefined) {
    const parts = styles.map((match) => splitPrintStyles(match[2]!));
    const print = parts
      .map((part) => part.print)
      .filter(Boolean)
      .join('');
    const href = print ? printStylesheetHref(print) : undefined;
    if (href) write(href, print);
    split = { screens: parts.map((part) => part.screen), href };
    known.set(key, split);
  }
  let index = 0;
  const screens = split.screens;
  const rewritten = html.replace(styleElement, (_, open: string, __: string, close: string) => {
    const screen = screens[index++]!;
    return screen ? `${open}${screen}${close}` : '';
  });
  if (!split.href) return rewritten;
  const link = `<link rel="stylesheet" href="${split.href}" media="print">`;
  const at = rewritten.lastIndexOf('</style>');
  // Where the last <style> was, or, were all of the page's styles for paper, before </head>.
  const place = at === -1 ? rewritten.indexOf('</head>') : at + '</style>'.length;
  if (place === -1) throw new Error('the page has no <head> to link its print stylesheet from');
  return `${rewritten.slice(0, place)}${link}${rewritten.slice(place)}`;
}

const splitPages = new Map<string, Split>();

/** A built page with its print styles in a file in the build's output folder (see linkedScripts.ts). */
export function withBuiltPrintStylesheet(html: string): string {
  const root = process.env[scriptsDirVariable];
  if (!root) throw new Error(`${scriptsDirVariable} is not set: the page-finishing integration sets it`);
  return withPrintStylesheet(html, splitPages, (href, css) => {
    const file = join(root, href);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, css);
  });
}
