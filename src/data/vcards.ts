// The vCard endpoints' shared work: one path per office, and the card in the endpoint's language.
import type { APIRoute } from 'astro';
import { useTranslations } from '../lib/i18n.ts';
import type { Locale } from '../lib/locales.ts';
import { absoluteUrl } from '../lib/publicAddress.ts';
import { officeVCard } from '../lib/vcard.ts';
import { contactName, contactNote, directoryOffices, officeUrl } from './directory.ts';

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
      note: contactNote(office, locale, t),
      // None in a local preview: a card must not send anyone to this machine.
      url: absoluteUrl(await officeUrl(locale, office.id), site),
      revised: office.lastChecked,
    });
    return new Response(text, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
  };
}
