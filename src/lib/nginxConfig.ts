// The nginx site configuration, written from the same headers as `_headers` (securityHeaders.ts), so the
// two cannot drift: HTTPS with an HTTP redirect, UTF-8 text, a media type for every file the build
// writes, each page's own policy as a header, the cache rules, a 404 page per language, and the host's
// own files (`_headers`) kept private.
import {
  cacheRules,
  commonHeaders,
  contentTypes,
  headerPolicy,
  hostFiles,
  pageCache,
  policyRules,
  textTypes,
  type PageSecurity,
} from './securityHeaders.ts';
import { defaultLocale, locales, notFoundUrl } from './locales.ts';

export interface NginxSite {
  /** Absolute path of the built site (dist/). */
  root: string;
  /** The public host name(s), e.g. "example.org www.example.org". */
  serverName: string;
  /** Certificate chain and private key (PEM files). */
  certificate: string;
  certificateKey: string;
  /** Ports; the defaults are 443 and 80. */
  httpsPort?: number;
  httpPort?: number;
  /** Addresses to listen on; the default is every IPv4 and IPv6 address. */
  listenAddresses?: string[];
  /** Every page's policy, from the built pages. */
  pages: readonly PageSecurity[];
}

/** A value in double quotes, as nginx reads it (nginx keeps a backslash before any other character). */
const quoted = (value: string) => `"${value.replaceAll('"', '\\"')}"`;

/** The file nginx serves for a page's URL path: "/en/about/" → "/en/about/index.html". */
export const servedFile = (path: string) => (path.endsWith('/') ? `${path}index.html` : path);

const escapeRegex = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/**
 * A `_headers` pattern as an nginx regular expression over the file served: "/_astro/*" → every path
 * under /_astro/, "/en/about/" → exactly /en/about/index.html. Regular expressions, not exact keys, so
 * no path is too long for nginx's map hash.
 */
export const patternRegex = (pattern: string) =>
  pattern.endsWith('*') ? `~^${escapeRegex(pattern.slice(0, -1))}` : `~^${escapeRegex(servedFile(pattern))}$`;

/**
 * The configuration for nginx's `http` context (e.g. a file in /etc/nginx/sites-enabled/): the maps
 * that pick each response's policy and cache rule, and the two servers.
 */
export function nginxConfig(site: NginxSite): string {
  const httpsPort = site.httpsPort ?? 443;
  const httpPort = site.httpPort ?? 80;
  const addresses = site.listenAddresses ?? ['*', '[::]'];
  const listen = (port: number, options = '') => addresses.map((address) => `listen ${address}:${port}${options};`);
  const httpsAuthority = httpsPort === 443 ? '$host' : `$host:${httpsPort}`;
  const indent = (lines: string[], depth = 1) => lines.map((line) => (line ? `${'  '.repeat(depth)}${line}` : line));
  const headers = [
    ...Object.entries(commonHeaders).map(([name, value]) => `add_header ${name} ${quoted(value)} always;`),
    // nginx leaves out a header whose value is empty: files other than pages get no policy and no cache rule.
    'add_header Content-Security-Policy $site_page_policy always;',
    'add_header Cache-Control $site_cache_control always;',
  ];
  return [
    '# Generated from the built site and src/lib/securityHeaders.ts (npm run nginx:config). Do not edit.',
    '',
    "# Each page's Content-Security-Policy, by the file served (also for the 404 pages).",
    'map $uri $site_page_policy {',
    '  default "";',
    // The same groups of pages as in _headers (disjoint, so the order does not matter).
    ...policyRules(site.pages).map(
      (rule) => `  ${quoted(patternRegex(rule.pattern))} ${quoted(headerPolicy(rule.csp))};`,
    ),
    '}',
    '',
    'map $uri $site_cache_control {',
    '  default "";',
    ...Object.entries(cacheRules).map(([pattern, value]) => `  ${quoted(patternRegex(pattern))} ${quoted(value)};`),
    `  "~\\.html$" ${quoted(pageCache)};`,
    '}',
    '',
    'server {',
    ...indent([
      ...listen(httpPort),
      `server_name ${site.serverName};`,
      'server_tokens off;',
      `return 301 https://${httpsAuthority}$request_uri;`,
    ]),
    '}',
    '',
    'server {',
    ...indent([
      ...listen(httpsPort, ' ssl http2'),
      `server_name ${site.serverName};`,
      `ssl_certificate ${site.certificate};`,
      `ssl_certificate_key ${site.certificateKey};`,
      'ssl_protocols TLSv1.2 TLSv1.3;',
      'ssl_prefer_server_ciphers off;',
      'server_tokens off;',
      `root ${site.root};`,
      'index index.html;',
      // Redirects to add a trailing slash keep the address the reader used (port included).
      'absolute_redirect off;',
      '',
      'types {',
      ...indent(
        [...new Set(Object.values(contentTypes))].map((type) => {
          const extensions = Object.keys(contentTypes).filter((extension) => contentTypes[extension] === type);
          return `${type} ${extensions.join(' ')};`;
        }),
      ),
      '}',
      'default_type application/octet-stream;',
      'charset utf-8;',
      `charset_types ${textTypes.filter((type) => type !== 'text/html').join(' ')};`,
      // Readers are on slow networks: text travels compressed (Pagefind's index files already are).
      'gzip on;',
      'gzip_vary on;',
      `gzip_types ${[...textTypes.filter((type) => type !== 'text/html'), 'application/wasm'].join(' ')};`,
      '',
      ...headers,
      '',
      `error_page 404 ${servedFile(notFoundUrl(defaultLocale))};`,
      ...locales
        .filter((locale) => locale !== defaultLocale)
        .flatMap((locale) => [
          `location ^~ /${locale}/ {`,
          `  error_page 404 ${servedFile(notFoundUrl(locale))};`,
          '}',
        ]),
      ...hostFiles.map((file) => `location = ${file} {\n    return 404;\n  }`),
    ]),
    '}',
    '',
  ].join('\n');
}
