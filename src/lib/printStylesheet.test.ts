import { describe, expect, it } from 'vitest';
import { pageWithOwnStyles } from './pageStyles';
import { printStylesheetHref, splitPrintStyles } from './printStylesheet';

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

  it('names a stylesheet by its text', () => {
    expect(printStylesheetHref('p{margin:1mm}')).toMatch(/^\/_astro\/print\.[\w-]{10}\.css$/);
    expect(printStylesheetHref('p{margin:1mm}')).not.toBe(printStylesheetHref('p{margin:2mm}'));
  });

  it('links a page to its rules for paper, written once for every page with the same styles', () => {
    const written: string[] = [];
    const paper = (css: string) => {
      written.push(css);
      return printStylesheetHref(css);
    };
    const known = new Map<string, string>();
    const page = (body: string) =>
      `<html><head><style>p{margin:0}@media print{p{margin:1mm}}</style></head><body><p>${body}</p></body></html>`;
    const href = printStylesheetHref('p{margin:1mm}');
    expect(pageWithOwnStyles(page('one'), known, '', paper)).toBe(
      `<html><head><style>p{margin:0}</style><link rel="stylesheet" href="${href}" media="print"></head><body><p>one</p></body></html>`,
    );
    expect(pageWithOwnStyles(page('two'), known, '', paper)).toContain(
      `<link rel="stylesheet" href="${href}" media="print">`,
    );
    expect(written).toEqual(['p{margin:1mm}']);
  });

  it('leaves the styles of a page without rules for paper in place, and drops a <style> left empty', () => {
    const paper = (css: string) => printStylesheetHref(css);
    const screenOnly = '<head><style>p{margin:0}</style></head><p>x</p>';
    expect(pageWithOwnStyles(screenOnly, new Map(), '', paper)).toBe(screenOnly);
    expect(pageWithOwnStyles('<head><style>@page{margin:1cm}</style></head>', new Map(), '', paper)).toBe(
      `<head><link rel="stylesheet" href="${printStylesheetHref('@page{margin:1cm}')}" media="print"></head>`,
    );
  });
});
