// Header words, table-driven: the role each header cell's words point to.
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../src/extract/extract.js';
import { headerParts, headerRole, languageRole } from '../src/extract/header-words.js';

describe('headerRole', () => {
  const office = wordsOf('List of prime ministers of Japan');
  it.each([
    ['Name', 'name'], ['Officeholder', 'name'], ['Prime Minister (Birth–Death)', 'name'], ['Governor', 'name'],
    ['No.', 'ordinal'], ['#', 'ordinal'], ['Portrait', 'image'], ['Took office', 'start'], ['Term start', 'start'],
    ['Left office', 'end'], ['Term of office', 'term'], ['Tenure', 'term'], ['Party', 'party'],
    ['Political party (at time of appointment)', 'party'], ['Political parties', 'party'], ['Notes', 'notes'], ['Duration', 'other'],
    ['Election', 'other'], ['Monarch (Reign)', 'other'], ['Monarch Reign', 'other'], ['Reign', 'term'], ['Years of reign', 'term'],
    ['Reign from', 'start'], ['Reigned until', 'end'], ['Length of reign', 'other'], ['', undefined],
    ['Country', 'other'], ['Nationality', 'other'], ['Member state', 'other'],
  ])('%j → %s', (header, role) => {
    expect(headerRole(header, office).role).toBe(role);
  });
});

describe('a header naming two roles', () => {
  const office = wordsOf('Mayor of Cape Town');
  it.each([
    // test/fixtures/real/mayor-of-cape-town: the name cell holds the portrait and the name; the name is its role
    ['Name and Image', 'name'], ['Portrait and name', 'name'], ['Name & photo', 'name'], ['Name and portrait', 'name'],
    // test/fixtures/real/chief-justice-of-canada: one cell over two columns (see headerParts); "Date and Place of birth" names one role
    ['Order and term', 'term'], ['Date and Place of birth', 'other'], ['Name and nationality', 'name'], ['Mayor/Governor', 'name'],
  ])('%j → %s', (header, role) => {
    expect(headerRole(header, office).role).toBe(role);
  });

  it.each([
    ['Order and term', ['Order', 'term']], ['No. and term', ['No.', 'term']], ['Name and Image', ['Name', 'Image']],
    // one role, or one part with none: no two columns
    ['Mayor/Governor', undefined], ['Date and Place of birth', undefined], ['Name and nationality', undefined], ['Name', undefined],
    ['Party for Freedom and Progress', undefined], ['Age at start/end of papacy', undefined],
  ])('headerParts(%j) → %j', (header, parts) => {
    expect(headerParts(header, office)).toEqual(parts);
  });
});

describe('titles of church offices head the name column', () => {
  // test/fixtures/real/list-of-heads-of-the-serbian-orthodox-church: "| No. | Primate | Portrait | Reign | Notes |" is its header
  const office = wordsOf('List of heads of the Serbian Orthodox Church');
  it.each([['Primate', 'name'], ['Metropolitan', 'name'], ['Catholicos-Patriarch', 'name'], ['Reign', 'term']])('%j → %s', (header, role) => {
    expect(headerRole(header, office).role).toBe(role);
  });
});

describe('German header words: the post\'s own title, life dates and the legislature', () => {
  // test/fixtures/real/liste-der-landeshauptleute-suedtirols: "| Landeshauptmann | Partei | Amtszeit | Legislatur |"
  // test/fixtures/real/liste-der-buergermeister-von-wien: "| Name | Lebensdaten | Partei | Amtszeit |"
  const office = wordsOf('Liste der Landeshauptleute Südtirols');
  it.each([
    ['Landeshauptmann', 'name'], ['Legislatur', 'other'], ['Lebensdaten', 'other'], ['Ministerpräsident', 'name'],
    ['Oberbürgermeister', 'name'], ['Wahlperiode', 'other'], ['Amtszeit', 'term'], ['Landeshauptmann-Stellvertreter', undefined],
  ])('%j → %s', (header, role) => {
    expect(headerRole(header, office).role).toBe(role);
  });
});

