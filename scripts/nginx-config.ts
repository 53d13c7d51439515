// Writes the nginx site configuration for a built site: `npm run nginx:config -- --root /srv/site/dist
// --server-name example.org --certificate /etc/ssl/…/fullchain.pem --certificate-key /etc/ssl/…/privkey.pem`
// prints it (or writes it with --out). Run it after every build: each page's policy comes from the page.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtPagePolicies } from '../src/integrations/builtPages.ts';
import { nginxConfig } from '../src/lib/nginxConfig.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    root: { type: 'string' },
    'server-name': { type: 'string' },
    certificate: { type: 'string' },
    'certificate-key': { type: 'string' },
    out: { type: 'string' },
  },
});
const missing = ['server-name', 'certificate', 'certificate-key'].filter(
  (name) => !values[name as keyof typeof values],
);
if (missing.length > 0) {
  console.error(
    `nginx:config needs ${missing.map((name) => `--${name}`).join(', ')} (and --root: where the site is served from; default: the built folder)`,
  );
  process.exit(1);
}
const config = nginxConfig({
  root: values.root ?? resolve(values.dist),
  serverName: values['server-name']!,
  certificate: values.certificate!,
  certificateKey: values['certificate-key']!,
  pages: builtPagePolicies(values.dist),
});
if (values.out) writeFileSync(values.out, config);
else process.stdout.write(config);
