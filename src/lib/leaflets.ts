// PDF leaflets for people without internet (above all people in prison, who get our pages on paper):
// where each PDF lives (the pages are those whose front matter says `leaflet:`), and how the export writes
// "Download as PDF leaflet (N pages, X kB)" into the built page. The site builds without any of it:
// a page carries an empty placeholder, and only the export fills it.
import { decodeEntities } from './htmlText.ts';
import type { Locale } from './locales.ts';
import { pluralize } from './plural.ts';

/** The leaflet's address in the built site: "/pdf/pl/pomoc-postpenitencjarna.pdf". */
export function leafletHref(locale: Locale, pageUrl: string): string {
  const slug = pageUrl.split('/').filter(Boolean).at(-1);
  if (!slug || slug === locale) throw new Error(`A leaflet needs a page with a slug, not ${pageUrl}`);
  return `/pdf/${locale}/${slug}.pdf`;
}

/** What the export learnt about one PDF. */
export interface Leaflet {
  /** Page count. */
  pages: number;
  /** File size in bytes. */
  bytes: number;
}

/** "84 kB", "1.2 MB" in the reader's language, the number and unit kept on one line. */
export function formatFileSize(bytes: number, intlLocale: string): string {
  const [value, unit] =
    bytes < 1_000_000 ? [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(intlLocale, { style: 'unit', unit, maximumFractionDigits: 1 })
    .format(value)
    .replace(/\s/g, '\u00A0');
}

/**
 * The link text from the page's templates, one per plural category ("one", "few", "many", "other"),
 * with {{count}} for the page count and {{size}} for the file size.
 */
export function leafletLabel(templates: Record<string, string>, leaflet: Leaflet, intlLocale: string): string {
  return pluralize(templates, leaflet.pages, intlLocale, {
    count: new Intl.NumberFormat(intlLocale).format(leaflet.pages),
    size: formatFileSize(leaflet.bytes, intlLocale),
  });
}

/** The placeholder a page carries for its leaflet link: <div … data-pdf-leaflet="/pdf/…">…</div>. */
const placeholder = /(<div\b[^>]*?\sdata-pdf-leaflet="([^"]+)"[^>]*>)[\s\S]*?(<\/div>)/g;

/** The leaflets (PDF addresses) a built page has a placeholder for. */
export function leafletPlaceholders(html: string): string[] {
  return [...html.matchAll(placeholder)].map((match) => match[2]!);
}

/** A placeholder's link texts, by plural category, from its data-label-* attributes (none once it holds its link). */
function placeholderTemplates(open: string): Record<string, string> | undefined {
  const templates: Record<string, string> = {};
  for (const [, category, text] of open.matchAll(/\sdata-label-([a-z]+)="([^"]*)"/g))
    templates[category!] = decodeEntities(text!);
  return Object.keys(templates).length > 0 ? templates : undefined;
}

/**
 * The built page with each placeholder holding the link to its leaflet, or emptied where the export made no
 * PDF. A filled placeholder loses its link texts (every reader would download them, 0.06 KB on the
 * directory): `known` keeps them by page language for the next page and the next run, so the export can be
 * repeated (scripts/export-pdf.ts keeps them in the manifest).
 */
export function withLeafletLinks(
  html: string,
  leaflets: ReadonlyMap<string, Leaflet>,
  known = new Map<string, Record<string, string>>(),
): string {
  const intlLocale = /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'pl';
  return html.replace(placeholder, (_, open: string, href: string, close: string) => {
    const own = placeholderTemplates(open);
    if (own) known.set(intlLocale, own);
    const leaflet = leaflets.get(href);
    const templates = known.get(intlLocale);
    if (!leaflet || !templates) return open + close;
    const label = escapeHtml(leafletLabel(templates, leaflet, intlLocale));
    return `${open.replace(/\sdata-label-[a-z]+="[^"]*"/g, '')}<a href="${href}" type="application/pdf" download>${label}</a>${close}`;
  });
}

/** The number of pages of a PDF as Chromium writes it (one "/Type /Page" object per page). */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf);
  if (!text.startsWith('%PDF-')) throw new Error('not a PDF file');
  return text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
