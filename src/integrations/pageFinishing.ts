// Astro integration: tells the middleware (src/middleware.ts), which runs from Astro's bundle, where two
// things are. The thread that finishes built pages runs src/lib/pageFinishWorker.ts; and a page keeps only
// the styles it can use (src/lib/pageStyles.ts), where a class that only a script adds keeps its rule, so
// the scripts a page links to are read from the folder the build writes them into, where its print
// stylesheet is written too (src/lib/printStylesheet.ts).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { scriptsDirVariable } from '../lib/linkedScripts.ts';
import { finishWorkerVariable } from '../lib/pageFinisher.ts';

export function pageFinishing(): AstroIntegration {
  return {
    name: 'page-finishing',
    hooks: {
      'astro:config:done': ({ config }) => {
        process.env[scriptsDirVariable] = fileURLToPath(config.outDir);
        process.env[finishWorkerVariable] = fileURLToPath(new URL('src/lib/pageFinishWorker.ts', config.root));
      },
    },
  };
}
