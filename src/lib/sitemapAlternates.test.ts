import { describe, expect, it } from 'vitest';
import { alternatesOf } from './sitemapAlternates';

const groups = [
  { pl: '/', en: '/en/' },
  { pl: '/gdzie-szukac-pomocy/', en: '/en/where-to-get-help/' },
];

describe('alternatesOf', () => {
  it('finds a content page in every language', () => {
    expect(alternatesOf(groups, '/en/where-to-get-help/')).toEqual(groups[1]);
  });
  it('keeps the sub-path of a page below a content page', () => {
    expect(alternatesOf(groups, '/gdzie-szukac-pomocy/mazowieckie/2/')).toEqual({
      pl: '/gdzie-szukac-pomocy/mazowieckie/2/',
      en: '/en/where-to-get-help/mazowieckie/2/',
    });
  });
  it('does not treat every page as below the home page', () => {
    expect(alternatesOf(groups, '/en/unknown/')).toBeUndefined();
  });
});
