// `office-ld wikidata-diff`: our tenures of accepted persons and posts against Wikidata's P39 statements, our posts' places against P1001.
import { Command, Option } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import { readArticle } from '../build.js';
import { EXIT, usageError } from '../errors.js';
import { parseDate, type PartialDate } from '../extract/dates.js';
import { collectInputs, readInput } from '../inputs.js';
import { ResponseCache } from '../reconcile/cache.js';
import { entityIri, readLinks } from '../reconcile/links-file.js';
import { reconcileTargets } from '../reconcile/targets.js';
import { WIKIDATA_API, WikibaseClient } from '../reconcile/wikibase.js';
import { diffJurisdiction, diffPerson, type DiffRow } from '../wikidata/diff.js';
import { quickStatements } from '../wikidata/quickstatements.js';
import { diffTable, diffTsv } from '../wikidata/report.js';
import { consoleLog } from './log.js';
import { baseOption, EXIT_CODES_HELP, linksOption, quietOption } from './options.js';

interface DiffFlags {
  api: string;
  links: string;
  base: string;
  cache: string;
  tsv?: string;
  quickstatements?: string;
  retrieved: PartialDate;
  quiet?: boolean;
}

/** The `wikidata-diff` command. */
export function wikidataDiffCommand(): Command {
  return new Command('wikidata-diff')
    .description('compare our tenures of accepted persons and posts with their P39 statements on Wikidata '
      + '(precision-tolerant); optionally write QuickStatements for what Wikidata lacks')
    .argument('[input...]', 'article files or folders of .txt articles', ['data/articles'])
    .option('--api <url>', 'Wikibase API endpoint', WIKIDATA_API)
    .addOption(linksOption())
    .addOption(baseOption())
    .option('--cache <dir>', "on-disk cache of API answers ('' for none)", '.office-ld-cache/reconcile')
    .option('--tsv <file>', 'also write the diff as TSV')
    .option('--quickstatements <file>', 'write QuickStatements v1 lines that add what Wikidata lacks')
    .addOption(new Option('--retrieved <date>', 'the S813 (retrieved) date of the references (default today, UTC)')
      .default(today(), 'today').argParser(parseRetrieved))
    .addOption(quietOption())
    .addHelpText('after', `
Examples:
  $ office-ld wikidata-diff                                # table of differences to stdout
  $ office-ld wikidata-diff --tsv diff.tsv --quickstatements add.qs
${EXIT_CODES_HELP}`)
    .action(async (inputs: string[], flags: DiffFlags) => {
      process.exitCode = await runDiff(inputs, flags);
    });
}

function today(): PartialDate {
  return { value: new Date().toISOString().slice(0, 10), precision: 'day' };
}

function parseRetrieved(value: string): PartialDate {
  const result = parseDate(value);
  if (!result.ok) throw usageError(`--retrieved: ${result.reason}`, undefined, 'a date like 2026-11-25');
  return result.date;
}

async function runDiff(inputs: string[], flags: DiffFlags): Promise<number> {
  const log = consoleLog(Boolean(flags.quiet));
  const records = [];
  for (const article of await collectInputs(inputs)) records.push(readArticle(await readInput(article)));
  const accepted = (await readLinks(flags.links)).filter((l) => l.relation === 'sameAs' && l.status === 'accepted');
  const qids = new Map(accepted.map((l) => [entityIri(l, flags.base), l.qid]));
  const targets = reconcileTargets(records, flags.base);
  const persons = targets.filter((t) => t.kind === 'person' && qids.has(t.iri));
  const posts = targets.filter((t) => t.kind === 'post' && qids.has(t.iri) && t.place !== undefined && qids.has(t.place));
  if (persons.length === 0 && posts.length === 0) {
    process.stderr.write(`office-ld: nothing compared: no person of the ${records.length} articles has an accepted sameAs line in ${flags.links} `
      + '(office-ld reconcile proposes them; set status to accepted)\n');
  }
  const client = new WikibaseClient(flags.api, new ResponseCache(flags.cache || undefined), {
    onWait: (seconds, status, url) => log.info(`${url.split('?')[0]}: HTTP ${status}, waiting ${seconds} s before trying again`),
  });
  const items = new Map((await client.items([...persons, ...posts].map((p) => qids.get(p.iri)!))).map((item) => [item.qid, item]));
  const rows: DiffRow[] = persons.flatMap((person) => {
    const item = items.get(qids.get(person.iri)!);
    return item ? diffPerson(person, item, qids) : [];
  });
  for (const post of posts) {
    const item = items.get(qids.get(post.iri)!);
    if (item) rows.push(diffJurisdiction(post, item, qids.get(post.place!)!));
  }
  process.stdout.write(diffTable(rows, flags.base));
  if (flags.tsv) await writeFileAtomic(flags.tsv, diffTsv(rows, flags.base));
  if (flags.quickstatements) {
    const qs = quickStatements(rows, flags.retrieved);
    await writeFileAtomic(flags.quickstatements, qs.lines.map((l) => l + '\n').join(''));
    log.info(`${flags.quickstatements}: ${qs.lines.length} lines`);
    if (qs.conflicts.length) {
      log.info(`${qs.conflicts.length} differences need a person (no line written for them):`);
      process.stderr.write(diffTable(qs.conflicts, flags.base));
    }
  }
  return EXIT.ok;
}
