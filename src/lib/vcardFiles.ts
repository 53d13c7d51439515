// Where the vCards are. The build renders every card in one route (a JSON object, id → card) instead of
// one route per office and language, then writes each card to its own file and drops the bundle
// (src/integrations/vcardFiles.ts): 10,000 offices make 10,000 cards, not 20,000 routes.

/** The one route that renders every card, relative to the built site. Never published. */
export const vcardBundlePath = 'vcard/cards.json';

/** An office's card, relative to the built site; the same file for every language. */
export function vcardFile(id: string): string {
  return `vcard/${id}.vcf`;
}

/** The cards in a bundle as files to write: [path relative to the built site, card]. */
export function vcardFilesOf(bundle: string): [string, string][] {
  const cards = JSON.parse(bundle) as Record<string, string>;
  return Object.entries(cards).map(([id, card]) => {
    // An id becomes a file name: nothing that could climb out of the folder.
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`vCard for "${id}": not a usable file name`);
    return [vcardFile(id), card];
  });
}
