// An office as a vCard 3.0 (RFC 2426) contact: the version phones' address books import most reliably
// (Android and iOS alike). Text is escaped, lines end in CRLF and are folded at 75 octets.
import { internationalNumber } from './phone.ts';

export interface VCardContact {
  /** Shown as the contact's name and organisation. */
  name: string;
  address: { street: string; city: string; region: string; postalCode: string; country: string };
  geo?: { lat: number; lon: number } | undefined;
  phones: readonly { number: string; kind: 'voice' | 'sms' }[];
  emails: readonly string[];
  /** Contact person, hours, the date checked: whatever has no field of its own. */
  note: string;
  /** The office on the public site, one address per language; none in a local preview. */
  urls: readonly string[];
  /** When the information was last checked. */
  revised: Date;
}

/** TEXT value escaping (RFC 2426 §4): backslash, comma, semicolon, newline. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');
}

/** Folds a content line into pieces of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  // Most lines fit: counted at once, not character by character (25,000 cards have 400,000 lines).
  if (Buffer.byteLength(line, 'utf8') <= 75) return line;
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

export function officeVCard(contact: VCardContact): string {
  const { address } = contact;
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escapeText(contact.name)}`,
    'N:;;;;',
    `ORG:${escapeText(contact.name)}`,
    // Apple's address book shows the card as a company, not as a person with an empty name.
    'X-ABSHOWAS:COMPANY',
    `ADR;TYPE=WORK:;;${[address.street, address.city, address.region, address.postalCode, address.country].map(escapeText).join(';')}`,
    ...(contact.geo ? [`GEO:${contact.geo.lat};${contact.geo.lon}`] : []),
    ...contact.phones.map(
      ({ number, kind }) => `TEL;TYPE=WORK,${kind === 'sms' ? 'MSG' : 'VOICE'}:${internationalNumber(number)}`,
    ),
    ...contact.emails.map((email) => `EMAIL;TYPE=INTERNET:${email}`),
    `NOTE:${escapeText(contact.note)}`,
    ...contact.urls.map((url) => `URL:${url}`),
    `REV:${contact.revised.toISOString().slice(0, 10)}`,
    'END:VCARD',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
