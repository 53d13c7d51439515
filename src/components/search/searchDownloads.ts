// What the search page downloads for its first search, asked for all at once as soon as the page has
// painted (never before: the page must paint in one round trip), rather than as each file names the next:
// on a slow network every request in a chain costs a round trip (2 s on slow 3G). The page's first, inline
// script starts it; the search script, a round trip later, finds the files on their way.

/**
 * Resolves once the page's first paint is on screen, as the browser reports it; a browser that does not
 * report paints gets a task queued from an animation frame, which runs after that frame.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (!PerformanceObserver.supportedEntryTypes.includes('paint')) {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      return;
    }
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      resolve();
    }).observe({ type: 'paint', buffered: true });
  });
}

/** Adds a hint that the browser should download `href` now (once: a second hint is not a second download). */
export function preload(href: string, as: 'script' | 'fetch'): void {
  if (!href || document.head.querySelector(`link[href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  link.rel = as === 'script' ? 'modulepreload' : 'preload';
  if (as === 'fetch') {
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
  }
  link.href = href;
  document.head.append(link);
}

/**
 * The files named by the search element: the search code (data-code), the start file (data-words),
 * Pagefind and its language's WebAssembly, and the index files the build found the first search needs
 * (data-preload, relative to the bundle).
 */
export function preloadSearch(search: HTMLElement): void {
  const { code = '', words = '', bundle = '/pagefind/', locale = 'pl', preload: files = '' } = search.dataset;
  preload(code, 'script');
  preload(words, 'fetch');
  preload(`${bundle}pagefind.js`, 'script');
  preload(`${bundle}wasm.${locale}.pagefind`, 'fetch');
  for (const file of files.split(' ').filter(Boolean)) preload(`${bundle}${file}`, 'fetch');
}
