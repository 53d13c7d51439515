// The whole directory for other directories to import, modelled on Open Referral HSDS: /data/directory.json.
import type { APIRoute } from 'astro';
import { contactName, directoryOffices, helplineEntries } from '../../data/directory.ts';
import { sitePages, urlOf } from '../../data/pages.ts';
import { hsdsFeed } from '../../lib/hsds.ts';
import { publicOrRelative } from '../../lib/publicAddress.ts';
import { useTranslations } from '../../lib/i18n.ts';
import { closedOnPublicHolidays, polishPublicHolidays, weeklySchedule } from '../../lib/openingHours.ts';

const locale = 'pl';

export const GET: APIRoute = async ({ site }) => {
  const t = useTranslations(locale);
  // Addresses stay relative in a local preview, which has no public address.
  const origin = site;
  const offices = await directoryOffices();
  const programmePages = (await sitePages()).filter((page) => page.locale === locale && page.entry.data.kind === 'programme');
  const year = new Date().getFullYear();
  const plain = (text: string) => text.replace(/\u00A0/g, ' ');
  const feed = hsdsFeed({
    programmes: programmePages.map((page) => ({
      key: page.key,
      name: page.entry.data.title,
      description: page.entry.data.description,
      url: publicOrRelative(page.url, origin),
    })),
    offices: offices.map(({ office }) => ({
      office,
      name: contactName(office, locale, t),
      schedule: weeklySchedule(office.openingHours),
      closedOnHolidays: closedOnPublicHolidays(office.openingHours),
    })),
    helplines: await helplineEntries(),
    holidays: polishPublicHolidays(year, year + 1),
    text: {
      publicNumbers: plain(t('feed.publicNumbers')),
      publicNumbersDescription: plain(t('feed.publicNumbersDescription')),
      language: locale,
    },
    source: publicOrRelative(await urlOf(locale, 'directory'), origin),
    generated: new Date().toISOString().slice(0, 10),
  });
  return new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
