// What the end-to-end tests know about the built site: every HTML page in dist/, by its URL path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles, pageAddress } from '../../src/lib/builtFiles.ts';
import { decodeHolidays } from '../../src/lib/holidayList.ts';
import { parseFrontMatter } from '../../src/lib/contentFiles.ts';
import { defaultLocale, locales, notFoundUrl, pageUrl, type Locale } from '../../src/lib/locales.ts';

/** The built site under test; DIST_DIR points the tests at another build (e.g. the directory benchmark's). */
export const distDir = process.env.DIST_DIR ?? 'dist';

/** URL paths of all built HTML pages: "/", "/en/about/", "/404.html". */
export function builtPagePaths(): string[] {
  return builtFiles(distDir, { ext: '.html' })
    .map(({ path }) => pageAddress(path))
    .sort();
}

/**
 * The pages a browser test opens: every page, or with PAGE_SAMPLE=N (a build with a large synthetic
 * directory, whose other pages are the real site's) N of the directory's voivodeship pages, evenly
 * spread, always the first and the last. The checks that only read files cover every page anyway.
 */
export function browserPagePaths(): string[] {
  const all = builtPagePaths();
  const sample = Number(process.env.PAGE_SAMPLE ?? 0);
  if (!sample) return all;
  const regions = all.filter((path) => /^\/(en\/where-to-get-help|gdzie-szukac-pomocy)\/[^/]+\//.test(path));
  const step = (regions.length - 1) / Math.max(1, sample - 1);
  return [
    ...new Set(Array.from({ length: Math.min(sample, regions.length) }, (_, i) => regions[Math.round(i * step)]!)),
  ];
}

/** The "page not found" pages, one per language. */
export function isNotFoundPage(path: string): boolean {
  return locales.some((locale) => notFoundUrl(locale) === path);
}

/** Built pages other than the 404 pages: what the sitemap and the language switch cover. */
export function contentPagePaths(): string[] {
  return builtPagePaths().filter((path) => !isNotFoundPage(path));
}

export function readBuiltPage(path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(distDir, file), 'utf8');
}

/** Pages in other languages are under /<code>/; everything else is in the default language (Polish). */
export function localeOfPath(path: string): Locale {
  return locales.find((locale) => locale !== defaultLocale && path.startsWith(`/${locale}/`)) ?? defaultLocale;
}

/** The address of a content page in a language, from its front matter: ("en", "directory") → "/en/where-to-get-help/". */
export function contentPageUrl(locale: Locale, key: string): string {
  const file = `content/pages/${locale}/${key}.mdx`;
  return pageUrl(locale, String(parseFrontMatter(readFileSync(file, 'utf8'), file)['slug']));
}

/** The day the site under test was built as if on (BUILD_DATE), from its data feed: "2026-12-31". */
export function builtOn(): string {
  const feed = JSON.parse(readFileSync(join(distDir, 'data/directory.json'), 'utf8')) as {
    meta: { generated: string };
  };
  return feed.meta.generated;
}

/** The public holidays the built directory page counts with (ISO dates). */
export function builtHolidays(): string[] {
  const page = readBuiltPage('/gdzie-szukac-pomocy/');
  return decodeHolidays(/data-holidays="([^"]*)"/.exec(page)?.[1] ?? '');
}
