// Where the site is published. A build without SITE_URL is a local preview: whatever needs the public
// address (canonical link, hreflang, sitemap, security.txt, addresses on paper) is left out or kept
// relative, so no page, card, feed or leaflet ever names the machine it was built or served on.

/** Host names that only mean "this machine". */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === '::1' ||
    host === '0.0.0.0'
  );
}

/** The public address from SITE_URL ("https://example.org/"), or undefined for a local preview. */
export function publicSite(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL must be the site's public address, such as https://example.org, not "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) address, not "${value}".`);
  }
  if (isLocalHost(url.hostname)) {
    throw new Error(
      `SITE_URL names this machine (${url.host}): set the public address, or leave SITE_URL unset for a local preview.`,
    );
  }
  return url.href;
}

/** The page's absolute public address, or undefined in a local preview. */
export function absoluteUrl(path: string, site: URL | string | undefined): string | undefined {
  return site === undefined ? undefined : new URL(path, site).href;
}

/** The absolute public address where it is known, else the path itself (which works wherever the copy is served). */
export function publicOrRelative(path: string, site: URL | string | undefined): string {
  return absoluteUrl(path, site) ?? path;
}
