// Every office's vCard, in both languages in one card: the name and address as the office gives them
// (in Polish), the note in Polish and then in English, the office's page in each language.
import { defaultLocale, locales } from '../lib/locales.ts';
import { programmeTimeOf, programmeTimeText } from '../lib/programmeTime.ts';
import { absoluteUrl } from '../lib/publicAddress.ts';
import type { Office } from '../lib/dataSchemas.ts';
import { officeVCard } from '../lib/vcard.ts';
import { directoryOffices, officeUrl } from './directory.ts';
import { contactNote, officeView, viewText } from './officeView.ts';
import { programmeTimes } from './programmes.ts';
import { plainSpaces } from '../lib/typography.ts';

async function officeCard(office: Office, site: URL | undefined): Promise<string> {
  const view = officeView(office);
  const times = await programmeTimes();
  const time = programmeTimeOf(office.programmes[0]!, times);
  const notes = locales.map((locale) => {
    const note = [programmeTimeText(time, locale), contactNote(view, locale)].join(' ');
    // The other languages say whose card this is in their words: the card's name stays the Polish one.
    return locale === defaultLocale ? note : `${viewText(view, locale).contactName}: ${note}`;
  });
  const urls = await Promise.all(locales.map(async (locale) => absoluteUrl(await officeUrl(locale, office.id), site)));
  return officeVCard({
    name: viewText(view, defaultLocale).contactName,
    // The postal address as it is written on an envelope in Poland.
    address: { ...office.address, region: office.address.voivodeship, country: 'Polska' },
    geo: office.geo,
    phones: office.phones,
    emails: office.emails,
    // A card saved in a phone outlives the page: it carries the programme's time too.
    note: plainSpaces(notes.join('\n\n')),
    // None in a local preview: a card must not send anyone to this machine.
    urls: urls.filter((url) => url !== undefined),
    revised: office.lastChecked,
  });
}

/** Every office's card by its id. */
export async function allVCards(site: URL | undefined): Promise<Record<string, string>> {
  const cards: Record<string, string> = {};
  for (const { office } of await directoryOffices()) cards[office.id] = await officeCard(office, site);
  return cards;
}
