// A link to an address on OpenStreetMap's search. The query keeps its letters and punctuation as they are
// ("Długa 66 C, 53-633 Wrocław", spaces as "+"): a URL may hold them, and percent-encoding every Polish
// letter makes a page of forty offices heavier for nothing. Browsers encode them when they follow the link.

export function mapSearchUrl(address: string): string {
  const query = encodeURIComponent(address)
    // Runs of encoded bytes above ASCII are whole letters: decoded, they are the letters themselves.
    .replace(/(?:%[89A-F][0-9A-F])+/gi, (bytes) => decodeURIComponent(bytes))
    .replace(/%2C/gi, ',')
    .replace(/%2F/gi, '/')
    .replace(/%20/g, '+');
  return `https://www.openstreetmap.org/search?query=${query}`;
}
