// Content-layer loaders that refuse bad files instead of logging and going on (see src/lib/contentFiles.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentFileError, parseJsonObject, parseYamlList, schemaProblems } from '../lib/contentFiles.ts';

/** A YAML list of entries with unique ids (content/data/*.yaml), each checked against `schema` with its line. */
export function yamlListLoader(file: string, schema: z.ZodType): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ store, watcher, logger }) => {
      const sync = async () => {
        const entries = parseYamlList(readFileSync(file, 'utf8'), file);
        if (entries.length === 0) throw new ContentFileError(`${file}: the list is empty`);
        const problems: string[] = [];
        const parsed = entries.map((entry) => {
          const result = schema.safeParse(entry.data);
          if (!result.success) problems.push(...schemaProblems(file, entry, result.error));
          return { id: entry.id, data: result.data as Record<string, unknown> };
        });
        if (problems.length > 0)
          throw new ContentFileError(`${file} does not match its schema:\n  ${problems.join('\n  ')}`);
        store.clear();
        // Checked once, above, with the collection's own schema: a directory of thousands is not checked twice.
        for (const { id, data } of parsed) store.set({ id, data, filePath: file });
      };
      await sync();
      // In `astro dev`: reload on save; a mistake is reported and the last good data kept until it is fixed.
      watcher?.add(resolve(file));
      watcher?.on('change', (changed) => {
        if (changed === resolve(file))
          sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}

/** JSON string files in language folders (content/ui/<lang>/<area>.json); the entry id is "<lang>/<area>". */
export function jsonFolderLoader(base: string): Loader {
  return {
    name: 'json-folder-loader',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const lang of readdirSync(base)) {
        for (const name of readdirSync(join(base, lang)).filter((file) => file.endsWith('.json'))) {
          const file = join(base, lang, name);
          const id = `${lang}/${name.replace(/\.json$/, '')}`;
          const data = parseJsonObject(readFileSync(file, 'utf8'), file);
          store.set({ id, data: await parseData({ id, data, filePath: file }), filePath: file });
        }
      }
    },
  };
}

/**
 * `loader`, then a check across everything it loaded (rules no single entry's schema can see, such as
 * "one page per menu place"): any problem stops the build, all of them listed.
 */
export function checkedLoader<Entry>(loader: Loader, problemsOf: (entries: Entry[]) => string[]): Loader {
  return {
    name: `checked-${loader.name}`,
    load: async (context) => {
      await loader.load(context);
      const problems = problemsOf(context.store.values() as unknown as Entry[]);
      if (problems.length > 0) throw new ContentFileError(problems.join('\n'));
    },
  };
}
