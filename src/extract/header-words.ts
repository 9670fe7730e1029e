// Header words: the role a header cell's words point to, in English, in the languages lists are written in, and language names.
import { labelledLanguage } from './language-labels.js';

/** The role a column plays. */
export type ColumnRole = 'name' | 'native' | 'start' | 'end' | 'term' | 'ordinal' | 'party' | 'notes' | 'image' | 'other';

/** Header words for each role, with their weight; the first matching row counts. */
export const HEADER_WORDS: ReadonlyArray<readonly [ColumnRole, RegExp, number]> = [
  ['ordinal', /^(?:no\.?|nº|n°|№|#|number|num\.?|order|s\.? ?no\.?|sl\.? ?no\.?|sr\.? ?no\.?|ordinal)$/i, 4],
  ['image', /portrait|image|photo|picture|^flag$|^emblem$|^arms$|^coat of arms$/i, 4],
  ['start', /\bstart|\bbegan\b|\bbegin|^from$|took office|assumed office|entered office|^since$|in office from|^reign(?:ed)? from$|^appointed$|^inaugurat|^sworn in/i, 4],
  ['end', /\bend(?:ed)?\b|^to$|^until$|^till$|left office|^reign(?:ed)? (?:until|till|to)$|^departed|^term ended|^ceased/i, 4],
  // a reign is a monarch's term ("Reign", "Years of reign"); "Monarch (Reign)" is another post's, and reads as "Monarch"
  ['term', /\bterm\b|in office|\btenure\b|\bperiod\b|^years?$|^dates?$|^served$|^time$|^office$|^(?:years? of )?reign(?:ed)?$/i, 3],
  ['party', /\bpart(?:y|ies)\b|affiliation|political group|^group$|^alliance$/i, 4],
  ['notes', /^notes?\b|remarks?|comments?|^details$|^observations?$/i, 4],
  ['other', /duration|days|length|time in office|election|elected|^mandate|cabinet|government|monarch|emperor|reign|^refs?\.?$|^references?$|^vice|\bdeputy\b|lifespan|\blife\b|\bborn\b|\bdied\b|\bbirth|\bdeath|constituency|district|^prior|previous|notable|^sources?$|^ministry$|^legislature|^assembly|^portfolio|^appointed by|^nominated by|^province|^state$|^region|^reason|^cause|^country$|^nationality$|^member state$/i, 3],
  ['name', /\bnames?\b|holder|^incumbent$|^person$|^member$|office ?holder|^body$/i, 3],
  ['name', /\b(?:governor|premier|president|minister|mayor|secretary|chairman|chairwoman|chairperson|chair|speaker|chief|leader|head|commissioner|director|administrator|ambassador|consul|prefect|regent|monarch|king|queen|emperor|sultan|emir|chancellor|sindaco|burgomaster|provost|rector|judge|justice|attorney|treasurer|general|officer|representative|senator|delegate|envoy|viceroy|commander|marshal|pope|bishop|archbishop|patriarch|primate|metropolitan|catholicos|superintendent|controller|comptroller|auditor|registrar|clerk|president-general|taoiseach|tánaiste|doge|stadtpräsident|maire|bürgermeister|alcalde|intendente|daijin|shogun|holder)\b/i, 2],
  // The same roles in the languages of the lists (Italian, Spanish, Portuguese, French, German, Dutch, Swedish).
  ['ordinal', /^(?:n\.|n\.º|nr\.?|núm\.?|número|numero|numéro|nummer|lfd\. nr\.)$/i, 4],
  ['image', /^(?:foto|ritratto|immagine|retrato|imagen|imagem|bild|porträt|portret|afbeelding)$/i, 4],
  ['start', /^(?:inizio|dal|da|inicio|início|desde|début|du|depuis|beginn|von|seit|amtsantritt|van|från|entrada|posse|prise de fonction|entrée en fonction)$/i, 4],
  ['end', /^(?:fine|al|fin|hasta|fim|até|au|jusqu'à|ende|bis|amtsende|tot|salida|fin de mandat|fin du mandat)$/i, 4],
  ['term', /^(?:mandato|mandat|periodo|período|période|amtszeit|amtsperiode|règne|reinado|regierungszeit|regeringstid|ambtsperiode|ambtstermijn|in carica|en el cargo|en fonction|im amt|in functie|i tjänst|durée du mandat)$/i, 3],
  ['party', /^(?:partito|partido|parti|parti politique|partei|partij)$/i, 4],
  ['notes', /^(?:note|notas?|remarques?|anmerkung(?:en)?|bemerkung(?:en)?|opmerking(?:en)?|osservazioni|observaciones|observações|anm\.?)$/i, 4],
  ['other', /^(?:lebensdaten|legislatur(?:periode)?|legislatura|législature|wahlperiode|geboren|gestorben|durata|duración|duração|durée|dauer)$/i, 3],
  // Czech: "| # | Portrét | Jméno Narození a úmrtí | Funkční období | Vláda |" over "| Nástup do úřadu | Opuštění úřadu | Dny v úřadu |"
  ['image', /^(?:portrét|fotografie|obrázek)$/i, 4],
  ['start', /^(?:nástup do (?:úřadu|funkce)|začátek funkčního období|od)$/i, 4],
  ['end', /^(?:opuštění úřadu|odchod z (?:úřadu|funkce)|konec funkčního období|do)$/i, 4],
  ['term', /^(?:funkční období|období|v úřadu)$/i, 3],
  ['other', /^(?:dny v úřadu|délka|vláda|narození|úmrtí|narození a úmrtí)$/i, 3],
  ['party', /^(?:strana|politická strana)$/i, 4],
  ['name', /^(?:jméno|jméno a příjmení)(?: narození a úmrtí)?$/i, 3],
  // Finnish: a term ("Kausi", "Toimikausi"), the years of life beside it ("Syntyi-kuoli": born–died) and the party ("Puolue")
  ['term', /^(?:kausi|toimikausi|virkakausi|kaudet)$/i, 3],
  ['other', /^(?:syntyi|kuoli|syntynyt|kuollut|syntyi[–-]kuoli|elinvuodet)$/i, 3],
  ['party', /^(?:puolue|puolueet)$/i, 4],
  ['name', /^(?:nome|nome e cognome|nominativo|nombre|nom|namn|naam|titolare|titular|amtsinhaber)$/i, 3],
  // The same roles in Korean and Japanese lists: 대수 (the holders' count: "초대", "2대") and 代 ("初代", "2代") number
  // the holders; 한자 표기 and 漢字 head the names' Han spelling
  ['ordinal', /^(?:대수|대|역대|순번|번호|代|代数|歴代|番号)$/, 4],
  ['image', /^(?:사진|초상|초상화|写真|肖像|画像)$/, 4],
  ['start', /^(?:취임|취임일(?:자)?|임기 ?시작|就任|就任日|就任年月日|任期初日|任期開始)$/, 4],
  ['end', /^(?:퇴임|퇴임일(?:자)?|이임|이임일|임기 ?종료|退任|退任日|退任年月日|任期終日|任期終了|離任|離任日)$/, 4],
  ['term', /^(?:임기|재임 ?기간|任期|在任期間)$/, 3],
  ['party', /^(?:정당|소속|소속 ?정당|政党|所属|所属政党|党派)$/, 4],
  ['notes', /^(?:비고|참고|備考|注記)$/, 4],
  // and where a holder came from, when born and died, the election and the cabinet (출생 birth, 득표 votes, 내각; 生年月日, 内閣)
  ['other', /^(?:출신|출신지|호적|출생|사망|생년월일|생몰|생몰년|선거|득표|득표율|내각|出身|出身地|生年月日|生年|没年|生没年|選挙|得票|得票率|内閣)$/, 3],
  ['native', /^(?:한자|한자 ?표기|한자 ?이름|한자명|漢字|漢字表記)$/, 3],
  ['name', /^(?:이름|성명|인물|氏名|名前|人名)$/, 3],
  // Hindi and Urdu (and Punjabi in Shahmukhi) lists: क्रमांक, نمبر number the holders; पदभार ग्रहण, عہدہ سنبھالا (took office),
  // पदमुक्ति, عہدہ چھوڑا (left office); जन्म-मृत्यु, پیدائش-موت (born–died) and अवधि, دورانیہ (duration) are no term
  ['ordinal', /^(?:क्रमांक|क्रम|क्रम संख्या|क्र\.|नंबर|نمبر|نمبر شمار|شمار)$/u, 4],
  ['image', /^(?:चित्र|तस्वीर|फ़ोटो|फोटो|تصویر|تصویر کشی|فوٹو)$/u, 4],
  ['start', /^(?:पदभार ग्रहण|पद ग्रहण|कार्यभार ग्रहण|कार्यकाल आरंभ|कार्यकाल प्रारंभ|पदग्रहण|عہدہ سنبھالا|قلمدان سنبھالا|قلمدان سنبھالیا|آغاز)$/u, 4],
  ['end', /^(?:पदमुक्ति|पद छोड़ा|पद त्याग|कार्यकाल समाप्त|कार्यकाल अंत|عہدہ چھوڑا|قلمدان چھوڑا|قلمدان چھڈیا|اختتام)$/u, 4],
  ['term', /^(?:कार्यकाल|مدت|مدت عہدہ|دور)$/u, 3],
  ['party', /^(?:दल|पार्टी|राजनीतिक दल|दल \/ पार्टी|جماعت|سیاسی جماعت|پارٹی)$/u, 4],
  ['other', /^(?:अवधि|जन्म|मृत्यु|जन्म[–-]मृत्यु|जीवनकाल|دورانیہ|پیدائش|وفات|موت|پیدائش[–-](?:موت|وفات))$/u, 3],
  ['name', /^(?:नाम|نام)$/u, 3],
  // Bengali, Gurmukhi Punjabi, Gujarati, Telugu, Tamil, Kannada, Malayalam and Odia lists: সংখ্যা, ক্রম, ਨੰਬਰ, ક્રમ, సంఖ్య number the
  // holders; মেয়াদ শুরু and শেষ (term start, end), ਕਦੋਂ ਤੋਂ ਕਦੋਂ ਤੱਕ (from when to when), કાર્યકાળ, పదవీకాలం (term); a name header
  // may name the holder too ("মুখ্যমন্ত্রীর নাম", the chief minister's name; "ਨਾਮ ਪ੍ਰਧਾਨ ਸਾਹਿਬ"); রোজ, రోజులు… (days) are a duration; য় is matched precomposed or with its nukta
  ['ordinal', /^(?:ক্রম|ক্রমিক|ক্রমিক নং|ক্রমিক সংখ্যা|নং|সংখ্যা|ਲੜੀ ਨੰ\.?|ਨੰਬਰ|ਨੰ\.|ક્રમ|ક્રમાંક|નંબર|క్రమ సంఖ్య|సంఖ్య|క్రమం|வரிசை எண்|எண்|ಕ್ರಮ ಸಂಖ್ಯೆ|ಸಂಖ್ಯೆ|ക്രമ നമ്പർ|ക്രമനമ്പർ|നമ്പർ|କ୍ରମ|କ୍ରମିକ ସଂଖ୍ୟା)$/u, 4],
  ['image', /^(?:ছবি|প্রতিকৃতি|ਤਸਵੀਰ|ਫੋਟੋ|ચિત્ર|તસવીર|ફોટો|చిత్రం|ఫోటో|படம்|ಚಿತ್ರ|ಭಾವಚಿತ್ರ|ചിത്രം|ଚିତ୍ର|ଫଟୋ)$/u, 4],
  ['start', /^(?:মে(?:য়|\u09df)াদ শুরু|দা(?:য়|\u09df)িত্ব গ্রহণ|কার্যভার গ্রহণ|শুরু|ਕਦੋਂ ਤੋਂ|ਅਹੁਦਾ ਸੰਭਾਲਿਆ|ਤੋਂ|પદ ગ્રહણ|શરૂઆત|થી|పదవి స్వీకారం|ప్రారంభం|నుండి|பதவியேற்பு|ಅಧಿಕಾರ ಸ್ವೀಕಾರ|ಆರಂಭ|അധികാരമേറ്റത്|ଆରମ୍ଭ)$/u, 4],
  ['end', /^(?:মে(?:য়|\u09df)াদ শেষ|দা(?:য়|\u09df)িত্ব ত্যাগ|শেষ|ਕਦੋਂ ਤੱਕ|ਅਹੁਦਾ ਛੱਡਿਆ|ਤੱਕ|પદ ત્યાગ|અંત|સુધી|పదవీ విరమణ|ముగింపు|వరకు|பதவி விலகல்|ಅಧಿಕಾರ ಅಂತ್ಯ|ಅಂತ್ಯ|സ്ഥാനമൊഴിഞ്ഞത്|ଶେଷ)$/u, 4],
  ['term', /^(?:মে(?:য়|\u09df)াদ|মে(?:য়|\u09df)াদকাল|কার্যকাল|সম(?:য়|\u09df)কাল|ਕਾਰਜਕਾਲ|ਕਦੋਂ ਤੋਂ ਕਦੋਂ ਤੱਕ|કાર્યકાળ|સમયગાળો|పదవీకాలం|పదవీ కాలం|సంవత్సరం|பதவிக்காலம்|ಅಧಿಕಾರಾವಧಿ|ಅವಧಿ|കാലാവധി|କାର୍ଯ୍ୟକାଳ)$/u, 3],
  ['party', /^(?:দল|রাজনৈতিক দল|ਪਾਰਟੀ|ਦਲ|ਸਿਆਸੀ ਪਾਰਟੀ|દળ|પક્ષ|રાજકીય પક્ષ|పార్టీ|రాజకీయ పార్టీ|கட்சி|ಪಕ್ಷ|ರಾಜಕೀಯ ಪಕ್ಷ|പാർട്ടി|രാഷ്ട്രീയ കക്ഷി|ଦଳ)$/u, 4],
  ['other', /^(?:দিন|রোজ|জন্ম|মৃত্যু|ਦਿਨ|ਜਨਮ|ਮੌਤ|ટર્મ નં\.?|દિવસ|જન્મ|મૃત્યુ|రోజులు|జననం|మరణం|நாட்கள்|ದಿನಗಳು|ദിവസം|ଦିନ)$/u, 3],
  ['name', /(?:^|\s)(?:নাম|ਨਾਮ|ਨਾਂ|નામ|పేరు|பெயர்|ಹೆಸರು|പേര്|ନାମ)(?:\s|$)/u, 3],
  // German titles of posts, compounds English words do not match ("Landeshauptmann", "Oberbürgermeister")
  ['name', /^(?:landeshauptmann|landeshauptfrau|ministerpräsident(?:in)?|oberbürgermeister(?:in)?|bürgermeisterin|bundeskanzler(?:in)?|präsident(?:in)?|kanzler(?:in)?)$/i, 2],
];

/** "Georgian", "Georgian name", "Name in Georgian", "In Georgian", "Native name": the language the cell names, or "native". */
const LANGUAGE_HEADER = /^(?:(native|original)(?: name| form)?|(?:name )?in (\p{L}+(?: \p{L}+)?)|(\p{L}+(?: \p{L}+)??)(?: name| form)?)$/iu;

/**
 * The role of a header naming a language: English heads the names in Latin script ("| English | Georgian |"
 * under "Name of Patriarch"), any other language (or "Native name") the native forms; undefined otherwise.
 */
export function languageRole(text: string): 'name' | 'native' | undefined {
  const m = LANGUAGE_HEADER.exec(text);
  if (!m) return undefined;
  if (m[1]) return 'native';
  const language = (m[2] ?? m[3]).toLowerCase();
  if (labelledLanguage(language) === undefined) return undefined;
  return language === 'english' ? 'name' : 'native';
}

/** Words joining the two roles one header cell names ("Name and Image", "Order and term"); not a slash, which joins the two ends of one thing ("Age at start/end"). */
const JOINING = /\s+(?:and|&)\s+/i;

/**
 * The parts of a header cell naming two roles ("Order and term" → "Order", "term"), each with a role of its own, the
 * two different and neither one of the columns kept only in the raw row; undefined for any other ("Date and Place of
 * birth": "of birth" is said of both, "Mayor/Governor": one role, "Name" alone: one part).
 */
export function headerParts(header: string, officeWords: ReadonlySet<string>): [string, string] | undefined {
  const parts = header.split(JOINING);
  if (parts.length !== 2 || parts.some((part) => part.trim() === '')) return undefined;
  const [a, b] = parts.map((part) => headerRole(part.trim(), officeWords).role);
  return a !== undefined && b !== undefined && a !== b && a !== 'other' && b !== 'other' ? [parts[0].trim(), parts[1].trim()] : undefined;
}

/** The roles a name cell carries beside the name, so that a header naming them with the name heads names ("Name and Image"). */
const CARRIED_BY_NAME: ReadonlySet<ColumnRole> = new Set(['image']);

/** The role a header cell's words point to, and how strongly; the article's own office words weigh most. */
export function headerRole(header: string, officeWords: ReadonlySet<string>): { role?: ColumnRole; weight: number } {
  let known = HEADER_ROLES.get(officeWords);
  if (!known) HEADER_ROLES.set(officeWords, (known = new Map()));
  let found = known.get(header);
  if (!found) known.set(header, (found = roleOfHeader(header, officeWords)));
  return found;
}

/** Header roles already found, per article (its office words). */
const HEADER_ROLES = new WeakMap<ReadonlySet<string>, Map<string, { role?: ColumnRole; weight: number }>>();

function roleOfHeader(header: string, officeWords: ReadonlySet<string>): { role?: ColumnRole; weight: number } {
  if (!/\p{L}|#|№/u.test(header)) return { weight: 0 };
  const text = header.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return { weight: 0 };
  const language = languageRole(text);
  if (language) return { role: language, weight: 3 };
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (words.length > 0 && words.length <= 3 && words.every((w) => officeWords.has(w))) return { role: 'name', weight: 5 };
  // a portrait named with the name: the name cell holds both ("Name and Image", "Portrait and name")
  const parts = JOINING.test(text) ? headerParts(text, officeWords) : undefined;
  if (parts) {
    const roles = parts.map((part) => roleOfHeader(part, officeWords));
    const name = roles.find((r) => r.role === 'name');
    if (name && roles.every((r) => r === name || CARRIED_BY_NAME.has(r.role!))) return name;
  }
  const found = HEADER_WORDS.find(([, pattern]) => pattern.test(text));
  return found ? { role: found[0], weight: found[2] } : { weight: 0 };
}
