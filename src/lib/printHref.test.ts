import { describe, expect, it } from 'vitest';
import { printHref } from './printHref';

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
