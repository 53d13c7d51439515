// The header's search field: opens the search page with the words in the fragment (#q=…), so they
// never reach a server, not even ours. Shown only once this script runs; until then a plain link.
import { searchFragment } from '../lib/searchFragment.ts';

export class HeaderSearch extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = form?.querySelector('input');
    if (!form || !input) return;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = input.value.trim();
      window.location.assign(`${this.dataset['searchUrl'] ?? '/'}${searchFragment({ query, kind: '' })}`);
    });
    form.hidden = false;
  }
}
