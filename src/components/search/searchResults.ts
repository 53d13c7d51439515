// One search result as plain, accessible markup: the page title as a link, its kind, an excerpt with
// the matched words in <mark>, and links to the sections of a long page where the words occur.
import { excerptPolicyName, safeExcerptHtml } from '../../lib/searchExcerpt.ts';
import type { PagefindResultData, PagefindSubResult } from './searchPagefind.ts';

/** Sections shown under one result; the rest of a long page is one click away anyway. */
const maxSections = 3;

type ExcerptPolicy = { createHTML: (html: string) => unknown };
type TrustedTypesFactory = {
  createPolicy: (name: string, rules: { createHTML: (html: string) => string }) => ExcerptPolicy;
};

let policy: ExcerptPolicy | undefined;

/** The site's one Trusted Types policy, created once (a second policy of the same name is refused). */
function excerptPolicy(): ExcerptPolicy {
  const factory = (window as unknown as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  policy ??= factory?.createPolicy(excerptPolicyName, { createHTML: safeExcerptHtml }) ?? {
    createHTML: safeExcerptHtml,
  };
  return policy;
}

/** An element holding Pagefind's excerpt: its text with the matched words in <mark>, nothing else. */
function excerpt(tag: 'p' | 'span', className: string, html: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.innerHTML = excerptPolicy().createHTML(html) as string;
  return node;
}

/** The sections of the page where the words occur most, in the order they come on the page. */
function bestSections(data: PagefindResultData): PagefindSubResult[] {
  const sections = data.sub_results.filter((sub) => sub.url.includes('#') && sub.url !== data.url);
  const best = [...sections].sort((a, b) => b.locations.length - a.locations.length).slice(0, maxSections);
  return sections.filter((section) => best.includes(section));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

/** A result as listed at once: its title as a link and its kind; `addDetails` adds the rest when it comes. */
export function resultItem(data: PagefindResultData, kindLabels: Record<string, string>): HTMLLIElement {
  const title = data.meta.title ?? data.url;
  const kind = data.filters['kind']?.[0];
  const item = element('li', 'search-result', element('h3', 'search-result__title', link(data.url, title)));
  if (kind && kindLabels[kind]) item.append(element('p', 'search-result__kind', kindLabels[kind]));
  if (data.excerpt !== '') addDetails(item, data);
  return item;
}

/** Adds a result's excerpt and the sections where the words occur. */
export function addDetails(item: HTMLLIElement, data: PagefindResultData): void {
  item.append(excerpt('p', 'search-result__excerpt', data.excerpt));
  const sections = bestSections(data);
  if (sections.length > 0) {
    item.append(
      element(
        'ul',
        'search-result__sections',
        ...sections.map((section) =>
          element(
            'li',
            '',
            link(section.url, section.title),
            // The page's excerpt often comes from its best section; saying it twice helps no one.
            ...(section.excerpt === data.excerpt
              ? []
              : [excerpt('span', 'search-result__section-excerpt', section.excerpt)]),
          ),
        ),
      ),
    );
  }
}
