// Astro integration: after the build, writes what the search page needs beyond Pagefind, one small file
// per language (search-words/<lang>.json): the words of the indexed pages, for forgiving misspellings,
// and the editors' synonym lists (content/search/<lang>.yaml), checked against their schema.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { locales, type Locale } from '../lib/locales.ts';
import { vocabularyOf } from '../lib/searchWords.ts';
import { synonymsSchema } from '../lib/synonymsSchema.ts';
import type { Synonyms } from '../lib/searchSynonyms.ts';

/** Where the search page finds the file, relative to the site's root. */
export const searchWordsPath = (locale: Locale) => `search-words/${locale}.json`;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text Pagefind indexes on a built page: its data-pagefind-body, without scripts, styles and tags. */
export function indexedText(html: string): { locale: string; text: string } | undefined {
  const locale = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
  const body = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1];
  if (!locale || body === undefined) return undefined;
  const text = body
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return entities[name] ?? whole;
    });
  return { locale, text };
}

/** An editor's synonym file, checked: a mistake stops the build naming the file and the entry. */
export function readSynonyms(file: string): Synonyms {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8')) ?? {};
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const checked = synonymsSchema.safeParse(data);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `"${issue.path.join('.')}": ${issue.message}`);
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
  return checked.data;
}

export function searchWords(): AstroIntegration {
  let root: URL;
  return {
    name: 'search-words',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const texts: Record<string, string[]> = {};
        for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const page = indexedText(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
          if (page) (texts[page.locale] ??= []).push(page.text);
        }
        mkdirSync(join(out, 'search-words'), { recursive: true });
        for (const locale of locales) {
          const words = vocabularyOf(texts[locale] ?? [], locale);
          const synonyms = readSynonyms(fileURLToPath(new URL(`content/search/${locale}.yaml`, root)));
          writeFileSync(join(out, searchWordsPath(locale)), JSON.stringify({ words, synonyms }));
          logger.info(`${searchWordsPath(locale)}: ${words.length} words, ${Object.keys(synonyms).length} synonyms`);
        }
      },
    },
  };
}
