// Leaves the page at once: hides it, then replaces it in history so Back does not return.
// Shift pressed three times within two seconds does the same, except while typing in a field
// (on-screen keyboards send Shift for capital letters).
const presses = 3;
const withinMs = 2000;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
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
