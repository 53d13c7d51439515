// An office as a short plain text for a message or an e-mail the reader sends to themselves:
// its name, address and hours, and the holiday assumption when it applies.
import type { Office } from '../lib/dataSchemas.ts';
import { placeholders } from '../lib/fill.ts';
import { useTranslations } from '../lib/i18n.ts';
import type { Locale } from '../lib/locales.ts';
import { officeShareLines } from '../lib/shareLinks.ts';
import { officeView, viewText } from './officeView.ts';

export function officeShareText(office: Office, locale: Locale): string {
  const t = useTranslations(locale);
  const view = officeView(office);
  const { title, hoursInWords } = viewText(view, locale);
  return officeShareLines(
    {
      title,
      notice: office.notice?.[locale],
      address: view.addressLine,
      hours: hoursInWords,
      closedOnHolidays: view.closedOnHolidays,
    },
    { hours: t('office.vcardHours', placeholders('hours')), holidays: t('office.holidays') },
  );
}
