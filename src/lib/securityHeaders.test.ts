import { describe, expect, it } from 'vitest';
import { headerPolicy, headersFile, maxHeaderRules, policyRules, type PageSecurity } from './securityHeaders';

/** Which rules' patterns match a path, the way Netlify and Cloudflare Pages match them (`*`: anything). */
function matching<Rule extends { pattern: string }>(rules: Rule[], path: string): Rule[] {
  return rules.filter(({ pattern }) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path),
  );
}

/** A site shaped like ours with a directory of `offices` offices, 40 to a page, in 16 regions. */
function syntheticSite(offices: number): PageSecurity[] {
  const pages: PageSecurity[] = [];
  const policy = (kind: string) => `default-src 'none'; script-src 'self' 'sha256-${kind}'`;
  for (const [home, directory, other] of [
    ['/', '/gdzie-szukac-pomocy/', ['/o-serwisie/', '/szukaj/', '/prywatnosc/', '/404.html']],
    ['/en/', '/en/where-to-get-help/', ['/en/about/', '/en/search/', '/en/privacy/', '/en/404/']],
  ] as const) {
    pages.push({ path: home, csp: policy('home') }, { path: directory, csp: policy('directory') });
    for (const path of other) pages.push({ path, csp: policy(path) });
    const perRegion = Math.ceil(offices / 16 / 40);
    for (let region = 1; region <= 16; region++) {
      pages.push({ path: `${directory}region-${region}/`, csp: policy('region') });
      for (let page = 2; page <= perRegion; page++)
        pages.push({ path: `${directory}region-${region}/${page}/`, csp: policy('region') });
    }
  }
  return pages;
}

describe('security headers', () => {
  it('adds frame-ancestors to the page policy', () => {
    expect(headerPolicy("default-src 'none'; script-src 'self' 'sha256-x';")).toBe(
      "default-src 'none'; script-src 'self' 'sha256-x'; frame-ancestors 'none'",
    );
  });

  it('writes one block per page with its own policy and the common headers once', () => {
    const file = headersFile([
      { path: '/', csp: "default-src 'none'; script-src 'self' 'sha256-a'" },
      { path: '/en/', csp: "default-src 'none'; script-src 'self' 'sha256-b'" },
    ]);
    expect(file).toContain(
      "/\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'sha256-a'; frame-ancestors 'none'",
    );
    expect(file).toContain(
      "/en/\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'sha256-b'; frame-ancestors 'none'",
    );
    expect(file.match(/Strict-Transport-Security/g)).toHaveLength(1);
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  it('groups a folder whose pages share a policy into one rule', () => {
    expect(
      policyRules([
        { path: '/a/', csp: 'x' },
        { path: '/a/b/', csp: 'x' },
        { path: '/a/b/2/', csp: 'x' },
        { path: '/c/', csp: 'y' },
        { path: '/c/d/', csp: 'z' },
      ]),
    ).toEqual([
      { pattern: '/a/*', csp: 'x' },
      { pattern: '/c/', csp: 'y' },
      { pattern: '/c/d/', csp: 'z' },
    ]);
  });

  it.each([30, 2500, 20000])(
    "keeps %i offices within the hosts' rule limit, each page under exactly its own policy",
    (offices) => {
      const pages = syntheticSite(offices);
      const file = headersFile(pages);
      const rules = policyRules(pages);
      expect(file.split('\n\n').length - 1).toBeLessThanOrEqual(maxHeaderRules);
      for (const page of pages)
        expect(
          matching(rules, page.path).map((rule) => rule.csp),
          page.path,
        ).toEqual([page.csp]);
    },
  );

  it('refuses to write more rules than a host reads', () => {
    const pages = Array.from({ length: 120 }, (_, index) => ({ path: `/page-${index}/`, csp: `policy ${index}` }));
    expect(() => headersFile(pages)).toThrow(/at most 100/);
  });
});
