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
 * The files the build named in the search element (data-preload), largest first: the search code, the
 * start file, Pagefind, its language's WebAssembly and the index files its first search needs.
 */
export function preloadSearch(search: HTMLElement): void {
  for (const href of (search.dataset['preload'] ?? '').split(' ').filter(Boolean)) {
    preload(href, href.endsWith('.js') ? 'script' : 'fetch');
  }
}
