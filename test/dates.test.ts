// Dates at their written precision, table-driven: the written forms, month names, open ends, comparison.
import { describe, expect, it } from 'vitest';
import { readDateCell, readTermCell } from '../src/extract/date-cells.js';
import { compareDates, isOpenEnd, parseDate } from '../src/extract/dates.js';
import { inMonthLanguages, MONTH_LOCALES, monthLanguagesOf, monthNumber } from '../src/extract/month-names.js';

describe('parseDate keeps the written precision', () => {
  it.each([
    ['18 October 2021', '2021-10-18', 'day'],
    ['October 18, 2021', '2021-10-18', 'day'],
    ['1 July 1997', '1997-07-01', 'day'],
    ['29 February 2000', '2000-02-29', 'day'],
    ['2021-10-18', '2021-10-18', 'day'],
    ['3 Sept. 1945', '1945-09-03', 'day'],
    ['May 1949', '1949-05', 'month'],
    ['Dec 1977', '1977-12', 'month'],
    ['1949-05', '1949-05', 'month'],
    ['1968', '1968', 'year'],
    ['  March   1950 ', '1950-03', 'month'],
  ])('%s → %s (%s)', (cell, value, precision) => {
    expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision } });
  });

  it.each([
    ['31 February 1990', 'February 1990 has no day 31'],
    ['29 February 1900', 'February 1900 has no day 29'],
    ['9 listopada 1851', 'no month of that name'], // a day, a month and a year, but no month a reader can tell
  ])('rejects %j, a cell written as a date: %s', (cell, reason) => {
    expect(parseDate(cell)).toEqual({ ok: false, reason, dateShaped: true });
  });

  it.each([
    ['Foo 19x', '"Foo 19x" is not a date'],
    ['13/2020', '"13/2020" is not a date'],
    ['Foo 1990', 'no month of that name'],
    ['2020-13', 'no month 13'],
    ['', '"" is not a date'],
    ['Incumbent', '"Incumbent" is not a date'],
  ])('rejects %j: %s', (cell, reason) => {
    expect(parseDate(cell)).toEqual({ ok: false, reason });
  });
});

describe('parseDate reads month names of every month language, as Intl writes them', () => {
  it.each([
    ['9 maggio 1836', '1836-05-09'], // test/fixtures/real/sindaci-di-atene
    ['1º ottobre 1887', '1887-10-01'],
    ['3 Oktober 1945', '1945-10-03'], // test/fixtures/real/daftar-gubernur-aceh
    ['30 Agustus 1966', '1966-08-30'],
    ['1er janvier 1900', '1900-01-01'],
    ['15 août 1990', '1990-08-15'],
    ['5 de mayo de 1990', '1990-05-05'],
    ['1. Mai 1990', '1990-05-01'],
    ['December 17,1920', '1920-12-17'], // test/fixtures/real/list-of-chief-ministers-of-tamil-nadu
    ['March 02,2002', '2002-03-02'],
    ['1. júlí, 1845', '1845-07-01'], // Icelandic: day, dot, month, comma, year (test/fixtures/real/forseti-althingis)
    ['5. ágúst, 1845', '1845-08-05'],
    ['17. nóvember 1918', '1918-11-17'],
    ['1. juli 1845', '1845-07-01'], // Danish and Norwegian write the day with a dot, no comma
    ['3. desember 1905', '1905-12-03'],
    ['1. maj, 1849', '1849-05-01'],
  ])('%s → %s', (cell, value) => {
    expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision: 'day' } });
  });

  it.each([['Mei 1953', '1953-05'], ['Janu 1990', '1990-01'], ['févr. 1848', '1848-02'], ['ágúst 1845', '1845-08'], ['nóv. 1918', '1918-11'],
    ['(18) September 1944', '1944-09'], ['September (18), 1944', '1944-09'], ['(3) mei 1945', '1945-05']])('%s → %s (month)', (cell, value) => {
    expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision: 'month' } });
  });

  it.each(['listopad 1990', '16 listopada 1990', 'pril 06,1949', 'December 171920', '(18) Foo 1944', '(180) September 1944'])(
    'refuses %j (a name two languages give to different months, no month, no separator)', (cell) => {
      expect(parseDate(cell).ok).toBe(false);
    });
});

