// An office as a short plain text for a message or an e-mail the reader sends to themselves:
// its name, address and hours, and the holiday assumption when it applies.
import type { Office } from '../lib/dataSchemas.ts';
import type { Translate } from '../lib/i18n.ts';
import type { Locale } from '../lib/locales.ts';
import { closedOnPublicHolidays } from '../lib/openingHours.ts';
import { officeShareLines, type OfficeShareWords } from '../lib/shareLinks.ts';
import { hoursInWords, officeTitle } from './directory.ts';

/** The words around an office's parts, with "{hours}" left for the week (filled by the build or the browser). */
export function officeShareWords(t: Translate): OfficeShareWords {
  return { hours: t('office.vcardHours', { replace: { hours: '{hours}' } }), holidays: t('office.holidays') };
}

export function officeShareText(office: Office, locale: Locale, t: Translate): string {
  const { address } = office;
  return officeShareLines(
    {
      title: officeTitle(office, locale, t),
      notice: office.notice?.[locale],
      address: `${address.street}, ${address.postalCode} ${address.city}`,
      hours: hoursInWords(office, locale),
      closedOnHolidays: closedOnPublicHolidays(office.openingHours),
    },
    officeShareWords(t),
  );
}
