// BCP 47 tags for native names: the script (ISO 15924) from the text, the language from the name's cell and the article.
import * as OpenCC from 'opencc-js';
import { remembered } from './memo.js';
import { SCRIPT } from './scripts.js';

/**
 * Where a post is, by the words its title or body use: the language each script is in there, and the language its
 * dates name months in where that is no script's (Latin-script Polish, Czech, Croatian: "listopad" is November in
 * Poland and Czechia, October in Croatia). Rows are tried in order; the first whose words appear decides. Only
 * countries that write a script in one language are listed for it (India writes Devanagari in several, so it is not).
 * Latin script's language, where listed, tells the titles written before names there (see `LOCAL_TITLES`): Indian,
 * Afghan and Bhutanese English, Indonesian, Malay, Fijian; the languages of scripts whose months Intl names (Russian, Indonesian…) are the
 * dates' language too (see jurisdictionLanguages).
 */
export const JURISDICTIONS: ReadonlyArray<readonly [words: RegExp, scripts: Readonly<Record<string, string>>, dates?: string]> = [
  // 日本 Japan, 日治 and 日據/日据 Japanese rule, as Chinese writes them; Korean 일본 Japan, 일제 Imperial Japan (일제강점기, the
  // Japanese rule), 도쿄 Tokyo, 오사카 Osaka, 교토 Kyoto
  [/\b(?:japan|japanese|tokyo|osaka|kyoto|hokkaido|okinawa)\b|日本|日治|日據|日据|일본|일제|도쿄|오사카|교토/i, { Hani: 'ja', Jpan: 'ja', Hira: 'ja', Kana: 'ja' }],
  [/\b(?:korea|korean|seoul|busan|pyongyang|incheon|joseon)\b/i, { Hang: 'ko', Hani: 'ko-Hani' }],
  [/\b(?:mongolia|mongolian|ulaanbaatar|ulan bator)\b/i, { Cyrl: 'mn', Mong: 'mn-Mong' }],
  [/\b(?:ukraine|ukrainian|kyiv|kiev|kharkiv|odesa|odessa|lviv|dnipro)\b/i, { Cyrl: 'uk' }],
  [/\b(?:belarus|belarusian|byelorussian|minsk)\b/i, { Cyrl: 'be' }],
  [/\b(?:bulgaria|bulgarian|sofia)\b/i, { Cyrl: 'bg' }],
  [/\b(?:montenegro|montenegrin|podgorica|cetinje)\b/i, { Cyrl: 'cnr-Cyrl' }],
  [/\b(?:serbia|serbian|belgrade|novi sad)\b/i, { Cyrl: 'sr-Cyrl' }],
  [/\b(?:north macedonia|macedonian|skopje)\b/i, { Cyrl: 'mk' }],
  [/\b(?:kazakhstan|kazakh|astana|almaty)\b/i, { Cyrl: 'kk' }],
  [/\b(?:kyrgyzstan|kyrgyz|bishkek)\b/i, { Cyrl: 'ky' }],
  [/\b(?:tajikistan|tajik|dushanbe)\b/i, { Cyrl: 'tg' }],
  [/\b(?:russia|russian|moscow|saint petersburg|st\.? petersburg|soviet|rsfsr|ussr)\b/i, { Cyrl: 'ru' }],
  [/\b(?:greece|greek|hellenic|athens|thessaloniki|cyprus|cypriot|nicosia)\b/i, { Grek: 'el' }],
  [/\b(?:israel|israeli|knesset|jerusalem|tel aviv)\b/i, { Hebr: 'he' }],
  [/\b(?:iran|iranian|persia|persian|tehran)\b/i, { Arab: 'fa' }],
  [/\b(?:india|indian|new delhi|delhi|mumbai|bombay|kolkata|calcutta|chennai|madras|bengaluru|bangalore|andhra pradesh|arunachal pradesh|assam|bihar|chhattisgarh|goa|gujarat|haryana|himachal pradesh|jharkhand|karnataka|kerala|madhya pradesh|maharashtra|manipur|meghalaya|mizoram|nagaland|odisha|orissa|rajasthan|sikkim|tamil nadu|telangana|tripura|uttar pradesh|uttarakhand|west bengal|puducherry|pondicherry|chandigarh)\b/i, { Latn: 'en-IN' }],
  [/\b(?:pakistan|pakistani|islamabad|punjab|sindh|lahore|karachi)\b/i, { Arab: 'ur' }],
  // Afghanistan writes Arabic script in Pashto and in Dari, so no script's language; its Latin-script names' titles
  [/\b(?:afghanistan|afghan|kabul|kandahar|herat)\b/i, { Latn: 'en-AF' }],
  [/\b(?:egypt|egyptian|cairo|saudi|iraq|iraqi|baghdad|syria|syrian|damascus|lebanon|lebanese|beirut|jordan|jordanian|amman|kuwait|qatar|bahrain|emirates|abu dhabi|dubai|oman|yemen|libya|libyan|tunisia|tunisian|algeria|algerian|morocco|moroccan|sudan|sudanese|palestine|palestinian|mauritania|arab league)\b/i, { Arab: 'ar' }],
  [/\b(?:thailand|thai|siam|bangkok)\b/i, { Thai: 'th' }],
  [/\b(?:georgia|georgian|tbilisi)\b/i, { Geor: 'ka' }],
  [/\b(?:armenia|armenian|yerevan)\b/i, { Armn: 'hy' }],
  [/\b(?:nepal|nepalese|nepali|kathmandu)\b/i, { Deva: 'ne' }],
  [/\b(?:bangladesh|bangladeshi|dhaka)\b/i, { Beng: 'bn' }],
  [/\b(?:sri lanka|ceylon|colombo)\b/i, { Sinh: 'si' }],
  [/\b(?:indonesia|indonesian|jakarta|java|sumatra|surabaya|bandung|yogyakarta|aceh|bali|sulawesi|kalimantan|riau|lampung|banten|maluku|gubernur|bupati)\b/i, { Latn: 'id' }],
  [/\b(?:malaysia|malaysian|malaya|malacca|melaka|penang|pulau pinang|sabah|sarawak|johor|kedah|kelantan|perak|selangor|terengganu|pahang|negeri sembilan|perlis|kuala lumpur|putrajaya|labuan|yang di-pertua|brunei)\b/i, { Latn: 'ms' }],
  [/\b(?:fiji|fijian|suva)\b/i, { Latn: 'fj' }],
  // Bhutan writes Tibetan script in Dzongkha (no list of it here has a native form yet); its Latin-script names' titles
  [/\b(?:bhutan|bhutanese|thimphu)\b/i, { Latn: 'en-BT' }],
  [/\b(?:cambodia|cambodian|khmer|phnom penh)\b/i, { Khmr: 'km' }],
  [/\b(?:laos|lao|vientiane)\b/i, { Laoo: 'lo' }],
  [/\b(?:myanmar|burma|burmese|yangon|rangoon)\b/i, { Mymr: 'my' }],
  [/\b(?:ethiopia|ethiopian|addis ababa)\b/i, { Ethi: 'am' }],
  [/\b(?:maldives|maldivian)\b/i, { Thaa: 'dv' }],
  [/\b(?:tibet|tibetan|lhasa)\b/i, { Tibt: 'bo' }],
  [/\b(?:poland|polish|polska|polski|polskiej|warsaw|warszawa|cracow|krak[oó]w)\b/i, {}, 'pl'],
  [/\b(?:czechia|czech|czechoslovakia|czechoslovak|praha|prague|bohemia|moravia)\b/i, {}, 'cs'],
  [/\b(?:croatia|croatian|hrvatska|hrvatske|hrvatski|zagreb|dalmatia|slavonia)\b/i, {}, 'hr'],
];

