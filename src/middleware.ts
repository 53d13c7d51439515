// Every page is finished here, once, as it is rendered (not by passes that read and rewrite every built
// file: a directory of 25,000 offices makes 190 MB of pages). Polish pages pass through Polish typography,
// so that no path – a title, the navigation, a button, an office's data, an answer – can put a one-letter
// word at a line's end, and every page loses its templates' indentation (bytes every reader would download).
// Every link of the content gets the address a printed sheet writes after it (src/lib/printHref.ts).
// In the built site each page then keeps only the styles of the components it holds and the classes it (or a
// script it links to) names (src/lib/pageStyles.ts), and its Content-Security-Policy is narrowed to the inline
// scripts and styles that remain (src/lib/contentSecurityPolicy.ts). src/integrations/securityHeaders.ts reads
// those policies.
import { defineMiddleware } from 'astro:middleware';
import { tightenPage } from './lib/contentSecurityPolicy.ts';
import { isPolishPage, mapHtmlText, withoutIndentation } from './lib/htmlText.ts';
import { linkedScripts } from './lib/linkedScripts.ts';
import { withScriptsGathered } from './lib/pageOrder.ts';
import { pageWithOwnStyles } from './lib/pageStyles.ts';
import { withPrintHrefs } from './lib/printHref.ts';
import { polishTypography } from './lib/typography.ts';

/** Pages made of the same components share their styles: each set is worked out once per build. */
const knownStyles = new Map<string, string>();

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const polish = isPolishPage(html);
  let body = withPrintHrefs(
    mapHtmlText(html, (text) => withoutIndentation(polish ? polishTypography(text) : text)),
    context.site?.href,
  );
  // The development server has no policy and serves styles its own way.
  if (import.meta.env.PROD) {
    try {
      body = tightenPage(withScriptsGathered(pageWithOwnStyles(body, knownStyles, linkedScripts(body)))).html;
    } catch (error) {
      throw new Error(`${context.url.pathname}: ${(error as Error).message}`, { cause: error });
    }
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
