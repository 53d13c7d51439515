// The site's performance budgets, defined once: the budget test over the built pages and the benchmark
// (scripts/bench.mjs) both read them.

export const budgets = {
  /**
   * What a cold load of any page transfers, HTML + CSS + JS (gzip): what the first round trip of a new
   * connection carries (TCP's initial window, 10 packets of about 1.4 KB), so the page paints without waiting
   * for a second one. What the page downloads but does not wait for to paint is not counted: search, loaded
   * only on the search page once it has painted; the scripts that wait for the first paint (src/lib/afterPaint.ts,
   * counted in `scriptBytes`); the print stylesheet (media="print", src/lib/printStylesheet.ts).
   */
  pageBytes: 14 * 1024,
  /** JavaScript on a page (gzip): a few small enhancements. */
  scriptBytes: 8 * 1024,
  /** Render-blocking stylesheet files a page may link: its styles for the screen are in the page itself. */
  stylesheets: 0,
  /** Building the site with 25,000 offices (Astro and the search index), on 2 cores. */
  buildSecondsAt25000: 60,
  /** Peak memory of that build (resident, the build's whole process tree). */
  peakMemoryMBAt25000: 1536,
  /** Files in the built site with 10,000 offices: static hosts refuse more (Cloudflare Pages: 20,000). */
  filesAt10000: 20_000,
} as const;