/** What the article tells about the language of its native names. */
export interface LanguageContext {
  /** Languages by script from the post's jurisdiction, if known. */
  jurisdiction: Readonly<Record<string, string>>;
  /** Kana appear somewhere in the article: its Han names are Japanese. */
  kana: boolean;
  /** Hangul appear somewhere in the article: its Han names are Korean hanja. */
  hangul: boolean;
  /** Languages by script of the article's own prose, when it is written in another script than Latin (see proseLanguages). */
  prose?: Readonly<Record<string, string>>;
}

/** The language context of an article, from the texts that say where the post is (title first) and all its texts. */
export function languageContext(placeTexts: readonly string[], allText: string | readonly string[]): LanguageContext {
  const texts = typeof allText === 'string' ? [allText] : allText;
  const jurisdiction = jurisdictionIn(placeTexts)?.[1] ?? {};
  const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
  const hangul = /\p{Script=Hangul}/u;
  return { jurisdiction, kana: texts.some((t) => kana.test(t)), hangul: texts.some((t) => hangul.test(t)) };
}

/** Any jurisdiction's words: most texts name none, and one scan tells so before the rows are tried one by one. */
const ANY_JURISDICTION = new RegExp(JURISDICTIONS.map(([words]) => `(?:${words.source})`).join('|'), 'i');

