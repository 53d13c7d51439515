// Every built page, both languages, phone and desktop width: no axe-core violations (WCAG 2.2 AA and
// axe's best practices, such as all content inside landmarks),
// no request leaving the site, no cookie and nothing stored.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { browserPagePaths } from './builtSite';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const widths = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'desktop', width: 1280, height: 900 },
];

for (const path of browserPagePaths()) {
  test(`${path} is accessible and stays on this site`, async ({ page, context, baseURL }) => {
    test.slow(); // two full axe runs over the longest pages; slow on a shared, busy machine
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    for (const { name, width, height } of widths) {
      await page.setViewportSize({ width, height });
      await page.goto(path, { waitUntil: 'networkidle' });
      const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(
        violations.map((v) => `${name}: ${v.id} – ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ).toEqual([]);
    }
    expect(foreign, 'requests to other sites').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
    const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
    expect(stored, 'items in localStorage/sessionStorage').toBe(0);
  });
}
