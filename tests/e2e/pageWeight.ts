// What a cold load of each built page transfers (HTML + CSS + JS, gzip) against the page budget
// (src/lib/budgets.ts), and the pages known to be over it. Read by the budget test over the built site
// (budgets.spec.ts) and by the test that builds the site with its public address (tests/unit/publicBudget.test.ts),
// whose pages also carry the printed address and, on leaflets, its QR code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgets } from '../../src/lib/budgets.ts';
import { builtFiles, pageAddress } from '../../src/lib/builtFiles.ts';

/** A page allowed over the page budget for now: why, and the ceilings it must still stay under. */
export interface OverBudget {
  reason: string;
  /** Built as a local preview (no SITE_URL), as `npm test` builds it. */
  ceilingKB?: number;
  /** Built with its public address (SITE_URL), as it is deployed: the printed address, a leaflet's QR code. */
  publicCeilingKB?: number;
}

/**
 * Pages known to be over the page budget today, each with the reason and a ceiling a little above its
 * size, so growing further still fails. The list must shrink: a page on it that fits the budget fails the
 * test until its entry is removed.
 */
export const knownOverBudget: Record<string, OverBudget> = {
  // The check pages carry the offices once and their answer's own text once since 2026-11-24; what is left
  // over the budget is the check's script and strings, the open-now script and data and the site's shared
  // styles. That day they came down from 18.4/17.7 KB to 16.0/15.2 KB: the check's script is written into
  // the page, the frame's scripts are one (and print nothing: the build writes the printed addresses), most
  // elements carry no scope attribute, scripts are gathered in the head, and the short office list sends
  // its offices through the answer (the directory's cards keep their own share links). To fit, about 2 KB
  // more must go: the open-now script and its data alone weigh 2.0 KB here.
  '/czy-moge-dostac-pomoc/': {
    reason: 'the check, its answer and the offices with their open-now lines in one page (15.98 KB)',
    ceilingKB: 16.1,
    publicCeilingKB: 16.15,
  },
  '/en/can-i-get-help/': {
    reason: 'the check, its answer and the offices with their open-now lines in one page (15.24 KB)',
    ceilingKB: 15.35,
    publicCeilingKB: 15.4,
  },
  // The directory lists five offices with their open-now lines, share links and the open-now toggle, the
  // helplines and JSON-LD. On 2026-11-24 it came down from 17.3/16.6 KB (the share links' letters no longer
  // percent-encoded, styles, scripts and JSON-LD trimmed), then from 15.04/14.31 KB to 13.97/13.33 KB, within
  // the budget: scripts gathered in the head and JSON-LD at the end (gzip finds the menus' and footer's
  // repeats again), one script for the open-now lines and toggle, no scope attributes, printed link addresses
  // written by the build. Built with its public address, the Polish page also prints that address and its QR
  // code (0.65 KB; the QR code's path alone is 0.4 KB), which the English one has room for (13.93 KB).
  '/gdzie-szukac-pomocy/': {
    reason: 'five offices, their open-now lines and toggle, share links, helplines, JSON-LD, QR code (14.64 KB)',
    publicCeilingKB: 14.75,
  },
};

/** The ceiling a page is allowed in a build with (`published`) or without its public address, if any. */
function ceilingOf(path: string, published: boolean): number | undefined {
  const allowed = knownOverBudget[path];
  return published ? allowed?.publicCeilingKB : allowed?.ceilingKB;
}

/** The most a page may transfer: the budget, or the ceiling of a page known to be over it. */
export function limitFor(path: string, { published = false } = {}): number {
  return (ceilingOf(path, published) ?? budgets.pageBytes / 1024) * 1024;
}

export const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** A built file by its address: "/en/about/" is its index.html. */
export function builtFile(distDir: string, urlPath: string): Buffer {
  return readFileSync(join(distDir, urlPath.endsWith('/') ? `${urlPath}index.html` : decodeURIComponent(urlPath)));
}

/** The files a page's HTML names: stylesheets and scripts. */
export function linkedAssets(html: string): string[] {
  return [...html.matchAll(/<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="(\/[^"]+)"/g)].map((m) => m[1]!);
}

/** What a cold load of each page transfers, by the sizes of its files (gzip): its HTML and what it links to. */
export function pageWeights(distDir: string): { path: string; bytes: number }[] {
  return builtFiles(distDir, { ext: '.html' }).map(({ file, path }) => {
    const html = readFileSync(file, 'utf8');
    const bytes =
      gzipped(html) + linkedAssets(html).reduce((sum, asset) => sum + gzipped(builtFile(distDir, asset)), 0);
    return { path: pageAddress(path), bytes };
  });
}

/**
 * The pages over the budget (or over their known ceiling), and those with a ceiling that fit now. `published`:
 * built with its public address; `largeDirectory`: a build with a large synthetic directory, whose pages list
 * voivodeships where the real site lists offices (the list describes the real site).
 */
export function budgetProblems(distDir: string, { published = false, largeDirectory = false } = {}): string[] {
  const problems: string[] = [];
  for (const { path, bytes } of pageWeights(distDir)) {
    if (bytes > limitFor(path, { published })) problems.push(`${path}: ${(bytes / 1024).toFixed(2)} KB`);
    if (ceilingOf(path, published) !== undefined && bytes <= budgets.pageBytes && !largeDirectory)
      problems.push(`${path} fits now (${(bytes / 1024).toFixed(2)} KB): remove its ceiling from the list`);
  }
  return problems.sort();
}
