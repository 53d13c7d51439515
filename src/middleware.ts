// Every page is finished here as it is rendered (src/lib/pageFinish.ts): Polish typography, no template
// indentation, printed link addresses and, in the built site, only the styles it uses, its scripts gathered
// and its Content-Security-Policy narrowed. A built page is finished in a thread of its own
// (src/lib/pageFinisher.ts) while Astro renders the next ones; the development server finishes it here.
import { defineMiddleware } from 'astro:middleware';
import { finishPage } from './lib/pageFinish.ts';
import { finishBuiltPage } from './lib/pageFinisher.ts';

/** Pages made of the same components share their styles: each set is worked out once. */
const knownStyles = new Map<string, string>();

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const site = context.site?.href;
  let body: string;
  try {
    body = import.meta.env.PROD
      ? await finishBuiltPage(html, site)
      : finishPage(html, { site, built: false }, knownStyles);
  } catch (error) {
    throw new Error(`${context.url.pathname}: ${(error as Error).message}`, { cause: error });
  }
  // Astro writes the page's bytes: encoded here at once, not by the Response's text-to-bytes checks.
  return new Response(Buffer.from(body), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
