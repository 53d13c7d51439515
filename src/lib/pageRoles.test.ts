import { describe, expect, it } from 'vitest';
import { byMenuOrder, pageRoleProblems, type PageFile, type PageRoles } from './pageRoles';

const roles = (extra: Partial<PageRoles> = {}): PageRoles => ({
  kind: 'programme',
  template: 'page',
  printable: true,
  ...extra,
});

/** The same page in Polish and English. */
const both = (key: string, data: PageRoles, body = ''): PageFile[] => [
  { id: `pl/${key}`, data, body },
  { id: `en/${key}`, data, body },
];

const site: PageFile[] = [
  ...both('home', roles({ kind: 'home', template: 'home', printable: false, menu: { order: 10, label: 'Start' } })),
  ...both(
    'programme',
    roles({ menu: { order: 20, label: 'Help' }, leaflet: true, offices: 'programme' }),
    'Text\n\n<Offices />',
  ),
  ...both('sheet', roles({ kind: 'help', leaflet: 'summary', offices: 'programme' }), '<OfficeHours />'),
  ...both('directory', roles({ kind: 'directory', template: 'directory', leaflet: true, offices: 'all' })),
  ...both('check', roles({ kind: 'help', template: 'eligibility', offices: 'programme', programme: 'programme' })),
];

describe('pageRoleProblems', () => {
  it('finds nothing wrong in pages whose roles fit together', () => {
    expect(pageRoleProblems(site)).toEqual([]);
  });

  it('refuses two pages in one menu place, naming both files', () => {
    const files = [...site, { id: 'pl/other', data: roles({ menu: { order: 20, label: 'Other' } }) }];
    expect(pageRoleProblems(files)).toContain(
      'content/pages/pl/programme.mdx and content/pages/pl/other.mdx: menu.order 20 is taken twice; each menu place holds one page',
    );
  });

  it('refuses a second summary leaflet, naming both files', () => {
    const files = [...site, ...both('other', roles({ leaflet: 'summary' }))];
    expect(pageRoleProblems(files)).toContain(
      'content/pages/pl/sheet.mdx and content/pages/pl/other.mdx: leaflet: summary is set on more than one page; one sheet sums up the others',
    );
  });

  it('refuses translations whose roles differ, naming both files and the field', () => {
    const files = site.map((file) =>
      file.id === 'en/programme' ? { ...file, data: { ...file.data, menu: { order: 30, label: 'Help' } } } : file,
    );
    expect(pageRoleProblems(files)).toEqual([
      'content/pages/pl/programme.mdx and content/pages/en/programme.mdx: menu.order differs (20 / 30); a page has the same roles in every language',
    ]);
    const noLeaflet = site.map((file) =>
      file.id === 'en/directory' ? { ...file, data: { ...file.data, leaflet: undefined } } : file,
    );
    expect(pageRoleProblems(noLeaflet)).toEqual([
      'content/pages/pl/directory.mdx and content/pages/en/directory.mdx: leaflet differs (true / none); a page has the same roles in every language',
    ]);
  });

  it('lets translations differ in their menu label', () => {
    const files = site.map((file) =>
      file.id === 'en/home' ? { ...file, data: { ...file.data, menu: { order: 10, label: 'Home' } } } : file,
    );
    expect(pageRoleProblems(files)).toEqual([]);
  });

  it('refuses a leaflet of a page without printing', () => {
    expect(pageRoleProblems(both('x', roles({ printable: false, leaflet: true })))).toContain(
      'content/pages/pl/x.mdx: leaflet: a leaflet is a page people print; set `printable: true`',
    );
  });

  it('wants every page that lists offices to say whose, and only those', () => {
    expect(pageRoleProblems(both('x', roles(), 'See <Offices />'))[0]).toBe(
      'content/pages/pl/x.mdx: offices: the page lists offices (<Offices />); say whose with `offices: <programme>`',
    );
    expect(pageRoleProblems(both('x', roles({ template: 'eligibility', programme: 'x' })))[0]).toMatch(
      /x\.mdx: offices: the page lists offices \(template: eligibility\)/,
    );
    expect(pageRoleProblems(both('x', roles({ template: 'eligibility', offices: 'x' })))[0]).toBe(
      "content/pages/pl/x.mdx: programme: the eligibility template checks one programme's rule; name it",
    );
    expect(pageRoleProblems(both('x', roles({ template: 'directory' })))[0]).toBe(
      'content/pages/pl/x.mdx: offices: the directory template lists every office; set `offices: all`',
    );
    expect(pageRoleProblems(both('x', roles({ offices: 'x' })))[0]).toBe(
      'content/pages/pl/x.mdx: offices: nothing on the page lists them; place <Offices /> or <OfficeHours /> in its words',
    );
    expect(pageRoleProblems(both('x', roles({ offices: 'all' }), '<Offices />'))[0]).toBe(
      'content/pages/pl/x.mdx: offices: only the directory template lists every office',
    );
  });

  it('refuses offices of a page that is not a programme', () => {
    expect(pageRoleProblems([...site, ...both('x', roles({ offices: 'directory' }), '<Offices />')])).toContain(
      'content/pages/pl/x.mdx: offices: "directory" is not a programme (its kind is directory)',
    );
  });

  it('refuses a programme named in the words instead of the front matter', () => {
    expect(pageRoleProblems(both('x', roles({ offices: 'x' }), '<Offices programme="post-penitentiary" />'))[0]).toBe(
      'content/pages/pl/x.mdx: <Offices programme="post-penitentiary" /> names its programme; the front matter\'s `offices:` says whose offices it lists',
    );
  });
});

describe('byMenuOrder', () => {
  it('puts menu pages first in their order, then the rest as they were', () => {
    const pages = [
      { name: 'a' },
      { name: 'b', menu: { order: 20 } },
      { name: 'c' },
      { name: 'd', menu: { order: 10 } },
    ];
    expect(pages.sort(byMenuOrder).map(({ name }) => name)).toEqual(['d', 'b', 'a', 'c']);
  });
});
