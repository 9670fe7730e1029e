// Name forms around a name: titles and ranks before it, roles, styles and notes after it — tables and the functions that strip them.
import { ACTING_BEFORE_NAME } from './acting-words.js';
import type { PersonName } from './names.js';

/** Nouns of offices and roles: "President", "Chairman of the … Council" after a comma are a role, not a name (Indonesian and Malay "Perdana Menteri", "Gubernur" too). */
const OFFICE_NOUN = '(?:governor|premier|president|prime minister|minister|mayor|secretary|captain|captain-major|chairman|chairwoman|chairperson|chair|speaker|chief|leader|head|commissioner|director|administrator|ambassador|consul|prefect|regent|monarch|king|queen|emperor|sultan|emir|chancellor|provost|judge|justice|treasurer|officer|representative|senator|delegate|envoy|viceroy|commander|commandant|resident|marshal|member|deputy|vice|menteri|presiden|gubernur|bupati|wali ?kota)';
/** A role: up to two words before its office noun ("acting Supreme Director", "Senior Minister", "Administrator of the Government"). */
const ROLE = new RegExp(`^(?:${ACTING_BEFORE_NAME} )?(?:[\\p{L}-]+ ){0,2}?${OFFICE_NOUN}\\b`, 'iu');
/** Words written before a role that are not part of it. */
const ACTING_ROLE = new RegExp(`^${ACTING_BEFORE_NAME}(?![\\p{L}])`, 'iu');

/** Titles and ranks that are also given names ("Marshal Perera", "Earl Warren", "Major Owens"; "Lord Hercules Robinson"): titles only before two or more words. */
const GIVEN_NAME_TITLES = ['marshal', 'major', 'earl', 'duke', 'baron', 'lord'];

/**
 * How a name begins after a title, in this case: a capital, an ʻokina or apostrophe before one ("ʻAhoʻeitu"), or a
 * particle before one ("Sieur de Richemont").
 */
const NAME_START = `(?:(?:${['de', 'du', 'des', 'da', 'das', 'do', 'dos', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'le', 'la', 'al', 'el'].join('|')}) )?['ʻ’‘]?\\p{Lu}`;

/** A regular expression's source matching its letters in either case ("sir" → "[sS][iI][rR]"), its escapes kept. */
function anyCase(source: string): string {
  return source.replace(/(?<!\\)\p{Ll}/gu, (letter) => `[${letter}${letter.toUpperCase()}]`);
}

/**
 * Titles, ranks, royal styles and honorifics before a name (a comma may follow: "Commissioner of Police, Audu Bako";
 * a saint's "St.", a beatified holder's "Blessed"; "HRH Crown Prince"): not part of it.
 */
