// An office as a short plain text for a message or an e-mail the reader sends to themselves:
// its name, address and hours, and the holiday assumption when it applies.
import type { Office } from '../lib/dataSchemas.ts';
import { useTranslations } from '../lib/i18n.ts';
import type { Locale } from '../lib/locales.ts';
import { officeView } from './officeView.ts';

export function officeShareText(office: Office, locale: Locale): string {
  const t = useTranslations(locale);
  const view = officeView(office);
  return [
    view.text[locale].title,
    office.notice?.[locale],
    view.addressLine,
    t('office.vcardHours', { hours: view.text[locale].hoursInWords }),
    view.closedOnHolidays ? t('office.holidays') : undefined,
  ]
    .filter(Boolean)
    .join('\n');
}
