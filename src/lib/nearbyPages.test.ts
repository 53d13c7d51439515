import { describe, expect, it } from 'vitest';
import { nearbyPages } from './nearbyPages';

describe('nearbyPages', () => {
  it('lists every page of a short list', () => {
    expect(nearbyPages(3, 2)).toEqual([1, 2, 3]);
  });

  it('lists the first, the last and two on either side in a long one', () => {
    expect(nearbyPages(20, 10)).toEqual([1, 8, 9, 10, 11, 12, 20]);
  });

  it('keeps the ends once at the edges', () => {
    expect(nearbyPages(20, 1)).toEqual([1, 2, 3, 20]);
    expect(nearbyPages(20, 20)).toEqual([1, 18, 19, 20]);
  });
});
