// What a printed sheet writes after a link's text, so a reader on paper can still follow it:
// the absolute address for internal links (their path in a local preview, which has no public address),
// the number or e-mail address without its scheme, nothing for links within the page or where the text
// already says the same.

const space = /[\s\u00A0]+/g;

/** The link's target as printed, or "" when there is nothing to add to its text. */
export function printHref(href: string, text: string, site: string | undefined): string {
  const said = text.replace(space, ' ').trim();
  if (href === '' || href.startsWith('#')) return '';
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
