// Lifespan columns, table-driven: Birth and Death headers, and the Death column that ends a post held for life.
import { describe, expect, it } from 'vitest';
import { headsLifespan, withLifeTermsEnded } from '../src/extract/lifespan-columns.js';

describe('headsLifespan: a header of a birth or a death, whose dates are no term\'s', () => {
  it.each([
    ['Birth', true], ['Death', true], ['Born–died', true], ['Place and year of birth', true], ['Gestorben', true], ['Décès', true],
    // a name column's header naming the lifespan in its parentheses heads names
    ['Name (Birth–Death)', false], ['Lebensdaten', true], ['Life years', true],
    ['Ordination', false], ['Took office', false], ['Lifetime achievements', false],
  ])('%s → %s', (header, expected) => {
    expect(headsLifespan(header)).toBe(expected);
  });
});

describe('withLifeTermsEnded: a Death column ends the terms where holders died in office', () => {
  // test/fixtures/real/list-of-presidents-of-the-church-of-jesus-christ-of-latter-day-saints
  const header = ['No.', 'Portrait', 'President of the Church', 'Birth', 'Ordination', 'Death', 'Length'];
  const lds = [
    ['1', '', 'Joseph Smith', 'December 23, 1805', 'April 6, 1830 (de facto)[1] January 25, 1832 (de jure)[2]', 'June 27, 1844(1844-06-27) (aged 38)', '14 years'],
    ['2', '', 'Brigham Young', 'June 1, 1801', 'December 27, 1847', 'August 29, 1877(1877-08-29) (aged 76)', '29 years, 8 months'],
    ['3', '', 'John Taylor', 'November 1, 1808', 'October 10, 1880', 'July 25, 1887(1887-07-25) (aged 78)', '6 years, 9 months'],
    ['4', '', 'Wilford Woodruff', 'March 1, 1807', 'April 7, 1889', 'September 2, 1898(1898-09-02) (aged 91)', '9 years, 4 months'],
  ];
  // the same columns where the holders outlived their terms: each death after the next holder's start
  const outlived = [
    ['1', '', 'Ann Example', 'May 1, 1900', 'June 1, 1930', 'July 1, 1975', ''],
    ['2', '', 'Ben Example', 'May 1, 1910', 'June 1, 1934', 'July 1, 1980', ''],
    ['3', '', 'Cat Example', 'May 1, 1915', 'June 1, 1938', 'July 1, 1990', ''],
  ];
  const columns = { ordinal: 0, name: 2, start: 4, extra: [1, 3, 5, 6] };
  it.each([
    ['holders who died in office', lds, columns, 5],
    ['holders who outlived their terms', outlived, columns, undefined],
    ['a table with a Left office column', lds, { ...columns, end: 6, extra: [1, 3, 5] }, undefined],
    ['too few rows to tell', lds.slice(0, 2), columns, undefined],
  ])('%s → end %s', (_, grid, map, expected) => {
    const ended = withLifeTermsEnded(map, header, grid);
    expect(ended.end).toBe(expected ?? map.end);
    if (expected !== undefined) expect(ended.extra).not.toContain(expected);
  });
});
