// HTTP headers for static hosts (Netlify/Cloudflare-style `_headers` file), built from each page's own
// Content-Security-Policy. `frame-ancestors` only works as a header, so it is added here, not in the page.

export interface PageSecurity {
  /** URL path of the page, e.g. "/en/about/". */
  path: string;
  /** The policy from the page's <meta http-equiv="content-security-policy">. */
  csp: string;
}

/** Headers every response gets. */
export const commonHeaders: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()',
};

/** Hashed build assets never change; pages and the search index do. */
export const cacheRules: Record<string, string> = {
  '/_astro/*': 'public, max-age=31536000, immutable',
  '/pagefind/*': 'public, max-age=3600',
  '/search-words/*': 'public, max-age=3600',
};
export const pageCache = 'public, max-age=600, must-revalidate';

/** The policy sent as a header: the page's own policy plus what only a header can say. */
export function headerPolicy(metaPolicy: string): string {
  const directives = metaPolicy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !directive.startsWith('frame-ancestors'));
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

/** The `_headers` file: common headers for everything, then each page's policy and cache rule. */
export function headersFile(pages: readonly PageSecurity[]): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Generated at build from each page\'s Content-Security-Policy. Do not edit.',
    block('/*', commonHeaders),
    ...Object.entries(cacheRules).map(([pattern, value]) => block(pattern, { 'Cache-Control': value })),
    ...pages.map((page) =>
      block(page.path, { 'Content-Security-Policy': headerPolicy(page.csp), 'Cache-Control': pageCache }),
    ),
  ].join('\n\n') + '\n';
}