export const HONORIFICS = new RegExp(`^(?:${[
  'sir', 'dame', 'dr\\.?', 'prof\\.?', 'professor', 'count', 'countess', 'marquess', 'marquis',
  'baroness', 'viscount', 'viscountess', 'duchess', 'mr\\.?', 'mrs\\.?', 'ms\\.?', 'the hon\\.?',
  'hon\\.?', 'the honourable', 'the honorable', 'rt\\.? hon\\.?', 'the rt\\.? hon\\.?', 'general', 'gen\\.', 'lieutenant general',
  'lt\\.? gen\\.?', 'major general', 'maj\\.? gen\\.?', 'brigadier general', 'brigadier', 'field marshal',
  'admiral', 'vice admiral', 'rear admiral', 'air marshal', 'air chief marshal', 'colonel\\.?', 'col\\.', 'lieutenant colonel',
  'lt\\.? col\\.?', 'maj\\.', 'captain', 'capt\\.', 'commodore', 'flight lieutenant', 'flt\\.? lt\\.?', 'lieutenant', 'lt\\.', 'rev\\.?', 'reverend', 'the reverend', 'rabbi',
  // the styles of clergy, with "The" or without: archbishops and primates, bishops, deans, priests, archdeacons
  '(?:the )?most rev\\.?', '(?:the )?most reverend', '(?:the )?(?:rt\\.?|right) rev\\.?', '(?:the )?right reverend',
  '(?:the )?very rev\\.?', '(?:the )?very reverend', 'the rev\\.?', '(?:the )?(?:most |rt\\.? |right |very )?revd\\.?', '(?:the )?venerable', '(?:the )?ven\\.',
  'his grace', 'her grace', 'his eminence', 'his beatitude', 'his (?:all-)?holiness',
  // the styles of office and of peers: "The Right Honourable", "His Excellency", "The Most Honourable"
  '(?:the )?right hono(?:u)?rable', 'the most hono(?:u)?rable', 'the most noble', 'his excellency', 'her excellency',
  // a rank marked retired: "Major general (Rtd)", "Colonel (retd.)"
  '(?:(?:major|lieutenant|brigadier|vice|rear|air|field|lt\\.?|maj\\.?|brig\\.?)[ -])?(?:general|gen\\.|admiral|marshal|colonel|col\\.|commodore|captain|capt\\.) \\((?:rtd|retd|ret)\\.?\\)',
  'major-general', 'lieutenant-general', 'brigadier-general', 'lieutenant-colonel', 'air vice-marshal', 'vice-admiral',
  'dr\\.? ?h\\.? ?c\\.', 'lt\\.?-gen\\.?', 'maj\\.?-gen\\.?', 'brig\\.?-gen\\.?', 'lt\\.?-col\\.?', 'air commodore',
  'navy captain', 'group captain', 'wing commander', 'squadron leader', 'commissioner of police', 'alhaji', 'alhaja',
  'capitán', 'capitan', 'coronel', 'teniente', 'ing\\.', 'ir\\.', 'architect', 'arc\\.', 'engineer', 'engr\\.', 'barrister',
  'hrh', 'h\\.r\\.h\\.', 'hsh', 'hih', 'his royal highness', 'her royal highness', 'his imperial highness', 'her imperial highness',
  'his serene highness', 'her serene highness', 'his highness', 'her highness', 'his majesty', 'her majesty', 'crown prince', 'crown princess',
  'sieur', 'abbé', 'monseigneur', 'mgr\\.', 'monsignor', 'msgr\\.', 'malam', 'mallam', 'justice', 'mr\\.? justice', 'mrs\\.? justice', 'archbishop', 'bishop', 'cardinal', 'metropolitan', 'st\\.?', 'saint',
  // religious honorifics of the beatified and the venerated: "Blessed Gerard", French and Italian kin (not "Beata": a given name)
  'blessed', 'the blessed', 'venerable', 'the venerable', 'bienheureux', 'bienheureuse', 'sainte', 'venerabile',
  // Spanish, Catalan and Portuguese styles of address: Excelentísimo/-a (Excmo., Excma., Catalan Excm., Portuguese Exmo.,
  // Exma.), Ilustrísimo/-a (Ilmo., Ilma., Catalan Il·lm., Il·lma.), Señor/-a (Sr., Sra., Srta.), Doña (Dña.); a friar's Fray,
  // Portuguese Frei. Not "Don", "Dom" or "D.": a given name ("Don William Rajapatirana", "Dom Mintoff"), an initial
  '(?:excmo|excma|excm|exmo|exma)\\.', 'excelentísimo', 'excelentísima', 'excel·lentíssim', 'excel·lentíssima', 'excelentíssimo', 'excelentíssima',
  '(?:ilmo|ilma|il·lm|il·lma)\\.', 'ilustrísimo', 'ilustrísima', 'il·lustríssim', 'il·lustríssima', 'ilustríssimo', 'ilustríssima',
  'sr\\.', 'sra\\.', 'srta\\.', 'dña\\.', 'doña', 'fray', 'frei',
  // Thai and Lao noble titles (Lao "Phaya" is Thai "Phraya")
  'chao phraya', 'phraya', 'phra', 'luang', 'phaya',
  // Javanese noble titles, the full word (the initial "R." only where Indonesian is written: LOCAL_TITLES)
  'raden mas', 'raden ajeng', 'raden ayu', 'raden',
  // a monarch's or a royal's style before the name, a lone one too ("Prince Kindavong", "King Norodom Sihanouk"); the
  // word alone or before no capitalised name ("King", "King of Libya") is no style
  'king', 'queen', 'prince', 'princess',
].map(anyCase).join('|')}),?\\s+(?=${NAME_START})|^(?:${GIVEN_NAME_TITLES.map(anyCase).join('|')}),?\\s+(?=['ʻ’‘]?\\p{Lu}\\S*\\s+[^\\s(])`, 'u');

