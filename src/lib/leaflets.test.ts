import { describe, expect, it } from 'vitest';
import {
  formatFileSize,
  leafletHref,
  leafletLabel,
  leafletPlaceholders,
  pdfPageCount,
  withLeafletLinks,
} from './leaflets';

const polish = {
  one: 'Pobierz ulotkę PDF ({{count}} strona, {{size}})',
  few: 'Pobierz ulotkę PDF ({{count}} strony, {{size}})',
  many: 'Pobierz ulotkę PDF ({{count}} stron, {{size}})',
  other: 'Pobierz ulotkę PDF ({{count}} strony, {{size}})',
};
const english = {
  one: 'Download as PDF leaflet ({{count}} page, {{size}})',
  other: 'Download as PDF leaflet ({{count}} pages, {{size}})',
};

describe('leafletHref', () => {
  it.each([
    ['pl', '/pomoc-postpenitencjarna/', '/pdf/pl/pomoc-postpenitencjarna.pdf'],
    ['en', '/en/where-to-get-help/', '/pdf/en/where-to-get-help.pdf'],
  ] as const)('puts the %s page %s at %s', (locale, url, expected) => {
    expect(leafletHref(locale, url)).toBe(expected);
  });

  it.each([
    ['pl', '/'],
    ['en', '/en/'],
  ] as const)('refuses the home page %s %s, which has no slug', (locale, url) => {
    expect(() => leafletHref(locale, url)).toThrow(/slug/);
  });
});

describe('leafletLabel', () => {
  it.each([
    [polish, 1, 'pl-PL', 'Pobierz ulotkę PDF (1 strona, 84\u00A0kB)'],
    [polish, 2, 'pl-PL', 'Pobierz ulotkę PDF (2 strony, 84\u00A0kB)'],
    [polish, 4, 'pl-PL', 'Pobierz ulotkę PDF (4 strony, 84\u00A0kB)'],
    [polish, 5, 'pl-PL', 'Pobierz ulotkę PDF (5 stron, 84\u00A0kB)'],
    [polish, 12, 'pl-PL', 'Pobierz ulotkę PDF (12 stron, 84\u00A0kB)'],
    [polish, 22, 'pl-PL', 'Pobierz ulotkę PDF (22 strony, 84\u00A0kB)'],
    [english, 1, 'en-GB', 'Download as PDF leaflet (1 page, 84\u00A0kB)'],
    [english, 3, 'en-GB', 'Download as PDF leaflet (3 pages, 84\u00A0kB)'],
  ])('uses the right plural form for %#: %i pages', (templates, pages, locale, expected) => {
    expect(leafletLabel(templates, { pages, bytes: 84_321 }, locale)).toBe(expected);
  });
});

describe('formatFileSize', () => {
  it.each([
    [84_321, 'en-GB', '84\u00A0kB'],
    [400, 'en-GB', '1\u00A0kB'],
    [1_234_567, 'en-GB', '1.2\u00A0MB'],
    [1_234_567, 'pl-PL', '1,2\u00A0MB'],
  ])('writes %i bytes in %s as %j', (bytes, locale, expected) => {
    expect(formatFileSize(bytes, locale)).toBe(expected);
  });
});

describe('withLeafletLinks', () => {
  const labels =
    ' data-label-one="One &quot;page&quot; ({{count}} page, {{size}})" data-label-other="Leaflet ({{count}} pages, {{size}})"';
  const page = (inside = '', withLabels = true) =>
    `<html lang="en"><body><h1>Help</h1><div class="pdf-leaflet" data-pdf-leaflet="/pdf/en/help.pdf"${withLabels ? labels : ''} data-astro-cid-x>${inside}</div><p>Text</p></body></html>`;
  const leaflets = new Map([['/pdf/en/help.pdf', { pages: 2, bytes: 84_321 }]]);

  it('writes the link into the placeholder, which then carries no link texts', () => {
    expect(withLeafletLinks(page(), leaflets)).toBe(
      page('<a href="/pdf/en/help.pdf" type="application/pdf" download>Leaflet (2 pages, 84\u00A0kB)</a>', false),
    );
  });

  it('decodes the template from its attribute and escapes the text it writes', () => {
    const one = new Map([['/pdf/en/help.pdf', { pages: 1, bytes: 5_000 }]]);
    expect(withLeafletLinks(page(), one)).toContain('>One "page" (1 page, 5\u00A0kB)</a>');
  });

  it('replaces a link written before with the link texts it kept, so the export can run again', () => {
    const known = new Map<string, Record<string, string>>();
    const once = withLeafletLinks(page(), leaflets, known);
    expect(known.get('en')).toEqual({
      one: 'One "page" ({{count}} page, {{size}})',
      other: 'Leaflet ({{count}} pages, {{size}})',
    });
    expect(withLeafletLinks(once, new Map([['/pdf/en/help.pdf', { pages: 3, bytes: 84_321 }]]), known)).toBe(
      page('<a href="/pdf/en/help.pdf" type="application/pdf" download>Leaflet (3 pages, 84\u00A0kB)</a>', false),
    );
  });

  it('empties the placeholder when there is no PDF for it', () => {
    expect(withLeafletLinks(page(), new Map())).toBe(page());
    expect(withLeafletLinks(withLeafletLinks(page(), leaflets), new Map())).toBe(page('', false));
  });

  it('finds the placeholders of a page', () => {
    expect(leafletPlaceholders(page())).toEqual(['/pdf/en/help.pdf']);
    expect(leafletPlaceholders('<html lang="en"><div class="x"></div></html>')).toEqual([]);
  });
});

describe('pdfPageCount', () => {
  const pdf = (body: string) => new TextEncoder().encode(`%PDF-1.4\n${body}\n%%EOF`);

  it('counts the page objects, not the page tree', () => {
    expect(pdfPageCount(pdf('<</Type /Page /Parent 2 0 R>> <</Type /Page>> <</Type /Pages /Count 2>>'))).toBe(2);
    expect(pdfPageCount(pdf('<</Type/Page>>'))).toBe(1);
  });

  it('refuses a file that is not a PDF', () => {
    expect(() => pdfPageCount(new TextEncoder().encode('<html>'))).toThrow(/not a PDF/);
  });
});
