// "Send to my phone" and "E-mail it": links that hand a plain text to the reader's own messages or
// e-mail app. Nothing is sent by the page; the text travels only inside the link until the reader's
// app sends it. The build (each office) and the browser (an answer) call these same functions.
import { plainSpaces } from './typography.ts';

/**
 * The text as a message shows it: no-break spaces (Polish typography, dates, phone numbers) become plain
 * spaces, which every phone displays; spaces are tidied line by line; one empty line at most separates
 * blocks (an office from the next).
 */
export function plainText(text: string): string {
  return text
    .split('\n')
    .map((line) => plainSpaces(line).replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Text as a link's query may carry it: letters as they are (a link may hold "ł"; the browser encodes it when
 * the link is followed), so that a page of many offices does not carry each Polish letter as six bytes;
 * spaces, line breaks and the characters a query gives meaning to are percent-encoded.
 */
function queryText(text: string): string {
  return encodeURIComponent(text)
    .replace(/(?:%[89A-F][0-9A-F])+/gi, (bytes) => decodeURIComponent(bytes))
    .replace(/%(2C|3A|2F)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * A new text message with the body filled in and no recipient. `sms:?&body=` is the one form that both
 * Android (`?body=`) and iOS since version 8 (`&body=`) read.
 */
export function smsHref(text: string): string {
  return `sms:?&body=${queryText(plainText(text))}`;
}

/** A new e-mail with no recipient; line breaks are CRLF in the encoded body, as mailto (RFC 6068) asks. */
export function mailtoHref(subject: string, text: string): string {
  const body = plainText(text).replaceAll('\n', '\r\n');
  return `mailto:?subject=${queryText(plainText(subject))}&body=${queryText(body)}`;
}

/** What an office's shared text names, as its card shows it. */
export interface OfficeShareParts {
  title: string;
  notice?: string | undefined;
  /** One line: "ul. Długa 66 C lok. 6, 53-633 Wrocław". */
  address: string;
  /** The week in words: "poniedziałek 10:00–18:00, wtorek 8:30–16:30". */
  hours: string;
  closedOnHolidays: boolean;
}

/** The words around the parts, in the page's language. */
export interface OfficeShareWords {
  /** "Godziny pracy: {hours}." */
  hours: string;
  /** The holiday assumption, for an office that closes on public holidays. */
  holidays: string;
}

/** An office as a short text for a message the reader sends to themselves: one part a line. */
export function officeShareLines(parts: OfficeShareParts, words: OfficeShareWords): string {
  return [
    parts.title,
    parts.notice,
    parts.address,
    words.hours.replace('{hours}', parts.hours),
    parts.closedOnHolidays ? words.holidays : undefined,
  ]
    .filter(Boolean)
    .join('\n');
}
