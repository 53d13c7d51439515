// Astro integration: after the build, narrows each page's Content-Security-Policy to the inline scripts
// and styles that page holds (Astro lists those of the whole site), puts it first in <head>, and writes
// dist/_headers with each page's policy as a real header (plus frame-ancestors, HSTS and the other
// headers a static host should send). The nginx configuration is written from the same pages
// (scripts/nginx-config.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { tightenPage } from '../lib/contentSecurityPolicy.ts';
import { headersFile, type PageSecurity } from '../lib/securityHeaders.ts';
import { builtPages } from './builtPages.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages: PageSecurity[] = builtPages(root).map(({ path, file }) => {
          try {
            const { html, policy } = tightenPage(readFileSync(file, 'utf8'));
            writeFileSync(file, html);
            return { path, csp: policy };
          } catch (error) {
            throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
          }
        });
        writeFileSync(`${root}/_headers`, headersFile(pages));
        logger.info(`_headers written for ${pages.length} pages`);
      },
    },
  };
}
