// The `sverka` command line: a thin dispatcher over lib/, so tests, benchmarks
// and users run exactly the code the extension runs.
import { dbCommand } from './db';

const USAGE = `usage:
  sverka db validate [FILE…]     validate the bundled claim data (or the given files)
  sverka db export               the whole database as one JSON document
  sverka db export --pack ID --format sverka|claimreview [--from PACK.json …]   one pack (or "bundled") as a Sverka pack or ClaimReview JSON-LD
  sverka db stats                counts per event, relation type and kind
  sverka db import FILE… [--dry-run] [--json] [--columns claim=…,url=…] [--store PATH]
                                 import fact-check files (ClaimReview JSON-LD, DataFeed, JSON Lines, CSV/TSV) or packs
                                 into a local store (default ./sverka-store.json), or only report with --dry-run
  sverka match [--pack FILE…] [--top N] [--json] TEXT|-     statements a text makes (bundled data plus the packs)
  sverka match --jsonl           one text per line on stdin, one JSON result per line
  sverka annotate [--url URL] [--json] FILE.html   the extension's full pipeline on a saved page
  sverka export --from FILE.jsonld [--from …] --to csv|md|jsonld [--lang en|ru|uk]   merge and convert annotation exports
`;

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case 'db':
      return dbCommand(args);
    case 'match':
      return (await import('./match')).matchCommand(args);
    case 'annotate':
      return (await import('./annotate')).annotateCommand(args);
    case 'export':
      return (await import('./export')).exportCommand(args);
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(USAGE);
      return;
    default:
      process.stderr.write(`unknown command "${command}"\n${USAGE}`);
      process.exit(2);
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
