// Trusted Types on every page: the policy requires them for scripts, names one policy (search excerpts),
// and no page breaks under it: no violation, no console error, on every built page, and while searching.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtPagePaths, distDir, readBuiltPage } from './builtSite';

const directives = ["require-trusted-types-for 'script'", 'trusted-types search-excerpt'];

/** Trusted Types violations and console errors seen on the page. */
async function watchTrustedTypes(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /trusted ?type/i.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.sample}`),
    );
  });
  return async () => [
    ...problems,
    ...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)),
  ];
}

test('every page requires Trusted Types, in its meta policy and in _headers', () => {
  const headers = readFileSync(join(distDir, '_headers'), 'utf8');
  for (const path of builtPagePaths()) {
    const policy =
      /http-equiv="content-security-policy" content="([^"]+)"/
        .exec(readBuiltPage(path))?.[1]
        ?.replaceAll('&#39;', "'") ?? '';
    for (const directive of directives) expect(policy, path).toContain(directive);
  }
  const pageRules = headers.split('\n\n').filter((rule) => rule.includes('  Content-Security-Policy:'));
  expect(pageRules.length).toBe(builtPagePaths().length);
  for (const rule of pageRules) for (const directive of directives) expect(rule).toContain(directive);
});

for (const path of builtPagePaths()) {
  test(`${path} runs its scripts without a Trusted Types violation`, async ({ page }) => {
    const problems = await watchTrustedTypes(page);
    await page.goto(path);
    await page.waitForLoadState('load');
    // Every enhancement has run once its element is defined (custom elements) or the page has loaded.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(await problems()).toEqual([]);
  });
}

for (const [path, word] of [
  ['/szukaj/', 'przemoc'],
  ['/en/search/', 'violence'],
] as const) {
  test(`search results on ${path} build their excerpts through the one policy`, async ({ page }) => {
    const problems = await watchTrustedTypes(page);
    await page.goto(`${path}#q=${word}`);
    await expect(page.locator('[data-list] mark').first()).toBeVisible();
    // An excerpt holds text and <mark> only.
    const tags = await page
      .locator('.search-result__excerpt *')
      .evaluateAll((nodes) => [...new Set(nodes.map((node) => node.tagName))]);
    expect(tags).toEqual(['MARK']);
    expect(await problems()).toEqual([]);
  });
}
