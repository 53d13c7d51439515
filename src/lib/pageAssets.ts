// The files a built page names, by what the browser does with them: those it needs for the first paint and
// those it downloads with the page but does not wait for. Read by the budget test (tests/e2e/pageWeight.ts)
// and the benchmark (scripts/bench.mjs).

/**
 * The files a page's HTML names for its first paint: the stylesheets it waits for (not those for paper,
 * media="print") and the scripts it links to.
 */
export function linkedAssets(html: string): string[] {
  return [...html.matchAll(/<(?:link\b[^>]*>|script\b[^>]*\ssrc="[^"]*"[^>]*>)/g)]
    .map(([tag]) => tag)
    .filter((tag) => tag.startsWith('<script') || (/\srel="stylesheet"/.test(tag) && !/\smedia="print"/.test(tag)))
    .map((tag) => /\s(?:src|href)="(\/[^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => href !== undefined);
}

/** A page's stylesheets for paper (media="print"): downloaded with the page, not waited for to paint it. */
export function printStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\srel="stylesheet"/.test(tag) && /\smedia="print"/.test(tag))
    .map((tag) => /\shref="(\/[^"]+)"/.exec(tag)![1]!);
}
