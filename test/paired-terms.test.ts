// Two terms in one row's start and end cells, table-driven: the row's span, or no reading.
import { describe, expect, it } from 'vitest';
import { pairedTerms } from '../src/extract/paired-terms.js';

describe('pairedTerms', () => {
  it.each([
    // test/fixtures/real/list-of-mayors-of-eindhoven line 11: interrupted by a ministerial post, died in office
    ['16 October 1959 5 April 1967', '22 November 1966 30 May 1973', '1959-10-16', '1973-05-30',
      'two terms: 1959-10-16 – 1966-11-22, 1967-04-05 – 1973-05-30'],
    ['March 1950 June 1960', 'May 1955 July 1965', '1950-03', '1965-07', 'two terms: 1950-03 – 1955-05, 1960-06 – 1965-07'],
  ])('%j | %j → %s – %s', (startCell, endCell, start, end, note) => {
    expect(pairedTerms(startCell, endCell)).toEqual({
      start: { kind: 'date', date: expect.objectContaining({ value: start }), note },
      end: { kind: 'date', date: expect.objectContaining({ value: end }) },
    });
  });

  it.each([
    ['16 October 1959', '22 November 1966'], // one term
    ['16 October 1959 5 April 1967', '22 November 1966'], // two starts, one end
    ['16 October 1959 5 April 1967', '30 May 1973 22 November 1966'], // the ends out of order
    ['16 October 1959 5 April 1960', '22 November 1966 30 May 1973'], // the second term starts before the first ends
    ['1959–1966', '1967–1973'], ['1950–1960', '1955–1965'], ['1950 to 1960', '1955 to 1965'], // a range in each cell is no pair of starts and ends
    ['16 October 1959 (acting 1960)', '22 November 1966 (retired 1967)'],
  ])('%j | %j: no two terms', (startCell, endCell) => {
    expect(pairedTerms(startCell, endCell)).toBeUndefined();
  });
});
