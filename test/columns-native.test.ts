// The native-name column, table-driven: a column of a few repeated values in another script holds no names.
import { describe, expect, it } from 'vitest';
import { assignColumns, profileColumns } from '../src/extract/columns.js';
import { wordsOf } from '../src/extract/extract.js';

function roles(title: string, rows: string[][]) {
  const [header, ...data] = rows;
  return assignColumns(profileColumns(header, data), wordsOf(title));
}

describe('the native-name column', () => {
  it('is not a column of where each holder came from ("民間", "日銀", "大蔵省")', () => {
    // test/fixtures/real/sengo-no-nihon-ginko-rekidai-sosai: "| 氏名 | 在任期間 | 出身 | 主な経歴 |"
    expect(roles('戦後の日本銀行歴代総裁', [
      ['氏名', '在任期間', '出身', '主な経歴'],
      ['渋沢 敬三', '1944.3.18~1945.10.9', '民間', '第一銀行副頭取、日銀副総裁'],
      ['新木 栄吉', '1945.10.9~1946.6.1', '日銀', '日銀副総裁'],
      ['一萬田 尚登', '1946.6.1~1954.12.10', '日銀', '日銀理事'],
      ['山際 正道', '1956.11.30~1964.12.17', '大蔵省', '大蔵事務次官'],
      ['宇佐美 洵', '1964.12.17~1969.12.16', '民間', '三菱銀行頭取'],
      ['佐々木 直', '1969.12.17~1974.12.16', '日銀', '日銀副総裁'],
    ])).toMatchObject({ name: 0, native: undefined });
  });

  it('is a column of names in their own script beside the Latin ones', () => {
    expect(roles('Governor of Tomsk', [
      ['Name', 'Russian', 'Took office', 'Left office'],
      ['Viktor Kress', 'Виктор Кресс', '1991', '2012'],
      ['Sergey Zhvachkin', 'Сергей Жвачкин', '2012', '2022'],
      ['Vladimir Mazur', 'Владимир Мазур', '2022', ''],
    ])).toMatchObject({ name: 0, native: 1 });
  });
});
