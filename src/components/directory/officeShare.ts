// An office's "send to my phone" and "e-mail it" links, written in the reader's browser from what its card
// already shows (name, notice, address, the week in words): the page carries that text once, not three
// times percent-encoded. The words around it come once per list, from [data-status-context]'s data-share.
// Without JavaScript there are no such links (the card itself can be read, printed or saved as a vCard).
import { mailtoHref, officeShareLines, smsHref, type OfficeShareWords } from '../../lib/shareLinks.ts';

/** A node's words on one line, as the page shows them. */
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export class OfficeShare extends HTMLElement {
  connectedCallback(): void {
    const card = this.closest('article');
    const words = this.closest<HTMLElement>('[data-status-context]')?.dataset['share'];
    if (!card || !words) return;
    const title = text(card.querySelector('h2, h3, h4'));
    const hoursLine = card.querySelector('.office__hours-line');
    const shared = officeShareLines(
      {
        title,
        notice: text(card.querySelector('.office__notice')) || undefined,
        // "ul. Długa 66 C<br>53-633 Wrocław" as one line.
        address: [...(card.querySelector('address')?.childNodes ?? [])].map(text).filter(Boolean).join(', '),
        // The printed line of hours, without its label.
        hours: text(hoursLine)
          .slice(text(hoursLine?.querySelector('strong')).length)
          .trim(),
        closedOnHolidays: !card.querySelector('office-status')?.hasAttribute('data-open-on-holidays'),
      },
      JSON.parse(words) as OfficeShareWords,
    );
    this.querySelector('[data-share="sms"]')?.setAttribute('href', smsHref(shared));
    this.querySelector('[data-share="email"]')?.setAttribute('href', mailtoHref(title, shared));
  }
}
