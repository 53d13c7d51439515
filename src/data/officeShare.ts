// An office as a short plain text for a message or an e-mail the reader sends to themselves:
// its name, address and hours, and the holiday assumption when it applies.
import type { Office } from '../lib/dataSchemas.ts';
import type { Translate } from '../lib/i18n.ts';
import type { Locale } from '../lib/locales.ts';
import { closedOnPublicHolidays } from '../lib/openingHours.ts';
import { hoursInWords, officeTitle } from './directory.ts';

export function officeShareText(office: Office, locale: Locale, t: Translate): string {
  const { address } = office;
  return [
    officeTitle(office, locale, t),
    office.notice?.[locale],
    `${address.street}, ${address.postalCode} ${address.city}`,
    t('office.vcardHours', { hours: hoursInWords(office, locale) }),
    closedOnPublicHolidays(office.openingHours) ? t('office.holidays') : undefined,
  ]
    .filter(Boolean)
    .join('\n');
}
