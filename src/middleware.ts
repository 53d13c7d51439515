// Every Polish page passes through Polish typography once it is rendered, so that no path – a title,
// the navigation, a button, an office's data, an answer – can put a one-letter word at a line's end.
// Every page also loses its templates' indentation (bytes every reader would download).
import { defineMiddleware } from 'astro:middleware';
import { isPolishPage, mapHtmlText, withoutIndentation } from './lib/htmlText.ts';
import { polishTypography } from './lib/typography.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const polish = isPolishPage(html);
  const body = mapHtmlText(html, (text) => withoutIndentation(polish ? polishTypography(text) : text));
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
