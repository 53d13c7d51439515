import { describe, expect, it } from 'vitest';
import { printHref, withPrintHrefs } from './printHref';

const site = 'https://example.org';

describe('printHref', () => {
  it.each([
    ['/en/family-together/', 'Family together', 'https://example.org/en/family-together/'],
    ['/gdzie-szukac-pomocy/#biura', 'Gdzie szukać pomocy', 'https://example.org/gdzie-szukac-pomocy/#biura'],
    ['../about/', 'About', 'https://example.org/about/'],
    ['https://www.openstreetmap.org/search?query=x', 'Map', 'https://www.openstreetmap.org/search?query=x'],
    ['tel:116111', 'the helpline for children', '116111'],
    ['mailto:kontakt@example.org', 'write to us', 'kontakt@example.org'],
    ['mailto:kontakt@example.org?subject=Hello', 'write to us', 'kontakt@example.org'],
  ])('writes out %j after %j', (href, text, expected) => {
    expect(printHref(href, text, site)).toBe(expected);
  });

  it.each([
    ['#key-facts', 'Key facts'],
    ['', 'nothing'],
    ['tel:116111', '116\u00A0111'],
    ['tel:+48116123', '+48 116 123'],
    ['mailto:kontakt@example.org', 'Kontakt@example.org'],
    ['https://www.openstreetmap.org/', 'www.openstreetmap.org'],
    ['https://example.org/', 'https://example.org'],
    ['sms:?&body=Biuro', 'Send to my phone'],
  ])('adds nothing after %j when the text %j already says it', (href, text) => {
    expect(printHref(href, text, site)).toBe('');
  });

  it.each([
    ['/en/family-together/', 'Family together', '/en/family-together/'],
    ['../about/', 'About', '/about/'],
    ['https://www.openstreetmap.org/search?query=x', 'Map', 'https://www.openstreetmap.org/search?query=x'],
    ['tel:116111', 'the helpline for children', '116111'],
  ])('in a local preview (no public address), writes out %j after %j without any host', (href, text, expected) => {
    expect(printHref(href, text, undefined)).toBe(expected);
  });
});

describe('withPrintHrefs', () => {
  const page = (main: string) =>
    `<html><body><a href="/start/">Start</a><main id="content">${main}</main></body></html>`;

  it('gives every link of the content the address printed after it, from its decoded text and href', () => {
    const html = withPrintHrefs(
      page(
        '<p><a href="/pomoc/" class="x">Pomoc <span class="visually-hidden">po wyjściu</span></a>, ' +
          '<a href="tel:116123">116&nbsp;123</a>, <a href="mailto:a@example.org">write</a>, ' +
          '<a href="https://www.openstreetmap.org/search?query=a&amp;b">map</a>, <a href="#top">top</a></p>',
      ),
      site,
    );
    expect(html).toContain('<a href="/pomoc/" class="x" data-print-url="https://example.org/pomoc/">Pomoc <span');
    expect(html).toContain('<a href="tel:116123" data-print-url="">116&nbsp;123</a>');
    expect(html).toContain('<a href="mailto:a@example.org" data-print-url="a@example.org">write</a>');
    expect(html).toContain('data-print-url="https://www.openstreetmap.org/search?query=a&amp;b">map</a>');
    expect(html).toContain('<a href="#top" data-print-url="">top</a>');
  });

  it('leaves links outside the content, links that have one, anchors without href and scripts as they are', () => {
    const main =
      '<a href="/a/" data-print-url="">A</a><a id="x">no href</a>' +
      '<script type="module">document.body.innerHTML = `<a href="/b/">B</a>`</script>';
    expect(withPrintHrefs(page(main), site)).toBe(page(main));
  });

  it('writes paths in a local preview, which has no public address', () => {
    expect(withPrintHrefs(page('<a href="/pomoc/">Pomoc</a>'), undefined)).toContain(
      '<a href="/pomoc/" data-print-url="/pomoc/">Pomoc</a>',
    );
  });
});
