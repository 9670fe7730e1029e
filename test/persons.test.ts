// Who is who, table-driven: rows of one name are one person unless lifespans, years or regnal numbers tell them apart.
import { describe, expect, it } from 'vitest';
import { languageContext } from '../src/extract/languages.js';
import { parseName } from '../src/extract/names.js';
import { PersonResolver } from '../src/extract/persons.js';

/** The person index of each row (0 for the first person, …), rows given as name cell and start year. */
function personsOf(rows: ReadonlyArray<readonly [string, number | undefined]>): number[] {
  const names = rows.map(([cell]) => parseName(cell));
  const resolver = new PersonResolver(languageContext([''], ''), names);
  const keys = names.map((name, i) => resolver.resolve(name, rows[i][1]));
  return keys.map((key) => [...new Set(keys)].indexOf(key));
}

describe('PersonResolver', () => {
  it.each([
    ['one name, two terms', [['Eusebio Cabral', 1845], ['Eusebio Cabral', 1868]], [0, 0]],
    ['namesakes told apart by their lifespans', [['John Smith (1800–1850)', 1830], ['John Smith (1820–1890)', 1860]], [0, 1]],
    ['namesakes over a century apart', [['Yohannes', 820], ['Yohannes', 1340]], [0, 1]],
    // test/fixtures/real: the abunas of Ethiopia (the later reign is written as a century: no year).
    ['an uncertain regnal number against none', [['Yohannes', 820], ['Yohannes (XIII?)', undefined]], [0, 1]],
    ['two uncertain regnal numbers', [['Yaqob (III?)', undefined], ['Yaqob (IV?)', undefined]], [0, 1]],
    // test/fixtures/real/list-of-colonial-governors-of-senegal: one governor, spelt with and without an accent
    ['one name spelt with and without an accent', [['André Brue', 1697], ['André Brué', 1714]], [0, 0]],
    // test/fixtures/real/anexo-gobernantes-de-nuevo-leon: one governor with and without the "y" between his surnames; "the younger" another
    ['one name with and without a "y" between the surnames', [['Blas de la Garza y Falcón', 1681], ['Blas de la Garza Falcón', 1681]], [0, 0]],
    ['a father and "the younger"', [['Diego de Montemayor', 1588], ['Diego de Montemayor (el mozo)', 1610]], [0, 1]],
    ['the same uncertain regnal number twice', [['Yaqob (III?)', 1337], ['Yaqob (III?)', 1344]], [0, 0]],
    // test/fixtures/real/gujaratna-mukhyamantrio: one chief minister, his name written with the short and the long ī (દેસાઇ, દેસાઈ)
    ['one native name spelt with a short and a long vowel', [['હિતેન્દ્ર દેસાઇ', 1965], ['હિતેન્દ્ર દેસાઈ', 1971]], [0, 0]],
    ['two native names', [['હિતેન્દ્ર દેસાઇ', 1965], ['બળવંતરાય મહેતા', 1963]], [0, 1]],
  ] as const)('%s', (_what, rows, persons) => {
    expect(personsOf(rows)).toEqual(persons);
  });
});
