// BCP 47 tags of native names, table-driven: ISO 15924 scripts, the cell's other scripts, the article's jurisdiction.
import { describe, expect, it } from 'vitest';
import { chineseScript, headingsContext, holderContext, languageContext, languageTag } from '../src/extract/languages.js';
import { extractArticle } from '../src/extract/extract.js';
import { parseArticle } from '../src/parse/parse.js';
import { labelEnding, labelledLanguage, labelledTag } from '../src/extract/language-labels.js';
import { scriptOf, scriptRuns } from '../src/extract/scripts.js';

const none = languageContext([''], '');

describe('scripts are ISO 15924 codes from the iso-15924 table', () => {
  it.each([
    ['A', 'Latn'], ['ō', 'Latn'], ['Б', 'Cyrl'], ['Ω', 'Grek'], ['ש', 'Hebr'], ['ع', 'Arab'], ['ก', 'Thai'],
    ['क', 'Deva'], ['ა', 'Geor'], ['Ա', 'Armn'], ['ཀ', 'Tibt'], ['ᠮ', 'Mong'], ['한', 'Hang'], ['漢', 'Hani'],
    ['か', 'Hira'], ['カ', 'Kana'], ['1', 'Zyyy'], [' ', 'Zyyy'],
  ])('%s → %s', (char, code) => {
    expect(scriptOf(char)).toBe(code);
  });

  it('splits text into runs; kanji with kana is one Japanese run, hangul and hanja two', () => {
    expect(scriptRuns('Itō 伊藤 ひろぶみ').map((r) => [r.script, r.text])).toEqual([['Latn', 'Itō'], ['Jpan', '伊藤 ひろぶみ']]);
    expect(scriptRuns('이승만 李承晩').map((r) => r.script)).toEqual(['Hang', 'Hani']);
  });
});

describe('languageTag', () => {
  const cell = (...scripts: string[]) => new Set(scripts);
  it.each([
    ['한국', 'Hang', cell('Hang'), none, 'ko'],
    ['朴正熙', 'Hani', cell('Hang', 'Hani'), none, 'ko-Hani'],
    ['朴正熙', 'Hani', cell('Hani'), languageContext(['President of South Korea'], ''), 'ko-Hani'],
    ['伊藤 博文', 'Hani', cell('Hani'), languageContext(['List of prime ministers of Japan'], ''), 'ja'],
    ['田中敏文', 'Hani', cell('Hani'), languageContext(['Governor of Hokkaido'], '高橋はるみ'), 'ja'],
    ['張俊雄', 'Hani', cell('Hani'), languageContext(['Premier of the Republic of China'], ''), 'zh-Hant'],
    ['张启龙', 'Hani', cell('Hani'), none, 'zh-Hans'],
    ['Борис Ельцин', 'Cyrl', cell('Cyrl'), languageContext(['President of Russia'], ''), 'ru'],
    ['Леонід Кравчук', 'Cyrl', cell('Cyrl'), languageContext(['List of presidents of Ukraine'], ''), 'uk'],
    ['Пунсалмаагийн Очирбат', 'Cyrl', cell('Cyrl'), languageContext(['President of Mongolia'], ''), 'mn'],
    ['Борис Ельцин', 'Cyrl', cell('Cyrl'), none, 'und-Cyrl'],
    ['Κωνσταντίνος Δεμερτζής', 'Grek', cell('Grek'), languageContext(['Prime Minister of Greece'], ''), 'el'],
    ['Κωνσταντίνος', 'Grek', cell('Grek'), none, 'und-Grek'],
    ['דוד בן-גוריון', 'Hebr', cell('Hebr'), languageContext(['President of Israel'], ''), 'he'],
    ['سلطانعلی', 'Arab', cell('Arab'), languageContext(['Prime Minister of Iran'], ''), 'fa'],
    ['شارل دباس', 'Arab', cell('Arab'), languageContext(['President of Lebanon'], ''), 'ar'],
    ['ཀ', 'Tibt', cell('Tibt'), none, 'und-Tibt'],
    // test/fixtures/real/dokyo-doji-sa: a Korean article's Governors of Tokyo, "가라스마루 미쓰에 (烏丸光徳)":
    // Han beside hangul, of a post in Japan, is Japanese; of a post in Korea (or anywhere else told by no word) hanja
    ['烏丸光徳', 'Hani', cell('Hang', 'Hani'), languageContext(['도쿄도지사'], ''), 'ja'],
    ['大木喬任', 'Hani', cell('Hang', 'Hani'), languageContext(['Governor of Tokyo'], ''), 'ja'],
    ['朴正熙', 'Hani', cell('Hang', 'Hani'), languageContext(['대통령'], ''), 'ko-Hani'],
  ])('%s (%s) → %s', (text, script, scripts, context, tag) => {
    expect(languageTag(text, script, scripts, context)).toBe(tag);
  });

  it.each([
    ['Daftar Gubernur Aceh', { Latn: 'id' }], ['List of governors of Bali', { Latn: 'id' }],
    ['Minister of Defence (India)', { Latn: 'en-IN' }], ['Governor of Kerala', { Latn: 'en-IN' }],
    ['List of Chief Ministers of Punjab', { Arab: 'ur' }], ['Prime Minister of Fiji', { Latn: 'fj' }],
    ['List of emirs of Qatar', { Arab: 'ar' }], ['Mayor of Addis Ababa', { Ethi: 'am' }], ['Chief Minister of Sabah', { Latn: 'ms' }],
    ['Perdana Menteri Afghanistan', { Latn: 'en-AF' }], ['List of Prime Ministers of Bhutan', { Latn: 'en-BT' }],
  ])('places %s in its jurisdiction', (title, languages) => {
    expect(languageContext([title], '').jurisdiction).toEqual(languages);
  });

  it.each([
    ['张启龙', 'zh-Hans'], ['張啓龍', 'zh-Hant'], ['欧阳钦', 'zh-Hans'], ['歐陽欽', 'zh-Hant'], ['李力安', 'zh'],
    ['岩本 多助', 'zh'], ['王军', 'zh-Hans'], ['王軍', 'zh-Hant'],
  ])('tells the Chinese script of %s character by character → %s', (text, tag) => {
    expect(chineseScript(text)).toBe(tag);
  });
});

