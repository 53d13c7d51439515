import { describe, expect, it } from 'vitest';
import {
  classAlternatives,
  pageClasses,
  pageScopes,
  pageWithOwnStyles,
  requiredClasses,
  requiredElements,
  withoutUnusedScopes,
} from './pageStyles';

describe('page styles', () => {
  it('finds the component scopes in the markup, not in the styles', () => {
    const html = '<style>.x[data-astro-cid-aaa]{}</style><p data-astro-cid-bbb>x</p>';
    expect([...pageScopes(html)]).toEqual(['data-astro-cid-bbb']);
  });

  it('keeps global rules and the rules of components on the page', () => {
    const css = 'body{margin:0}.a[data-astro-cid-on]{color:red}';
    expect(withoutUnusedScopes(css, new Set(['data-astro-cid-on']))).toBe(css);
  });

  it('drops the rules of components not on the page, and media queries left empty', () => {
    const css = 'body{margin:0}.b[data-astro-cid-off]{color:red}@media print{.b[data-astro-cid-off]{display:none}}';
    expect(withoutUnusedScopes(css, new Set())).toBe('body{margin:0}');
  });

  it('keeps the selectors of a rule that can still apply', () => {
    expect(
      withoutUnusedScopes('.a[data-astro-cid-on],.b[data-astro-cid-off]{color:red}', new Set(['data-astro-cid-on'])),
    ).toBe('.a[data-astro-cid-on]{color:red}');
  });

  it('works out the styles of pages made of the same components once', () => {
    const known = new Map<string, string>();
    const page = '<style>.b[data-astro-cid-off]{color:red}p{margin:0}</style><p>x</p>';
    pageWithOwnStyles(page, known);
    expect(pageWithOwnStyles(page.replace('<p>x</p>', '<p>y</p>'), known)).toBe('<style>p{margin:0}</style><p>y</p>');
    expect(known.size).toBe(1);
  });

  it('shares the styles of pages that differ only in their data (JSON-LD), and keeps no piece of a page', () => {
    const known = new Map<string, string>();
    const page = (name: string) =>
      `<style>.b[data-astro-cid-off]{color:red}p{margin:0}</style><p>x</p><script type="application/ld+json">{"name":"${name}"}</script>`;
    pageWithOwnStyles(page('Ośrodek w Aleksandrowie'), known);
    pageWithOwnStyles(page('Ośrodek w Zgierzu'), known);
    expect(known.size).toBe(1);
    const kept = [...known].flat().join(' ');
    expect(kept).not.toContain('Aleksandrow');
    expect(kept).not.toContain('<p>');
  });

  it('keeps a class an inline script adds, not one a data block names', () => {
    const css = '.open{color:red}.listed{color:blue}';
    const html = (scripts: string) => `<style>${css}</style><p>x</p>${scripts}`;
    expect(pageWithOwnStyles(html('<script>p.classList.add("open")</script>'))).toContain('.open{color:red}');
    expect(pageWithOwnStyles(html('<script type="application/ld+json">{"x":"listed"}</script>'))).not.toContain(
      '.listed',
    );
  });

  it('rewrites every <style> of a page', () => {
    const html = '<style>.b[data-astro-cid-off]{color:red}p{margin:0}</style><p>x</p>';
    expect(pageWithOwnStyles(html)).toBe('<style>p{margin:0}</style><p>x</p>');
  });

  it('names the tables and description lists a selector needs, not those it may do without', () => {
    expect(requiredElements('th')).toEqual(['th']);
    expect(requiredElements('.answer  table > td:first-child')).toEqual(['table', 'td']);
    expect(requiredElements(':is(th, td) p')).toEqual([]);
    expect(requiredElements('p:has(+ table)')).toEqual([]);
    expect(requiredElements('a[href$=".dl"] ul li')).toEqual([]);
  });

  it('drops the rules for tables and description lists from a page without them', () => {
    const css = 'p,ul,dl{margin:0}th,td{padding:0}.week-hours caption{font-weight:700}';
    expect(pageWithOwnStyles(`<style>${css}</style><p>x</p>`)).toBe('<style>p,ul{margin:0}</style><p>x</p>');
    const table = '<table class="week-hours"><caption>x</caption><tr><td>1</td></tr></table>';
    expect(pageWithOwnStyles(`<style>${css}</style>${table}`)).toBe(
      `<style>p,ul{margin:0}td{padding:0}.week-hours caption{font-weight:700}</style>${table}`,
    );
  });

  it('names the classes a selector needs, not those it may do without', () => {
    expect(requiredClasses('.office > h3 .office__time')).toEqual(['office', 'office__time']);
    expect(requiredClasses('html:not(.js) .print-actions')).toEqual(['print-actions']);
    expect(requiredClasses(':is(.office,.region) p')).toEqual([]);
    expect(requiredClasses('body:has(.window-examples) h2')).toEqual(['window-examples']);
    expect(requiredClasses('main:has(.a, .b) p')).toEqual([]);
    expect(requiredClasses('a[href^=".pdf"]')).toEqual([]);
  });

  it('names the classes each alternative of a list needs, outside :not()', () => {
    expect(classAlternatives(':is(.a, .b) caption')).toEqual([[['a'], ['b']]]);
    expect(classAlternatives('main:has(.a, p) :is(th, td)')).toEqual([
      [['a'], []],
      [[], []],
    ]);
    expect(classAlternatives('p:not(:is(.a, .b))')).toEqual([]);
    expect(classAlternatives('a[title=":is(.x, .y)"]')).toEqual([]);
  });

  it('drops a rule whose list has no alternative the page can match, and a named page nothing uses', () => {
    const css =
      ':is(.gone, .away) caption{margin:0}:is(.a, .gone) th{margin:0}@page sheet{margin:1cm}@page{margin:2cm}';
    expect(withoutUnusedScopes(css, new Set(), (name) => name === 'a')).toBe(
      ':is(.a, .gone) th{margin:0}@page{margin:2cm}',
    );
    expect(withoutUnusedScopes(`${css}.a{page:sheet}`, new Set(), (name) => name === 'a')).toContain('@page sheet');
  });

  it('keeps a class that only a script adds', () => {
    const has = pageClasses('<p class="a b">x</p><script>e.className="open-now__toggle"</script>', 'add("is-error")');
    expect(['a', 'b', 'open-now__toggle', 'is-error', 'missing'].map(has)).toEqual([true, true, true, true, false]);
  });

  it('drops the rules that need a class the page never carries', () => {
    const html =
      '<style>.a{color:red}.gone{color:blue}@media print{.gone p{margin:0}}html:not(.gone) .a{margin:0}</style><p class="a">x</p>';
    expect(pageWithOwnStyles(html)).toBe('<style>.a{color:red}html:not(.gone) .a{margin:0}</style><p class="a">x</p>');
  });
});
