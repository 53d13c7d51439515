import { describe, expect, it } from 'vitest';
import { onlyInPerson } from './officeContact.ts';

const office = (phones: string[] = [], emails: string[] = []) => ({ phones, emails });

describe('onlyInPerson', () => {
  it('is true when no office has a phone number or an e-mail address', () => {
    expect(onlyInPerson([office(), office()])).toBe(true);
  });

  it('is false as soon as one office has a phone number', () => {
    expect(onlyInPerson([office(), office(['+48 123 456 789'])])).toBe(false);
  });

  it('is false as soon as one office has an e-mail address', () => {
    expect(onlyInPerson([office([], ['biuro@example.org']), office()])).toBe(false);
  });

  it('says nothing about no offices at all', () => {
    expect(onlyInPerson([])).toBe(false);
  });
});