describe('a heading above a table names the jurisdiction its names are in where the article does not', () => {
  const hanUnder = (title: string, headings: string[]) => languageTag('川中子安治郎', 'Hani', new Set(['Hani']), headingsContext(languageContext([title], ''), headings));
  it.each([
    ['臺中市市長', ['日治時期州轄臺中市歷任市長', '臺中市尹(1920年設州轄市)'], 'ja'], // test/fixtures/real/taichung-shi-shizhang
    ['臺中市市長', ['日據時期'], 'ja'],
    ['Mayor of Taichung', ['Under Japanese rule (1895–1945)'], 'ja'],
    ['臺中市市長', ['直轄臺中市歷任市長'], 'zh'], // names no place: the characters tell (none here is only simplified or traditional)
    ['President of South Korea', ['Japanese rule'], 'ko-Hani'], // the article's own jurisdiction wins
    ['경기도지사', ['역대 도지사', '일제강점기'], 'ja'], // test/fixtures/real/gyeonggido-jisa-iljegangjeomgi: "the Japanese occupation"
  ])('%s under %j → %s', (title, headings, tag) => {
    expect(hanUnder(title, headings)).toBe(tag);
  });

  it('the nearest heading naming a place decides', () => {
    const context = headingsContext(languageContext([''], ''), ['Korean Empire', 'Under Japanese rule']);
    expect(context.jurisdiction.Hani).toBe('ja');
  });
});

