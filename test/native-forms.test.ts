// Native forms in one script run, table-driven: a surname-first name with its comma is one form; a Cyrillic honorific is no part of it.
import { describe, expect, it } from 'vitest';
import { nativeParts, withoutNativeHonorific } from '../src/extract/native-forms.js';
import { parseName } from '../src/extract/names.js';

describe('nativeParts', () => {
  it.each([
    // test/fixtures/real/gorodskie-golovy-moskvy (Russian Wikipedia, column "Фамилия, Имя Отчество").
    ['Мещанинов, Демид Демидович', ['Мещанинов, Демид Демидович']],
    ['Ситников, Семён Дмитриевич', ['Ситников, Семён Дмитриевич']],
    ['Жигарев, Василий Яковлевич', ['Жигарев, Василий Яковлевич']],
    ['Ахматова, Анна Андреевна', ['Ахматова, Анна Андреевна']],
    ['Римский-Корсаков, Николай Андреевич', ['Римский-Корсаков, Николай Андреевич']],
    ['Шушкевіч, Станіслаў Станіслававіч', ['Шушкевіч, Станіслаў Станіслававіч']],
    // two forms: a name without a patronymic after the comma, or more than one word before it
    ['Борис Ельцин, Борис Єльцин', ['Борис Ельцин', 'Борис Єльцин']],
    ['박정희; 朴正熙', ['박정희', '朴正熙']],
    ['Иванов, Пётр', ['Иванов', 'Пётр']],
  ])('%s → %j', (run, parts) => {
    expect(nativeParts(run)).toEqual(parts);
  });
});

describe('withoutNativeHonorific', () => {
  it.each([
    // test/fixtures/real/glava-na-balgarskata-pravoslavna-tsarkva (Bulgarian Wikipedia).
    ['св. Йоаким I', 'Йоаким I'], ['св. Макарий', 'Макарий'], ['Св. Евтимий', 'Евтимий'],
    ['свт. Филипп', 'Филипп'], ['Свети Наум', 'Наум'],
    ['Святослав', 'Святослав'], ['Василий I', 'Василий I'], ['св.', 'св.'],
    // test/fixtures/real/goa-ke-governaron-ki-fehrist lines 16 and 25 (Urdu): Major General, Air Chief Marshal
    ['میجر جنرل کے پی کینڈیتھ', 'کے پی کینڈیتھ'], ['ایئر چیف مارشل آئی ایچ لطیف', 'آئی ایچ لطیف'], ['मेजर जनरल के. पी. कैंडेथ', 'के. पी. कैंडेथ'],
    // a rank alone, or the letters of one inside a name, stay
    ['جنرل', 'جنرل'], ['جگموہن', 'جگموہن'],
  ])('%s → %s', (form, bare) => {
    expect(withoutNativeHonorific(form)).toBe(bare);
  });

  it('parseName keeps a surname-first name whole and drops a saint\'s "св."', () => {
    expect(parseName('Мещанинов, Демид Демидович').natives.map((n) => n.text)).toEqual(['Мещанинов, Демид Демидович']);
    expect(parseName('Емельянов, Егор Емельянович (и. о.)')).toMatchObject({ acting: true, natives: [{ text: 'Емельянов, Егор Емельянович' }] });
    expect(parseName('св. Йоаким I').natives.map((n) => n.text)).toEqual(['Йоаким I']);
  });
});
