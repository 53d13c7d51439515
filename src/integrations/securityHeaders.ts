// Astro integration: after the build, writes dist/_headers with each page's CSP as a real header
// (plus frame-ancestors, HSTS and the other headers a static host should send).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, type PageSecurity } from '../lib/securityHeaders.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages: PageSecurity[] = htmlFiles(root).map((file) => {
          const csp = metaPolicy.exec(readFileSync(file, 'utf8'))?.[1];
          const path = `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          if (!csp) throw new Error(`${path}: the page has no Content-Security-Policy`);
          return { path, csp: csp.replaceAll('&#39;', "'") };
        });
        writeFileSync(join(root, '_headers'), headersFile(pages));
        logger.info(`_headers written for ${pages.length} pages`);
      },
    },
  };
}
