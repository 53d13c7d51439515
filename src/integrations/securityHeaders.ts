// Astro integration: after the build, writes dist/_headers with each page's Content-Security-Policy as a
// real header (plus frame-ancestors, HSTS and the other headers a static host should send). Each page's
// policy was narrowed to the inline scripts and styles it holds, and put first in <head>, as it was rendered
// (src/middleware.ts); this only reads it. The nginx configuration is written from the same pages
// (scripts/nginx-config.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/securityHeaders.ts';
import { builtPagePolicies } from './builtPages.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = builtPagePolicies(root);
        writeFileSync(`${root}/_headers`, headersFile(pages));
        logger.info(`_headers written for ${pages.length} pages`);
      },
    },
  };
}
