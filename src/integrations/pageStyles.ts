// Astro integration: each page keeps only the styles it can use, trimmed as it is rendered
// (src/middleware.ts, src/lib/pageStyles.ts). A class that only a script adds keeps its rule, so the
// middleware reads the scripts a page links to: this names the folder the build writes them into.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { scriptsDirVariable } from '../lib/linkedScripts.ts';

export function pageStyles(): AstroIntegration {
  return {
    name: 'page-styles',
    hooks: {
      'astro:config:done': ({ config }) => {
        process.env[scriptsDirVariable] = fileURLToPath(config.outDir);
      },
    },
  };
}
