import { describe, expect, it } from 'vitest';
import { mapSearchUrl } from './mapLink';

describe('mapSearchUrl', () => {
  it('searches the address on OpenStreetMap, letters and punctuation kept, spaces as plus signs', () => {
    expect(mapSearchUrl('ul. Długa 66 C lok. 6, 53-633 Wrocław')).toBe(
      'https://www.openstreetmap.org/search?query=ul.+Długa+66+C+lok.+6,+53-633+Wrocław',
    );
  });

  it('reads back as the address, and encodes what a query cannot hold', () => {
    const address = 'ul. Grunwaldzka 76/78 & 1+1 #2, 80-244 Gdańsk';
    const url = new URL(mapSearchUrl(address));
    expect(url.searchParams.get('query')).toBe(address);
    expect(url.hash).toBe('');
  });
});
