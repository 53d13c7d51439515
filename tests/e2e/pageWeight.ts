// What a cold load of each built page transfers (HTML + CSS + JS, gzip) against the page budget
// (src/lib/budgets.ts), and the pages known to be over it. Read by the budget test over the built site
// (budgets.spec.ts) and by the test that builds the site with its public address (tests/unit/publicBudget.test.ts),
// whose pages also carry the printed address and, on leaflets, its QR code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scriptsAfterPaint } from '../../src/lib/afterPaint.ts';
import { budgets } from '../../src/lib/budgets.ts';
import { builtFiles, pageAddress } from '../../src/lib/builtFiles.ts';
import { linkedAssets, printStylesheets } from '../../src/lib/pageAssets.ts';

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
 *
 * Empty since 2026-11-24. The check pages (16.0/15.2 KB that morning, 18.4/17.7 KB before) and the Polish
 * directory built with its public address (14.6 KB) came within the budget when the print styles moved to
 * a stylesheet linked with media="print" (src/lib/printStylesheet.ts; 0.8 KB on the check page), the
 * open-now lines' script of the check pages began to wait for the first paint (src/lib/afterPaint.ts;
 * 1.2 KB), the error summary, the print header and the layout lost their scope attributes, and the
 * site-wide rules for tables and description lists left the pages without one.
 */
export const knownOverBudget: Record<string, OverBudget> = {};

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

/**
 * What a cold load of each page transfers for its first paint, by the sizes of its files (gzip): its HTML
 * and the files it links to for that. Its print stylesheet and the scripts that wait for the first paint
 * (src/lib/afterPaint.ts) come after, like search on the search page: `later` is their size.
 */
export function pageWeights(distDir: string): { path: string; bytes: number; later: number }[] {
  const sizeOf = (assets: string[]) => assets.reduce((sum, asset) => sum + gzipped(builtFile(distDir, asset)), 0);
  return builtFiles(distDir, { ext: '.html' }).map(({ file, path }) => {
    const html = readFileSync(file, 'utf8');
    return {
      path: pageAddress(path),
      bytes: gzipped(html) + sizeOf(linkedAssets(html)),
      later: sizeOf([...printStylesheets(html), ...scriptsAfterPaint(html)]),
    };
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
