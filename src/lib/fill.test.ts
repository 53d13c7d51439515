import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill, placeholders } from './fill';

describe('fill', () => {
  it('puts each value in its placeholder, as often as it stands there', () => {
    expect(fill('{{office}} opens first, {{when}}.', { office: 'Office in Wrocław', when: 'tomorrow at 8:30' })).toBe(
      'Office in Wrocław opens first, tomorrow at 8:30.',
    );
    expect(fill('{{n}} of {{n}}', { n: 3 })).toBe('3 of 3');
  });

  it('fails on a placeholder left without a value, naming it', () => {
    expect(() => fill('Showing {{shown}} of {{count}} offices', { count: 5 })).toThrow(/\{\{shown\}\}/);
  });

  it('leaves a value as it is, even one that looks like a placeholder', () => {
    expect(fill('Searched for {{query}}', { query: '{{count}} $& {x}' })).toBe('Searched for {{count}} $& {x}');
  });

  it('fills an empty value', () => {
    expect(fill('Date: {{date}}.', { date: '' })).toBe('Date: .');
  });

  it('keeps the placeholders a template hands on to the browser', () => {
    expect(placeholders('time', 'day')).toEqual({ time: '{{time}}', day: '{{day}}' });
    expect(fill('{{day}} at {{time}}', placeholders('time', 'day'))).toBe('{{day}} at {{time}}');
  });
});

describe('the interface strings', () => {
  const folder = 'content/ui';
  const strings = readdirSync(folder).flatMap((locale) =>
    readdirSync(join(folder, locale)).flatMap((file) =>
      Object.entries(JSON.parse(readFileSync(join(folder, locale, file), 'utf8')) as Record<string, string>).map(
        ([key, value]) => ({ where: `${locale}/${file} ${key}`, value }),
      ),
    ),
  );

  it('are read', () => {
    expect(strings.length).toBeGreaterThan(100);
  });

  it('write every placeholder one way, "{{name}}", the one fill() knows', () => {
    const other = strings.filter(({ value }) => /\{/.test(value.replace(/\{\{\w+\}\}/g, '')));
    expect(other.map(({ where, value }) => `${where}: ${value}`)).toEqual([]);
  });
});
