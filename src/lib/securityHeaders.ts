// HTTP headers for the built site, one source for every host: the `_headers` file (Netlify, Cloudflare
// Pages) and the nginx configuration (nginxConfig.ts) are both written from what is here. Each page's
// Content-Security-Policy comes from the page itself; `frame-ancestors` only works as a header, so it is
// added here, not in the page.

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

/**
 * Hashed build assets never change; pages and the search index do. Keys are path prefixes + `*`, or one
 * file's path.
 */
export const cacheRules: Record<string, string> = {
  '/_astro/*': 'public, max-age=31536000, immutable',
  '/pagefind/*': 'public, max-age=3600',
  '/search-words/*': 'public, max-age=3600',
  // Chromium asks for the icon again whenever a page changes its address, as the search page does with
  // each search: uncached, every search would download it again, beside the search's own files.
  '/favicon.svg': 'public, max-age=86400',
};
export const pageCache = 'public, max-age=600, must-revalidate';

/** The media type of every kind of file the build writes (a test checks that none is missing). */
export const contentTypes: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  txt: 'text/plain',
  vcf: 'text/vcard',
  pdf: 'application/pdf',
  wasm: 'application/wasm',
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};
/** Text types sent with `; charset=utf-8`. */
export const textTypes = [...new Set(Object.values(contentTypes).filter((type) => /^text\/|json|xml|svg/.test(type)))];

/** Files of the build that configure the host and must never be served. */
export const hostFiles = ['/_headers'];

/** The policy sent as a header: the page's own policy plus what only a header can say. */
export function headerPolicy(metaPolicy: string): string {
  const directives = metaPolicy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !directive.startsWith('frame-ancestors'));
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

/** Cloudflare Pages reads at most this many rules from `_headers`, each line at most 2,000 characters. */
export const maxHeaderRules = 100;
export const maxHeaderLine = 2000;

interface PathNode {
  /** The page at exactly this path, if any. */
  page?: PageSecurity;
  children: Map<string, PathNode>;
}

/**
 * URL patterns that give every page its own policy, with as few rules as possible: a folder whose pages
 * all share one policy becomes one `/folder/*` rule (a splat also matches the folder's own page). Rules
 * never overlap, since a host sends every matching rule and two policies would both be enforced.
 */
export function policyRules(pages: readonly PageSecurity[]): { pattern: string; csp: string }[] {
  const root: PathNode = { children: new Map() };
  for (const page of pages) {
    let node = root;
    for (const segment of page.path.split('/').filter(Boolean)) {
      if (!node.children.has(segment)) node.children.set(segment, { children: new Map() });
      node = node.children.get(segment)!;
    }
    node.page = page;
  }
  // Remembered per folder: asked again at every level above a page, it would read each page once per ancestor.
  const known = new Map<PathNode, Set<string>>();
  const policiesUnder = (node: PathNode): Set<string> => {
    let policies = known.get(node);
    if (!policies) {
      policies = new Set([
        ...(node.page ? [node.page.csp] : []),
        ...[...node.children.values()].flatMap((child) => [...policiesUnder(child)]),
      ]);
      known.set(node, policies);
    }
    return policies;
  };

  const rules: { pattern: string; csp: string }[] = [];
  const cover = (node: PathNode, prefix: string) => {
    const policies = policiesUnder(node);
    // A folder's splat may only be used when its own page ends in "/" (a file such as /404.html is not a folder).
    const folderPage = !node.page || node.page.path.endsWith('/');
    if (policies.size === 1 && node.children.size > 0 && folderPage && prefix !== '/') {
      rules.push({ pattern: `${prefix}*`, csp: [...policies][0]! });
      return;
    }
    if (node.page) rules.push({ pattern: node.page.path, csp: node.page.csp });
    for (const [segment, child] of node.children) cover(child, `${prefix}${segment}/`);
  };
  cover(root, '/');
  return rules;
}

/** The `_headers` file: common headers for everything, the cache rules, then each group of pages' policy. */
export function headersFile(pages: readonly PageSecurity[]): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const pageRules = policyRules(pages);
  const ruleCount = 1 + Object.keys(cacheRules).length + pageRules.length;
  if (ruleCount > maxHeaderRules) {
    throw new Error(`_headers would need ${ruleCount} rules; static hosts read at most ${maxHeaderRules}`);
  }
  const file =
    [
      "# Generated at build from each page's Content-Security-Policy. Do not edit.",
      block('/*', commonHeaders),
      ...Object.entries(cacheRules).map(([pattern, value]) => block(pattern, { 'Cache-Control': value })),
      ...pageRules.map((rule) =>
        block(rule.pattern, { 'Content-Security-Policy': headerPolicy(rule.csp), 'Cache-Control': pageCache }),
      ),
    ].join('\n\n') + '\n';
  const longest = Math.max(...file.split('\n').map((line) => line.length));
  if (longest > maxHeaderLine)
    throw new Error(`_headers has a line of ${longest} characters; hosts read at most ${maxHeaderLine}`);
  return file;
}
