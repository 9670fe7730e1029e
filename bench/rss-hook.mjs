// Loaded with `node --import` by the benchmark: writes the process's peak RSS (KiB) to $OFFICE_LD_RSS_FILE at exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.OFFICE_LD_RSS_FILE) writeFileSync(process.env.OFFICE_LD_RSS_FILE, String(process.resourceUsage().maxRSS));
});
