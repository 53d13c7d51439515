// Astro integration: a build without SITE_URL is a local preview. Say so once, at the start of the build,
// so nobody deploys it by mistake: it has no canonical links, no sitemap and no web address on paper.
import type { AstroIntegration } from 'astro';

export function localPreviewNotice(site: string | undefined): AstroIntegration {
  return {
    name: 'local-preview-notice',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (site !== undefined) return;
        logger.warn(
          'SITE_URL is not set: this is a local preview, not for publishing. Canonical links, the sitemap, ' +
            "security.txt's address and the address on printed pages and PDF leaflets are left out. " +
            'To publish: SITE_URL=https://<public address> npm run build',
        );
      },
    },
  };
}
