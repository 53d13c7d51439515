import { describe, expect, it } from 'vitest';
import { excerptParts, safeExcerptHtml } from './searchExcerpt.ts';

describe('search excerpts', () => {
  it('keeps the text and the marked words', () => {
    expect(excerptParts('Pomoc <mark>prawna</mark> i porady')).toEqual([
      { text: 'Pomoc ', marked: false },
      { text: 'prawna', marked: true },
      { text: ' i porady', marked: false },
    ]);
  });

  it('decodes the entities Pagefind writes', () => {
    expect(excerptParts('&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; &#x142;')).toEqual([
      { text: `<b> & "x" 'y' ł`, marked: false },
    ]);
  });

  it('drops any other tag, with its attributes, keeping its text', () => {
    expect(safeExcerptHtml('<img src=x onerror=alert(1)><script>alert(2)</script><mark class="x">a</mark>')).toBe(
      'alert(2)<mark>a</mark>',
    );
  });

  it('escapes decoded text again, so it stays text', () => {
    expect(safeExcerptHtml('&lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;b&gt;</mark>')).toBe(
      '&#60;script&#62;alert(1)&#60;/script&#62; <mark>&#60;b&#62;</mark>',
    );
  });
});
