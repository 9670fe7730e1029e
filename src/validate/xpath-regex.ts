// sh:pattern and sh:flags as XPath's fn:matches reads them (XSD regular expressions, flags s m i x q), translated
// to a JavaScript RegExp in Unicode sets mode: code points, not UTF-16 units; XSD's \s \d \w \i \c; class subtraction.

/** A pattern the translator cannot read as XPath (bad syntax, a Unicode block name, an unknown flag). */
export class UnsupportedPattern extends Error {}

const NAME_START = ':A-Z_a-z\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = NAME_START + '\\-.0-9\\xB7\\u0300-\\u036F\\u203F-\\u2040';
/** XSD's multi-character escapes, as class-set operands. */
const MULTI: Record<string, string> = {
  s: '[\\t\\n\\r ]', S: '[^\\t\\n\\r ]', d: '\\p{Nd}', D: '\\P{Nd}',
  w: '[^\\p{P}\\p{Z}\\p{C}]', W: '[\\p{P}\\p{Z}\\p{C}]',
  i: `[${NAME_START}]`, I: `[^${NAME_START}]`, c: `[${NAME_CHAR}]`, C: `[^${NAME_CHAR}]`,
};
const SINGLE: Record<string, string> = { n: '\n', r: '\r', t: '\t' };
const SINGLE_ESCAPABLE = new Set([...'\\|.?*+(){}-[]^$']);
const SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);
const CLASS_PUNCTUATION = new Set([...'()[]{}/-\\|&!#%,:;<=>@`~^$.*+?']);
const WHITESPACE = new Set(['\t', '\n', '\r', ' ']);

/** Compiles an XPath regular expression with its flags; throws UnsupportedPattern if it cannot. */
export function xpathRegExp(pattern: string, flags = ''): RegExp {
  for (const flag of flags) if (!'smixq'.includes(flag)) throw new UnsupportedPattern(`unknown sh:flags letter "${flag}"`);
  const source = flags.includes('q') ? [...pattern].map((c) => literal(c, false)).join('') : new Translator(pattern, flags).regExp();
  try {
    return new RegExp(source, flags.includes('i') ? 'vi' : 'v');
  } catch (error) {
    throw new UnsupportedPattern((error as Error).message);
  }
}

function literal(char: string, inClass: boolean): string {
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  if (char === '\t') return '\\t';
  return (inClass ? CLASS_PUNCTUATION : SYNTAX).has(char) ? '\\' + char : char;
}

class Translator {
  private readonly chars: string[];
  private at = 0;

  constructor(pattern: string, private readonly flags: string) {
    this.chars = [...pattern];
  }

  regExp(): string {
    let out = '';
    while (this.at < this.chars.length) {
      const c = this.chars[this.at++];
      if (this.flags.includes('x') && WHITESPACE.has(c)) continue;
      if (c === '\\') out += this.escape(false);
      else if (c === '[') out += this.charClass();
      else if (c === '.') out += this.flags.includes('s') ? '[\\s\\S]' : '[^\\n\\r]';
      else if (c === '^') out += this.flags.includes('m') ? '(?<![^\\n])' : '^';
      else if (c === '$') out += this.flags.includes('m') ? '(?![^\\n])' : '$';
      else if (c === '(' && this.chars[this.at] === '?') {
        if (this.chars[this.at + 1] !== ':') throw new UnsupportedPattern('XPath groups are ( … ) or (?: … )');
        this.at += 2;
        out += '(?:';
      } else if ('()|*+?{}'.includes(c)) out += c;
      else if (c === ']') throw new UnsupportedPattern('"]" outside a character class');
      else out += literal(c, false);
    }
    return out;
  }

  /** After a backslash: a single-character escape, a multi-character or category escape, or a back-reference. */
  private escape(inClass: boolean): string {
    const c = this.chars[this.at++];
    if (c === undefined) throw new UnsupportedPattern('the pattern ends in "\\"');
    if (c in SINGLE) return literal(SINGLE[c], inClass);
    if (SINGLE_ESCAPABLE.has(c)) return literal(c, inClass);
    if (c in MULTI) return MULTI[c];
    if (c === 'p' || c === 'P') {
      const close = this.chars.indexOf('}', this.at);
      const name = this.chars.slice(this.at + 1, close).join('');
      if (this.chars[this.at] !== '{' || close < 0 || !/^[A-Z][a-z]?$/.test(name)) {
        throw new UnsupportedPattern(`\\${c}{${name}} is not a Unicode general category`);
      }
      this.at = close + 1;
      return `\\${c}{${name}}`;
    }
    if (!inClass && /[1-9]/.test(c)) return '\\' + c;
    throw new UnsupportedPattern(`"\\${c}" is not an XPath escape`);
  }

  /** A character class expression, from after its "[" to its "]", subtraction included. */
  private charClass(): string {
    let negated = false;
    if (this.chars[this.at] === '^') {
      negated = true;
      this.at++;
    }
    let items = '';
    let first = true;
    for (;;) {
      const c = this.chars[this.at++];
      if (c === undefined) throw new UnsupportedPattern('a character class is not closed');
      if (c === ']' && !first) break;
      if (c === '-' && this.chars[this.at] === '[' && !first) {
        this.at++;
        const subtracted = this.charClass();
        if (this.chars[this.at++] !== ']') throw new UnsupportedPattern('a class subtraction must end the class');
        return `[[${negated ? '^' : ''}${items}]--${subtracted}]`;
      }
      first = false;
      const from = c === '\\' ? this.escape(true) : literal(c, true);
      if (this.chars[this.at] === '-' && this.chars[this.at + 1] !== ']' && this.chars[this.at + 1] !== '[') {
        this.at++;
        const d = this.chars[this.at++];
        const to = d === '\\' ? this.escape(true) : literal(d, true);
        items += `${from}-${to}`;
      } else items += from;
    }
    return `[${negated ? '^' : ''}${items}]`;
  }
}
