// Each office as a vCard for a phone's contacts, in English: /en/vcard/<id>.vcf.
import { officeVCardResponse, vcardPaths } from '../../../data/vcards.ts';

export const getStaticPaths = vcardPaths;
export const GET = officeVCardResponse('en');
