import { describe, expect, it } from 'vitest';
import { printStylesheetHref, splitPrintStyles, withPrintStylesheet } from './printStylesheet';

describe('print stylesheet', () => {
  it('splits the rules for paper (@media print, @page) from those for the screen', () => {
    const css =
      'p{margin:0}@media print{p{margin:1mm}a:after{content:attr(href)}}@media not print{.x{display:none}}' +
      '@page{margin:15mm}@media (width>=48rem){p{margin:2px}}';
    expect(splitPrintStyles(css)).toEqual({
      screen: 'p{margin:0}@media not print{.x{display:none}}@media (width>=48rem){p{margin:2px}}',
      print: 'p{margin:1mm}a:after{content:attr(href)}@page{margin:15mm}',
    });
  });

  it('links the page to one stylesheet for paper, written once for every page with the same styles', () => {
    const written: [string, string][] = [];
    const known = new Map();
    const page = (body: string) =>
      `<html><head><style>p{margin:0}@media print{p{margin:1mm}}</style></head><body>${body}</body></html>`;
    const first = withPrintStylesheet(page('one'), known, (href, css) => written.push([href, css]));
    const second = withPrintStylesheet(page('two'), known, (href, css) => written.push([href, css]));
    const href = printStylesheetHref('p{margin:1mm}');
    expect(href).toMatch(/^\/_astro\/print\.[\w-]{10}\.css$/);
    expect(first).toBe(
      `<html><head><style>p{margin:0}</style><link rel="stylesheet" href="${href}" media="print"></head><body>one</body></html>`,
    );
    expect(second).toContain(`<link rel="stylesheet" href="${href}" media="print">`);
    expect(written).toEqual([[href, 'p{margin:1mm}']]);
  });

  it('leaves a page without print styles as it is, and drops a <style> left empty', () => {
    const write = () => {
      throw new Error('nothing to write');
    };
    const screenOnly = '<head><style>p{margin:0}</style></head>';
    expect(withPrintStylesheet(screenOnly, new Map(), write)).toBe(screenOnly);
    const written: string[] = [];
    expect(
      withPrintStylesheet('<head><style>@page{margin:1cm}</style></head>', new Map(), (href) => written.push(href)),
    ).toBe(`<head><link rel="stylesheet" href="${written[0]}" media="print"></head>`);
  });
});
