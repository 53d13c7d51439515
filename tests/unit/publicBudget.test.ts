// The page budget (src/lib/budgets.ts) over the site as it is deployed: built with its public address
// (SITE_URL), every page also carries its canonical address, its printed address and, on leaflets, a QR code
// of it (0.6 KB on the directory page). `npm test` builds a local preview, which has none of these, so its
// budget test (tests/e2e/budgets.spec.ts) cannot see them; this builds a copy with an address and reads the
// same list of pages known to be over (tests/e2e/pageWeight.ts). Without the PDF export the leaflet pages
// lack their leaflet link (about 0.04 KB; the local preview's budget test counts it).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runTool } from '../../scripts/project-copy.mjs';
import { budgets } from '../../src/lib/budgets';
import { budgetProblems } from '../e2e/pageWeight';

describe('a build with SITE_URL', () => {
  it('fits every page in the first round trip, or under its known ceiling', { timeout: 240_000 }, () => {
    const copy = copyProject();
    try {
      // A production build, as deployed: the test runner's environment (NODE_ENV=test, DEV=1, …) would leave each
      // page's styles and policy as Astro writes them, untrimmed (src/middleware.ts). Undefined values are not passed.
      const { status, output } = runTool('astro', ['build'], copy, {
        SITE_URL: 'https://example.org',
        NODE_ENV: 'production',
        ...Object.fromEntries(['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL'].map((name) => [name, undefined])),
      });
      expect(status, output).toBe(0);
      expect(
        budgetProblems(join(copy, 'dist'), { published: true }),
        `pages over ${budgets.pageBytes / 1024} KB (or over their known ceiling) with the public address`,
      ).toEqual([]);
    } finally {
      removeCopy(copy);
    }
  });
});
