import { expect, it } from 'vitest';
import { phoneText, telHref } from './phone';

it('dials the digits only', () => {
  expect(telHref('116 123')).toBe('tel:116123');
  expect(telHref('+48 22 123 45 67')).toBe('tel:+48221234567');
});

it('keeps a number on one line', () => {
  expect(phoneText('116 123')).toBe('116\u00A0123');
});