describe('header words in the languages lists are written in', () => {
  const office = wordsOf('Sindaci di Atene');
  it.each([
    // test/fixtures/real/sindaci-di-atene: "| Sindaco | Mandato | Partito |" over "| Inizio | Fine |"
    ['Sindaco', 'name'], ['Mandato', 'term'], ['Partito', 'party'], ['Inizio', 'start'], ['Fine', 'end'],
    ['Nome', 'name'], ['N.', 'ordinal'],
    // test/fixtures/real/sindaci-di-arezzo: "| Nominativo | Partito | Mandato |" (Italian: the holder's name)
    ['Nominativo', 'name'],
    // test/fixtures/real/tampereen-kaupunginjohtaja: "| Kaupunginjohtaja | Syntyi-kuoli | Kausi |" (Finnish: born–died, term)
    // test/fixtures/real/guverner-cinske-lidove-banky (Czech): its header and the second header row under it
    ['Jméno Narození a úmrtí', 'name'], ['Portrét', 'image'], ['Funkční období', 'term'], ['Vláda', 'other'],
    ['Nástup do úřadu', 'start'], ['Opuštění úřadu', 'end'], ['Dny v úřadu', 'other'],
    ['Kausi', 'term'], ['Toimikausi', 'term'], ['Syntyi-kuoli', 'other'], ['Syntyi', 'other'], ['Ritratto', 'image'], ['Note', 'notes'],
    // test/fixtures/real/riigivanem: "| Riigivanem (syntynyt–kuollut) | Virkakausi | Puolue | |" (Finnish: term of office, party)
    ['Virkakausi', 'term'], ['Puolue', 'party'], ['Puolueet', 'party'],
    ['Desde', 'start'], ['Hasta', 'end'], ['Partido', 'party'], ['Nombre', 'name'], ['Período', 'term'],
    ['Début', 'start'], ['Fin', 'end'], ['Parti', 'party'], ['Mandat', 'term'],
    ['Beginn', 'start'], ['Ende', 'end'], ['Partei', 'party'], ['Amtszeit', 'term'], ['Bild', 'image'],
    // test/fixtures/real/liste-der-buergermeister-von-prag: "| Amtsperiode | Name | Bemerkung | |"
    ['Amtsperiode', 'term'], ['Bemerkung', 'notes'], ['Bemerkungen', 'notes'], ['Anmerkung', 'notes'], ['Opmerking', 'notes'],
    ['Van', 'start'], ['Tot', 'end'], ['Partij', 'party'], ['I tjänst', 'term'],
    ['Règne', 'term'], ['Reinado', 'term'], ['Regierungszeit', 'term'], ['Regeringstid', 'term'],
    ['Mandate', 'other'], ['Fine Gael', undefined],
  ])('%j → %s', (header, role) => {
    expect(headerRole(header, office).role).toBe(role);
  });
});

describe('a header naming a language heads the names written in it (from Intl.DisplayNames)', () => {
  it.each([
    // test/fixtures/real/list-of-heads-of-the-georgian-orthodox-church: "| English | Georgian |" under "Name of Patriarch"
    ['English', 'name'], ['Georgian', 'native'], ['Greek name', 'native'], ['Name in Serbian', 'native'], ['In Chinese', 'native'],
    ['Scottish Gaelic', 'native'], ['Native name', 'native'], ['Name', undefined], ['Notes', undefined], ['In office', undefined],
  ])('%j → %s', (header, role) => {
    expect(languageRole(header)).toBe(role);
  });

  it('even where the language is a word of the office\'s title', () => {
    expect(headerRole('Georgian', wordsOf('List of heads of the Georgian Orthodox Church')).role).toBe('native');
  });
});

describe('header words of Korean and Japanese lists', () => {
  // test/fixtures/real/dokyo-doji-sa: "| 대수 | 사진 | 이름 | 임기 | 출신 | 비고 |"
  // test/fixtures/real/gyeonggido-jisa-iljegangjeomgi: "| 호적 | 이름 | 한자 표기 | 취임 | 퇴임 | 비고 |"
  // test/fixtures/real/kyoto-shicho: "| 代 | 肖像 | 氏名 | 就任日 | 退任日 | 備考 |"
  // test/fixtures/real/tokyo-to-chiji-ichiran: "| 写真 | 氏名 | 任期初日 | 任期終日 | 出身 |"
  const office = wordsOf('도쿄도지사');
  it.each([
    ['대수', 'ordinal'], ['사진', 'image'], ['이름', 'name'], ['임기', 'term'], ['출신', 'other'], ['비고', 'notes'],
    ['호적', 'other'], ['한자 표기', 'native'], ['취임', 'start'], ['퇴임', 'end'], ['정당', 'party'],
    ['代', 'ordinal'], ['肖像', 'image'], ['氏名', 'name'], ['就任日', 'start'], ['退任日', 'end'], ['備考', 'notes'],
    ['写真', 'image'], ['任期初日', 'start'], ['任期終日', 'end'], ['出身', 'other'], ['漢字', 'native'], ['政党', 'party'],
    ['생년월일', 'other'], ['출생', 'other'], ['득표율', 'other'], ['生年月日', 'other'], ['選挙', 'other'], ['소속', 'party'], ['所属', 'party'],
    ['内閣', 'other'], ['내각', 'other'], ['취임일자', 'start'], ['就任年月日', 'start'], ['退任年月日', 'end'], ['인물', 'name'],
    ['이름 없음', undefined], ['代理', undefined],
  ])('%j → %s', (header, role) => {
    expect(headerRole(header, office).role).toBe(role);
  });
});

