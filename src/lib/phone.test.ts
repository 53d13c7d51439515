import { expect, it } from 'vitest';
import { internationalNumber, phoneText, telHref } from './phone';

it('dials the digits only', () => {
  expect(telHref('116 123')).toBe('tel:116123');
  expect(telHref('+48 22 123 45 67')).toBe('tel:+48221234567');
});

it('keeps a number on one line', () => {
  expect(phoneText('116 123')).toBe('116\u00A0123');
});

it('adds the country code to a Polish number, not to a short one', () => {
  expect(internationalNumber('71 123 45 67')).toBe('+48 71 123 45 67');
  expect(internationalNumber('116 123')).toBe('116 123');
  expect(internationalNumber('+48 600 000 000')).toBe('+48 600 000 000');
});
