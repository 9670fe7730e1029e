// Letters and words after a name: post-nominals of orders, honours, degrees and offices, a seat, a doubt, a count of terms.
import type { PersonName } from './names.js';

/**
 * Post-nominal letters a name may be followed by, with no comma, in runs ("Sir Charles Court AK KCMG OBE"), by where
 * they come from: the orders, decorations and medals of the Commonwealth's orders of wear (the United Kingdom's,
 * Australia's, Canada's, New Zealand's), the Privy Council and the bar, members of parliaments, degrees and learned
 * societies, baronetcies. No part of the name.
 */
export const POST_NOMINAL_LETTERS: Readonly<Record<string, readonly string[]>> = {
  'British orders of chivalry': [
    'KG', 'LG', 'KT', 'LT', 'KP', 'GCB', 'KCB', 'DCB', 'CB', 'OM', 'GCSI', 'KCSI', 'CSI', 'GCMG', 'KCMG', 'DCMG', 'CMG',
    'GCIE', 'KCIE', 'CIE', 'CI', 'GCVO', 'KCVO', 'DCVO', 'CVO', 'LVO', 'MVO', 'GBE', 'KBE', 'DBE', 'CBE', 'OBE', 'MBE',
    'CH', 'ISO', 'GCH', 'KCH', 'KH', 'KB',
  ],
  'British decorations and medals': [
    'VC', 'GC', 'DSO', 'DSC', 'MC', 'DFC', 'AFC', 'DCM', 'CGM', 'GM', 'DSM', 'MM', 'DFM', 'AFM', 'QGM', 'KGM', 'BEM', 'RVM',
    'QPM', 'KPM', 'ED', 'TD', 'RD', 'VD', 'ERD',
  ],
  'Order of Australia': ['AK', 'AD', 'AC', 'AO', 'AM', 'OAM'],
  'Canadian orders and decorations': ['CC', 'OC', 'CM', 'CMM', 'OMM', 'MMM', 'CD'],
  'New Zealand orders and medals': ['ONZ', 'GNZM', 'KNZM', 'DNZM', 'CNZM', 'ONZM', 'MNZM', 'QSO', 'QSM', 'KSO', 'KSM'],
  'Privy Council, the bar and the peace': ['PC', 'QC', 'KC', 'SC', 'JP', 'DL'],
  'Members of parliaments': ['MP', 'MLA', 'MLC', 'MHA', 'MHR', 'MHK', 'MSP', 'MPP', 'MNA'],
  'Degrees': ['PhD', 'DPhil', 'MD', 'LLB', 'LLM', 'LLD', 'DCL', 'DD', 'DLitt', 'DSc', 'BCL', 'MA', 'BA', 'MSc', 'BSc'],
  'Fellowships of learned societies and colleges': ['FRS', 'FRSE', 'FBA', 'FAA', 'FRSC', 'FRCS', 'FRCP', 'FREng', 'FRSA'],
  Baronetcies: ['Bt.', 'Bt', 'Bart.', 'Bart'],
};

/** A run of the letters at the end of a name, or a baronetcy's number ("Sheaffe 1st Baronet"). */
const LETTERS_RUN = new RegExp(`(?:\\s+(?:${Object.values(POST_NOMINAL_LETTERS).flat()
  .map((letters) => letters.replace(/\./g, '\\.')).join('|')}|\\d(?:st|nd|rd|th) Baronet))+$`);
/** Letters after a name, after a comma: orders, degrees, services ("…, TNI AL", "…, MM", "…, KBE, MC", "…, Ph.D."); not "Jr." nor "III". */
const POST_NOMINALS = /,\s+((?:[A-Z]{2,6}|(?:[A-Z][a-z]?\.){2,4})(?:,?\s+(?:[A-Z]{2,6}|(?:[A-Z][a-z]?\.){2,4}))*)$/;
const ROMAN = /^[IVXL]+$/;

/**
 * What may follow a name and is no part of it: the seat a member holds ("Nar Bahadur Bhandari MLA for Soreong"),
 * a doubt ("Henry de Cicestre ?", "Piotrko?"), a footnote marker glued to the name's last letter ("Ebenezer Allen1", dropped
 * as the cell's bracketed markers are), a count of terms ("Sun Fo 2").
 */
const TRAILING: ReadonlyArray<readonly [RegExp, 'remarks' | 'footnote' | 'termMarker']> = [
  [/\s+((?:MLA|MLC|MP|MPP|MNA|MHA|MHR|MHK|MSP|MS|TD)\s+for\s+\p{Lu}.*)$/u, 'remarks'],
  [/(?:\s+|(?<=\p{L}))(\?)$/u, 'remarks'],
  [/(?<=\p{Ll})(\d{1,2})$/u, 'footnote'],
  [/(?<=\p{L})\s+(\d{1,2})$/u, 'termMarker'],
];

/** Drops the letters after a name (with a comma, or a run of post-nominals without one) and what else trails it, keeping them as remarks. */
export function withoutPostNominals(latin: string, name: PersonName): string {
  let text = latin;
  const found = POST_NOMINALS.exec(text);
  if (found && !found[1].split(/[\s,]+/).some((letters) => ROMAN.test(letters))) {
    name.remarks.push(found[1]);
    text = text.slice(0, found.index);
  }
  const letters = LETTERS_RUN.exec(text);
  if (letters && letters.index > 0) {
    name.remarks.push(letters[0].trim());
    text = text.slice(0, letters.index);
  }
  for (const [pattern, field] of TRAILING) {
    const trailing = pattern.exec(text);
    if (!trailing) continue;
    if (field === 'remarks') name.remarks.push(trailing[1]);
    else if (field === 'termMarker') name.termMarker ??= trailing[1];
    text = text.slice(0, trailing.index);
  }
  return text;
}