describe('parseDate reads Chinese, Japanese and Korean dates (年 月 日, 년 월 일)', () => {
  it.each([
    ['2010年12月25日', '2010-12-25', 'day'], // test/fixtures/real/taichung-shi-shizhang
    ['1923年2月1日', '1923-02-01', 'day'],
    ['1920年12月', '1920-12', 'month'],
    ['1920年', '1920', 'year'],
    ['1948년 8월 15일', '1948-08-15', 'day'],
    ['1948년 8월', '1948-08', 'month'],
  ])('%s → %s (%s)', (cell, value, precision) => {
    expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision } });
  });

  it.each(['zh', 'zh-TW', 'ja', 'ko'])('reads the dates Intl writes in %s', (locale) => {
    const date = new Date(Date.UTC(1987, 11, 5));
    const written = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
    expect(parseDate(written({ year: 'numeric', month: 'long', day: 'numeric' }))).toMatchObject({ ok: true, date: { value: '1987-12-05' } });
    expect(parseDate(written({ year: 'numeric', month: 'long' }))).toMatchObject({ ok: true, date: { value: '1987-12' } });
  });

  it('refuses a day that month has not', () => {
    expect(parseDate('1990年2月30日')).toEqual({ ok: false, reason: 'February 1990 has no day 30', dateShaped: true });
  });
});

describe('parseDate reads a year of one to three digits beside a day and a month', () => {
  it.each([
    ['26 April 88', '0088-04-26'], // test/fixtures/real/chronological-list-of-popes
    ['23 November 99', '0099-11-23'],
    ['27 October 105', '0105-10-27'],
    ['April 26, 88', '0088-04-26'],
    ['29 February 4', '0004-02-29'], // a leap year, though Date.UTC reads year 4 as 1904
    ['88年4月26日', '0088-04-26'],
  ])('%s → %s', (cell, value) => {
    expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision: 'day' } });
  });

  it.each(['April 88', '88', '88年', '88年4月', '29 February 100'])('but not %j (no day and month beside it, or no such day)', (cell) => {
    expect(parseDate(cell).ok).toBe(false);
  });
});

describe('monthNumber', () => {
  it('reads an English cut first, which no month language gives another month', () => {
    const english = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
    const clashes = MONTH_LOCALES.flatMap((locale) => (['long', 'short'] as const).flatMap((month) => {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      return Array.from({ length: 12 }, (_, m) => {
        const date = new Date(Date.UTC(2000, m, 15));
        const name = format.format(date).toLowerCase().replace(/\.$/, '');
        const cut = name.length >= 3 && english.format(date).toLowerCase().startsWith(name);
        const other = name.length >= 3 && !cut && monthNumber(name) !== m + 1 && monthNumber(name) !== 0;
        return other ? [`${locale} ${name}`] : [];
      }).flat();
    }));
    expect(clashes).toEqual([]);
  });


  it.each([['maggio', 5], ['Desember', 12], ['Maret', 3], ['Sept', 9], ['Oct', 10], ['lis', 0], ['Foo', 0], ['ma', 0]])('%s → %i', (name, month) => {
    expect(monthNumber(name)).toBe(month);
  });
});

describe('open ends', () => {
  it.each(['Incumbent', 'incumbent', 'present', 'Present', '—', '–', '-', '', '  ', '至今', '現任', '现任', '現職', '현직', '재임 중'])('%j means still in office', (cell) => {
    expect(isOpenEnd(cell)).toBe(true);
  });
  it.each(['March 1950', '1968', 'Foo'])('%j is not an open end', (cell) => {
    expect(isOpenEnd(cell)).toBe(false);
  });
});

