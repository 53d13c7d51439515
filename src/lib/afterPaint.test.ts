import { describe, expect, it } from 'vitest';
import { afterPaintLoader, afterPaintScript, scriptsAfterPaint, withScriptsAfterPaint } from './afterPaint';

const statusScript = '/_astro/OfficeStatusScript.astro_astro_type_script_index_0_lang.CmJa1RdH.js';
const searchScript = '/_astro/SearchView.astro_astro_type_script_index_1_lang.BB97INaK.js';

describe('scripts that wait for the first paint', () => {
  it('knows the open-now lines’ script by its built name, and no other', () => {
    expect(afterPaintScript.test(statusScript)).toBe(true);
    expect(afterPaintScript.test(searchScript)).toBe(false);
    expect(afterPaintScript.test('/_astro/OpenNowScript.astro_astro_type_script_index_0_lang.x1.js')).toBe(false);
  });

  it('replaces its link with an inline module that imports it, and leaves other scripts linked', () => {
    const page = `<head><script type="module" src="${statusScript}"></script><script type="module" src="${searchScript}"></script></head>`;
    const finished = withScriptsAfterPaint(page);
    expect(finished).not.toContain(`src="${statusScript}"`);
    expect(finished).toContain(`<script type="module" src="${searchScript}"></script>`);
    expect(finished).toContain(`<script type="module">${afterPaintLoader(statusScript)}</script>`);
    expect(scriptsAfterPaint(finished)).toEqual([statusScript]);
    expect(scriptsAfterPaint(page)).toEqual([]);
  });

  it('imports the script only once a paint entry is observed', async () => {
    const imported: string[] = [];
    let observe: (() => void) | undefined;
    class Observer {
      static supportedEntryTypes = ['paint'];
      constructor(callback: (list: unknown, observer: { disconnect(): void }) => void) {
        observe = () => callback([], { disconnect: () => undefined });
      }
      observe() {}
    }
    // The loader's code, run with a stand-in for the browser's import() and PerformanceObserver.
    const code = afterPaintLoader(statusScript).replace('import(', 'importer(');
    new Function('importer', 'PerformanceObserver', code)((src: string) => imported.push(src), Observer);
    expect(imported).toEqual([]);
    observe!();
    expect(imported).toEqual([statusScript]);
  });
});
