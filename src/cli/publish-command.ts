// `office-ld publish`: the bundle as a static linked-data site with nginx and Apache content-negotiation rules.
import { Command } from 'commander';
import { publishSite } from '../serve/publish.js';
import { consoleLog } from './log.js';
import { baseOption, dataOption, EXIT_CODES_HELP, quietOption } from './options.js';

interface PublishFlags {
  data: string;
  site: string;
  base: string;
  quiet?: boolean;
}

/** The `publish` command. */
export function publishCommand(): Command {
  return new Command('publish')
    .description('write the bundle as a static site: HTML pages, per-entity .ttl/.jsonld/.nt files, nginx.conf and .htaccess')
    .addOption(dataOption())
    .requiredOption('--site <dir>', 'folder to write the site into')
    .addOption(baseOption())
    .addOption(quietOption())
    .addHelpText('after', `
Examples:
  $ office-ld publish --site site               # output/ → site/
${EXIT_CODES_HELP}`)
    .action(async (flags: PublishFlags) => {
      const log = consoleLog(Boolean(flags.quiet));
      const { entities, files } = await publishSite({ dataDir: flags.data, siteDir: flags.site, base: flags.base });
      log.info(`published ${entities} entities as ${files} files to ${flags.site} (rules: nginx.conf, .htaccess)`);
    });
}
