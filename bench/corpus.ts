// A synthetic, deterministic corpus in the article text format, for benchmarks: offices with 10–30
// holders, English and Chinese names that repeat across articles, all three date precisions, acting
// holders, extra columns and vacancies.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';

/** One generated article: its file name and text. */
export interface GeneratedArticle {
  name: string;
  text: string;
  rows: number;
}

const SYLLABLES: [string, string, string?][] = [
  ['Wang', '王', '汪'], ['Li', '李', '黎'], ['Zhang', '张', '章'], ['Liu', '刘'], ['Chen', '陈'], ['Yang', '杨'],
  ['Zhao', '赵'], ['Huang', '黄'], ['Zhou', '周'], ['Wu', '吴'], ['Xu', '徐', '许'], ['Sun', '孙'], ['Hu', '胡'],
  ['Zhu', '朱'], ['Gao', '高'], ['Lin', '林'], ['He', '何'], ['Guo', '郭'], ['Ma', '马'], ['Luo', '罗'],
];
const GIVEN: [string, string][] = [
  ['ming', '明'], ['hua', '华'], ['jun', '军'], ['qiang', '强'], ['wei', '伟'], ['ping', '平'], ['gang', '刚'],
  ['lin', '林'], ['feng', '峰'], ['hong', '红'], ['bin', '斌'], ['tao', '涛'], ['qin', '勤'], ['rong', '荣'],
  ['jian', '建'], ['guo', '国'], ['de', '德'], ['xin', '新'], ['yun', '云'], ['long', '龙'], ['an', '安'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const PLACES = ['Anhai', 'Baoshan', 'Changling', 'Dongyuan', 'Fengtai', 'Guangning', 'Hexi', 'Jinyang',
  'Kunhe', 'Lanshan', 'Minghu', 'Nanqiao', 'Pingyuan', 'Qingshui', 'Rongcheng', 'Songjiang', 'Taihe', 'Wuling'];
const OFFICES = [
  ['Party Secretary', 'Secretary', 'Provincial Committee of the Chinese Communist Party'],
  ['Governor', 'Governor', "Provincial People's Government"],
  ['Mayor', 'Mayor', "Municipal People's Government"],
];

/** A seeded random source with the few draws the generator needs. */
class Draw {
  private readonly rng;
  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }
  int(from: number, to: number): number {
    return uniformInt(this.rng, from, to);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
  chance(percent: number): boolean {
    return this.int(1, 100) <= percent;
  }
}

/** Generates `count` articles from `seed`; the same arguments always give the same texts. */
export function* generateCorpus(count: number, seed = 1): Generator<GeneratedArticle> {
  const draw = new Draw(seed);
  const people = Array.from({ length: Math.max(20, count * 4) }, () => person(draw));
  for (let i = 0; i < count; i++) yield article(draw, i, people);
}

function person(draw: Draw): [string, string] {
  const [surname, char, variant] = draw.pick(SYLLABLES);
  const given = Array.from({ length: draw.int(1, 2) }, () => draw.pick(GIVEN));
  const english = `${surname} ${given.map(([p]) => p).join('').replace(/^./, (c) => c.toUpperCase())}`;
  const native = (variant && draw.chance(30) ? variant : char) + given.map(([, c]) => c).join('');
  return [english, native];
}

function date(draw: Draw, year: number, month: number): string {
  const precision = draw.int(1, 10);
  if (precision === 1) return String(year);
  if (precision <= 3) return `${draw.int(1, 28)} ${MONTHS[month - 1]} ${year}`;
  return `${MONTHS[month - 1]} ${year}`;
}

function article(draw: Draw, index: number, people: [string, string][]): GeneratedArticle {
  const [office, role, bodySuffix] = draw.pick(OFFICES);
  const place = `${draw.pick(PLACES)}${index}`;
  const title = `${office} of ${place}`;
  const numbered = draw.chance(50);
  const notes = draw.chance(30);
  const header = [...(numbered ? ['No.'] : []), 'Name', 'Term start', 'Term end', ...(notes ? ['Notes'] : [])];
  const rows: string[] = [];
  let year = 1949 + draw.int(0, 20);
  let month = draw.int(1, 12);
  const holders = draw.int(10, 30);
  let holder: [string, string] = people[0];
  for (let n = 1; n <= holders; n++) {
    const vacancy = n > 1 && n < holders && draw.chance(3);
    if (!vacancy) holder = draw.pick(people);
    const start = date(draw, year, month);
    const months = draw.int(6, 60);
    year += Math.floor((month - 1 + months) / 12);
    month = ((month - 1 + months) % 12) + 1;
    const end = n === holders ? 'Incumbent' : date(draw, year, month);
    const name = vacancy ? 'Vacant' : `${holder[0]} (${holder[1]})${draw.chance(5) ? ' (acting)' : ''}`;
    const cells = [...(numbered ? [String(n)] : []), name, start, end, ...(notes ? [draw.chance(20) ? 'Reshuffle' : ''] : [])];
    rows.push(`| ${cells.join(' | ')} |`);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  const incumbent = holder[0];
  const text = [
    `= ${title} =`, '', 'Infobox', `- Post: ${role}`, `- Body: the ${place} ${bodySuffix}`,
    `- Incumbent: ${incumbent}`, `- Formation: ${1949 + (index % 30)}`, '',
    `The ${role.toLowerCase()} of ${place} is a synthetic office generated for benchmarks.`, '',
    '== Holders ==', `| ${header.join(' | ')} |`, ...rows, '',
  ].join('\n');
  return { name: `article-${String(index).padStart(5, '0')}.txt`, text, rows: holders };
}
