// Steps added to the Markdown/MDX pipeline (Sätteri) for every content page:
// Polish typography, heading ids that survive it, phone links that never wrap, and link targets for print.
import GithubSlugger from 'github-slugger';
import { defineHastPlugin, defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { phoneText } from './phone.ts';
import { printHref } from './printHref.ts';
import { polishTypography } from './typography.ts';

const polishTypographyOfText = defineMdastPlugin({
  name: 'polish-typography',
  text(node, ctx) {
    const value = polishTypography(node.value);
    if (value !== node.value) ctx.setProperty(node, 'value', value);
  },
});

/** Polish typography, only for files under content/pages/pl/. */
export function polishTypographyPlugin({ fileURL }: PluginFactoryContext) {
  return fileURL?.pathname.includes('/content/pages/pl/') ? polishTypographyOfText : null;
}

/**
 * Heading ids from the heading's words, a no-break space counting as a space
 * ("i\u00A0jego" → "i-jego", not "ijego"). Runs before Astro's own heading ids, which keep an id set here.
 */
export function headingIdsPlugin() {
  const slugger = new GithubSlugger();
  return defineHastPlugin({
    name: 'heading-ids-keeping-words',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.['id'] === 'string') return;
        ctx.setProperty(node, 'id', slugger.slug(ctx.textContent(node).replace(/\u00A0/g, ' ')));
      },
    },
  });
}

/** The text of a tel: link keeps its digit groups on one line. */
export const phoneLinksPlugin = defineHastPlugin({
  name: 'phone-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.['href'];
      if (typeof href !== 'string' || !href.startsWith('tel:')) return;
      for (const child of node.children) {
        if (child.type === 'text') ctx.setProperty(child, 'value', phoneText(child.value));
      }
    },
  },
});

/**
 * Every link gets data-print-url: what print.css writes after the link's text on paper
 * (the absolute address of an internal page, a number or e-mail address without its scheme; "" for nothing).
 */
export function printHrefsPlugin(site: string | undefined) {
  return defineHastPlugin({
    name: 'print-hrefs',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href !== 'string') return;
        ctx.setProperty(node, 'dataPrintUrl', printHref(href, ctx.textContent(node), site));
      },
    },
  });
}
