// Pagefind's excerpts are HTML: the page's words, entity-encoded, with the matched words in <mark>.
// Under Trusted Types the only way to put HTML in a page is one named policy, and that policy only lets
// through what this file rebuilds: plain text and <mark>, nothing from an indexed page's markup.

/** The Trusted Types policy of the whole site (the CSP's `trusted-types` names it and no other). */
export const excerptPolicyName = 'search-excerpt';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return entities[lower] ?? whole;
  });
}

/** The excerpt as text and marked text; any other tag is dropped, keeping only its text. */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<[^>]*>)/)) {
    if (piece.startsWith('<')) {
      if (/^<mark\b[^>]*>$/i.test(piece)) marked = true;
      else if (/^<\/mark\s*>$/i.test(piece)) marked = false;
      continue;
    }
    const text = decodeEntities(piece);
    if (text !== '') parts.push({ text, marked });
  }
  return parts;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The excerpt rebuilt as safe HTML: escaped text and bare <mark> elements, nothing else. */
export function safeExcerptHtml(html: string): string {
  return excerptParts(html)
    .map(({ text, marked }) => (marked ? `<mark>${escapeHtml(text)}</mark>` : escapeHtml(text)))
    .join('');
}
