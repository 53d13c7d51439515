import { describe, expect, it } from 'vitest';
import { mailtoHref, officeShareLines, plainText, smsHref } from './shareLinks.ts';

const bodyOf = (href: string) => decodeURIComponent(href.slice(href.indexOf('body=') + 5));

describe('plainText', () => {
  it('turns no-break spaces into plain spaces', () => {
    expect(plainText('ul.\u00A0Długa 66\u00A0C, w\u00A0poniedziałek o\u202F10:00')).toBe(
      'ul. Długa 66 C, w poniedziałek o 10:00',
    );
  });

  it('tidies spaces, keeping line breaks and at most one empty line between blocks', () => {
    expect(plainText('  Biuro we Wrocławiu \n  ul. Długa  66 C \n \n\n\nBiuro w Opolu\n')).toBe(
      'Biuro we Wrocławiu\nul. Długa 66 C\n\nBiuro w Opolu',
    );
  });
});

describe('smsHref', () => {
  it('opens a new message with no recipient and the text as its body', () => {
    expect(smsHref('Opole')).toBe('sms:?&body=Opole');
    expect(smsHref('Biuro we Wrocławiu, ul. Długa 6/2\n10:00–18:00')).toBe(
      'sms:?&body=Biuro%20we%20Wrocławiu,%20ul.%20Długa%206/2%0A10:00–18:00',
    );
  });

  it('encodes everything that would end or break the body', () => {
    const text = 'a & b ? c # d % e + f\nł';
    const href = smsHref(text);
    expect(href).not.toMatch(/[ \n#]|&(?!body=)/);
    expect(bodyOf(href)).toBe(text);
  });

  it('carries no no-break space', () => {
    expect(bodyOf(smsHref('w\u00A0Opolu'))).toBe('w Opolu');
    expect(smsHref('w\u00A0Opolu')).not.toContain('%C2%A0');
  });
});

describe('mailtoHref', () => {
  it('opens a new e-mail with no recipient, a subject and a body', () => {
    const href = mailtoHref('Biuro w\u00A0Opolu', 'ul. Niemodlińska 79/19\nśroda 10:00–18:00');
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe('Biuro w Opolu');
    expect(url.searchParams.get('body')).toBe('ul. Niemodlińska 79/19\r\nśroda 10:00–18:00');
  });

  it('keeps a plus sign a plus sign', () => {
    expect(new URL(mailtoHref('a+b', '1+1')).searchParams.get('body')).toBe('1+1');
  });
});

describe('officeShareLines', () => {
  const words = { hours: 'Godziny pracy: {hours}.', holidays: 'W święta nieczynne.' };
  const parts = {
    title: 'Biuro w Opolu',
    address: 'ul. Niemodlińska 79/19, 45-864 Opole',
    hours: 'środa 10:00–18:00',
    closedOnHolidays: true,
  };

  it('gives the name, address, hours and the holiday assumption, one a line', () => {
    expect(officeShareLines(parts, words)).toBe(
      'Biuro w Opolu\nul. Niemodlińska 79/19, 45-864 Opole\nGodziny pracy: środa 10:00–18:00.\nW święta nieczynne.',
    );
  });

  it('puts a notice under the name, and says nothing of holidays for an office open on them', () => {
    expect(officeShareLines({ ...parts, notice: 'Przerwa do 1 grudnia.', closedOnHolidays: false }, words)).toBe(
      'Biuro w Opolu\nPrzerwa do 1 grudnia.\nul. Niemodlińska 79/19, 45-864 Opole\nGodziny pracy: środa 10:00–18:00.',
    );
  });
});
