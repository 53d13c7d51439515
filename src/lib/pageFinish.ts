// How every page is finished as it is rendered (src/middleware.ts), once (not by passes that read and
// rewrite every built file: a directory of 25,000 offices makes 190 MB of pages). Polish pages pass through
// Polish typography, so that no path – a title, the navigation, a button, an office's data, an answer – can
// put a one-letter word at a line's end, and every page loses its templates' indentation (bytes every reader
// would download). Every link of the content gets the address a printed sheet writes after it
// (src/lib/printHref.ts). In the built site each page then keeps only the styles of the components it holds
// and the classes it (or a script it links to) names (src/lib/pageStyles.ts), its styles for paper go to a
// stylesheet of their own (src/lib/printStylesheet.ts; not on the search page), its scripts are gathered
// (src/lib/pageOrder.ts), those that wait for the first paint are imported once it has painted
// (src/lib/afterPaint.ts), and its Content-Security-Policy is narrowed to the inline scripts and styles that
// remain (src/lib/contentSecurityPolicy.ts), which src/integrations/securityHeaders.ts reads.
import { withScriptsAfterPaint } from './afterPaint.ts';
import { tightenPage } from './contentSecurityPolicy.ts';
import { isPolishPage, mapHtmlText, withoutIndentation } from './htmlText.ts';
import { linkedScripts } from './linkedScripts.ts';
import { withScriptsGathered } from './pageOrder.ts';
import { pageWithOwnStyles } from './pageStyles.ts';
import { withPrintHrefs } from './printHref.ts';
import { searchPageMarker } from './searchStart.ts';
import { writtenPrintStylesheet } from './printStylesheet.ts';
import { polishTypography } from './typography.ts';

export interface FinishOptions {
  /** The site's public address, if it has one: printed after each link. */
  site: string | undefined;
  /** A built page (not the development server's, which has no policy and serves styles its own way). */
  built: boolean;
}

/**
 * The finished page. `knownStyles` keeps each set of trimmed styles for the next page made of the same
 * components; a page that cannot be finished throws.
 */
export function finishPage(html: string, { site, built }: FinishOptions, knownStyles: Map<string, string>): string {
  const polish = isPolishPage(html);
  const body = withPrintHrefs(
    mapHtmlText(html, (text) => withoutIndentation(polish ? polishTypography(text) : text)),
    site,
  );
  if (!built) return body;
  // The search page keeps its styles for paper: over HTTP/1.1 a browser opens six connections to a host, and
  // the first search asks for six files at once as the page paints. Asked for first, the print stylesheet
  // made one of them wait a round trip: on slow 3G the first search took 2.2 s instead of 1.8 s.
  const paper = body.includes(searchPageMarker) ? undefined : writtenPrintStylesheet;
  const styled = pageWithOwnStyles(body, knownStyles, linkedScripts(body), paper);
  return tightenPage(withScriptsGathered(withScriptsAfterPaint(styled))).html;
}
