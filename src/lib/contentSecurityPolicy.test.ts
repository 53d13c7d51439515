import { describe, expect, it } from 'vitest';
import {
  inlineHashes,
  parsePolicy,
  placePolicy,
  serializePolicy,
  sha256Source,
  tightenPage,
  tightenPolicy,
} from './contentSecurityPolicy';

const early = "document.documentElement.classList.add('js')";

describe('a page policy narrowed to what the page holds', () => {
  it('hashes inline scripts and styles, not external scripts or JSON-LD', () => {
    const html = `<script>${early}</script><script type="module">run()</script><script type="module" src="/a.js"></script>
      <script type="application/ld+json">{"a":1}</script><style>p{color:red}</style>`;
    expect(inlineHashes(html)).toEqual({
      scripts: [sha256Source(early), sha256Source('run()')],
      styles: [sha256Source('p{color:red}')],
    });
  });

  it("matches the hash a browser computes (the early script's known hash)", () => {
    expect(sha256Source(early)).toBe("'sha256-Du+OJKJSbdUgz5nrHeWWINvez6XKDDU/tyj/5c2uvwo='");
  });

  it("keeps the page's hashes and the other sources, drops other pages' hashes", () => {
    const policy = parsePolicy(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c' 'sha256-d'",
    );
    expect(serializePolicy(tightenPolicy(policy, { scripts: ["'sha256-b'"], styles: [] }))).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-b'; style-src 'self'",
    );
  });

  it('keeps directives it does not know (e.g. Trusted Types)', () => {
    const policy = parsePolicy("default-src 'none'; require-trusted-types-for 'script'; trusted-types excerpts");
    expect(serializePolicy(tightenPolicy(policy, { scripts: [], styles: [] }))).toBe(
      "default-src 'none'; require-trusted-types-for 'script'; trusted-types excerpts",
    );
  });

  it('puts the policy right after <meta charset>, before any script', () => {
    const html = `<head>\n<meta charset="utf-8">\n<script>${early}</script>\n<title>x</title>\n<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'sha256-x'">\n</head>`;
    const { html: tightened, policy } = tightenPage(html);
    expect(policy).toBe(`default-src 'none'; script-src ${sha256Source(early)}`);
    expect(tightened).toMatch(
      /^<head>\n<meta charset="utf-8">\n\s*<meta http-equiv="content-security-policy" content="[^"]+">\n<script>/,
    );
    expect(tightened.match(/content-security-policy/g)).toHaveLength(1);
  });

  it('refuses a page without a policy or without a charset', () => {
    expect(() => tightenPage('<head><meta charset="utf-8"></head>')).toThrow(/no Content-Security-Policy/);
    expect(() => placePolicy('<head></head>', "default-src 'none'")).toThrow(/no <meta charset>/);
  });
});
