// Every office's vCard in one render; the build splits them into /vcard/<id>.vcf (src/integrations/vcardFiles.ts).
import type { APIRoute } from 'astro';
import { allVCards } from '../../data/vcards.ts';
import { oneLargeOutputAtATime } from '../../lib/oneAtATime.ts';

export const GET: APIRoute = ({ site }) =>
  oneLargeOutputAtATime(async () => new Response(Buffer.from(JSON.stringify(await allVCards(site)))));
