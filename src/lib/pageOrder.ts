// Where a built page keeps its scripts, for its gzip size. Gzip finds a repeated run of text only within the
// 32 KB before it: on the directory page the bottom menu and the footer repeat the header's links and words,
// but the page's scripts (7 KB in the middle of the office list) and its JSON-LD (6.7 KB inside <main>) kept
// them too far apart. Module scripts run only once the whole page is parsed, wherever they stand, and a data
// block may stand anywhere: moving them changes nothing a reader or a search engine gets.

const inlineModule = /<script type="module">[\s\S]*?<\/script>/g;
const dataBlock = /<script type="application\/ld\+json">[\s\S]*?<\/script>/g;

/** Moves each `pattern` match out of `html` into the place before `anchor`, in their order. */
function gather(html: string, pattern: RegExp, anchor: string): string {
  const found = html.match(pattern);
  if (!found) return html;
  const rest = html.replace(pattern, '');
  const at = rest.lastIndexOf(anchor);
  if (at === -1) throw new Error(`the page has no ${anchor} to gather its scripts before`);
  return `${rest.slice(0, at)}${found.join('')}${rest.slice(at)}`;
}

/** The page with its inline module scripts at the end of <head> and its JSON-LD at the end of <body>. */
export function withScriptsGathered(html: string): string {
  return gather(gather(html, inlineModule, '</head>'), dataBlock, '</body>');
}