describe('compareDates compares at the coarser precision', () => {
  const d = (value: string) => ({ value, precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day' } as const);
  it.each([
    ['1949-05', '1950-03', -1],
    ['1950-03', '1950-03', 0],
    ['1950', '1950-03', 0],
    ['1950-03-31', '1950-03', 0],
    ['1951', '1950-12-31', 1],
    ['2021-10-18', '2021-10-17', 1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(Math.sign(compareDates(d(a), d(b)))).toBe(expected);
  });
});

describe('readDateCell drops a word after the year that only says it is one', () => {
  it.each([
    ['6 октября 1782 г.', '1782-10-06'], ['1782 г.', '1782'], ['12 февруари 1872 г.', '1872-02-12'], ['1919 року', '1919'], ['1990 р.', '1990'],
    ['1562 r.', '1562'], ['1990r.', '1990'], ['1812 года', '1812'],
    // test/fixtures/real/waziraala-sindh: Urdu writes the era sign ء after the year; Hindi ई. or ई॰ (ईस्वी)
    ['28 اپریل، 1937ء', '1937-04-28'], ['1937ء', '1937'], ['1947 ई.', '1947'], ['15 अगस्त 1947 ई॰', '1947-08-15'],
  ])('%s → %s, with no note', (cell, value) => {
    expect(readDateCell(cell)).toMatchObject({ kind: 'date', date: { value } });
    expect(readDateCell(cell)).not.toHaveProperty('note');
  });

  it('reads a term in years with "гг." after its end', () => {
    const term = readTermCell('1782–1786 гг.');
    expect([term.start, term.end].map((d) => (d.kind === 'date' ? d.date.value : d.kind))).toEqual(['1782', '1786']);
  });
});

describe('parseDate reads the year first with a dot, as Hungarian writes it', () => {
  it.each([['1990. május 3.', '1990-05-03', 'day'], ['1990. máj. 3.', '1990-05-03', 'day'], ['1848. március', '1848-03', 'month']])(
    '%s → %s', (cell, value, precision) => {
      expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision } });
    });
});

describe("parseDate reads a month's name run into the year (the copy lost the space)", () => {
  it.each([
    ['29 June1954', '1954-06-29', 'day'], // test/fixtures/real/chief-justices-of-pakistan
    ['3 März1848', '1848-03-03', 'day'],
  ])('%s → %s', (cell, value, precision) => {
    expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision } });
  });

  it.each(['Chundrigar1957', '29 Foo1954', '29 June54', 'June1954'])('but not %j (no month, no year of four digits, or no day to tell a month from a word)', (cell) => {
    expect(parseDate(cell).ok).toBe(false);
  });
});

describe('parseDate reads a day written with slashes where a number over 12 tells the day', () => {
  it.each([['15/05/1990', '1990-05-15'], ['5/15/1990', '1990-05-15'], ['05/05/1990', '1990-05-05'], ['31/12/1999', '1999-12-31']])('%s → %s', (cell, value) => {
    expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision: 'day' } });
  });

  it.each([['5/6/1990', '"5/6/1990" does not tell its day from its month'], ['31/02/1990', 'February 1990 has no day 31']])('refuses %j: %s', (cell, reason) => {
    expect(parseDate(cell)).toEqual({ ok: false, reason, dateShaped: true });
  });

  it.each([['15/05/1990', '1990-05-15', 'blank'], ['15/05/1990 – 20/06/1994', '1990-05-15', '1994-06-20']])('a term cell %j → %s … %s', (cell, start, end) => {
    const term = readTermCell(cell);
    expect([term.start.kind === 'date' ? term.start.date.value : term.start.kind, term.end.kind === 'date' ? term.end.date.value : term.end.kind]).toEqual([start, end]);
  });
});

