import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrModules, qrPath, qrSvg } from './qrCode';

/** The path read back into modules, to compare with the library's matrix. */
function modulesOf(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(run); i += 1) grid[Number(y) - 4]![Number(x) - 4 + i] = true;
  }
  return grid;
}

describe('qrPath', () => {
  it('merges a row of dark modules into runs, offset by the quiet zone', () => {
    expect(qrPath([[true, true, false, true]])).toBe('M4 4h2v1h-2zM7 4h1v1h-1z');
  });

  it('draws exactly the modules of the encoded address', () => {
    const url = 'https://example.org/en/can-i-get-help-after-i-leave/';
    const { data, size } = encode(url, { ecc: 'M', border: 0 });
    expect(qrModules(url)).toEqual(data);
    expect(modulesOf(qrPath(data), size)).toEqual(data);
  });
});

describe('qrSvg', () => {
  const svg = qrSvg('https://example.org/czy-moge-dostac-pomoc-po-wyjsciu/', 'Kod QR: adres "tej" strony');

  it('is an SVG with a name, and no style attribute for the Content-Security-Policy to refuse', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1" role="img" aria-label="Kod QR: adres &quot;tej&quot; strony"/,
    );
    expect(svg).not.toMatch(/style=/);
  });

  it('stays small enough to inline in a page', () => {
    expect(svg.length).toBeLessThan(6000);
  });
});
