// One search result as plain, accessible markup: the page title as a link, its kind, an excerpt with
// the matched words in <mark>, and links to the sections of a long page where the words occur.
import type { PagefindResultData, PagefindSubResult } from './searchPagefind.ts';

/** Sections shown under one result; the rest of a long page is one click away anyway. */
const maxSections = 3;

/**
 * Pagefind's excerpt as nodes: its text (already entity-encoded by Pagefind) and its <mark> elements,
 * nothing else, so no markup from an indexed page can reach this one.
 */
export function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
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

export function resultItem(data: PagefindResultData, kindLabels: Record<string, string>): HTMLLIElement {
  const title = data.meta.title ?? data.url;
  const kind = data.filters['kind']?.[0];
  const item = element('li', 'search-result', element('h3', 'search-result__title', link(data.url, title)));
  if (kind && kindLabels[kind]) item.append(element('p', 'search-result__kind', kindLabels[kind]));
  item.append(element('p', 'search-result__excerpt', ...excerptNodes(data.excerpt)));
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
              : [element('span', 'search-result__section-excerpt', ...excerptNodes(section.excerpt))]),
          ),
        ),
      ),
    );
  }
  return item;
}