describe('parseDate reads month names of other scripts, in the genitive a date writes them', () => {
  it.each([
    ['12 февруари 1872', '1872-02-12'], // test/fixtures/real/glava-na-balgarskata-pravoslavna-tsarkva (Bulgarian)
    ['16 октомври 1944', '1944-10-16'],
    ['6 октября 1782', '1782-10-06'], // test/fixtures/real/gorodskie-golovy-moskvy (Russian, genitive)
    ['15 января 1786', '1786-01-15'],
    ['3 мая 1990', '1990-05-03'],
    ['21 січня 1919', '1919-01-21'], // Ukrainian
    ['16 листопада 1990', '1990-11-16'], // Ukrainian listopad is November, as in Polish and Czech
    ['15 Μαΐου 1990', '1990-05-15'], // Greek
  ])('%s → %s', (cell, value) => {
    expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision: 'day' } });
  });

  it.each([
    // test/fixtures/real/bihar-ke-mukhyamantri: Hindi, as Intl writes it and as lists spell it (nukta or none, candra e, a nasal for the anusvara)
    ['1 फ़रवरी 1961', '1961-02-01'], ['1 फरवरी 1961', '1961-02-01'], ['2 अप्रॅल 1946', '1946-04-02'], ['2 अप्रैल 1946', '1946-04-02'],
    ['5 सितम्बर 1990', '1990-09-05'], ['5 सितंबर 1990', '1990-09-05'], ['29 जून 1968', '1968-06-29'], ['2 अक्टूबर 1963', '1963-10-02'],
    // test/fixtures/real/waziraala-sindh and real-unread/goa-ke-governaron-ki-fehrist: Urdu, with the Arabic comma or none; Arabic yeh
    ['28 اپریل، 1937', '1937-04-28'], ['19 دسمبر 1961', '1961-12-19'], ['3 مئی 1948', '1948-05-03'], ['4 فروري 1949', '1949-02-04'],
    ['3 مئ 1948', '1948-05-03'], // Punjabi in Shahmukhi
    // Marathi, Bengali, Nepali
    ['15 फेब्रुवारी 2000', '2000-02-15'], ['15 ফেব্রুয়ারি 2000', '2000-02-15'], ['15 फेब्रुअरी 2000', '2000-02-15'],
  ])('%s → %s (the month names of South Asia)', (cell, value) => {
    expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision: 'day' } });
  });

  it.each([['окт. 1990', '1990-10'], ['март 1928', '1928-03']])('%s → %s (month)', (cell, value) => {
    expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision: 'month' } });
  });

  it('reads a short form as its month and no other word of those scripts as one', () => {
    expect(['неизвестно', 'Иларион', 'мар'].map(monthNumber)).toEqual([0, 0, 3]);
  });
});

describe('the article\'s own languages settle a month name the month languages do not share', () => {
  it.each([
    ['listopada', ['pl'], 11], ['listopada', ['hr'], 10], ['listopada', [], 0], // test/fixtures/real/marszalkowie-sejmu-rzeczypospolitej
    ['listopad', ['cs'], 11], ['srp', ['cs'], 8], ['srp', ['hr'], 7], ['lip', ['pl'], 7],
    ['maggio', ['pl'], 5], ['Foo', ['pl'], 0],
  ])('%s in %j → %i', (name, languages, month) => {
    expect(inMonthLanguages(languages, () => monthNumber(name))).toBe(month);
  });

  it('keeps the readings of a date cell apart for each article language', () => {
    const start = () => readDateCell('30 listopada 1562');
    expect([start(), inMonthLanguages(['pl'], start), inMonthLanguages(['hr'], start), start()].map((d) => (d.kind === 'date' ? d.date.value : d.kind)))
      .toEqual(['unreadable', '1562-11-30', '1562-10-30', 'unreadable']);
  });

  it('takes only the languages that have month names', () => {
    expect(monthLanguagesOf(['ko', 'ko-Hani', 'pl', 'ru', 'und'])).toEqual(['pl', 'ru']);
  });
});


