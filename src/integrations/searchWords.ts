// Astro integration: after the build, indexes the site with Pagefind and writes what the search page
// needs beyond Pagefind, two small files per language. The first (search-words/<lang>.json, loaded before
// the reader types) holds the editors' synonym lists (content/search/<lang>.yaml, checked against their
// schema), the pages by Pagefind's result id and the names of Pagefind's files; it can name them only
// because Pagefind runs here, before it is written. The second (search-words/<lang>-vocabulary.json,
// loaded only when a search finds little) holds the words Pagefind indexed and those of the synonym lists,
// for forgiving misspellings.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { builtFiles } from '../lib/builtFiles.ts';
import { finishedAfterAstro } from '../lib/buildSteps.ts';
import { locales, type Locale } from '../lib/locales.ts';
import { vocabularyOf } from '../lib/searchWords.ts';
import { largestFirst, searchPageMarker, searchStart, type FragmentData } from '../lib/searchStart.ts';
import { synonymsSchema } from '../lib/synonymsSchema.ts';
import type { Synonyms } from '../lib/searchSynonyms.ts';

/** Where the search page finds its first file, relative to the site's root. */
export const searchWordsPath = (locale: Locale) => `search-words/${locale}.json`;
/** Where it finds the vocabulary, relative to the site's root. */
export const searchVocabularyPath = (locale: Locale) => `search-words/${locale}-vocabulary.json`;
/** Pagefind's folder in the built site. */
const bundleFolder = 'pagefind';

/** An editor's synonym file, checked: a mistake stops the build naming the file and the entry. */
export function readSynonyms(file: string): Synonyms {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8')) ?? {};
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const checked = synonymsSchema.safeParse(data);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `"${issue.path.join('.')}": ${issue.message}`);
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
  return checked.data;
}

/**
 * Frees what rendering left behind before Pagefind, a second process that holds the whole index, starts:
 * otherwise both peak together (a 25,000-office build: 1.5 GB of garbage beside Pagefind's 1.2 GB).
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Builds the Pagefind index of the built site into its bundle folder; a problem stops the build. */
async function indexSite(out: string): Promise<void> {
  collectGarbage();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: out });
  const written = await index.writeFiles({ outputPath: join(out, bundleFolder) });
  await pagefind.close();
  const problems = [...added.errors, ...written.errors];
  if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
}

/** A Pagefind file's content: gzip, then a signature Pagefind checks, then the data. */
function pagefindFileText(file: string): string {
  const data = gunzipSync(readFileSync(file));
  const signature = 'pagefind_dcd';
  if (data.subarray(0, signature.length).toString() !== signature) throw new Error(`${file}: not a Pagefind file`);
  return data.subarray(signature.length).toString('utf8');
}

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** A built search page and the language it searches in. */
interface SearchPageFile {
  file: string;
  locale: string;
}

/**
 * Indexes the built site `out` with Pagefind and writes the search page's own files for each language:
 * the start file, the vocabulary, and the downloads each search page names. `root` is the project (its
 * editors' synonym lists are in content/search/).
 */
export async function writeSearchIndex(out: string, root: URL, log: (message: string) => void): Promise<void> {
  await indexSite(out);
  const bundleDir = join(out, bundleFolder);
  const files = builtFiles(bundleDir).map(({ path }) => path.slice(1));
  const fragments = new Map<string, FragmentData>();
  // The vocabulary is the words Pagefind indexed (its fragments hold each page's text), so a correction
  // never offers a word that finds nothing; fragment files are named "fragment/<language>_<id>".
  const texts: Record<string, string[]> = {};
  for (const file of files.filter((name) => name.endsWith('.pf_fragment'))) {
    const fragment = JSON.parse(pagefindFileText(join(bundleDir, file))) as FragmentData & { content: string };
    fragments.set(file, fragment);
    const locale = /^fragment\/([^_]+)_/.exec(file)?.[1];
    if (locale) (texts[locale] ??= []).push(fragment.content);
  }
  const bundle = { entry: readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8'), files };
  const searchPages: SearchPageFile[] = [];
  // Bytes searched, not text: only the search pages are decoded (a directory of 25,000 offices makes
  // 190 MB of pages, whose decoding alone took 1.5 s).
  const marker = Buffer.from(searchPageMarker);
  for (const { file } of builtFiles(out, { ext: '.html' })) {
    const bytes = readFileSync(file);
    if (!bytes.includes(marker)) continue;
    const searchLocale = /<search-page [^>]*\bdata-locale="([^"]+)"/.exec(bytes.toString('utf8'))?.[1];
    if (searchLocale) searchPages.push({ file, locale: searchLocale });
  }
  mkdirSync(join(out, 'search-words'), { recursive: true });
  for (const locale of locales) {
    const synonyms = readSynonyms(fileURLToPath(new URL(`content/search/${locale}.yaml`, root)));
    // The synonym lists' words are known too: a search for one of them goes on to its synonyms.
    const synonymWords = Object.entries(synonyms).flat(2).join(' ');
    const words = vocabularyOf([...(texts[locale] ?? []), synonymWords], locale);
    const start = searchStart(bundle, locale, fragments, synonyms, shortHash);
    writeFileSync(join(out, searchWordsPath(locale)), JSON.stringify(start));
    namePreloads(searchPages, locale, start.preload, out);
    writeFileSync(join(out, searchVocabularyPath(locale)), JSON.stringify(words));
    log(
      `${searchWordsPath(locale)}: ${Object.keys(start.pages).length} pages, ${Object.keys(synonyms).length} synonyms; ${searchVocabularyPath(locale)}: ${words.length} words`,
    );
  }
}

/** Bytes a host sends for a built file: text compressed with gzip, Pagefind's files as they are. */
function sentBytes(file: string): number {
  return /\.(?:js|json)$/.test(file) ? gzipSync(readFileSync(file)).length : statSync(file).size;
}

/**
 * The search page of `locale` names every file its first search downloads (known only now, after
 * indexing), largest first, so that it can ask for them all as soon as it has painted, not after the
 * start file has named them: the search code, the start file, Pagefind, its WebAssembly and index files.
 */
function namePreloads(searchPages: readonly SearchPageFile[], locale: string, files: readonly string[], out: string) {
  // The search code's own file (src/components/search/searchPagefind.ts), named by its content's hash.
  const code = builtFiles(join(out, '_astro'), { ext: '.js' })
    .map(({ path }) => `/_astro${path}`)
    .find((path) => /^\/_astro\/searchPagefind\.[\w-]+\.js$/.test(path));
  if (!code) throw new Error('the build has no search code (_astro/searchPagefind.*.js)');
  const bundleFiles = ['pagefind.js', `wasm.${locale}.pagefind`, ...files].map((file) => `/${bundleFolder}/${file}`);
  const downloads = [code, `/${searchWordsPath(locale)}`, ...bundleFiles].map((url) => ({
    url,
    bytes: sentBytes(join(out, url.replace(/\?.*$/, ''))),
  }));
  const preload = largestFirst(downloads).join(' ');
  for (const page of searchPages.filter((found) => found.locale === locale)) {
    const html = readFileSync(page.file, 'utf8');
    writeFileSync(page.file, html.replace('<search-page ', `<search-page data-preload="${preload}" `));
  }
}

export function searchWords(): AstroIntegration {
  let root: URL;
  return {
    name: 'search-words',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (finishedAfterAstro()) return;
        await writeSearchIndex(fileURLToPath(dir), root, (message) => logger.info(message));
      },
    },
  };
}
