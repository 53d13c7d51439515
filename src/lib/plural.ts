// Picks the plural form of a message for a number, as i18next does on the server, with the browser's
// own Intl.PluralRules – so client scripts get correct Polish forms (1 dzień, 2 dni, 5 dni) without i18next.
// The one place that chooses a plural form: the build, the browser's scripts and the PDF export call it.
import { fill, type FillValues } from './fill.ts';

/** Plural forms of one message by CLDR category ("one", "few", "many", "other"). */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

const categories = new Map<string, Intl.LDMLPluralRule[]>();

/**
 * The CLDR plural categories a language uses for whole numbers and fractions; worked out once per language
 * (the build asks for every office of a page of forty).
 */
export function pluralCategories(intlLocale: string): Intl.LDMLPluralRule[] {
  let found = categories.get(intlLocale);
  if (!found) {
    found = new Intl.PluralRules(intlLocale).resolvedOptions().pluralCategories;
    categories.set(intlLocale, found);
  }
  return found;
}

/** A message's forms, one for each category the language uses: `form` gives the message of a category. */
export function pluralForms(intlLocale: string, form: (category: Intl.LDMLPluralRule) => string): PluralForms {
  return Object.fromEntries(pluralCategories(intlLocale).map((category) => [category, form(category)]));
}

/** The form for `count`, its placeholders unfilled; falls back to "other". */
export function pluralForm(forms: PluralForms, count: number, intlLocale: string): string {
  const form = forms[new Intl.PluralRules(intlLocale).select(count)] ?? forms.other;
  if (form === undefined) throw new Error(`No plural form for ${count} (${intlLocale})`);
  return form;
}

/** The form for `count` with "{{count}}" (the number as digits, unless `values` gives it) and `values` filled in. */
export function pluralize(forms: PluralForms, count: number, intlLocale: string, values: FillValues = {}): string {
  return fill(pluralForm(forms, count, intlLocale), { count: String(count), ...values });
}
