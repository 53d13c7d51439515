import { describe, expect, it } from 'vitest';
import { linkedAssets, printStylesheets } from './pageAssets';

const head =
  '<link rel="stylesheet" href="/_astro/print.abc.css" media="print"><link rel="stylesheet" href="/_astro/site.css">' +
  '<link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/search.js"></script>' +
  '<script type="module">const load=()=>import("/_astro/later.js")</script>';

describe('the files a page names', () => {
  it('for its first paint: the stylesheets it waits for and its linked scripts', () => {
    expect(linkedAssets(head)).toEqual(['/_astro/site.css', '/_astro/search.js']);
  });

  it('for paper: the stylesheets with media="print"', () => {
    expect(printStylesheets(head)).toEqual(['/_astro/print.abc.css']);
  });
});
