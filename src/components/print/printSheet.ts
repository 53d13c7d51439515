// Before the page is printed (or saved as PDF): every link in the content that the build did not give a
// printed address (links drawn by components) gets one, absolute, on the site's public address (the
// canonical link) rather than wherever this copy is served from; a local preview has no public address,
// so its links print as paths. The sheet carries no print date: its "as of" date is built in.
import { printHref } from '../../lib/printHref.ts';

export function prepareSheet(doc: Document): void {
  const site = doc.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href;
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('main a[href]:not([data-print-url])')) {
    link.dataset['printUrl'] = printHref(link.getAttribute('href') ?? '', link.textContent ?? '', site);
  }
}

export function prepareSheetBeforePrinting(): void {
  addEventListener('beforeprint', () => prepareSheet(document));
}
