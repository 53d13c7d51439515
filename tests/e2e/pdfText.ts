// Everything a PDF file says in bytes, its compressed streams opened: link annotations, metadata,
// and page content alike, for checks that look for words anywhere in the file.
import { inflateSync } from 'node:zlib';

export function pdfBytesAsText(bytes: Buffer): string {
  const raw = bytes.toString('latin1');
  const parts = [raw];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      parts.push(inflateSync(bytes.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (an image, a font): nothing readable to add.
    }
  }
  return parts.join('\n');
}