/** Titles written before names in India and Pakistan (Punjabi, Sikh, Urdu and Hindi ones); Sardar in Afghanistan too. */
const SOUTH_ASIAN_TITLES = 'Sardar|Giani|Pandit|Begum';

/**
 * Titles some countries write before names where elsewhere the same letters or words are initials or
 * names, by the language of the post's jurisdiction: Indonesian H. (Haji), Hj., R. (Raden), Ir., Drs.;
 * Malay Tun, Tan Sri, Datuk/Dato' (Seri, Seri Utama), Haji — wherever they stand ("Raja Tun Uda"), but not after bin
 * ("Sardon bin Haji Jubir": his father's name); Arab Sheikh (in Bangladesh "Sheikh Hasina" is a name);
 * Acehnese Teuku, Teungku (Tgk.); Ethiopian court and church titles, often stacked ("Dejazmach Bitwoded
 * Tengashaw Behabte"; "Abba" is a name in Israel: "Abba Eban"); South Asian Sardar, Giani, Pandit, Begum in India
 * and Pakistan (Sardar in Afghanistan too), and India's Shri, Sri, Shrimati, Smt., Thiru, Tmt. ("Sri Mulyani" is a name in Indonesia); Fijian Ratu,
 * Adi, Ro ("Adi" is a name elsewhere); Bhutan's Raja (the Gongzims' title: in Malaya a royal name, "bin Raja Muhammad"),
 * Dasho, Lyonpo, Lyonchhen, Gongzim, Ashi, Aum.
 */
export const LOCAL_TITLES: Readonly<Record<string, RegExp>> = {
  ar: /^(?:(?:Sheikh|Sheikha|Shaikh|Shaikha|Shaykh|Shaykha|Sheik)\s+)+(?=\p{Lu})/u,
  id: /^(?:(?:(?:H|Hj|R|Ir|Drs|Dra|K\.\s?H|Ing|Dr|Prof|Tgk)\.|Teuku|Teungku)\s+)+(?=\p{Lu})/u,
  am: new RegExp(`^(?:(?:${[
    'Ras', 'Leul', "Le'ul", 'Negus', 'Dejazmach', 'Dejazmatch', 'Dejjazmach', 'Bitwoded', 'Blattengeta', 'Blatengeta', 'Blatta',
    'Fitawrari', 'Fitaurari', 'Kegnazmach', 'Qenyazmach', 'Kenyazmach', 'Grazmach', 'Gerazmach', 'Balambaras', 'Lij',
    'Shaleqa', 'Bejirond', 'Bajirond', 'Azaj', 'Tsehafi Taezaz', 'Tsehafe Tezaz', 'Afe Negus', 'Afa Negus', 'Ato', 'Woizero',
    'Weyzero', 'Abune', 'Abuna', 'Abba', 'Echege', 'Ichege',
  ].join('|')})\\s+)+(?=\\p{Lu})`, 'u'),
  'en-IN': new RegExp(`^(?:(?:${SOUTH_ASIAN_TITLES}|Shri|Shree|Sri|Shrimati|Srimati|Smt\\.?|Thiru|Tmt\\.?)\\s+)+(?=\\p{Lu})`, 'u'),
  ur: new RegExp(`^(?:(?:${SOUTH_ASIAN_TITLES})\\s+)+(?=\\p{Lu})`, 'u'),
  'en-AF': /^(?:Sardar\s+)+(?=\p{Lu})/u,
  fj: /^(?:(?:Ratu|Adi|Ro)\s+)+(?=\p{Lu})/u,
  'en-BT': /^(?:(?:Raja|Dasho|Lyonpo|Lyonchhen|Lyonchen|Gongzim|Ashi|Aum)\s+)+(?=\p{Lu})/u,
  ms: /(?<=^|\s)(?<!\b(?:bin|binti|bte|bt|ibni|ibn) )(?:(?:Tun|Tan Sri|Toh Puan|Puan Sri|Datuk Seri Utama|Datuk Seri Panglima|Datuk Seri|Datuk Patinggi|Dato['’] Seri|Datuk|Dato['’]?|Datin|Haji|Hajah|Hj\.|Dr\.)\s+)+(?=\p{Lu})/gu,
};

