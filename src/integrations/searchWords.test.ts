import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSynonyms } from './searchWords.ts';

function synonymFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'synonyms-')), 'pl.yaml');
  writeFileSync(file, text);
  return file;
}

describe('synonym files', () => {
  it('reads a valid file', () => {
    expect(readSynonyms(synonymFile('prawnik: [porady prawne]\n'))).toEqual({ prawnik: ['porady prawne'] });
  });

  it('stops the build naming the file and the entry', () => {
    const file = synonymFile('prawnik: [porady prawne]\nPorada Prawna: [prawnik]\n');
    expect(() => readSynonyms(file)).toThrow(new RegExp(`${file}: "Porada Prawna"`));
  });

  it('stops the build on broken YAML, naming the file', () => {
    const file = synonymFile('prawnik: [porady prawne\n');
    expect(() => readSynonyms(file)).toThrow(new RegExp(`${file}: not valid YAML`));
  });
});
