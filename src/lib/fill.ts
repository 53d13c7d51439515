// Fills a message's placeholders, written as i18next writes them ("{{count}}"): the one syntax of the
// interface strings. The build hands the browser templates with their placeholders kept, and the browser
// and the build fill them here.

/** The values of a template's placeholders, by name. */
export type FillValues = Readonly<Record<string, string | number>>;

const placeholder = /\{\{(\w+)\}\}/g;

/**
 * "Opens {{when}}" with { when: 'tomorrow' } → "Opens tomorrow". A placeholder with no value is a mistake in
 * the strings or the code, never text a reader should see: it throws, naming the placeholder and the template.
 */
export function fill(template: string, values: FillValues): string {
  return template.replace(placeholder, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${whole} left unfilled in "${template}"`);
    return String(value);
  });
}

/** A template's placeholders, for the build to keep them when i18next fills a message: { time: '{{time}}' }. */
export function placeholders(...names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, `{{${name}}}`]));
}
