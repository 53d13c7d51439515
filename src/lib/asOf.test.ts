import { describe, expect, it } from 'vitest';
import { asOfDate, showsOffices, shownHelplines } from './asOf';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('asOfDate', () => {
  it("is the page's own date when it shows no data", () => {
    expect(asOfDate(day('2026-11-23'))).toEqual(day('2026-11-23'));
  });

  it('is the oldest date of the page and the data it shows, never a later one', () => {
    expect(asOfDate(day('2026-11-23'), [day('2026-12-01'), day('2026-10-05'), day('2026-11-30')])).toEqual(
      day('2026-10-05'),
    );
    expect(asOfDate(day('2026-09-01'), [day('2026-12-01')])).toEqual(day('2026-09-01'));
  });
});

describe('which data a page shows', () => {
  it('finds the offices on the pages whose front matter says whose they list', () => {
    expect(showsOffices({ template: 'directory', offices: 'all' })).toBe(true);
    expect(showsOffices({ template: 'eligibility', offices: 'post-penitentiary' })).toBe(true);
    expect(showsOffices({ template: 'page', offices: 'post-penitentiary' })).toBe(true);
    expect(showsOffices({ template: 'page' })).toBe(false);
  });

  it('finds every line on the directory, else the lines the front matter names', () => {
    expect(shownHelplines({ template: 'directory' }, ['a', 'b'])).toEqual(['a', 'b']);
    expect(shownHelplines({ template: 'page', helplines: ['b'] }, ['a', 'b'])).toEqual(['b']);
    expect(shownHelplines({ template: 'page' }, ['a', 'b'])).toEqual([]);
  });
});
