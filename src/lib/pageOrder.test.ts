import { describe, expect, it } from 'vitest';
import { withScriptsGathered } from './pageOrder';

const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;

describe('scripts gathered for a smaller gzip', () => {
  it('moves inline module scripts to the end of the head, in their order', () => {
    const html = page(
      '<meta charset="utf-8"><script>early()</script><style>p{}</style>',
      '<p>a</p><script type="module">one()</script><p>b</p><script type="module">two()</script>',
    );
    expect(withScriptsGathered(html)).toBe(
      page(
        '<meta charset="utf-8"><script>early()</script><style>p{}</style><script type="module">one()</script><script type="module">two()</script>',
        '<p>a</p><p>b</p>',
      ),
    );
  });

  it('moves JSON-LD to the end of the body, after the footer', () => {
    const html = page('', '<main><p>a</p><script type="application/ld+json">{"a":1}</script></main><footer>f</footer>');
    expect(withScriptsGathered(html)).toBe(
      page('', '<main><p>a</p></main><footer>f</footer><script type="application/ld+json">{"a":1}</script>'),
    );
  });

  it('leaves classic scripts, linked scripts and a page without either as they are', () => {
    const html = page('<script>early()</script>', '<script type="module" src="/a.js"></script><p>a</p>');
    expect(withScriptsGathered(html)).toBe(html);
  });
});
