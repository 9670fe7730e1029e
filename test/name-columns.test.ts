// A table's name column read as a whole, table-driven: flags' alt text before most names dropped, surnames in capitals written in ordinary case.
import { describe, expect, it } from 'vitest';
import { readNameColumn } from '../src/extract/name-columns.js';
import { parseName } from '../src/extract/names.js';

/** The English names of a column of cells after reading it as a whole. */
function column(cells: string[]): (string | undefined)[] {
  const rows = cells.map((cell) => ({ name: parseName(cell) }));
  readNameColumn(rows);
  return rows.map((row) => row.name.english);
}

describe('readNameColumn drops a flag\'s alt text before most names', () => {
  it.each([
    // test/fixtures/real/list-of-real-madrid-cf-presidents
    [['Spain Julián Palacios', 'Spain Juan Padrós', 'Spain Luis de Urquijo', 'Spain Santiago Bernabéu Yeste'],
      ['Julián Palacios', 'Juan Padrós', 'Luis de Urquijo', 'Santiago Bernabéu Yeste']],
    [['United States John Smith', 'Argentina Diego Maradona', 'England Bobby Moore', 'Brazil Pelé'],
      ['John Smith', 'Diego Maradona', 'Bobby Moore', 'Brazil Pelé']],
    // given names that are countries, with no flag: a surname alone after them is no full name
    [['Georgia Brown', 'Chad Smith', 'Jordan Peele', 'Israel Adesanya'], ['Georgia Brown', 'Chad Smith', 'Jordan Peele', 'Israel Adesanya']],
    // a few such names in a column of others are names
    [['Jordan Mary Smith', 'Juan Padrós', 'Carlos Padrós', 'Luis Usera'], ['Jordan Mary Smith', 'Juan Padrós', 'Carlos Padrós', 'Luis Usera']],
    [['Spain Julián Palacios', 'Spain Juan Padrós'], ['Spain Julián Palacios', 'Spain Juan Padrós']],
  ])('%j', (cells, english) => {
    expect(column(cells)).toEqual(english);
  });
});

describe('readNameColumn writes surnames in capitals in ordinary case where most names of the column do so', () => {
  it.each([
    // test/fixtures/real/representatives-of-the-czech-national-bank (header "First Name, Surname")
    [['Alois RAŠÍN', 'Cyril HORÁČEK', 'Ladislav F. DVOŘÁK', 'Otokar POHL'], ['Alois Rašín', 'Cyril Horáček', 'Ladislav F. Dvořák', 'Otokar Pohl']],
    [['Jacques CHIRAC', "Martin O'NEILL", 'Anne SMITH-JONES', 'KIM Dae-jung'], ['Jacques Chirac', "Martin O'Neill", 'Anne Smith-Jones', 'Kim Dae-jung']],
    // not surnames: Roman numerals, letters after a name, a name all in capitals, a few capitals in a column of others
    [['Pedro II', 'Carlos IV', 'Joaquim I', 'Manuel XIII'], ['Pedro II', 'Carlos IV', 'Joaquim I', 'Manuel XIII']],
    [['LI Peng', 'ZHU Rongji', 'WEN Jiabao'], ['Li Peng', 'Zhu Rongji', 'Wen Jiabao']],
    // ("MLA" is no surname in capitals: it is a post-nominal, cut as one by post-nominals.ts)
    [['John Smith MLA', 'Jane Doe MLA', 'Bob Roe MLA'], ['John Smith', 'Jane Doe', 'Bob Roe']],
    [['ALOIS RAŠÍN', 'CYRIL HORÁČEK', 'KAREL ENGLIŠ'], ['ALOIS RAŠÍN', 'CYRIL HORÁČEK', 'KAREL ENGLIŠ']],
    [['Alois RAŠÍN', 'Cyril Horáček', 'Karel Engliš', 'Otokar Pohl'], ['Alois RAŠÍN', 'Cyril Horáček', 'Karel Engliš', 'Otokar Pohl']],
  ])('%j', (cells, english) => {
    expect(column(cells)).toEqual(english);
  });
});