/** The row of the first jurisdiction one text names, if any (remembered: an article asks twice, a corpus repeats its bodies). */
const jurisdictionOfText = remembered((text: string) =>
  (ANY_JURISDICTION.test(text) ? JURISDICTIONS.find(([words]) => words.test(text)) : undefined) ?? null);

/** The row of the first jurisdiction the first of the texts to name one names, if any. */
export function jurisdictionIn(texts: readonly string[]): (typeof JURISDICTIONS)[number] | undefined {
  for (const text of texts) {
    const row = jurisdictionOfText(text);
    if (row) return row;
  }
  return undefined;
}

/** The languages by script of the first jurisdiction a text's words name ("Japanese rule": Han is Japanese), if any. */
function jurisdictionNamed(text: string): Readonly<Record<string, string>> | undefined {
  const row = jurisdictionIn([text]);
  return row && Object.keys(row[1]).length ? row[1] : undefined;
}

/**
 * The language context of a table under headings (outermost first): where the article's jurisdiction
 * says nothing of a script, the nearest heading naming a place does ("日治時期州轄臺中市歷任市長", the
 * mayors under Japanese rule: their Han names are Japanese). The article's own jurisdiction wins.
 */
export function headingsContext(context: LanguageContext, headings: readonly string[]): LanguageContext {
  const named = [...headings].reverse().map(jurisdictionNamed).find((found) => found !== undefined);
  return named ? { ...context, jurisdiction: { ...named, ...context.jurisdiction } } : context;
}

/**
 * Words a row's cell says its holder came from with, and the language of the holder's Han name then: Korean 내지인
 * ("from the home islands") and 일본인 Japanese, 조선인 and 한국인 Korean; Japanese 内地人 and 日本人, 朝鮮人.
 */
const HOLDER_ORIGINS: Readonly<Record<string, string>> = {
  내지인: 'ja', 일본인: 'ja', 조선인: 'ko-Hani', 한국인: 'ko-Hani', 内地人: 'ja', 日本人: 'ja', 朝鮮人: 'ko-Hani',
};

/**
 * The language context of one row: where one of its other cells says where the holder came from ("내지인" under
 * Japanese rule in Korea), the holder's Han name is in that country's language, whatever the post's.
 */
export function holderContext(context: LanguageContext, cells: readonly { value: string }[]): LanguageContext {
  const hani = cells.map((cell) => HOLDER_ORIGINS[cell.value.trim()]).find((found) => found !== undefined);
  return hani ? { ...context, jurisdiction: { ...context.jurisdiction, Hani: hani } } : context;
}

