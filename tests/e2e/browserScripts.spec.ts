// The browser's scripts carry no server code: a module that reads files at load (the list of languages,
// content/locales.yaml) bundled into a script throws in the browser and takes the whole script with it
// (the open-now toggle vanished once because a date helper imported it). Checked on the built files and
// inline scripts alike, since the bundle builds without complaint.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtFiles } from '../../src/lib/builtFiles.ts';
import { builtPagePaths, distDir, readBuiltPage } from './builtSite';

const serverOnly = /\bnode:(fs|path|url|v8|vm|crypto)\b|\breadFileSync\b|\bcreateRequire\b/;

test('no browser script carries server code', () => {
  const scripts = builtFiles(distDir, { ext: '.js' }).filter(({ path }) => path.startsWith('/_astro/'));
  expect(scripts.length).toBeGreaterThan(0);
  const offending = scripts.filter(({ file }) => serverOnly.test(readFileSync(file, 'utf8'))).map(({ path }) => path);
  const inline = builtPagePaths().filter((path) =>
    [...readBuiltPage(path).matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].some(([, text]) =>
      serverOnly.test(text ?? ''),
    ),
  );
  expect([...offending, ...inline]).toEqual([]);
});
