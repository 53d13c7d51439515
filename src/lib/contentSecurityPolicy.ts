// Each page's own Content-Security-Policy. Astro puts the hashes of every inline script and style of the
// whole site into every page; this narrows a page's policy to the hashes of what that page really holds,
// and moves the policy to the top of <head>, where it covers everything after it.
import { createHash } from 'node:crypto';

/** A policy as ordered directives: name → sources. Unknown directives are kept as they are. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export function sha256Source(text: string): `'sha256-${string}'` {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** Script types a browser runs; JSON-LD and other data blocks are not scripts to the CSP. */
const executableScriptType = /^(|module|text\/javascript|application\/javascript)$/i;

/** The hash sources of the inline scripts and <style> elements in a page, as the browser hashes them. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (executableScriptType.test(type)) scripts.add(sha256Source(body));
  }
  const styles = new Set<string>();
  for (const [, , body = ''] of html.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/gi)) styles.add(sha256Source(body));
  return { scripts: [...scripts], styles: [...styles] };
}

const isHashSource = (source: string) => /^'sha(256|384|512)-/.test(source);

/**
 * The page's policy with only the hashes it uses: the other sources of `script-src` and `style-src`
 * ('self', 'wasm-unsafe-eval') stay, hashes not in the page go; every other directive stays as it is.
 */
export function tightenPolicy(policy: Policy, used: { scripts: string[]; styles: string[] }): Policy {
  const tightened: Policy = new Map();
  for (const [name, sources] of policy) {
    const hashes = name === 'script-src' ? used.scripts : name === 'style-src' ? used.styles : null;
    tightened.set(name, hashes ? [...sources.filter((source) => !isHashSource(source)), ...hashes] : sources);
  }
  return tightened;
}

const policyMeta = /\s*<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

/** The policy in a page's meta tag, or undefined. */
export function readPagePolicy(html: string): string | undefined {
  return policyMeta.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

/** The page with its policy meta tag replaced and placed right after <meta charset>. */
export function placePolicy(html: string, policy: string): string {
  const withoutPolicy = html.replace(policyMeta, '');
  const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(withoutPolicy);
  if (!charset) throw new Error('the page has no <meta charset>, so its policy has no place');
  const end = charset.index + charset[0].length;
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replaceAll('"', '&quot;')}">`;
  return `${withoutPolicy.slice(0, end)}\n    ${meta}${withoutPolicy.slice(end)}`;
}

/** A built page with its policy narrowed to what it uses and placed first. */
export function tightenPage(html: string): { html: string; policy: string } {
  const original = readPagePolicy(html);
  if (!original) throw new Error('the page has no Content-Security-Policy');
  const policy = serializePolicy(tightenPolicy(parsePolicy(original), inlineHashes(html)));
  return { html: placePolicy(html, policy), policy };
}
