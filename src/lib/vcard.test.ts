// The vCard is read back with an independent parser (ical.js), as an address book would read it.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { foldLine, officeVCard, type VCardContact } from './vcard';

const contact: VCardContact = {
  name: 'Pomoc postpenitencjarna – Wrocław',
  address: {
    street: 'ul. Długa 66 C lok. 6',
    city: 'Wrocław',
    region: 'dolnośląskie',
    postalCode: '53-633',
    country: 'Polska',
  },
  phones: [
    { number: '71 123 45 67', kind: 'voice' },
    { number: '600 000 000', kind: 'sms' },
  ],
  emails: ['biuro@example.org'],
  note: 'Osoba kontaktowa: Monika Raniewicz. Godziny pracy: poniedziałek 10:00–18:00, wtorek 8:30–16:30, czwartek 8:30–16:30. W dni ustawowo wolne od pracy biuro jest nieczynne.',
  urls: [
    'https://example.org/gdzie-szukac-pomocy/#office-wroclaw',
    'https://example.org/en/where-to-get-help/#office-wroclaw',
  ],
  revised: new Date('2026-11-23'),
};

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

describe('officeVCard', () => {
  const text = officeVCard(contact);
  const card = parse(text);

  it('is a version 3.0 card with CRLF lines of at most 75 octets', () => {
    expect(card.name).toBe('vcard');
    expect(card.getFirstPropertyValue('version')).toBe('3.0');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('escapes the characters that separate values', () => {
    expect(officeVCard({ ...contact, note: 'a, b; c\\d' })).toContain('NOTE:a\\, b\\; c\\\\d\r\n');
  });

  it('carries the name, the address in its parts and the note intact', () => {
    expect(card.getFirstPropertyValue('fn')).toBe(contact.name);
    expect(card.getFirstPropertyValue('org')).toBe(contact.name);
    expect(card.getFirstPropertyValue('adr')).toEqual([
      '',
      '',
      'ul. Długa 66 C lok. 6',
      'Wrocław',
      'dolnośląskie',
      '53-633',
      'Polska',
    ]);
    expect(card.getFirstPropertyValue('note')).toBe(contact.note);
    expect(card.getAllProperties('url').map((p) => p.getFirstValue())).toEqual(contact.urls);
  });

  it('gives phones in international form with their kind, and e-mail', () => {
    const phones = card.getAllProperties('tel').map((p) => [p.getFirstValue(), p.getParameter('type')]);
    expect(phones).toEqual([
      ['+48 71 123 45 67', ['WORK', 'VOICE']],
      ['+48 600 000 000', ['WORK', 'MSG']],
    ]);
    expect(card.getFirstPropertyValue('email')).toBe('biuro@example.org');
  });

  it('leaves out what is not known', () => {
    // No url in a local preview, which knows no public address.
    const bare = parse(officeVCard({ ...contact, phones: [], emails: [], geo: undefined, urls: [] }));
    expect(bare.getAllProperties('url')).toEqual([]);
    expect(bare.getAllProperties('tel')).toEqual([]);
    expect(bare.getAllProperties('email')).toEqual([]);
    expect(bare.getAllProperties('geo')).toEqual([]);
  });
});

describe('foldLine', () => {
  it('never splits a Polish letter across lines', () => {
    const folded = foldLine(`NOTE:${'ąę'.repeat(60)}`);
    const pieces = folded.split('\r\n ');
    expect(pieces.join('')).toBe(`NOTE:${'ąę'.repeat(60)}`);
    for (const piece of pieces) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
  });
});
