// Every office's vCard in one render; the build splits them into /vcard/<id>.vcf (src/integrations/vcardFiles.ts).
import type { APIRoute } from 'astro';
import { allVCards } from '../../data/vcards.ts';

export const GET: APIRoute = async ({ site }) => new Response(JSON.stringify(await allVCards(site)));
