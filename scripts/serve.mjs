// Serves the built site (dist/) on loopback the way a static host would: files, directory index,
// 404 pages per language, text compressed with gzip for a browser that accepts it, and the headers from
// dist/_headers when it exists. The one local server: `npm start` and the end-to-end tests run this file;
// the PDF export and the benchmark import serveSite().
//   node scripts/serve.mjs [--port 4322] [--dir dist]
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultLocale, locales, notFoundUrl } from '../src/lib/locales.ts';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Text a host compresses; Pagefind's own files (pf_*, its WebAssembly) arrive compressed already. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.vcf']);

/** Rules from a Netlify/Cloudflare-style _headers file: [{ pattern, headers }]. */
function readHeaderRules(root) {
  const path = join(root, '_headers');
  if (!existsSync(path)) return [];
  const rules = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern, path) {
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return regex.test(path);
}

function resolveFile(root, urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, path);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  if (existsSync(join(candidate, 'index.html'))) return join(candidate, 'index.html');
  return null;
}

/**
 * Serves the built site in `root` on 127.0.0.1; port 0 takes a free one (read it from server.address()).
 * Resolves once the server listens.
 * @param {{ root: string, port?: number }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function serveSite({ root, port = 0 }) {
  const rules = readHeaderRules(root);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file = resolveFile(root, pathname);
    let status = 200;
    if (!file && !pathname.endsWith('/') && !extname(pathname) && resolveFile(root, `${pathname}/`)) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    if (!file) {
      status = 404;
      const locale = locales.find((code) => code !== defaultLocale && pathname.startsWith(`/${code}/`));
      file = resolveFile(root, notFoundUrl(locale ?? defaultLocale)) ?? join(root, '404.html');
    }
    for (const rule of rules) {
      if (matches(rule.pattern, pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    const gzip = compressible.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(status, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      vary: 'Accept-Encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    const content = createReadStream(file);
    (gzip ? content.pipe(createGzip()) : content).pipe(response);
  });
  return new Promise((listening) => server.listen(port, '127.0.0.1', () => listening(server)));
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4322' }, dir: { type: 'string', default: 'dist' } },
  });
  await serveSite({ root: values.dir, port: Number(values.port) });
  console.log(`Serving ${values.dir}/ at http://127.0.0.1:${values.port}/`);
}
