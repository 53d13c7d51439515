// Picks the plural form of a message for a number, as i18next does on the server, with the browser's
// own Intl.PluralRules – so client scripts get correct Polish forms (1 dzień, 2 dni, 5 dni) without i18next.

/** Plural forms of one message by CLDR category ("one", "few", "many", "other"). */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

/** The CLDR plural categories a language uses for whole numbers and fractions. */
export function pluralCategories(intlLocale: string): Intl.LDMLPluralRule[] {
  return new Intl.PluralRules(intlLocale).resolvedOptions().pluralCategories;
}

/** The form for `count` with "{{count}}" filled in; falls back to "other". */
export function pluralize(forms: PluralForms, count: number, intlLocale: string): string {
  const form = forms[new Intl.PluralRules(intlLocale).select(count)] ?? forms.other;
  if (form === undefined) throw new Error(`No plural form for ${count} (${intlLocale})`);
  return form.replaceAll('{{count}}', String(count));
}
