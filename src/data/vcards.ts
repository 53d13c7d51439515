// The vCard endpoints' shared work: one path per office, and the card in the endpoint's language.
import type { APIRoute } from 'astro';
import { useTranslations } from '../lib/i18n.ts';
import type { Locale } from '../lib/locales.ts';
import { programmeTimeText } from '../lib/programmeTime.ts';
import { absoluteUrl } from '../lib/publicAddress.ts';
import { officeVCard } from '../lib/vcard.ts';
import { contactName, contactNote, directoryOffices, officeUrl } from './directory.ts';
import { programmeTime } from './programmes.ts';

export async function vcardPaths() {
  return (await directoryOffices()).map(({ office }) => ({ params: { id: office.id }, props: { office } }));
}

const country = { pl: 'Polska', en: 'Poland' } as const;

export function officeVCardResponse(locale: Locale): APIRoute {
  return async ({ props, site }) => {
    const { office } = props as Awaited<ReturnType<typeof vcardPaths>>[number]['props'];
    const t = useTranslations(locale);
    const text = officeVCard({
      name: contactName(office, locale, t),
      address: { ...office.address, region: office.address.voivodeship, country: country[locale] },
      geo: office.geo,
      phones: office.phones,
      emails: office.emails,
      // A card saved in a phone outlives the page: it carries the programme's time too.
      note: [programmeTimeText(await programmeTime(office.programmes[0]!), locale), contactNote(office, locale, t)].join(' ').replace(/\u00A0/g, ' '),
      // None in a local preview: a card must not send anyone to this machine.
      url: absoluteUrl(await officeUrl(locale, office.id), site),
      revised: office.lastChecked,
    });
    return new Response(text, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
  };
}
