// The whole directory for other directories to import, modelled on Open Referral HSDS: /data/directory.json.
import type { APIRoute } from 'astro';
import { directoryOffices, helplineEntries } from '../../data/directory.ts';
import { officeView, viewText } from '../../data/officeView.ts';
import { sitePages, urlOf } from '../../data/pages.ts';
import { programmeTime } from '../../data/programmes.ts';
import { hsdsStatus, programmeTimeText } from '../../lib/programmeTime.ts';
import { hsdsFeed } from '../../lib/hsds.ts';
import { publicOrRelative } from '../../lib/publicAddress.ts';
import { useTranslations } from '../../lib/i18n.ts';
import { buildDayIso, buildHolidays } from '../../data/buildDay.ts';
import { plainSpaces } from '../../lib/typography.ts';
import { oneLargeOutputAtATime } from '../../lib/oneAtATime.ts';

const locale = 'pl';

export const GET: APIRoute = ({ site }) => oneLargeOutputAtATime(() => feedResponse(site));

async function feedResponse(site: URL | undefined): Promise<Response> {
  const t = useTranslations(locale);
  // Addresses stay relative in a local preview, which has no public address.
  const origin = site;
  const offices = await directoryOffices();
  const programmePages = (await sitePages()).filter(
    (page) => page.locale === locale && page.entry.data.kind === 'programme',
  );
  const feed = hsdsFeed({
    programmes: await Promise.all(
      programmePages.map(async (page) => {
        const time = await programmeTime(page.key);
        return {
          key: page.key,
          name: page.entry.data.title,
          description: page.entry.data.description,
          url: publicOrRelative(page.url, origin),
          time: {
            status: hsdsStatus(time),
            alert: programmeTimeText(time, locale),
            assuredDate: time.compared.toISOString().slice(0, 10),
          },
        };
      }),
    ),
    offices: offices.map(({ office }) => {
      const view = officeView(office);
      return {
        office,
        name: viewText(view, locale).contactName,
        schedule: view.schedule,
        closedOnHolidays: view.closedOnHolidays,
      };
    }),
    helplines: await helplineEntries(),
    holidays: buildHolidays(),
    text: {
      publicNumbers: plainSpaces(t('feed.publicNumbers')),
      publicNumbersDescription: plainSpaces(t('feed.publicNumbersDescription')),
      language: locale,
    },
    source: publicOrRelative(await urlOf(locale, 'directory'), origin),
    generated: buildDayIso,
  });
  // Bytes, not text: Astro writes bytes, and the text is gone before the next large output starts.
  return new Response(Buffer.from(JSON.stringify(feed)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
