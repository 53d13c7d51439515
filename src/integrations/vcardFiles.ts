// Astro integration: after the build, writes each office's vCard to its own file from the one route that
// rendered them all (src/lib/vcardFiles.ts), and removes that route's output, which is not for readers.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { vcardBundlePath, vcardFilesOf } from '../lib/vcardFiles.ts';

export function vcardFiles(): AstroIntegration {
  return {
    name: 'vcard-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const bundle = join(root, vcardBundlePath);
        const files = vcardFilesOf(readFileSync(bundle, 'utf8'));
        for (const [path, card] of files) writeFileSync(join(root, path), card);
        rmSync(bundle);
        logger.info(`${files.length} vCards written`);
      },
    },
  };
}