/**
 * Characters that OpenCC converts to traditional although they are standard traditional characters
 * themselves (its dictionary keeps only the first of several candidates: 岩 → 巖, 后 → 後): they tell no script.
 */
export const SHARED_HAN = new Set('后岩才松谷丑范冲周云干里系面只台发制征向游御余折表借斗几卷了准咸姜朴沈于岳党'.split(''));

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * The BCP 47 tag of one native form of a name in script `script`; `cellScripts` are the scripts of
 * the whole name cell. Hangul is Korean; Han with kana is Japanese; Han of a post in Japan or Korea is in the
 * language of the post's country (a Korean article's Governors of Tokyo write their Japanese names in Han beside the
 * hangul: `ja`); Han beside hangul (or in a Korean article) is hanja (ko-Hani), Han in a Japanese article is
 * Japanese; other Han is Chinese, zh-Hans or
 * zh-Hant as its characters tell (zh when they cannot). Any other script takes the language its
 * jurisdiction writes it in, else the language of the article's prose in that script, else `und-<Script>`.
 */
export function languageTag(text: string, script: string, cellScripts: ReadonlySet<string>, context: LanguageContext): string {
  if (script === SCRIPT.hangul) return 'ko';
  if (script === 'Jpan' || script === SCRIPT.hiragana || script === SCRIPT.katakana) return 'ja';
  if (script === SCRIPT.han) {
    if (cellScripts.has(SCRIPT.hiragana) || cellScripts.has(SCRIPT.katakana)) return 'ja';
    if (context.jurisdiction.Hani) return context.jurisdiction.Hani;
    if (cellScripts.has(SCRIPT.hangul)) return 'ko-Hani';
    if (context.kana) return 'ja';
    if (context.hangul) return 'ko-Hani';
    return chineseScript(text);
  }
  return context.jurisdiction[script] ?? context.prose?.[script] ?? `und-${script}`;
}

/** zh-Hans when the text has characters only simplified writing uses, zh-Hant when only traditional, else zh. */
export const chineseScript: (text: string) => 'zh-Hans' | 'zh-Hant' | 'zh' = remembered((text) => tellChineseScript(text));

function tellChineseScript(text: string): 'zh-Hans' | 'zh-Hant' | 'zh' {
  let simplified = 0;
  let traditional = 0;
  for (const char of text) {
    const writing = hanWriting(char);
    if (writing === 'simplified') simplified++;
    else if (writing === 'traditional') traditional++;
  }
  if (simplified > traditional) return 'zh-Hans';
  if (traditional > simplified) return 'zh-Hant';
  return 'zh';
}

/** Which writing a character belongs to only, as OpenCC tells (remembered per character: names repeat them). */
const WRITING = new Map<string, 'simplified' | 'traditional' | 'both'>();

function hanWriting(char: string): 'simplified' | 'traditional' | 'both' {
  let writing = WRITING.get(char);
  if (writing === undefined) {
    const asTraditional = SHARED_HAN.has(char) ? char : toTraditional(char);
    const asSimplified = SHARED_HAN.has(char) ? char : toSimplified(char);
    writing = asTraditional !== char && asSimplified === char ? 'simplified'
      : asSimplified !== char && asTraditional === char ? 'traditional' : 'both';
    WRITING.set(char, writing);
  }
  return writing;
}

/** The Chinese script a set of tags agrees on, for names whose characters alone cannot tell. */
export function predominantChineseTag(tags: Iterable<string | undefined>): 'zh-Hans' | 'zh-Hant' | undefined {
  let hans = 0;
  let hant = 0;
  for (const tag of tags) {
    if (tag === 'zh-Hans') hans++;
    else if (tag === 'zh-Hant') hant++;
  }
  if (hans > 0 && hant === 0) return 'zh-Hans';
  if (hant > 0 && hans === 0) return 'zh-Hant';
  return undefined;
}
