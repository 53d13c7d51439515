// Every internal link and #fragment on every built page resolves to a page and an element id.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPagePaths, distDir, readBuiltPage } from './builtSite';

const idsCache = new Map<string, Set<string>>();
function idsOf(path: string): Set<string> {
  if (!idsCache.has(path))
    idsCache.set(path, new Set([...readBuiltPage(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return idsCache.get(path)!;
}

function targetExists(path: string): boolean {
  const file = join(distDir, decodeURIComponent(path));
  return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file);
}

test('every internal link and fragment resolves', () => {
  const broken: string[] = [];
  for (const page of builtPagePaths()) {
    for (const [, href] of readBuiltPage(page).matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      if (/^(https?:|mailto:|tel:)/.test(href!)) continue;
      const url = new URL(href!.replaceAll('&amp;', '&'), `http://site${page}`);
      if (!targetExists(url.pathname)) broken.push(`${page} → ${href} (no such page)`);
      else if (url.hash && !idsOf(url.pathname).has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${page} → ${href} (no element with that id)`);
    }
  }
  expect(broken).toEqual([]);
});

test('no page links to another site except OpenStreetMap, the quick exit, mail and phone', () => {
  const allowed = /^(https:\/\/www\.openstreetmap\.org\/|https:\/\/www\.google\.com\/$|mailto:|tel:)/;
  const external: string[] = [];
  for (const page of builtPagePaths()) {
    for (const [, href] of readBuiltPage(page).matchAll(/<a\s[^>]*href="((?:https?:|mailto:|tel:)[^"]*)"/g)) {
      if (!allowed.test(href!)) external.push(`${page} → ${href}`);
    }
  }
  expect(external).toEqual([]);
});
