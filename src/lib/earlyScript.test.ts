import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { cspHash, markJavaScript } from './earlyScript';

it('hashes the inline script as a CSP source', () => {
  expect(cspHash(markJavaScript)).toBe(`sha256-${createHash('sha256').update(markJavaScript).digest('base64')}`);
  expect(cspHash('a')).toBe('sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs=');
});
