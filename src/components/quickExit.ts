// Leaves the page at once: hides it, then replaces it in history so Back does not return.
// Shift pressed three times within two seconds does the same, except while typing in a field
// (on-screen keyboards send Shift for capital letters); a radio button or a checkbox is not typing.
const presses = 3;
const withinMs = 2000;

/** Inputs that take no typed text: Shift there is never part of a capital letter. */
const untyped = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'image', 'range', 'color', 'file']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !untyped.has(target.type);
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

export class QuickExit extends HTMLElement {
  #shiftTimes: number[] = [];

  connectedCallback(): void {
    const link = this.querySelector('a');
    if (!link) return;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      this.#leave(link.href);
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Shift' || event.repeat || isTyping(event.target)) return;
      const now = performance.now();
      this.#shiftTimes = [...this.#shiftTimes.filter((time) => now - time < withinMs), now];
      if (this.#shiftTimes.length >= presses) this.#leave(link.href);
    });
  }

  #leave(href: string): void {
    document.body.hidden = true;
    document.title = '';
    window.location.replace(href);
  }
}
