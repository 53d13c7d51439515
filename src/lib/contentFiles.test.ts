import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { parseFrontMatter, parseJsonObject, parseYamlList, schemaProblems } from './contentFiles';

const file = 'content/data/offices.yaml';
const twoOffices = `# offices
- id: wroclaw
  address:
    city: Wrocław
- id: opole
  address:
    city: Opole
`;

describe('parseYamlList', () => {
  it('reads every entry with its id and the line it starts on', () => {
    expect(parseYamlList(twoOffices, file).map(({ id, line, data }) => [id, line, data])).toEqual([
      ['wroclaw', 2, { id: 'wroclaw', address: { city: 'Wrocław' } }],
      ['opole', 5, { id: 'opole', address: { city: 'Opole' } }],
    ]);
  });

  it('names the file and the line of malformed YAML (an unclosed bracket, found on the next line)', () => {
    expect(() => parseYamlList('- id: a\n  programmes: [post-penitentiary\n  city: Opole\n', file)).toThrow(
      /^content\/data\/offices\.yaml, line 3: not valid YAML: Flow sequence .* must .* end with a \]/,
    );
  });

  it('refuses a repeated id instead of keeping only one of the two entries', () => {
    expect(() => parseYamlList(twoOffices.replace('id: opole', 'id: wroclaw'), file)).toThrow(
      'content/data/offices.yaml, line 5: id "wroclaw" is already used by the entry at line 2',
    );
  });

  it('refuses an entry without an id instead of dropping it', () => {
    expect(() => parseYamlList(twoOffices.replace('- id: opole\n  address:', '- address:'), file)).toThrow(
      'content/data/offices.yaml, line 5: entry 2 has no `id`',
    );
  });

  it('refuses a field written twice in one entry', () => {
    expect(() => parseYamlList('- id: a\n  city: Opole\n  city: Nysa\n', file)).toThrow(
      /line 3: not valid YAML: Map keys must be unique/,
    );
  });

  it('reads the same values as the parser that knows lines, for every data file and tricky scalars', () => {
    const tricky = `- id: a
  lastChecked: 2026-11-23
  postalCode: 00-950
  number: 116 123
  count: 0123
  ratio: 1.50
  free: true
  no: no
  missing: null
  empty:
  quoted: "08:30"
  text: >-
    Two lines
    folded.
  list: [a, 'b', 3]
`;
    const files = ['offices', 'helplines', 'programmes'].map((name) =>
      readFileSync(`content/data/${name}.yaml`, 'utf8'),
    );
    for (const text of [tricky, ...files])
      expect(parseYamlList(text, file).map(({ data }) => data)).toEqual(parse(text));
  });

  it('finds the line of an entry of a well-formed file only when asked', () => {
    const entries = parseYamlList(twoOffices, file);
    expect(entries[1]!.lineOf(['address', 'city'])).toBe(7);
    expect(entries[1]!.lineOf(['address', 'street'])).toBe(6);
  });

  it('refuses a file that is not a list', () => {
    expect(() => parseYamlList('id: a\n', file)).toThrow(/expected a list of entries/);
  });
});

describe('schemaProblems', () => {
  const schema = z.strictObject({ id: z.string(), address: z.strictObject({ city: z.string().min(3) }) });

  function problemsOf(text: string): string[] {
    return parseYamlList(text, file).flatMap((entry) => {
      const result = schema.safeParse(entry.data);
      return result.success ? [] : schemaProblems(file, entry, result.error);
    });
  }

  it('names the file, the line, the entry and the field', () => {
    expect(problemsOf(twoOffices.replace('city: Opole', 'city: O'))).toEqual([
      expect.stringMatching(/^content\/data\/offices\.yaml, line 7, entry "opole": address\.city: /),
    ]);
  });

  it('names a misspelt field as unknown', () => {
    expect(problemsOf(twoOffices.replace('city: Opole', 'citty: Opole'))).toEqual([
      expect.stringMatching(/^content\/data\/offices\.yaml, line 6, entry "opole": address\.city: /),
      'content/data/offices.yaml, line 7, entry "opole": address.citty: not a known field (misspelt?)',
    ]);
  });
});

describe('parseJsonObject', () => {
  it('reads an object of strings', () => {
    expect(parseJsonObject('{ "a.b": "text" }', 'content/ui/en/site.json')).toEqual({ 'a.b': 'text' });
  });

  it('names the file and the line of a syntax error', () => {
    expect(() => parseJsonObject('{\n  "a": "x",\n  "b": "y",\n}\n', 'content/ui/en/site.json')).toThrow(
      /^content\/ui\/en\/site\.json, line 4: not valid JSON: /,
    );
  });
});

describe('parseFrontMatter', () => {
  const page = 'content/pages/en/about.mdx';

  it('reads the fields between the --- lines', () => {
    expect(parseFrontMatter('---\ntitle: About\nslug: about\n---\n\nText', page)).toEqual({
      title: 'About',
      slug: 'about',
    });
  });

  it('names the file and the line of malformed YAML, counted in the whole file', () => {
    expect(() => parseFrontMatter('---\ntitle: About\nslug: [about\nkind: about\n---\n', page)).toThrow(
      /^content\/pages\/en\/about\.mdx, line \d: not valid YAML/,
    );
    expect(() => parseFrontMatter('---\ntitle: About\ntitle: Again\n---\n', page)).toThrow(
      /^content\/pages\/en\/about\.mdx, line 3: /,
    );
  });

  it('refuses a file without front matter', () => {
    expect(() => parseFrontMatter('# About\n', page)).toThrow(/line 1: no front matter/);
  });
});
