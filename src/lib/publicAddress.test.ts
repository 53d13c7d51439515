import { describe, expect, it } from 'vitest';
import { absoluteUrl, isLocalHost, publicOrRelative, publicSite } from './publicAddress.ts';

describe('publicSite', () => {
  it('is undefined without SITE_URL: a local preview', () => {
    expect(publicSite(undefined)).toBeUndefined();
    expect(publicSite('')).toBeUndefined();
    expect(publicSite('  ')).toBeUndefined();
  });

  it('reads the public address', () => {
    expect(publicSite('https://example.org')).toBe('https://example.org/');
    expect(publicSite(' https://example.org/pomoc/ ')).toBe('https://example.org/pomoc/');
  });

  it.each([
    'http://localhost:4321',
    'http://127.0.0.1:8080/',
    'http://[::1]/',
    'http://app.localhost/',
    'http://0.0.0.0/',
  ])('refuses %s, an address of this machine', (value) => {
    expect(() => publicSite(value)).toThrow(/SITE_URL names this machine/);
  });

  it.each(['example.org', 'ftp://example.org/'])('refuses %s, which is not a web address', (value) => {
    expect(() => publicSite(value)).toThrow(/SITE_URL must be/);
  });
});

describe('isLocalHost', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['example.org', false],
    ['localhost.example.org', false],
    ['127.example.org', false],
  ])('%s → %s', (host, local) => {
    expect(isLocalHost(host)).toBe(local);
  });
});

describe('addresses of pages', () => {
  it('are absolute on the public address when it is known', () => {
    expect(absoluteUrl('/en/about/', 'https://example.org/')).toBe('https://example.org/en/about/');
    expect(publicOrRelative('/en/about/', new URL('https://example.org'))).toBe('https://example.org/en/about/');
  });

  it('are left out, or kept relative, in a local preview', () => {
    expect(absoluteUrl('/en/about/', undefined)).toBeUndefined();
    expect(publicOrRelative('/en/about/', undefined)).toBe('/en/about/');
  });
});
