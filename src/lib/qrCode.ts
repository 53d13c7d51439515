// A QR code for paper: made at build time, drawn as one SVG path (runs of dark modules merged per row,
// so a page address costs about a kilobyte), with attributes only – no style attribute, which the
// Content-Security-Policy would refuse – and a name for screen readers.
import { encode } from 'uqr';

/** The light border a reader's camera needs around the code (four modules, as the QR standard asks). */
const quietZone = 4;

/** One "M x y h n v1 h-n z" per run of dark modules in a row. */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  let path = '';
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      const run = x - start;
      path += `M${start + quietZone} ${y + quietZone}h${run}v1h-${run}z`;
    }
  });
  return path;
}

/** The QR code's modules for `text` (true: dark), without a border. */
export function qrModules(text: string): boolean[][] {
  // Medium error correction survives a creased or badly photocopied sheet; no border from the library: ours is drawn.
  return encode(text, { ecc: 'M', border: 0 }).data;
}

/** The inline SVG of a QR code for `text`, named `label` for assistive technology. */
export function qrSvg(text: string, label: string): string {
  const data = qrModules(text);
  const side = data.length + 2 * quietZone;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" aria-label="${escapeAttribute(label)}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${qrPath(data)}"/></svg>`
  );
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
