// Every page: a strict Content-Security-Policy (meta and header), the static-host headers,
// and no CSP violation or script error in the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPagePaths, distDir } from './builtSite';

const requiredHeaders = {
  'strict-transport-security': /max-age=\d{7,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  'cross-origin-opener-policy': /^same-origin$/,
  'cross-origin-resource-policy': /^same-origin$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
};

test('the _headers file parses: a block per page, each with a policy', () => {
  const blocks = readFileSync(join(distDir, '_headers'), 'utf8')
    .split(/\n\n+/)
    .filter((block) => !block.startsWith('#'))
    .map((block) => block.split('\n').filter((line) => line !== ''));
  for (const lines of blocks) {
    expect(lines[0], 'a block starts with a path').toMatch(/^\/\S*$/);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}[A-Za-z-]+: \S/);
  }
  const withPolicy = blocks.filter((lines) => lines.some((line) => line.includes('Content-Security-Policy')));
  expect(withPolicy.map((lines) => lines[0]).sort()).toEqual(builtPagePaths());
});

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
