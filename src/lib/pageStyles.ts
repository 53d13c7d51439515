// Only the styles a page uses. Every content page is built from one route, so Astro gives each the styles
// of every component any page uses; a component's styles are scoped to its `data-astro-cid-*` attribute,
// so a rule whose selectors all need an attribute the page does not carry can never apply there.
import postcss, { type Container } from 'postcss';

const scope = /data-astro-cid-[a-z0-9]+/g;

/** The component scopes present in a page's markup (outside its styles). */
export function pageScopes(html: string): Set<string> {
  return new Set(html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '').match(scope));
}

/** `css` without the rules of components the page does not hold, and without the at-rules left empty. */
export function withoutUnusedScopes(css: string, scopes: ReadonlySet<string>): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const used = rule.selectors.filter((selector) => (selector.match(scope) ?? []).every((name) => scopes.has(name)));
    if (used.length === 0) rule.remove();
    else if (used.length < rule.selectors.length) rule.selectors = used;
  });
  const dropEmpty = (container: Container) =>
    container.walkAtRules((atRule) => {
      if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
    });
  // Twice: an at-rule that held only an emptied at-rule is empty only after the first pass.
  dropEmpty(root);
  dropEmpty(root);
  return root.toString();
}

/**
 * A built page whose <style> elements hold only what it uses. Pages made of the same components (the
 * hundreds of voivodeship pages of a large directory) get the same styles: pass one `known` map to
 * every call and each such set of styles is worked out once.
 */
export function pageWithOwnStyles(html: string, known = new Map<string, string>()): string {
  const scopes = pageScopes(html);
  const scopeKey = [...scopes].sort().join(' ');
  return html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi, (_, open: string, css: string, close: string) => {
    const key = `${scopeKey}\n${css}`;
    let own = known.get(key);
    if (own === undefined) {
      own = withoutUnusedScopes(css, scopes);
      known.set(key, own);
    }
    return `${open}${own}${close}`;
  });
}
