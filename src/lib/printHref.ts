// What a printed sheet writes after a link's text, so a reader on paper can still follow it:
// the absolute address for internal links (their path in a local preview, which has no public address),
// the number or e-mail address without its scheme, nothing for links within the page, into an app (a text
// message) or where the text already says the same. The build writes it into every link of the content
// (data-print-url, read by print.css), so no script has to, and a page saved without its scripts prints it too.
import { decodeEntities } from './htmlText.ts';

const space = /[\s\u00A0]+/g;

/** The link's target as printed, or "" when there is nothing to add to its text. */
export function printHref(href: string, text: string, site: string | undefined): string {
  const said = text.replace(space, ' ').trim();
  if (href === '' || href.startsWith('#') || href.startsWith('sms:')) return '';
  if (href.startsWith('tel:')) {
    const number = decodeURIComponent(href.slice(4));
    return digits(number) === digits(said) ? '' : number;
  }
  if (href.startsWith('mailto:')) {
    const address = decodeURIComponent(href.slice(7).split('?')[0] ?? '');
    return address.toLowerCase() === said.toLowerCase() ? '' : address;
  }
  const url = site === undefined ? withoutOrigin(href) : new URL(href, site).href;
  return withoutScheme(url) === withoutScheme(said) ? '' : url;
}

/** An internal link as its path; a link to another site as it is. */
function withoutOrigin(href: string): string {
  const here = 'https://site.invalid';
  const url = new URL(href, here);
  return url.origin === here ? `${url.pathname}${url.search}${url.hash}` : url.href;
}

function digits(value: string): string {
  return value.replace(/[^+\d]/g, '');
}

function withoutScheme(value: string): string {
  return value
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '')
    .toLowerCase();
}

/** A link in a page, attributes and content (quoted attribute values may hold ">"); or a script, kept as it is. */
const linkOrScript = /<script\b[\s\S]*?<\/script>|<a\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/a>/gi;

function attributeValue(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/**
 * The page with data-print-url on every link of its content (`<main>`) that has none yet (the Markdown
 * pipeline gives its own links one): what print.css writes after the link's text on paper.
 */
export function withPrintHrefs(html: string, site: string | undefined): string {
  const start = html.search(/<main\b/i);
  const end = html.lastIndexOf('</main>');
  if (start === -1 || end < start) return html;
  const main = html
    .slice(start, end)
    .replace(linkOrScript, (whole, attributes: string | undefined, content: string) => {
      if (attributes === undefined || /\sdata-print-url\b/.test(attributes)) return whole;
      const href = /\shref="([^"]*)"/.exec(attributes)?.[1];
      if (href === undefined) return whole;
      const text = decodeEntities(content.replace(/<[^>]*>/g, ''));
      const printed = printHref(decodeEntities(href), text, site);
      return `<a${attributes} data-print-url="${attributeValue(printed)}">${content}</a>`;
    });
  return html.slice(0, start) + main + html.slice(end);
}
