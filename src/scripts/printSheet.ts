// Before the page is printed (or saved as PDF): the date goes on the sheet, and every link in the content
// that the build did not give a printed address (links drawn by components) gets one, absolute,
// on the site's public address (the canonical link) rather than wherever this copy is served from;
// a local preview has no public address, so its links print as paths.
import { localeInfo, isLocale } from '../lib/locales.ts';
import { printHref } from '../lib/printHref.ts';

/** The print date line carries its text with "{date}" in data-print-date. */
export function prepareSheet(doc: Document, now: Date): void {
  const lang = doc.documentElement.lang;
  const intl = localeInfo[isLocale(lang) ? lang : 'pl'].intl;
  const dateLine = doc.querySelector<HTMLElement>('[data-print-date]');
  if (dateLine) {
    const date = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'Europe/Warsaw' }).format(now);
    dateLine.textContent = (dateLine.dataset['printDate'] ?? '').replace('{date}', date);
    dateLine.hidden = false;
  }
  const site = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('main a[href]:not([data-print-url])')) {
    link.dataset['printUrl'] = printHref(link.getAttribute('href') ?? '', link.textContent ?? '', site);
  }
}

export function prepareSheetBeforePrinting(): void {
  addEventListener('beforeprint', () => prepareSheet(document, new Date()));
}
