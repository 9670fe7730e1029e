// `office-ld reconcile`: propose Wikidata links for our persons, posts and bodies into the reviewed links file.
import { Command, Option } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import { readArticle } from '../build.js';
import { EXIT, usageError } from '../errors.js';
import { collectInputs, readInput } from '../inputs.js';
import { ResponseCache } from '../reconcile/cache.js';
import { formatLinks, readLinks } from '../reconcile/links-file.js';
import { CLEAR_LEAD, reconcile } from '../reconcile/reconcile.js';
import { ReconciliationService } from '../reconcile/service.js';
import { reconcileTargets } from '../reconcile/targets.js';
import { WIKIDATA_API, WikibaseClient } from '../reconcile/wikibase.js';
import { consoleLog } from './log.js';
import { baseOption, EXIT_CODES_HELP, linksOption, quietOption } from './options.js';

interface ReconcileFlags {
  api: string;
  service?: string;
  links: string;
  base: string;
  acceptAbove?: number;
  cache: string;
  maxRetries: number;
  quiet?: boolean;
}

/** The `reconcile` command. */
export function reconcileCommand(): Command {
  return new Command('reconcile')
    .description('propose Wikidata items for every person, post and body without an accepted link, '
      + 'scored from the evidence, into the links file')
    .argument('[input...]', 'article files or folders of .txt articles', ['data/articles'])
    .option('--api <url>', 'Wikibase API endpoint (wbsearchentities, wbgetentities)', WIKIDATA_API)
    .option('--service <url>', 'W3C Reconciliation Service API endpoint to take candidates from, '
      + 'instead of wbsearchentities (e.g. https://wikidata.reconci.link/en/api)')
    .addOption(linksOption())
    .addOption(baseOption())
    .addOption(new Option('--accept-above <score>', `accept the best candidate when it scores above SCORE and leads the next by ${CLEAR_LEAD}`)
      .argParser(parseScore))
    .option('--cache <dir>', "on-disk cache of API answers ('' for none)", '.office-ld-cache/reconcile')
    .addOption(new Option('--max-retries <n>', 'retries after HTTP 429/503 (waiting as Retry-After says)')
      .default(3).argParser(parseCount))
    .addOption(quietOption())
    .addHelpText('after', `
Examples:
  $ office-ld reconcile                          # data/articles → proposed lines in data/links.tsv
  $ office-ld reconcile --accept-above 0.9       # also accept clear winners
  $ office-ld reconcile --api https://wikibase.example.org/w/api.php --links review.tsv
  $ office-ld reconcile --service https://wikidata.reconci.link/en/api
Review data/links.tsv (set status to accepted or rejected), then run office-ld build.
${EXIT_CODES_HELP}`)
    .action(async (inputs: string[], flags: ReconcileFlags) => {
      process.exitCode = await runReconcile(inputs, flags);
    });
}

function parseScore(value: string): number {
  const score = Number(value);
  if (value.trim() === '' || !Number.isFinite(score) || score < 0 || score > 1) {
    throw usageError(`--accept-above "${value}" is not a score`, undefined, 'a number from 0 to 1');
  }
  return score;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw usageError(`--max-retries "${value}" is not a count`, undefined, 'a whole number, e.g. 3');
  return Number(value);
}

async function runReconcile(inputs: string[], flags: ReconcileFlags): Promise<number> {
  const log = consoleLog(Boolean(flags.quiet));
  const records = [];
  for (const article of await collectInputs(inputs)) records.push(readArticle(await readInput(article)));
  const links = await readLinks(flags.links);
  const cache = new ResponseCache(flags.cache || undefined);
  const http = {
    maxRetries: flags.maxRetries,
    onWait: (seconds: number, status: number, url: string) => log.info(`${url.split('?')[0]}: HTTP ${status}, waiting ${seconds} s before trying again`),
  };
  const client = new WikibaseClient(flags.api, cache, http);
  const service = flags.service ? new ReconciliationService(flags.service, cache, http) : undefined;
  const result = await reconcile(reconcileTargets(records, flags.base), links, client,
    { base: flags.base, acceptAbove: flags.acceptAbove, service });
  await writeFileAtomic(flags.links, formatLinks(result.links));
  log.info(`${flags.links}: asked about ${result.asked} entities; ${result.proposed} proposed, ${result.accepted} accepted`);
  return EXIT.ok;
}
