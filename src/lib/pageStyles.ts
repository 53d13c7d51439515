// Only the styles a page uses. Every content page is built from one route, so Astro gives each the styles
// of every component any page uses; a component's styles are scoped to its `data-astro-cid-*` attribute,
// so a rule whose selectors all need an attribute the page does not carry can never apply there. The
// same holds for a class the page never names, neither in its markup nor in its scripts (which may add it),
// and for a table or description list its markup does not have (no script makes one).
import { createHash } from 'node:crypto';
import postcss, { type Container } from 'postcss';
import { splitPrintStyles } from './printStylesheet.ts';

const scope = /data-astro-cid-[a-z0-9]+/g;

/** The component scopes present in a page's markup (outside its styles). */
export function pageScopes(html: string): Set<string> {
  return scopesIn(withoutStyles(html));
}

function scopesIn(markup: string): Set<string> {
  return new Set(markup.match(scope));
}

function withoutStyles(html: string): string {
  return html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
}

/**
 * What a page can ever carry as a class: the words of its class attributes, and any word its scripts
 * (`scripts`: inline and linked, as text) spell out, since a script may add that class later.
 */
export function pageClasses(html: string, scripts: string): (name: string) => boolean {
  return classTest(classesIn(withoutStyles(html)), `${inlineScripts(html)} ${scripts}`);
}

function classTest(inMarkup: ReadonlySet<string>, code: string): (name: string) => boolean {
  const scriptWords = new Set(code.match(/[\w-]+/g));
  return (name) => inMarkup.has(name) || scriptWords.has(name);
}

