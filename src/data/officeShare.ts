// An office as a short plain text for a message or an e-mail the reader sends to themselves:
// its name, address and hours, and the holiday assumption when it applies. A message outlives the page, so
// the hours say whose they are and as of when: the source's, as of the last year it describes.
import type { Office } from '../lib/dataSchemas.ts';
import { placeholders } from '../lib/fill.ts';
import { useTranslations } from '../lib/i18n.ts';
import type { Locale } from '../lib/locales.ts';
import { officeShareLines } from '../lib/shareLinks.ts';
import { officeView, viewText } from './officeView.ts';

/**
 * `sourceUntil`: the last day the office's sources describe ("2025-12-31", officeSourceUntil in programmes.ts).
 * `holidayNote: false` leaves out the holiday assumption, for a text of several offices that says it once.
 */
export function officeShareText(office: Office, locale: Locale, sourceUntil: string, holidayNote = true): string {
  const t = useTranslations(locale);
  const year = sourceUntil.slice(0, 4);
  const view = officeView(office);
  const { title, hoursInWords } = viewText(view, locale);
  return officeShareLines(
    {
      title,
      notice: office.notice?.[locale],
      address: view.addressLine,
      hours: hoursInWords,
      closedOnHolidays: holidayNote && view.closedOnHolidays,
    },
    { hours: t('office.shareHours', { year, ...placeholders('hours') }), holidays: t('office.holidays') },
  );
}
