// The language of an article's own prose, table-driven: a list written in Bulgarian or Russian names its holders in it.
import { describe, expect, it } from 'vitest';
import { languageContext, languageTag } from '../src/extract/languages.js';
import { proseLanguages } from '../src/extract/prose-language.js';

describe('proseLanguages', () => {
  it.each([
    // test/fixtures/real/glava-na-balgarskata-pravoslavna-tsarkva and gorodskie-golovy-moskvy: title and first paragraph.
    [['Глава на Българската православна църква', 'Патриархът на България е Председател на Светия Синод.'], { Cyrl: 'bg' }],
    [['Городские головы Москвы', 'Городской голова Москвы — выборная должность в Российской империи, глава Московского городского общественного управления.'], { Cyrl: 'ru' }],
    [['Київський міський голова', 'Київський міський голова — посадова особа, яка очолює виконавчий орган Київської міської ради.'], { Cyrl: 'uk' }],
    [['Патријарх српски', 'Патријарх српски је поглавар Српске православне цркве и архиепископ пећки.'], { Cyrl: 'sr-Cyrl' }],
    [['Πρόεδρος της Δημοκρατίας', 'Ο Πρόεδρος της Δημοκρατίας είναι ο αρχηγός του ελληνικού κράτους.'], { Grek: 'el' }],
    [['Градоначалник на Скопје', 'Градоначалникот на Скопје е највисока извршна функција во градот Скопје, главниот град на Северна Македонија.'], { Cyrl: 'mk' }],
    [['Премьер-министр Казахстана', 'Қазақстан Республикасының Премьер-Министрі — Қазақстан Республикасы Үкіметінің басшысы, елдегі лауазымды тұлға.'], { Cyrl: 'kk' }],
    [['Прэзідэнт Беларусі', 'Прэзідэнт Рэспублікі Беларусь — кіраўнік дзяржавы, гарант Канстытуцыі Рэспублікі Беларусь, правоў і свабод чалавека.'], { Cyrl: 'be' }],
    // too few letters for trigrams to tell (franc alone reads these as Ukrainian and Tajik)
    [['Список глав Бурятии'], {}],
    [['Список мэров Киева'], {}],
    // Latin prose, even with a native name in it, and East Asian prose tell nothing here.
    [['Mayor of Moscow', 'The Mayor of Moscow (Russian: Мэр Москвы) is the head of the city.'], {}],
    [['Lista de presidentes do Banco Central do Brasil', 'Esta é uma lista de presidentes do Banco Central do Brasil.'], {}],
    [['臺中市市長', '臺中市市長是臺中市的首長。'], {}],
    [[''], {}],
  ])('%j → %j', (texts, languages) => {
    expect(proseLanguages(texts)).toEqual(languages);
  });

  it('languageTag takes the prose language only where the jurisdiction gives none', () => {
    const bulgarian = { ...languageContext([''], ''), prose: { Cyrl: 'bg' } };
    const russia = { ...languageContext(['President of Russia'], ''), prose: { Cyrl: 'bg' } };
    const cyrillic = new Set(['Cyrl']);
    expect(languageTag('Василий I', 'Cyrl', cyrillic, bulgarian)).toBe('bg');
    expect(languageTag('Борис Ельцин', 'Cyrl', cyrillic, russia)).toBe('ru');
    expect(languageTag('Κωνσταντίνος', 'Grek', new Set(['Grek']), bulgarian)).toBe('und-Grek');
  });
});