/** The words of the class attributes in `markup` (a page without its styles). */
function classesIn(markup: string): Set<string> {
  return new Set([...markup.matchAll(/\sclass="([^"]*)"/g)].flatMap((match) => match[1]!.split(/\s+/)));
}

/** The code of a page's inline scripts; data blocks (JSON-LD) are not code and can add no class. */
function inlineScripts(html: string): string {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((match) => !/\btype="application\/(?:ld\+)?json"/i.test(match[1]!))
    .map((match) => match[2])
    .join('\n');
}

/** The text inside the parentheses that open at `open`, and the index after the closing one. */
function group(selector: string, open: number): { inner: string; end: number } {
  let depth = 0;
  for (let i = open; i < selector.length; i++) {
    if (selector[i] === '(') depth++;
    else if (selector[i] === ')' && --depth === 0) return { inner: selector.slice(open + 1, i), end: i + 1 };
  }
  return { inner: selector.slice(open + 1), end: selector.length };
}

/**
 * The classes an element must carry for `selector` to match anything. Conservative: classes inside
 * :not(), :is(), :where() or a :has() of several selectors may be absent, so they are not counted.
 */
export function requiredClasses(selector: string): string[] {
  const required: string[] = [];
  let rest = selector.replace(/\[[^\]]*\]/g, '[]');
  for (let has = rest.indexOf(':has('); has !== -1; has = rest.indexOf(':has(')) {
    const { inner, end } = group(rest, has + ':has'.length);
    if (!/[,(]/.test(inner)) required.push(...requiredClasses(inner));
    rest = rest.slice(0, has) + rest.slice(end);
  }
  for (let fn = rest.search(/:[\w-]+\(/); fn !== -1; fn = rest.search(/:[\w-]+\(/)) {
    const { end } = group(rest, rest.indexOf('(', fn));
    rest = rest.slice(0, fn) + rest.slice(end);
  }
  for (const match of rest.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) required.push(match[1]!);
  return required;
}

/** `selector` split at its top-level commas. */
function selectorList(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    if (selector[i] === '(') depth++;
    else if (selector[i] === ')') depth--;
    else if (selector[i] === ',' && depth === 0) {
      parts.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, selector.slice(start)];
}

/**
 * The classes each alternative of a list needs, for every list in `selector` that must match for it to:
 * `:is(.a, .b) p` → [[['a'], ['b']]]. Lists inside :not() may fail to match, so they are not counted.
 */
export function classAlternatives(selector: string): string[][][] {
  let rest = selector.replace(/\[[^\]]*\]/g, '[]');
  for (let not = rest.indexOf(':not('); not !== -1; not = rest.indexOf(':not(')) {
    rest = rest.slice(0, not) + rest.slice(group(rest, not + ':not'.length).end);
  }
  const lists: string[][][] = [];
  for (const match of rest.matchAll(/:(?:is|where|has)\(/g)) {
    const alternatives = selectorList(group(rest, match.index + match[0].length - 1).inner);
    if (alternatives.length > 1) lists.push(alternatives.map(requiredClasses));
  }
  return lists;
}

/**
 * Elements only markup makes: tables and description lists. No script of the site creates them (they
 * create links, list items and search results), so a page whose markup has none can use no rule that needs
 * one, like the site-wide `th, td` on a page without a table.
 */
const markupOnlyElements = new Set(['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'dl', 'dt', 'dd']);

/**
 * The markup-only elements `selector` needs (type selectors outside :not(), :is(), :where() and :has()):
 * `.answer th` → ['th'].
 */
export function requiredElements(selector: string): string[] {
  let rest = selector.replace(/\[[^\]]*\]/g, '[]');
  for (let fn = rest.search(/:[\w-]+\(/); fn !== -1; fn = rest.search(/:[\w-]+\(/)) {
    rest = rest.slice(0, fn) + rest.slice(group(rest, rest.indexOf('(', fn)).end);
  }
  return [...rest.matchAll(/(?:^|[\s>+~])([a-zA-Z][\w-]*)/g)]
    .map((match) => match[1]!.toLowerCase())
    .filter((name) => markupOnlyElements.has(name));
}

/** Each markup-only element and how to find it: a test that stops at the first one is quickest. */
const markupOnlyTests = [...markupOnlyElements].sort().map((name) => [name, new RegExp(`<${name}[\\s>]`)] as const);

/** The markup-only elements in `markup`, sorted. */
function markupOnlyElementsIn(markup: string): string[] {
  return markupOnlyTests.filter(([, element]) => element.test(markup)).map(([name]) => name);
}

/**
 * Whether `selector` could match in a page that carries only the classes `hasClass` says it does and
 * the elements `hasElement` says it has.
 */
function canMatch(
  selector: string,
  hasClass: (name: string) => boolean,
  hasElement: (name: string) => boolean,
): boolean {
  return (
    requiredClasses(selector).every(hasClass) &&
    classAlternatives(selector).every((list) => list.some((classes) => classes.every(hasClass))) &&
    requiredElements(selector).every(hasElement)
  );
}

/**
 * `css` without the rules of components the page does not hold, nor those needing a class it never
 * carries (when `hasClass` is given) or a table or description list it does not have (`hasElement`), and
 * without the at-rules left empty or naming a page nothing uses.
 */
export function withoutUnusedScopes(
  css: string,
  scopes: ReadonlySet<string>,
  hasClass: (name: string) => boolean = () => true,
  hasElement: (name: string) => boolean = () => true,
): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const used = rule.selectors.filter(
      (selector) =>
        (selector.match(scope) ?? []).every((name) => scopes.has(name)) && canMatch(selector, hasClass, hasElement),
    );
    if (used.length === 0) rule.remove();
    else if (used.length < rule.selectors.length) rule.selectors = used;
  });
  // A named page (`@page one-sheet`) that no rule left gives to an element.
  const pages = new Set<string>();
  root.walkDecls('page', (declaration) => {
    pages.add(declaration.value);
  });
  root.walkAtRules('page', (atRule) => {
    const name = /^[\w-]+/.exec(atRule.params.trim())?.[0];
    if (name && !pages.has(name)) atRule.remove();
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
 * A built page whose <style> elements hold only what it uses; `scripts` is the text of the scripts it
 * links to. With `paper`, the rules for paper leave the <style> for a stylesheet linked after it with
 * media="print" (src/lib/printStylesheet.ts): `paper` is given their text and returns the stylesheet's
 * address. Pages made of the same components and classes (the hundreds of voivodeship pages of a large
 * directory) get the same styles: pass one `known` map to every call and each such set of styles is
 * worked out once.
 */
export function pageWithOwnStyles(
  html: string,
  known = new Map<string, string>(),
  scripts = '',
  paper?: (css: string) => string,
): string {
  const markup = withoutStyles(html);
  const scopes = scopesIn(markup);
  const classes = classesIn(markup);
  const elements = markupOnlyElementsIn(markup);
  const code = `${inlineScripts(html)} ${scripts}`;
  const pageKey = [[...scopes, ...classes].sort().join(' '), elements.join(' '), code].join('\n');
  return html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi, (_, open: string, css: string, close: string) => {
    // A digest, not the text: a key cut from the page would keep the whole page in memory, every page of
    // the build at once (a directory of 10,000 offices: 600 MB).
    const key = createHash('sha256').update(pageKey).update('\n').update(open).update(css).digest('base64');
    let own = known.get(key);
    if (own === undefined) {
      const used = withoutUnusedScopes(css, scopes, classTest(classes, code), (name) => elements.includes(name));
      own = paper ? withPrintStylesheet(open, used, close, paper) : `${open}${used}${close}`;
      known.set(key, own);
    }
    return own;
  });
}

/** A <style> element holding `css` but its rules for paper, which a stylesheet linked after it holds. */
function withPrintStylesheet(open: string, css: string, close: string, paper: (css: string) => string): string {
  const { screen, print } = splitPrintStyles(css);
  const style = screen ? `${open}${screen}${close}` : '';
  return print ? `${style}<link rel="stylesheet" href="${paper(print)}" media="print">` : style;
}
