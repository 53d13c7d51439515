// security.txt (RFC 9116). Our sources give no security contact, so the contact is the address set in
// SECURITY_CONTACT at build time (mailto: or https:), or else the site's "About" page, which says how to reach us.
import type { APIRoute } from 'astro';
import { buildDayDate } from '../../data/buildDay.ts';

const yearMs = 365 * 24 * 60 * 60 * 1000;

export const GET: APIRoute = ({ site }) => {
  const contact = process.env.SECURITY_CONTACT ?? new URL('/en/about/', site).href;
  const expires = new Date(buildDayDate.getTime() + yearMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const body = [
    `Contact: ${contact}`,
    `Expires: ${expires}`,
    'Preferred-Languages: pl, en',
    `Canonical: ${new URL('/.well-known/security.txt', site).href}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
