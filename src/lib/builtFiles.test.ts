import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtFiles, pageAddress } from './builtFiles';

const site = mkdtempSync(join(tmpdir(), 'built-files-'));
for (const path of ['index.html', '404.html', 'en/about/index.html', 'data/directory.json', 'pdf/en/leaflet.pdf']) {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), '');
}
afterAll(() => rmSync(site, { recursive: true }));

const paths = (files: { path: string }[]) => files.map(({ path }) => path).sort();

describe('builtFiles', () => {
  it('finds every file at any depth by its path on the site', () => {
    expect(paths(builtFiles(site))).toEqual([
      '/404.html',
      '/data/directory.json',
      '/en/about/index.html',
      '/index.html',
      '/pdf/en/leaflet.pdf',
    ]);
  });

  it('keeps only the names ending in the extension asked for', () => {
    expect(paths(builtFiles(site, { ext: '.html' }))).toEqual(['/404.html', '/en/about/index.html', '/index.html']);
  });

  it('says where each file is on disk', () => {
    const about = builtFiles(site).find(({ path }) => path === '/en/about/index.html');
    expect(about?.file).toBe(join(site, 'en', 'about', 'index.html'));
  });

  it('names no folder', () => {
    expect(paths(builtFiles(site)).some((path) => path.endsWith('/en') || path.endsWith('/pdf'))).toBe(false);
  });
});

describe('pageAddress', () => {
  it('gives a folder page the address of its folder', () => {
    expect(pageAddress('/en/about/index.html')).toBe('/en/about/');
    expect(pageAddress('/index.html')).toBe('/');
  });

  it('leaves a page that is a file as it is', () => {
    expect(pageAddress('/404.html')).toBe('/404.html');
  });
});
