// The HTML pages of a built site with their URL paths, and the policy each carries in its meta tag.
import { readFileSync } from 'node:fs';
import { builtFiles, pageAddress } from '../lib/builtFiles.ts';
import { readPagePolicy } from '../lib/contentSecurityPolicy.ts';
import type { PageSecurity } from '../lib/securityHeaders.ts';

/** Every .html file under root with its URL path ("/en/about/", "/404.html"). */
export function builtPages(root: string): { path: string; file: string }[] {
  return builtFiles(root, { ext: '.html' })
    .map(({ file, path }) => ({ file, path: pageAddress(path) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Each built page's policy, as its meta tag gives it. */
export function builtPagePolicies(root: string): PageSecurity[] {
  // Pages share a few policies, each kept once as a string of its own: a piece cut from a page would keep
  // the whole page in memory (3,382 pages of a 25,000-office directory: half a gigabyte).
  const policies = new Map<string, string>();
  return builtPages(root).map(({ path, file }) => {
    const found = readPagePolicy(readFileSync(file, 'utf8'));
    if (!found) throw new Error(`${path}: the page has no Content-Security-Policy`);
    let csp = policies.get(found);
    if (csp === undefined) {
      csp = Buffer.from(found).toString();
      policies.set(csp, csp);
    }
    return { path, csp };
  });
}
