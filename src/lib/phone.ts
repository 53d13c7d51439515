// Phone numbers as links and text: "116 123" → "tel:116123", and kept on one line.
export function telHref(number: string): string {
  return `tel:${number.replace(/[^+\d]/g, '')}`;
}

/** The number as printed, its groups joined by no-break spaces so it never wraps. */
export function phoneText(number: string): string {
  return number.trim().replace(/\s+/g, '\u00A0');
}

/** For address books abroad: a 9-digit Polish number gets +48; short numbers (112, 116 123) and +… stay. */
export function internationalNumber(number: string): string {
  const trimmed = number.trim();
  return !trimmed.startsWith('+') && trimmed.replace(/\D/g, '').length === 9 ? `+48 ${trimmed}` : trimmed;
}
