// The open-now line and its toggle within the period an office's source describes. The real offices' source
// describes them to the end of 2025, before any day a build's holiday calendar covers (the build's year and the
// next two), so these tests serve the pages as if each office's source described it up to `until`: what the
// line and the toggle do within the period, at clocks the build can answer for.
import type { Page } from '@playwright/test';

/** Serves every page with each office's source describing it up to `until` ("2027-12-31"). */
export async function sourceDescribesUntil(page: Page, until: string): Promise<void> {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const body = (await response.text()).replaceAll(/ data-until="[^"]*"/g, ` data-until="${until}"`);
    return route.fulfill({ response, body });
  });
}
