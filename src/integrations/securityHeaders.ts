// Astro integration: after the build, writes dist/_headers with each page's Content-Security-Policy as a
// real header (plus frame-ancestors, HSTS and the other headers a static host should send). Each page's
// policy was narrowed to the inline scripts and styles it holds, and put first in <head>, as it was rendered
// (src/middleware.ts); this only reads it. The nginx configuration is written from the same pages
// (scripts/nginx-config.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishedAfterAstro } from '../lib/buildSteps.ts';
import { headersFile } from '../lib/securityHeaders.ts';
import { builtPagePolicies } from './builtPages.ts';

/** Writes `root`/_headers from the built pages' policies; returns how many pages it read. */
export function writeHeadersFile(root: string): number {
  const pages = builtPagePolicies(root);
  writeFileSync(`${root}/_headers`, headersFile(pages));
  return pages.length;
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (finishedAfterAstro()) return;
        logger.info(`_headers written for ${writeHeadersFile(fileURLToPath(dir))} pages`);
      },
    },
  };
}
