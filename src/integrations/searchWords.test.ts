import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexedText, readSynonyms } from './searchWords.ts';

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

describe('indexed text', () => {
  it('takes the indexed body of a page without tags, scripts and entities', () => {
    const html =
      '<html lang="pl"><body><header>Menu</header><main data-pagefind-body><h1>Praca &amp; dom</h1><script>x()</script></main></body></html>';
    expect(indexedText(html)?.locale).toBe('pl');
    expect(indexedText(html)?.text.replace(/\s+/g, ' ').trim()).toBe('Praca & dom');
  });

  it('skips pages that are not indexed', () => {
    expect(indexedText('<html lang="en"><main>Search</main></html>')).toBeUndefined();
  });
});
