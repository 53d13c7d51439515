// security.txt (RFC 9116). Our sources give no security contact, so the contact is the address set in
// SECURITY_CONTACT at build time (mailto: or https:), or else the site's "About" page, which says how to reach us.
// A local preview (no SITE_URL) has no public address: it names neither the About page nor its own address.
import type { APIRoute } from 'astro';
import { buildDayDate } from '../../data/buildDay.ts';
import { absoluteUrl } from '../../lib/publicAddress.ts';

const yearMs = 365 * 24 * 60 * 60 * 1000;

export const GET: APIRoute = ({ site }) => {
  const contact = process.env.SECURITY_CONTACT ?? absoluteUrl('/en/about/', site);
  const canonical = absoluteUrl('/.well-known/security.txt', site);
  const expires = new Date(buildDayDate.getTime() + yearMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const body = [
    ...(site ? [] : ['# A local preview, built without SITE_URL: no public address to name here.']),
    ...(contact ? [`Contact: ${contact}`] : []),
    `Expires: ${expires}`,
    'Preferred-Languages: pl, en',
    ...(canonical ? [`Canonical: ${canonical}`] : []),
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
