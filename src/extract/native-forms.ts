// Native forms in one script run of a name cell: where one form ends and the next begins, and the honorific before a form.
/** What separates two forms of one script: ";", "/", "," and "、". */
const FORM_SEPARATOR = /\s*[;/,、；]\s*/;

/**
 * One name written surname first, as Russian lists and indexes write it ("Мещанинов, Демид Демидович": one surname,
 * a comma, a given name and a patronymic): the comma is the inversion's, not a separator of two forms. A patronymic
 * ends in -ич/-вна/-чна (Russian, Ukrainian -ович, -евич, -ьич, -овна, -евна, -ична, -івна), -іч/-ўна (Belarusian).
 */
const SURNAME_FIRST = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*, \p{Lu}[\p{Ll}'’-]+ \p{Lu}\p{Ll}+(?:ич|іч|вна|чна|ўна)$/u;

/**
 * Honorifics written before a name in Cyrillic: a saint's "св." (свети, святой), "свт." (святитель), "прп."
 * (преподобный), "блж." (блаженный), "сщмч." (священномученик) — no part of the name, as "St." is none in Latin letters.
 */
const CYRILLIC_HONORIFIC = /^(?:(?:св|свв|свт|прп|блж|сщмч)\.|свети|света|святой|святая|святитель|преподобный)\s+(?=\p{Lu})/iu;

/** The forms one run of a script holds, in order ("박정희; 朴正熙" is two; "Мещанинов, Демид Демидович" one). */
export function nativeParts(run: string): string[] {
  return SURNAME_FIRST.test(run.trim()) ? [run] : run.split(FORM_SEPARATOR);
}

/**
 * Military ranks written before a name in Urdu and Hindi, as English ranks are transliterated there, stacked or alone
 * ("میجر جنرل" Major General, "ایئر چیف مارشل" Air Chief Marshal; "मेजर जनरल", "एयर चीफ मार्शल"): no part of the name.
 */
const SOUTH_ASIAN_RANK = new RegExp(`^(?:(?:${[
  'فیلڈ مارشل', 'ایئر چیف مارشل', 'ایئر وائس مارشل', 'ایئر مارشل', 'لیفٹیننٹ جنرل', 'میجر جنرل', 'جنرل', 'بریگیڈیئر', 'لیفٹیننٹ کرنل', 'کرنل',
  'وائس ایڈمرل', 'ریئر ایڈمرل', 'ایڈمرل', 'کیپٹن',
  'फील्ड मार्शल', 'एयर चीफ मार्शल', 'एयर वाइस मार्शल', 'एयर मार्शल', 'लेफ्टिनेंट जनरल', 'मेजर जनरल', 'जनरल', 'ब्रिगेडियर', 'लेफ्टिनेंट कर्नल',
  'कर्नल', 'वाइस एडमिरल', 'रियर एडमिरल', 'एडमिरल', 'कैप्टन',
].join('|')})\\s+)+(?=\\S)`, 'u');

/** A native form without the honorific or rank written before it ("св. Йоаким I" → "Йоаким I", "میجر جنرل کے پی کینڈیتھ"). */
export function withoutNativeHonorific(form: string): string {
  return form.replace(CYRILLIC_HONORIFIC, '').replace(SOUTH_ASIAN_RANK, '');
}
