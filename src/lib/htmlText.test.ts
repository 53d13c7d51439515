import { describe, expect, it } from 'vitest';
import { htmlTextRuns, isPolishPage, mapHtmlText, visibleText, withoutIndentation } from './htmlText';

const upper = (text: string) => text.toUpperCase();

describe('mapHtmlText', () => {
  it('changes the text between tags and keeps tags and attributes as they are', () => {
    expect(mapHtmlText('<p class="a b" data-x="1 > 0">dzieci i <a href="/x/">handel</a></p>', upper)).toBe(
      '<p class="a b" data-x="1 > 0">DZIECI I <a href="/x/">HANDEL</a></p>',
    );
  });

  it('leaves scripts, styles, JSON-LD, code and comments alone', () => {
    const html =
      '<script type="application/ld+json">{"name":"a i b"}</script><style>a{}</style><!-- a i --><code>a i</code><pre>x</pre><p>a</p>';
    expect(mapHtmlText(html, upper)).toBe(html.replace('<p>a</p>', '<p>A</p>'));
  });

  it('decodes quote and no-break space entities in text', () => {
    expect(mapHtmlText('<p>&#34;Tytuł&#34;&nbsp;x</p>', (text) => text)).toBe('<p>"Tytuł"\u00A0x</p>');
  });
});

describe('htmlTextRuns', () => {
  it('lists the visible runs including the title', () => {
    expect(htmlTextRuns('<title>T</title><script>s</script><p>a <b>b</b></p>')).toEqual(['T', 'a ', 'b']);
  });
});

describe('isPolishPage', () => {
  it('knows a Polish page by its html lang', () => {
    expect(isPolishPage('<!doctype html><html lang="pl"><head>')).toBe(true);
    expect(isPolishPage('<!doctype html><html lang="en"><head>')).toBe(false);
  });
});

describe('visibleText', () => {
  it('joins the text across elements as it is shown', () => {
    expect(visibleText('<li><a>Rodzin</a>\n , <a>Kampania</a></li>')).toBe('Rodzin\n , Kampania');
  });
});

describe('withoutIndentation', () => {
  it('keeps one line break for each break with its indentation, and no-break spaces', () => {
    expect(withoutIndentation('\n    <p>\n      Osoba\u00A0kontaktowa\n  \n    ')).toBe(
      '\n<p>\nOsoba\u00A0kontaktowa\n',
    );
  });

  it('leaves spaces within a line alone', () => {
    expect(withoutIndentation('a  b\u00A0 c')).toBe('a  b\u00A0 c');
  });

  it('leaves preformatted text alone when applied to a page', () => {
    expect(mapHtmlText('<pre>a\n   b</pre>\n   <p>c</p>', withoutIndentation)).toBe('<pre>a\n   b</pre>\n<p>c</p>');
  });
});