describe('Hindi and Urdu header words', () => {
  // test/fixtures/real/bihar-ke-mukhyamantri: "| क्रमांक | नाम | चित्र | पदभार ग्रहण | पदमुक्ति | दल / पार्टी |"
  // test/fixtures/real/goa-ke-governaron-ki-fehrist: "| # | نام | تصویر کشی | عہدہ سنبھالا | عہدہ چھوڑا | پیدائش-موت | دورانیہ |"
  // test/fixtures/real/waziraala-sindh (Punjabi in Shahmukhi): "قلمدان سنبھالیا", "قلمدان چھڈیا"
  const office = wordsOf('गोवा के राज्यपालों की सूची');
  it.each([
    ['क्रमांक', 'ordinal'], ['नाम', 'name'], ['चित्र', 'image'], ['पदभार ग्रहण', 'start'], ['पदमुक्ति', 'end'], ['दल / पार्टी', 'party'],
    ['कार्यकाल', 'term'], ['जन्म-मृत्यु', 'other'], ['अवधि', 'other'],
    ['نام', 'name'], ['تصویر کشی', 'image'], ['عہدہ سنبھالا', 'start'], ['عہدہ چھوڑا', 'end'], ['پیدائش-موت', 'other'], ['دورانیہ', 'other'],
    ['قلمدان سنبھالیا', 'start'], ['قلمدان چھڈیا', 'end'], ['سیاسی جماعت', 'party'],
  ])('%j → %s', (header, role) => {
    expect(headerRole(header, office).role).toBe(role);
  });
});

describe('Bengali, Gurmukhi, Gujarati, Telugu and other Indic header words', () => {
  // test/fixtures/real/list-of-chief-ministers-of-west-bengal: "| সংখ্যা | মুখ্যমন্ত্রীর নাম | মেয়াদ শুরু | মেয়াদ শেষ | রাজনৈতিক দল |"
  // test/fixtures/real/gujaratna-mukhyamantrio: "| નામ | કાર્યકાળ | ટર્મ નં. | દળ |"; sgpc-presidents: "| ਨਾਮ ਪ੍ਰਧਾਨ ਸਾਹਿਬ | ਕਦੋਂ ਤੋਂ ਕਦੋਂ ਤੱਕ |"
  // test/fixtures/real/telugu-rashtralu-mukhyamantrulu: "| పేరు | సంవత్సరం | పాలనాకాలం |" (the term in the 'year' column)
  const office = wordsOf('পশ্চিমবঙ্গের মুখ্যমন্ত্রীদের তালিকা');
  it.each([
    ['সংখ্যা', 'ordinal'], ['মুখ্যমন্ত্রীর নাম', 'name'], ['মেয়াদ শুরু', 'start'], ['মেয়াদ শুরু', 'start'], ['মেয়াদ শেষ', 'end'],
    ['রাজনৈতিক দল', 'party'], ['ছবি', 'image'], ['মেয়াদকাল', 'term'],
    ['નામ', 'name'], ['કાર્યકાળ', 'term'], ['ટર્મ નં.', 'other'], ['દળ', 'party'], ['ક્રમ', 'ordinal'],
    ['ਨਾਮ ਪ੍ਰਧਾਨ ਸਾਹਿਬ', 'name'], ['ਕਦੋਂ ਤੋਂ ਕਦੋਂ ਤੱਕ', 'term'], ['ਕਦੋਂ ਤੋਂ', 'start'], ['ਕਦੋਂ ਤੱਕ', 'end'], ['ਪਾਰਟੀ', 'party'],
    ['పేరు', 'name'], ['సంవత్సరం', 'term'], ['పదవీకాలం', 'term'], ['పార్టీ', 'party'], ['రోజులు', 'other'],
    ['பெயர்', 'name'], ['கட்சி', 'party'], ['ಹೆಸರು', 'name'], ['ಅವಧಿ', 'term'], ['പേര്', 'name'], ['കാലാവധി', 'term'],
    ['নামাজ', undefined], ['পাঁচ', undefined],
  ])('%j → %s', (header, role) => {
    expect(headerRole(header, office).role).toBe(role);
  });
});
