import { describe, expect, it } from 'vitest';
import { nginxConfig, patternRegex, servedFile } from './nginxConfig';
import { commonHeaders, contentTypes } from './securityHeaders';

const config = nginxConfig({
  root: '/srv/site',
  serverName: 'example.org',
  certificate: '/etc/ssl/site.pem',
  certificateKey: '/etc/ssl/site.key',
  pages: [
    { path: '/', csp: "default-src 'none'; script-src 'self' 'sha256-a'" },
    { path: '/en/', csp: "default-src 'none'; script-src 'self'" },
    { path: '/en/404/', csp: "default-src 'none'" },
  ],
});

describe('the nginx configuration', () => {
  it('sends every common header, with the same values as _headers', () => {
    for (const [name, value] of Object.entries(commonHeaders))
      expect(config).toContain(`add_header ${name} "${value}" always;`);
  });

  it('gives each page its own policy with frame-ancestors, by the file served', () => {
    expect(servedFile('/en/404/')).toBe('/en/404/index.html');
    expect(config).toContain(
      `"~^/index\\.html$" "default-src 'none'; script-src 'self' 'sha256-a'; frame-ancestors 'none'";`,
    );
    expect(config).toContain(`"~^/en/404/index\\.html$" "default-src 'none'; frame-ancestors 'none'";`);
    expect(patternRegex('/gdzie-szukac-pomocy/mazowieckie/*')).toBe('~^/gdzie-szukac-pomocy/mazowieckie/');
  });

  it('serves HTTPS only, redirects HTTP, hides its version, keeps _headers private', () => {
    expect(config).toMatch(/listen \*:80;[\s\S]*return 301 https:\/\/\$host\$request_uri;/);
    expect(config).toContain('listen *:443 ssl http2;');
    expect(config.match(/server_tokens off;/g)).toHaveLength(2);
    expect(config).toMatch(/location = \/_headers \{\s+return 404;/);
  });

  it('names a media type for every kind of file, vCards and text in UTF-8', () => {
    expect(config).toContain('text/vcard vcf;');
    for (const extension of Object.keys(contentTypes)) expect(config).toMatch(new RegExp(`\\s${extension}[ ;]`));
    expect(config).toContain('charset utf-8;');
    expect(config).toMatch(/charset_types [^;]*text\/vcard/);
  });

  it("serves the 404 page of the address's language", () => {
    expect(config).toContain('error_page 404 /404.html;');
    expect(config).toMatch(/location \^~ \/en\/ \{\s+error_page 404 \/en\/404\/index.html;/);
  });

  it('redirects to the HTTPS port when it is not 443', () => {
    const local = nginxConfig({
      root: '/r',
      serverName: 'localhost',
      certificate: 'c',
      certificateKey: 'k',
      httpsPort: 8443,
      httpPort: 8080,
      listenAddresses: ['127.0.0.1'],
      pages: [],
    });
    expect(local).toContain('listen 127.0.0.1:8080;');
    expect(local).toContain('return 301 https://$host:8443$request_uri;');
  });
});
