import { describe, expect, it } from 'vitest';
import { headerPolicy, headersFile } from './securityHeaders';

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
    expect(file).toContain("/\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'sha256-a'; frame-ancestors 'none'");
    expect(file).toContain("/en/\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'sha256-b'; frame-ancestors 'none'");
    expect(file.match(/Strict-Transport-Security/g)).toHaveLength(1);
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});
