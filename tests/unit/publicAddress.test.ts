// Built with SITE_URL, the site carries its public address everywhere a reader or a machine needs one
// (canonical links, hreflang, the sitemap, robots.txt, security.txt, vCards, the feed, JSON-LD, the printed
// address); an address of this machine is refused. A build without SITE_URL is a local preview and says so
// (tests/e2e/addresses.spec.ts checks that it names no address).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { copyProject, removeCopy, runTool } from '../../scripts/project-copy.mjs';
import { builtFiles } from '../../src/lib/builtFiles';
import { localPreviewNotice } from '../../src/integrations/localPreview';
import { qrModules, qrPath } from '../../src/lib/qrCode';
import { locales } from '../../src/lib/locales';

const site = 'https://example.org';

const files = (dir: string) => builtFiles(dir).map(({ path }) => path);

/** "/en/about/index.html" → "/en/about/"; "/404.html" stays. */
function pageUrl(file: string): string {
  return file.replace(/index\.html$/, '');
}

describe('a build with SITE_URL', () => {
  it('names the public address wherever one is needed, and never this machine', { timeout: 240_000 }, () => {
    const copy = copyProject();
    try {
      const { status, output } = runTool('astro', ['build'], copy, { SITE_URL: site });
      expect(status, output).toBe(0);
      expect(output).not.toContain('SITE_URL is not set');
      const dist = join(copy, 'dist');
      const read = (file: string) => readFileSync(join(dist, file), 'utf8');
      const built = files(dist);
      const pages = built.filter((file) => file.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(20);

      for (const file of pages) {
        const html = read(file);
        const url = `${site}${pageUrl(file)}`;
        expect(html, file).toContain(`<link rel="canonical" href="${url}">`);
        expect(html, file).toContain(`<meta property="og:url" content="${url}">`);
        const alternates = [...html.matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g)].map(
          (m) => m[1],
        );
        expect(alternates, file).toHaveLength(locales.length + 1);
        for (const href of alternates) expect(href, file).toMatch(/^https:\/\/example\.org\//);
        expect(html, file).toMatch(new RegExp(`(Adres strony|Page address): ${url.replace(/[.?]/g, '\\$&')}<`));
        // Links written out on paper are absolute: no data-print-url holds a bare path.
        expect(html, file).not.toMatch(/data-print-url="\//);
        expect(html, file).not.toMatch(/localhost|127\.0\.0\.1/);
      }
      expect(read('/en/not-my-fault-but-my-punishment/index.html')).toContain(`data-print-url="${site}/en/`);

      // Leaflets carry a QR code of their public address for a family member's phone; other pages do not.
      const qrCode =
        /<figure class="print-header__qr"[^>]*>\s*<svg [^>]*role="img" aria-label="(Kod QR z\sadresem tej strony|QR code with this page's address)"[^>]*><rect [^>]*\/><path stroke="#000" d="M[^"]+"\/><\/svg>/;
      for (const file of [
        '/czy-moge-dostac-pomoc-po-wyjsciu/index.html',
        '/en/can-i-get-help-after-i-leave/index.html',
        '/gdzie-szukac-pomocy/index.html',
        '/en/where-to-get-help/index.html',
      ]) {
        expect(read(file), file).toMatch(qrCode);
        expect(read(file), `${file}: the code is the page's own address`).toContain(
          `d="${qrPath(qrModules(`${site}${pageUrl(file)}`))}"`,
        );
      }
      for (const file of ['/en/about/index.html', '/czy-moge-dostac-pomoc/index.html'])
        expect(read(file), file).not.toContain('<svg');
      expect(read('/en/can-i-get-help-after-i-leave/index.html')).not.toMatch(/<svg[^>]*style=/);

      const sitemapIndex = read('/sitemap-index.xml');
      const sitemapFile = new URL(/<loc>([^<]+)<\/loc>/.exec(sitemapIndex)![1]!).pathname;
      const sitemap = read(sitemapFile);
      const listed = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
      const contentPages = pages.map(pageUrl).filter((url) => url !== '/404.html' && url !== '/en/404/');
      expect(listed).toEqual(contentPages.map((url) => `${site}${url}`).sort());
      expect(sitemap.match(/hreflang="en" href="https:\/\/example\.org\//g)).toHaveLength(listed.length);

      expect(read('/robots.txt')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
      const securityTxt = read('/.well-known/security.txt');
      expect(securityTxt).toContain(`Canonical: ${site}/.well-known/security.txt`);
      expect(securityTxt).toMatch(/^Contact: (https:\/\/example\.org\/en\/about\/|mailto:|https:)/m);

      const vcards = built.filter((file) => file.endsWith('.vcf'));
      expect(vcards.length).toBeGreaterThan(0);
      for (const file of vcards) expect(read(file), file).toMatch(/\r\nURL:https:\/\/example\.org\/\S+#/);

      const feed = read('/data/directory.json');
      const urls = [...feed.matchAll(/"(?:url|source)":"([^"]*)"/g)].map((m) => m[1]);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(/^(https?:|mailto:|tel:)/);
      expect(read('/gdzie-szukac-pomocy/index.html')).toContain(`"url":"${site}/gdzie-szukac-pomocy/#`);

      for (const file of built.filter((f) => /\.(xml|txt|json|vcf)$/.test(f))) {
        expect(read(file), file).not.toMatch(/localhost|127\.0\.0\.1/);
      }
    } finally {
      removeCopy(copy);
    }
  });

  it('refuses an address of this machine, naming the problem', { timeout: 60_000 }, () => {
    const copy = copyProject();
    try {
      const { status, output } = runTool('astro', ['build'], copy, { SITE_URL: 'http://localhost:4321' });
      expect(status).not.toBe(0);
      expect(output).toContain('SITE_URL names this machine (localhost:4321)');
    } finally {
      removeCopy(copy);
    }
  });
});

describe('a build without SITE_URL', () => {
  function warnings(siteUrl: string | undefined): string[] {
    const warn = vi.fn();
    const hook = localPreviewNotice(siteUrl).hooks['astro:build:start'];
    hook?.({ logger: { warn } as unknown as AstroIntegrationLogger } as Parameters<NonNullable<typeof hook>>[0]);
    return warn.mock.calls.map(([message]) => String(message));
  }

  it('warns once that it is a local preview', () => {
    expect(warnings(undefined)).toEqual([expect.stringContaining('SITE_URL is not set: this is a local preview')]);
  });

  it('says nothing when the public address is set', () => {
    expect(warnings(`${site}/`)).toEqual([]);
  });
});