describe('open ends in the other languages lists are written in', () => {
  it.each(['Actualidad', 'la actualidad', 'En el cargo', 'Atualidade', 'In carica', 'En fonction', "aujourd'hui", 'amtierend', 'heden',
    'obecnie', 'по настоящее время', 'по н. в.', 'по н.в.', 'н. в.', 'до днес', 'дотепер', 'petahana', 'présent', 'à présent', 'en exercice'])('%j means still in office', (cell) => {
    expect([isOpenEnd(cell), readDateCell(cell).kind]).toEqual([true, 'open']);
  });

  it.each(['Nadal', 'Presentación', 'Mayo', 'Heuter'])('%j is no open end', (cell) => {
    expect(isOpenEnd(cell)).toBe(false);
  });

  it.each([['2019 – actualidad', '2019'], ['1 октября 2019 – по настоящее время', '2019-10-01'], ['2001 – in carica', '2001'],
    // after a hyphen with no space, as the French Canadian encyclopedia writes them (test/fixtures/real-unread/premiers-ministres-du-manitoba)
    ['2023-présent', '2023'], ['2019-presente', '2019'], ['2018-actualidad', '2018'], ['2020-heute', '2020'], ['2010-obecnie', '2010'],
    ['2019-н. в.', '2019'], ['2015-petahana', '2015'], ['2014-atualidade', '2014']])(
    '%j runs from %s and has not ended', (cell, start) => {
      const term = readTermCell(cell);
      expect([term.start.kind === 'date' && term.start.date.value, term.end.kind]).toEqual([start, 'open']);
    });
});


describe('readTermCell: words and a comma before a term qualify it', () => {
  it.each([
    // test/fixtures/real/armenian-patriarchs-of-cilicia
    ['Coadjutor, 1601-1608', { start: { kind: 'date', date: { value: '1601', precision: 'year' }, note: 'Coadjutor' }, end: { kind: 'date', date: { value: '1608', precision: 'year' } } }],
    ['Acting, 1990–1991', { start: { kind: 'date', date: { value: '1990', precision: 'year' }, acting: true }, end: { kind: 'date', date: { value: '1991', precision: 'year' } } }],
    ['Bishop of Sis, 1601', { start: { kind: 'date', date: { value: '1601', precision: 'year' }, note: 'Bishop of Sis' }, end: { kind: 'date', date: { value: '1601', precision: 'year' } }, single: true }],
    // a month before the comma is the date's own: no qualifier
    ['May, 1990', { start: { kind: 'date', date: { value: '1990-05', precision: 'month' } }, end: { kind: 'date', date: { value: '1990-05', precision: 'month' } }, single: true }],
  ])('%j', (cell, expected) => {
    expect(readTermCell(cell)).toEqual(expected);
  });

  it.each(['Patriarch settles in Antelias, Lebanon, 1930', 'Smith, John'])('%j holds no qualified term', (cell) => {
    expect(readTermCell(cell).start).not.toMatchObject({ note: expect.anything() });
  });
});

describe('a double-dated year (Old and New Style) as one end spoils only that end', () => {
  const value = (d: ReturnType<typeof readDateCell>) => (d.kind === 'date' ? d.date.value : d.kind);
  it.each([
    ['1721/2-1729', 'unreadable', '1729'], // test/fixtures/real/armenian-patriarchs-of-cilicia
    ['1729/30-1731', 'unreadable', '1731'],
    ['1688-1721/2', '1688', 'unreadable'],
    ['1999/2000', '1999', '2000'], // two years, not a double-dated one
  ])('%j → %s … %s', (cell, start, end) => {
    const term = readTermCell(cell);
    expect([value(term.start), value(term.end)]).toEqual([start, end]);
  });

  it.each([
    ['1721/2', '"1721/2" is a double-dated year (1721 or 1722, as Old and New Style count it), which no XSD date type can state as one'],
    ['1699/00', '"1699/00" is a double-dated year (1699 or 1700, as Old and New Style count it), which no XSD date type can state as one'],
    ['1721/5', '"1721/5" is not a date'],
  ])('%j: %s', (cell, reason) => {
    expect(readDateCell(cell)).toEqual({ kind: 'unreadable', text: cell, reason });
  });
});