describe('a label names a native form\'s language (English names from ICU, writing systems that tell one)', () => {
  it.each([
    ['Arabic :', 'ar'], ['Russian:', 'ru'], ['Kanji', 'ja'], ['Hanja', 'ko'], ['Hangul', 'ko'], ['Georgian', 'ka'],
    ['in Persian', 'fa'], ['Bengali', 'bn'],
    // ISO 639-2's names where ICU's differ (test/fixtures/real/list-of-presidents-of-the-national-assembly-cambodia)
    ['Central Khmer:', 'km'], ['Khmer', 'km'], ['Panjabi', 'pa'], ['Castilian', 'es'], ['Old Church Slavonic', 'cu'], ['Ndebele, South', undefined], ['Traditional Chinese', 'zh-Hant'], ['Name', undefined], ['Portrait', undefined],
    // the labels of Korean, Japanese and Chinese Wikipedias (test/fixtures/real/dokyo-doji-sa: "도쿄도지사(일본어: 東京都知事)")
    ['일본어:', 'ja'], ['한국어', 'ko'], ['日本語：', 'ja'], ['韓国語', 'ko'], ['日语：', 'ja'], ['韓文', 'ko'], ['중국어', 'zh'],
    ['이름', undefined], ['氏名', undefined], ['漢字', undefined],
  ])('%s → %s', (label, language) => {
    expect(labelledLanguage(label)).toBe(language);
  });

  it.each([
    // test/fixtures/real/list-of-presidents-of-the-national-assembly-cambodia: the name, then the label of the form after it
    ['In Tam Central Khmer: ', { language: 'km', at: 7 }], ['Yem Sambaur Central Khmer:', { language: 'km', at: 12 }],
    ['Arabic :', { language: 'ar', at: 0 }], ['Ali Note:', undefined], ['In Tam Central Khmer', undefined],
  ])('a label ends %j: %j', (text, label) => {
    expect(labelEnding(text)).toEqual(label);
  });

  it.each([
    ['ar', 'محمد الخرشي', 'Arab', 'ar'], ['ja', '樺山 資紀', 'Hani', 'ja'], ['ko', '朴正熙', 'Hani', 'ko-Hani'],
    ['ko', '박정희', 'Hang', 'ko'], ['zh', '习近平', 'Hani', 'zh-Hans'], ['sr', 'Јоаникије', 'Cyrl', 'sr-Cyrl'], ['mn', 'ᠮᠣᠩᠭᠣᠯ', 'Mong', 'mn-Mong'],
  ])('%s for %s (%s) is tagged %s', (language, text, script, tag) => {
    expect(labelledTag(language, text, script)).toBe(tag);
  });
});

describe('a cell saying where the holder came from tells the language of the holder\'s Han name', () => {
  // test/fixtures/real/gyeonggido-jisa-iljegangjeomgi: its 호적 column, 내지인 ("from the home islands") against 조선인
  const hanOf = (origin: string, headings: string[]) =>
    languageTag('檜垣 直右', 'Hani', new Set(['Hang', 'Hani']), holderContext(headingsContext(languageContext(['경기도지사'], ''), headings), [{ value: origin }]));
  it.each([
    ['내지인', [], 'ja'], ['조선인', ['일제강점기'], 'ko-Hani'], ['', ['일제강점기'], 'ja'], ['', [], 'ko-Hani'], ['내지인 ', ['역대 도지사'], 'ja'],
  ])('%j under %j → %s', (origin, headings, tag) => {
    expect(hanOf(origin, headings)).toBe(tag);
  });

  it('reads it from the row\'s own cells', () => {
    const article = ['= 경기도지사 =', '', '경기도의 도지사.', '', '== 역대 도지사 ==', '| 호적 | 이름 | 한자 표기 | 취임 | 퇴임 |',
      '| 내지인 | 히가키 나오스케 | 檜垣 直右 | 1910년 10월 1일 | 1916년 3월 28일 |', '| 조선인 | 유만겸 | 兪萬兼 | 1916년 3월 28일 | 1919년 9월 26일 |',
      '| 내지인 | 구도 에이이치 | 工藤 英一 | 1919년 9월 26일 | 1923년 2월 24일 |', ''].join('\n');
    const record = extractArticle(parseArticle(article, 'a.txt'));
    expect(record.persons.map((p) => p.natives.map((n) => n.tag))).toEqual([['ko', 'ja'], ['ko', 'ko-Hani'], ['ko', 'ja']]);
  });
});
