import { describe, expect, it } from 'vitest';
import { vcardFile, vcardFilesOf } from './vcardFiles';

describe('vCard files', () => {
  it('gives each office one card for both languages', () => {
    expect(vcardFile('wroclaw')).toBe('vcard/wroclaw.vcf');
  });

  it('splits the bundle into one file per office', () => {
    expect(vcardFilesOf(JSON.stringify({ wroclaw: 'BEGIN:VCARD\r\n', opole: 'BEGIN:VCARD\r\n' }))).toEqual([
      ['vcard/wroclaw.vcf', 'BEGIN:VCARD\r\n'],
      ['vcard/opole.vcf', 'BEGIN:VCARD\r\n'],
    ]);
  });

  it('refuses an id that is not a plain file name', () => {
    expect(() => vcardFilesOf(JSON.stringify({ '../index': 'x' }))).toThrow(/not a usable file name/);
  });
});
