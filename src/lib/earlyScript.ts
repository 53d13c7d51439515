// The one inline script: marks the page as having JavaScript before the first paint, so enhancements
// that appear with JavaScript (print button, shortcut hints) take their place without a layout shift.
// The CSP allows exactly this text by its hash (astro.config.mjs).
import { createHash } from 'node:crypto';

export const markJavaScript = "document.documentElement.classList.add('js')";

export function cspHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}
