// Every page: a strict Content-Security-Policy (meta and header) that allows only what the page itself
// holds, the static-host headers, and no CSP violation or script error in the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { inlineHashes, parsePolicy, readPagePolicy } from '../../src/lib/contentSecurityPolicy.ts';
import { headerPolicy, maxHeaderRules } from '../../src/lib/securityHeaders.ts';
import { builtPagePaths, distDir, readBuiltPage } from './builtSite';

/** The pages where search runs: the only ones that fetch (Pagefind's index) and compile WebAssembly. */
const searchPages = ['/szukaj/', '/en/search/'];

const requiredHeaders = {
  'strict-transport-security': /max-age=\d{7,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  'cross-origin-opener-policy': /^same-origin$/,
  'cross-origin-resource-policy': /^same-origin$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
};

/** The `_headers` rules: [pattern, header lines]. */
function headerRules(): string[][] {
  return readFileSync(join(distDir, '_headers'), 'utf8')
    .split(/\n\n+/)
    .filter((block) => !block.startsWith('#'))
    .map((block) => block.split('\n').filter((line) => line !== ''));
}

/** Whether a `_headers` pattern matches a path, as Netlify and Cloudflare Pages match (`*`: anything). */
const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

test("the _headers file parses, stays within the hosts' rule limit, and gives each page exactly its own policy", () => {
  const rules = headerRules();
  expect(rules.length).toBeLessThanOrEqual(maxHeaderRules);
  for (const lines of rules) {
    expect(lines[0], 'a block starts with a path').toMatch(/^\/\S*$/);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}[A-Za-z-]+: \S/);
  }
  const policies = rules.flatMap(([pattern = '', ...lines]) =>
    lines
      .filter((line) => line.startsWith('  Content-Security-Policy: '))
      .map((line) => ({ pattern, policy: line.slice(27) })),
  );
  for (const path of builtPagePaths()) {
    const sent = policies.filter((rule) => matches(rule.pattern, path)).map((rule) => rule.policy);
    expect(sent, path).toEqual([headerPolicy(readPagePolicy(readBuiltPage(path))!)]);
  }
});

for (const path of builtPagePaths()) {
  test(`${path}: the policy comes first and allows only what this page holds`, () => {
    const html = readBuiltPage(path);
    expect(html, 'the policy right after <meta charset>').toMatch(
      /<head>\s*<meta charset="utf-8">\s*<meta http-equiv="content-security-policy"/,
    );
    const policy = parsePolicy(readPagePolicy(html)!);
    const used = inlineHashes(html);
    const hashes = (directive: string) =>
      (policy.get(directive) ?? []).filter((source) => source.startsWith("'sha")).sort();
    expect(hashes('script-src'), 'script hashes').toEqual([...used.scripts].sort());
    expect(hashes('style-src'), 'style hashes').toEqual([...used.styles].sort());
    expect(policy.has('font-src'), 'no font-src: the site has no web fonts').toBe(false);
    expect(policy.has('manifest-src'), 'no manifest-src: the site has no manifest').toBe(false);
    const search = searchPages.includes(path);
    expect(policy.has('connect-src'), 'connect-src only where search runs').toBe(search);
    expect(policy.get('script-src')?.includes("'wasm-unsafe-eval'"), "'wasm-unsafe-eval' only where search runs").toBe(
      search,
    );
  });
}

for (const path of builtPagePaths()) {
  test(`${path}: strict CSP, security headers, no violation`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });

    const response = await page.goto(path, { waitUntil: 'networkidle' });
    const headers = response!.headers();
    for (const [name, pattern] of Object.entries(requiredHeaders)) expect(headers[name], name).toMatch(pattern);

    const headerPolicy = headers['content-security-policy'] ?? '';
    expect(headerPolicy).toContain("frame-ancestors 'none'");
    const metaPolicy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    for (const policy of [headerPolicy, metaPolicy ?? '']) {
      expect(policy).toContain("default-src 'none'");
      const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(/style-src ([^;]*)/.exec(policy)?.[1]).not.toContain("'unsafe-inline'");
    }
    expect(problems).toEqual([]);
  });
}
