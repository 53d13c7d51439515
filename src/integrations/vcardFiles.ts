// Astro integration: after the build, writes each office's vCard to its own file from the one route that
// rendered them all (src/lib/vcardFiles.ts), and removes that route's output, which is not for readers.
import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishedAfterAstro } from '../lib/buildSteps.ts';
import { vcardBundlePath, vcardFilesOf } from '../lib/vcardFiles.ts';

/** Files written at once: enough to keep the disk busy, not one open file per office. */
const writesAtOnce = 64;

/**
 * Writes the cards of the built site `root` to their files and drops the bundle; returns how many. The
 * writes wait on the disk, not on this process, so they can go on while Pagefind indexes.
 */
export async function writeVcardFiles(root: string): Promise<number> {
  const bundle = join(root, vcardBundlePath);
  const files = vcardFilesOf(readFileSync(bundle, 'utf8'));
  for (let start = 0; start < files.length; start += writesAtOnce) {
    await Promise.all(
      files.slice(start, start + writesAtOnce).map(([path, card]) => writeFile(join(root, path), card)),
    );
  }
  await rm(bundle);
  return files.length;
}

export function vcardFiles(): AstroIntegration {
  return {
    name: 'vcard-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (finishedAfterAstro()) return;
        logger.info(`${await writeVcardFiles(fileURLToPath(dir))} vCards written`);
      },
    },
  };
}
