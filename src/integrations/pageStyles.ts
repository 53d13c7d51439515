// Astro integration: after the build, each page keeps only the styles of the components it holds
// (src/lib/pageStyles.ts). It runs before the security headers, which hash the styles that remain.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageWithOwnStyles } from '../lib/pageStyles.ts';
import { builtPages } from './builtPages.ts';

export function pageStyles(): AstroIntegration {
  return {
    name: 'page-styles',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const known = new Map<string, string>();
        for (const { file } of builtPages(fileURLToPath(dir)))
          writeFileSync(file, pageWithOwnStyles(readFileSync(file, 'utf8'), known));
      },
    },
  };
}
