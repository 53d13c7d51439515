// What a page does on the site beyond its words – its place in the menu, whether it becomes a PDF leaflet
// (or the one-sheet summary), whose offices it lists – comes from its front matter, so that a new programme
// is content only. The rules that span several files (one page per menu place, one summary, the same roles
// in every language) are checked here, when the pages are loaded; each message names the files.

/** A page's roles, as its front matter sets them. */
export interface PageRoles {
  kind: string;
  template: string;
  printable: boolean;
  /** Its place and label in the main menu; none when it is not in the menu. */
  menu?: { order: number; label: string } | undefined;
  /** Exported as a PDF leaflet; `summary`: the one sheet that sums up other pages. */
  leaflet?: true | 'summary' | undefined;
  /** The programme whose offices it lists, or `all` (the directory). */
  offices?: string | undefined;
  programme?: string | undefined;
}

/** One page file as loaded: "pl/post-penitentiary" with its front matter and MDX body. */
export interface PageFile {
  id: string;
  data: PageRoles;
  body?: string | undefined;
}

/** The template that lists every office. */
const allOfficesTemplate = 'directory';
/** Templates that list one programme's offices after the words. */
const programmeOfficesTemplates = ['eligibility'];
/** MDX components that list the offices of the page's `offices:` programme where they are placed. */
const officeTags = /<(Offices|OfficeHours)\b([^>]*)>/g;

const fileOf = (id: string) => `content/pages/${id}.mdx`;
const localeOf = (id: string) => id.split('/')[0]!;
const keyOf = (id: string) => id.split('/').slice(1).join('/');

/** The roles that must be the same in every language, by field name (as a reader of the front matter sees it). */
function sharedRoles(data: PageRoles): Record<string, string> {
  return {
    kind: data.kind,
    template: data.template,
    'menu.order': String(data.menu?.order ?? 'none'),
    leaflet: String(data.leaflet ?? 'none'),
    offices: data.offices ?? 'none',
    programme: data.programme ?? 'none',
  };
}

/** Every mistake in the pages' roles, one line each naming the file(s) and the field; [] when there is none. */
export function pageRoleProblems(files: readonly PageFile[]): string[] {
  const problems: string[] = [];
  const byKey = new Map(files.map((file) => [file.id, file]));

  for (const { id, data, body = '' } of files) {
    const file = fileOf(id);
    if (data.leaflet !== undefined && !data.printable)
      problems.push(`${file}: leaflet: a leaflet is a page people print; set \`printable: true\``);
    const tags = [...body.matchAll(officeTags)];
    for (const [tag, , attributes] of tags)
      if (/\bprogramme\s*=/.test(attributes ?? ''))
        problems.push(
          `${file}: ${tag} names its programme; the front matter's \`offices:\` says whose offices it lists`,
        );
    if (programmeOfficesTemplates.includes(data.template) && data.programme === undefined)
      problems.push(`${file}: programme: the ${data.template} template checks one programme's rule; name it`);
    const placesOffices = tags.length > 0 || programmeOfficesTemplates.includes(data.template);
    if (data.template === allOfficesTemplate) {
      if (data.offices !== 'all')
        problems.push(`${file}: offices: the ${allOfficesTemplate} template lists every office; set \`offices: all\``);
    } else if (data.offices === 'all') {
      problems.push(`${file}: offices: only the ${allOfficesTemplate} template lists every office`);
    } else if (placesOffices && data.offices === undefined) {
      problems.push(
        `${file}: offices: the page lists offices (${tags.length > 0 ? tags[0]![0] : `template: ${data.template}`}); say whose with \`offices: <programme>\``,
      );
    } else if (!placesOffices && data.offices !== undefined) {
      problems.push(
        `${file}: offices: nothing on the page lists them; place <Offices /> or <OfficeHours /> in its words`,
      );
    } else if (data.offices !== undefined) {
      const programme = byKey.get(`${localeOf(id)}/${data.offices}`);
      if (programme && programme.data.kind !== 'programme')
        problems.push(`${file}: offices: "${data.offices}" is not a programme (its kind is ${programme.data.kind})`);
    }
  }

  const locales = [...new Set(files.map(({ id }) => localeOf(id)))];
  for (const locale of locales) {
    const pages = files.filter(({ id }) => localeOf(id) === locale);
    const orders = new Map<number, string>();
    for (const { id, data } of pages) {
      if (!data.menu) continue;
      const first = orders.get(data.menu.order);
      if (first)
        problems.push(
          `${fileOf(first)} and ${fileOf(id)}: menu.order ${data.menu.order} is taken twice; each menu place holds one page`,
        );
      else orders.set(data.menu.order, id);
    }
    const summaries = pages.filter(({ data }) => data.leaflet === 'summary');
    if (summaries.length > 1)
      problems.push(
        `${summaries.map(({ id }) => fileOf(id)).join(' and ')}: leaflet: summary is set on more than one page; one sheet sums up the others`,
      );
  }

  const [first, ...others] = locales;
  for (const { id, data } of files.filter((file) => localeOf(file.id) === first)) {
    const roles = sharedRoles(data);
    for (const locale of others) {
      const translation = byKey.get(`${locale}/${keyOf(id)}`);
      if (!translation) continue;
      const theirs = sharedRoles(translation.data);
      for (const [field, value] of Object.entries(roles))
        if (theirs[field] !== value)
          problems.push(
            `${fileOf(id)} and ${fileOf(translation.id)}: ${field} differs (${value} / ${theirs[field]}); a page has the same roles in every language`,
          );
    }
  }
  return problems;
}

/** Menu pages first, in their menu order, then every other page; for lists that follow the menu. */
export function byMenuOrder(a: { menu?: { order: number } | undefined }, b: { menu?: { order: number } | undefined }) {
  return (a.menu?.order ?? Infinity) - (b.menu?.order ?? Infinity) || 0;
}
