// Astro integration: after the build, each page keeps only the styles of the components it holds and
// the classes it (or a script it links to) names (src/lib/pageStyles.ts). It runs before the security
// headers, which hash the styles that remain.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageWithOwnStyles } from '../lib/pageStyles.ts';
import { builtPages } from './builtPages.ts';

export function pageStyles(): AstroIntegration {
  return {
    name: 'page-styles',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const known = new Map<string, string>();
        const scriptTexts = new Map<string, string>();
        const scriptText = (src: string) => {
          let text = scriptTexts.get(src);
          if (text === undefined) {
            text = readFileSync(join(root, src), 'utf8');
            scriptTexts.set(src, text);
          }
          return text;
        };
        for (const { file } of builtPages(root)) {
          const html = readFileSync(file, 'utf8');
          const linked = [...html.matchAll(/<script\b[^>]*\ssrc="\/([^"]+)"/g)].map((match) => scriptText(match[1]!));
          writeFileSync(file, pageWithOwnStyles(html, known, linked.join('\n')));
        }
      },
    },
  };
}
