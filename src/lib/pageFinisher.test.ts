import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scriptsDirVariable } from './linkedScripts.ts';
import { finishPage } from './pageFinish.ts';
import { finishBuiltPage, finishWorkerVariable } from './pageFinisher.ts';

/** A built page as Astro renders it: a policy with every page's hashes, styles for classes it lacks. */
const page = (lang = 'pl') => `<!DOCTYPE html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="content-security-policy" content="default-src 'none'; style-src 'sha256-other'">
    <style>.used{color:red}.unused{color:blue}</style>
  </head>
  <body>
        <p class="used">Pomoc w domu i w pracy</p>
  </body>
</html>`;

beforeAll(() => {
  // What the page-finishing integration sets for the build.
  process.env[finishWorkerVariable] = fileURLToPath(new URL('./pageFinishWorker.ts', import.meta.url));
  process.env[scriptsDirVariable] = mkdtempSync(join(tmpdir(), 'scripts-'));
});

describe('a built page finished in its own thread', () => {
  it('comes back as the page finished in this one would: typography, own styles, narrowed policy', async () => {
    const finished = await finishBuiltPage(page(), undefined);
    expect(finished).toBe(finishPage(page(), { site: undefined, built: true }, new Map()));
    expect(finished).toContain('Pomoc w\u00a0domu i\u00a0w\u00a0pracy');
    expect(finished).not.toContain('.unused');
    expect(finished).not.toContain('sha256-other');
  });

  it('finishes pages sent together, each its own', async () => {
    const pages = ['pl', 'en', 'pl'].map((lang) => page(lang));
    const finished = await Promise.all(pages.map((html) => finishBuiltPage(html, undefined)));
    expect(finished.map((html) => /lang="(\w+)"/.exec(html)?.[1])).toEqual(['pl', 'en', 'pl']);
  });

  it('fails a page that cannot be finished with the reason, and goes on with the next', async () => {
    const withoutPolicy = page().replace(/<meta http-equiv[^>]*>/, '');
    await expect(finishBuiltPage(withoutPolicy, undefined)).rejects.toThrow('the page has no Content-Security-Policy');
    await expect(finishBuiltPage(page(), undefined)).resolves.toContain('<p class="used">');
  });
});
