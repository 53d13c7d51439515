// "Print or save as PDF": a button that only exists with JavaScript (the element starts hidden).
export class PrintButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    button.addEventListener('click', () => window.print());
    this.hidden = false;
  }
}
