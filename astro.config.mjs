// Site configuration: languages, Markdown pipeline (Polish typography), CSP, sitemap.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import {
  headingIdsPlugin,
  phoneLinksPlugin,
  polishTypographyPlugin,
  printHrefsPlugin,
} from './src/lib/markdownPlugins.ts';
import { pageTranslationGroups, sitemapAlternates } from './src/lib/sitemapAlternates.ts';
import { securityHeaders } from './src/integrations/securityHeaders.ts';
import { pageFinishing } from './src/integrations/pageFinishing.ts';
import { localPreviewNotice } from './src/integrations/localPreview.ts';
import { publicSite } from './src/lib/publicAddress.ts';
import { defaultLocale, locales } from './src/lib/locales.ts';
import { searchWords } from './src/integrations/searchWords.ts';
import { vcardFiles } from './src/integrations/vcardFiles.ts';
import { selfContainedScripts } from './src/integrations/selfContainedScripts.ts';
import { excerptPolicyName } from './src/lib/searchExcerpt.ts';
import { cspHash, markJavaScript } from './src/lib/earlyScript.ts';
import { afterPaintScript } from './src/lib/afterPaint.ts';

// The public address; set SITE_URL when deploying (canonical links, hreflang, the sitemap and printed
// addresses use it). Without it the build is a local preview that names no address at all.
const site = publicSite(process.env.SITE_URL);
// Read (and checked) in every build, with or without a sitemap.
const pageGroups = pageTranslationGroups();

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Styles in the page: the first paint needs no second request (the pages' policies hash them). Four pages
  // rendered at once: while one is written to disk or finished in its own thread (src/lib/pageFinisher.ts),
  // Astro renders the next.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  i18n: {
    // From content/locales.yaml: the first language is at the root, the others under /<code>/.
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    processor: satteri({
      mdastPlugins: [polishTypographyPlugin],
      hastPlugins: [headingIdsPlugin, phoneLinksPlugin, printHrefsPlugin(site)],
    }),
  },
  integrations: [
    mdx(),
    ...(site
      ? [
          sitemap({
            filter: (page) => !/\/404\/?$/.test(page),
            serialize: sitemapAlternates(site, pageGroups),
          }),
        ]
      : []),
    pageFinishing(),
    securityHeaders(),
    localPreviewNotice(site),
    searchWords(),
    vcardFiles(),
    selfContainedScripts(),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        // Trusted Types: no script may write HTML or script URLs except through the one policy that
        // builds search excerpts (src/lib/searchExcerpt.ts).
        "require-trusted-types-for 'script'",
        `trusted-types ${excerptPolicyName}`,
      ],
      scriptDirective: { hashes: [cspHash(markJavaScript)] },
    },
  },
  // Keep the white space between elements: without it, search indexes "Osoba kontaktowaPaweł" as one word.
  compressHTML: false,
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Every page script in the page itself, whatever its size (the bundler still decides for scripts that
      // import others): one file fewer on a cold load, and the page's gzip shares the script's words with its
      // markup and its other scripts (the check page: 0.7 KB less); a script that waits for the first paint
      // keeps its file, which the page imports once it has painted (src/lib/afterPaint.ts). Other assets keep
      // Vite's rule.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? !afterPaintScript.test(`/${file}`) : undefined),
    },
  },
});
