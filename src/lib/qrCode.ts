// A QR code for paper: made at build time, drawn as one SVG path (a stroke along each row over its runs of dark
// modules, so a page address costs about 0.4 KB gzip), with attributes only – no style attribute, which the
// Content-Security-Policy would refuse – and a name for screen readers.
import { encode } from 'uqr';

/** The light border a reader's camera needs around the code (four modules, as the QR standard asks). */
const quietZone = 4;

/**
 * A line along the middle of each row, drawn with a stroke one module wide: "M x y+.5" to the first dark
 * module, "h n" over each run of dark modules, and between runs "m dx dy" from the end of one to the start of
 * the next, on the same row ("m2 0") or a later one ("m-20 1"). One pen for the whole code: relative moves
 * are shorter than a new "M" for every row. With butt caps each run covers exactly its modules.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  let path = '';
  let pen: { x: number; y: number } | undefined;
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      path += pen === undefined ? `M${start + quietZone} ${y + quietZone}.5` : `m${start - pen.x} ${y - pen.y}`;
      path += `h${x - start}`;
      pen = { x, y };
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
    `<rect width="${side}" height="${side}" fill="#fff"/><path stroke="#000" d="${qrPath(data)}"/></svg>`
  );
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
