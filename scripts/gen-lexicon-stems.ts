// `npm run lexicon [-- --check]`: stems the domain lexicon's wordings
// (assets/lexicon/concepts.json) with Sverka's stemmer and writes them to
// assets/lexicon/stems.json, which the extension reads instead of stemming
// ~2,000 wordings on every worker wake-up. Run it after editing the lexicon or
// the lemma tables (`npm run lemmas`). `--check` writes nothing and exits 1
// when the committed file differs (tests/unit/lexicon-stems.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LexiconFile, lexiconStems } from '../lib/text/lexicon';

const ROOT = join(import.meta.dirname, '..');
const target = join(ROOT, 'assets/lexicon/stems.json');

/** One line per concept and seat: a change of the lexicon shows as a change of its lines. */
function lexiconStemsText(): string {
  const file = LexiconFile.parse(JSON.parse(readFileSync(join(ROOT, 'assets/lexicon/concepts.json'), 'utf8')));
  const { concepts, seats } = lexiconStems(file);
  const lines = (rows: unknown[]) => rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  return `{\n  "concepts": [\n${lines(concepts)}\n  ],\n  "seats": [\n${lines(seats)}\n  ]\n}\n`;
}

const text = lexiconStemsText();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // Missing: differs.
  }
  if (committed !== text) {
    process.stderr.write('assets/lexicon/stems.json is not what the lexicon and the stemmer give: run `npm run lexicon`\n');
    process.exit(1);
  }
  process.stdout.write('assets/lexicon/stems.json is current\n');
} else {
  writeFileSync(target, text);
  process.stdout.write(`wrote assets/lexicon/stems.json (${text.length} bytes)\n`);
}
