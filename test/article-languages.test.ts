// The languages of an article's post, from its title and its infobox's body: they settle month names languages do not share.
import { describe, expect, it } from 'vitest';
import { jurisdictionLanguages } from '../src/extract/article-languages.js';
import { JURISDICTIONS } from '../src/extract/languages.js';
import { MONTH_LOCALES, monthLanguagesOf } from '../src/extract/month-names.js';
import { extractArticle } from '../src/extract/extract.js';
import { parseArticle } from '../src/parse/parse.js';

/** An article with `title`, an infobox of `entries` and one holder whose term is `start` to `end`. */
function article(title: string, entries: string[], start = '1 May 1990', end = '2 June 1991'): string {
  const infobox = entries.length ? `Infobox\n${entries.map((e) => `- ${e}`).join('\n')}\n\n` : '';
  return `= ${title} =\n\n${infobox}The post.\n\n== Holders ==\n| Name | From | To |\n| Jan Kowalski | ${start} | ${end} |\n`;
}

describe('the jurisdiction table', () => {
  // jurisdictionIn scans a text once with the union of the rows' words before trying them one by one: that union
  // finds what a row finds only while every row has the same flags
  it('has rows that are all case-insensitive and nothing else (one union of them prefilters the texts)', () => {
    expect(JURISDICTIONS.filter(([words]) => words.flags !== 'i').map(([words]) => words.source)).toEqual([]);
  });
});

describe('jurisdictionLanguages', () => {
  it.each([
    // test/fixtures/real/marszalkowie-sejmu-rzeczypospolitej: a Polish title, the body "Polska"
    ['Marszałkowie Sejmu Rzeczypospolitej', ['Post: Marszałek Sejmu', 'Body: Polska'], ['pl']],
    ['List of mayors of Zagreb', [], ['hr']],
    ['Governors of the Czech National Bank', [], ['cs']],
    ['List of mayors of Moscow', [], ['ru']],
    ['Governor of Tokyo', [], ['ja']],
    ['List of mayors of Springfield', ['Body: Springfield City Council'], []],
    // one table for where a post is: India's and Fiji's rows give the titles' language (Latin script), no month names
    ['Governor of Kerala', [], ['en-IN']], ['Prime Minister of Fiji', [], ['fj']], ['Daftar Gubernur Aceh', [], ['id']],
    // test/fixtures/real/dokyo-doji-sa: a Korean title naming Tokyo (도쿄)
    ['도쿄도지사', ['Body: 도쿄도'], ['ja']],
  ])('%s %j → %j', (title, entries, languages) => {
    expect(jurisdictionLanguages(parseArticle(article(title, entries), 'a.txt'))).toEqual(languages);
  });
});

describe('an article reads month names in its post\'s languages', () => {
  const term = (title: string, entries: string[]) => {
    const record = extractArticle(parseArticle(article(title, entries, '30 listopada 1562', '25 marca 1563'), 'a.txt'));
    return [record.tenures[0].start?.value, record.tenures[0].end?.value];
  };
  it.each([
    ['Marszałkowie Sejmu Rzeczypospolitej', ['Body: Polska'], ['1562-11-30', '1563-03-25']], // listopad: November in Polish
    ['Popis gradonačelnika', ['Body: Grad Zagreb'], ['1562-10-30', '1563-03-25']], // …October in Croatian
    ['List of holders', [], [undefined, '1563-03-25']], // no language settles "listopada"
  ])('%s %j → %j', (title, entries, expected) => {
    expect(term(title, entries)).toEqual(expected);
  });
});

describe('one table of jurisdictions: words, languages by script, and the dates\' language', () => {
  it('gives a date language only to rows whose scripts name none, and only one Intl names months in', () => {
    const dated = JURISDICTIONS.filter(([, , dates]) => dates !== undefined);
    expect(dated.map(([, scripts, dates]) => [scripts, dates])).toEqual([[{}, 'pl'], [{}, 'cs'], [{}, 'hr']]);
    expect(dated.every(([, , dates]) => MONTH_LOCALES.includes(dates!))).toBe(true);
  });

  it('reads the months of India and Fiji in no language of their own: en-IN and fj name the titles before names only', () => {
    expect(monthLanguagesOf(['en-IN'])).toEqual([]);
    expect(monthLanguagesOf(['fj'])).toEqual([]);
  });
});
