// East Asian era dates, table-driven: an era year checks a Gregorian date, an era date of a Gregorian era calendar is one.
import { describe, expect, it } from 'vitest';
import { readDateCell } from '../src/extract/date-cells.js';
import { readEraDate } from '../src/extract/era-dates.js';

describe('a Gregorian date with its era date', () => {
  it.each([
    // test/fixtures/real/kyoto-shicho: the era year in brackets between the year and the month
    ['1898年(明治31年)10月12日', '1898-10-12'], ['1912年(明治45年)1月6日', '1912-01-06'], ['1912年(大正元年)12月20日', '1912-12-20'],
    ['1913年(大正2年)3月31日', '1913-03-31'], ['1926年(昭和元年)12月25日', '1926-12-25'],
    // test/fixtures/real/tokyo-to-chiji-ichiran: the era date after the Gregorian one, its bracket often left open;
    // before 1873 the era date is lunisolar, its year ending in the next Gregorian January (明治元年12月04日 is 16 January 1869)
    ['1868年07月13日 慶応04年05月24日', '1868-07-13'], ['1868年10月05日 (慶応04年08月20日', '1868-10-05'],
    ['1869年01月16日 (明治元年12月04日', '1869-01-16'], ['1868年12月20日 明治元年11月07日', '1868-12-20'],
    // …and an era date from 1873 on stands for a Gregorian date written wrong beside it ("012月")
    ['1875年012月19日 (明治08年12月19日)', '1875-12-19'],
    // Heisei, Reiwa and an era of the twelfth century, all known to Intl's Japanese calendar
    ['1989年(平成元年)1月8日', '1989-01-08'], ['2019年(令和元年)5月1日', '2019-05-01'], ['1160年(永暦元年)3月1日', '1160-03-01'],
    ['1898년(메이지 31년) 10월 12일', '1898-10-12'], ['1868년 7월 13일 (게이오 4년 5월 24일)', '1868-07-13'],
  ])('%s → %s', (cell, date) => {
    expect(readDateCell(cell)).toEqual({ kind: 'date', date: { value: date, precision: 'day' } });
  });

  it.each([
    ['1899年(明治31年)10月12日', 'the era year 明治31年 is 1898, not 1899'],
    ['1912年07月30日 大正元年07月31日', 'the era date is 1912-07-31, not 1912-07-30'],
  ])('%s disagrees with itself: unreadable (%s)', (cell, reason) => {
    expect(readDateCell(cell)).toMatchObject({ kind: 'unreadable', reason });
  });
});

describe('an era date alone', () => {
  it.each([
    ['明治31年10月12日', '1898-10-12', 'day'], ['昭和64年1月7日', '1989-01-07', 'day'], ['令和元年5月1日', '2019-05-01', 'day'],
    ['平成元年', '1989', 'year'], ['昭和64年1月', '1989-01', 'month'],
    // Japan's eras as Korean writes them (Intl's Korean names; 원년 the first year), and the Republic of China's 民國 (from 1912)
    ['메이지 31년 10월 12일', '1898-10-12', 'day'], ['헤이세이 원년', '1989', 'year'],
    ['民國38年10月1日', '1949-10-01', 'day'], ['民国38年', '1949', 'year'], ['民國101年5月20日', '2012-05-20', 'day'], ['중화민국 38년', '1949', 'year'],
  ])('%s → %s', (cell, value, precision) => {
    expect(readEraDate(cell)).toEqual({ kind: 'date', date: { value, precision } });
  });

  it.each([
    ['明治4年10月12日', 'lunisolar calendar'], // before 1873 no Gregorian day can honestly be given
    ['明治45年7月31日', '明治 had no year 45'], // Taishō began on 30 July 1912
  ])('%s is unreadable (%s)', (cell, reason) => {
    expect(readEraDate(cell)).toMatchObject({ kind: 'unreadable' });
    expect((readEraDate(cell) as { reason: string }).reason).toContain(reason);
  });

  it.each(['2010年12月25日', '1920年12月至1923年2月1日', '2010년 12월 25일', '12 May 1990'])('%s holds no era date', (cell) => {
    expect(readEraDate(cell)).toBeUndefined();
  });
});
