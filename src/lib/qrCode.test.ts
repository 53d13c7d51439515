import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrModules, qrPath, qrSvg } from './qrCode';

/** The path read back into modules (one pen moving from run to run), to compare with the library's matrix. */
function modulesOf(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b) - 0.5];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else for (let end = x + Number(a); x < end; x += 1) grid[y - 4]![x - 4] = true;
  }
  return grid;
}

describe('qrPath', () => {
  it('draws the runs of dark modules with one pen, offset by the quiet zone', () => {
    expect(
      qrPath([
        [true, true, false, true],
        [false, true],
      ]),
    ).toBe('M4 4.5h2m1 0h1m-3 1h1');
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