/** A peer's style after the given name: "Gwladys, Lady Delamere" is Gwladys Delamere. */
const PEERAGE_STYLE = /^(\p{Lu}[\p{L}'’-]+), (?:Lady|Lord|Baroness|Countess|Viscountess|Marchioness|Duchess) (\p{Lu}[\p{L}'’-]+)$/u;
/**
 * A noble title after a full name and a comma: "Siaosi Tuʻihala ʻAlipate Vaea Tupou, Baron Vaea", "Robert Peel, 2nd
 * Baronet", "Robert Gascoyne-Cecil, 3rd Marquess of Salisbury" (a lone given name before it is a peer's style, above).
 */
const NOBLE_TITLE_AFTER = /^(\S+\s.*?), ((?:\d+(?:st|nd|rd|th) )?(?:Baron|Baroness|Baronet|Lord|Lady|Viscount|Viscountess|Earl|Count|Countess|Marquess|Marquis|Marchioness|Duke|Duchess)\b.*)$/u;
/**
 * A title of nobility or lordship after a full name and a comma, written lower-case before the place it is of, as
 * French (and Italian, Spanish, Portuguese) lists write them: "Balthazar Fouquet de Jarente, marquis de la Bruyère,
 * seigneur du Rouet et de Carry", "…, seigneur de Mazargues", "…, conte di Sarre", "…, marqués de Santillana".
 */
const LORDSHIP_AFTER = new RegExp(`^(\\S+\\s.*?), ((?:${[
  'marquis', 'marquise', 'comte', 'comtesse', 'vicomte', 'vicomtesse', 'baron', 'baronne', 'duc', 'duchesse', 'prince', 'princesse',
  'seigneur', 'sieur', 'chevalier', 'dame', 'marchese', 'conte', 'contessa', 'duca', 'barone', 'signore', 'marqués', 'conde', 'condesa',
  'duque', 'señor', 'marquês', 'visconde', 'barão', 'senhor',
].join('|')}) (?:de|d['’]|du|des|di|del|della|da|do|dos|das)(?:\\s|(?<=['’])).*)$`, 'u');
/** Words that begin a note about the term, written after the name in its cell ("Carlos Dávila Died while in office"). */
const NOTE_AFTER_NAME = /(?<=\p{L}\.?)\s+((?:Died|Resigned|Re-?elected|Elected|Re-?appointed|Appointed|Assassinated|Deposed|Removed|Dismissed|Killed|Executed|Impeached|Ousted|Overthrown|Retired|Suspended|Murdered|Succeeded|Served)\b.*)$/u;
/** True when text is a role ("President", "acting Supreme Director", "Senior Minister"). */
export function isRole(text: string): boolean {
  return ROLE.test(text);
}

/** Records `role` as the name's role (an acting one marks the name acting). */
export function setRole(role: string, name: PersonName): void {
  if (ACTING_ROLE.test(role)) name.acting = true;
  name.role = role;
}

/**
 * "Kwame Nkrumah, President", "X, Chairman of the … Council": the role after the comma is the name's role; a peer's
 * style is undone; a noble title after the name is cut, kept as a remark.
 */
export function withoutRole(latin: string, name: PersonName): string {
  const comma = latin.indexOf(', ');
  if (comma < 0) return latin;
  const style = PEERAGE_STYLE.exec(latin);
  if (style) return `${style[1]} ${style[2]}`;
  const role = latin.slice(comma + 2);
  if (isRole(role)) {
    setRole(role, name);
    return latin.slice(0, comma);
  }
  const noble = NOBLE_TITLE_AFTER.exec(latin) ?? LORDSHIP_AFTER.exec(latin);
  if (!noble) return latin;
  name.remarks.push(noble[2]);
  return noble[1];
}

/** Drops a note written after the name, keeping it as the name's note. */
export function withoutNote(latin: string, name: PersonName): string {
  const found = NOTE_AFTER_NAME.exec(latin);
  if (!found) return latin;
  name.note = found[1];
  return latin.slice(0, found.index);
}

/**
 * The name without the titles written before names in the post's jurisdiction (`languages`), and any honorific they
 * stood before ("Ratu Sir Kamisese Mara"); `name` itself is not changed.
 */
export function withoutLocalTitles(name: PersonName, languages: readonly string[]): PersonName {
  for (const language of languages) {
    const titles = LOCAL_TITLES[language];
    const english = titles && name.english?.replace(titles, '');
    if (english && english !== name.english) return { ...name, english: english.replace(HONORIFICS, '') || english };
  }
  return name;
}
