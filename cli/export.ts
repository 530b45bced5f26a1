// `sverka export`: converts JSON-LD annotation exports — one's own or several
// colleagues' at once — to CSV, Markdown or one merged JSON-LD file, with the
// same lib/ code the extension uses. Duplicates across files (the same id, or
// the same page, quote and note) are kept once and listed on stderr. Any
// invalid file stops the command before anything is printed.
//   sverka export --from A.jsonld [--from B.jsonld …] --to csv|md|jsonld [--lang en|ru|uk]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { buildExport, claimLookup, readJsonLd } from '../lib/annotations/export';
import { dedupe } from '../lib/annotations/dedupe';
import { loadDatabaseOrExit } from './db';
import type { Annotation, ExportFormat } from '../lib/annotations/types';
import type { UiLang } from '../lib/i18n';

const USAGE = 'usage: sverka export --from FILE.jsonld [--from FILE2.jsonld …] --to csv|md|jsonld [--lang en|ru|uk]\n';
const FORMATS = ['csv', 'md', 'jsonld'] as const;
const LANGS = ['en', 'ru', 'uk'] as const;

function usageError(message: string): never {
  process.stderr.write(`error: ${message}\n${USAGE}`);
  process.exit(2);
}

/** --from (repeatable), --to, --lang; --opt=value and --opt value both work. */
export function parseExportArgs(args: string[]): { from: string[]; to: (typeof FORMATS)[number]; lang: UiLang } {
  const from: string[] = [];
  let to: string | undefined;
  let lang: string = 'en';
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    const value = () => inline ?? args[++i] ?? usageError(`${flag} needs a value`);
    if (flag === '--from') from.push(value());
    else if (flag === '--to') to = value();
    else if (flag === '--lang') lang = value();
    else if (flag === '-h' || flag === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else usageError(`unknown argument "${args[i]}"`);
  }
  if (!from.length) usageError('give at least one --from FILE.jsonld');
  if (!to) usageError('give --to csv, md or jsonld');
  if (!(FORMATS as readonly string[]).includes(to)) usageError(`--to must be csv, md or jsonld, not "${to}"`);
  if (!(LANGS as readonly string[]).includes(lang)) usageError(`--lang must be en, ru or uk, not "${lang}"`);
  return { from, to: to as (typeof FORMATS)[number], lang: lang as UiLang };
}

export function exportCommand(args: string[]): void {
  const { from, to, lang } = parseExportArgs(args);
  const all: Annotation[] = [];
  const sources: string[] = [];
  const errors: string[] = [];
  for (const path of from) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      errors.push(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    const parsed = readJsonLd(basename(path), text);
    if (!parsed.ok) errors.push(parsed.error.replace(/ ?Nothing was (imported|changed)\./g, ''));
    else {
      for (const n of parsed.value.notImported) process.stderr.write(`not imported: ${basename(path)} annotation ${n.index}${n.id ? ` (${n.id})` : ''}: ${n.reason}\n`);
      for (const a of parsed.value.annotations) {
        all.push(a);
        sources.push(basename(path));
      }
    }
  }
  if (errors.length) {
    for (const e of errors) process.stderr.write(`error: ${e}\n`);
    process.stderr.write(`${errors.length} invalid input file(s); nothing was written.\n`);
    process.exit(1);
  }
  const { unique, duplicates } = dedupe(all, [], (i) => sources[i]);
  for (const d of duplicates) process.stderr.write(`skipped duplicate ${d.id}: ${d.reason}\n`);
  const lookup = to === 'jsonld' ? claimLookup() : claimLookup(loadDatabaseOrExit());
  const file = buildExport(to as ExportFormat, unique, { scope: 'all', lookup, lang, now: new Date() });
  if (!file.ok) {
    process.stderr.write(`error: ${file.error}\n`);
    process.exit(1);
  }
  process.stdout.write(file.value.text);
  process.stderr.write(`${unique.length} annotation(s) from ${from.length} file(s)${duplicates.length ? `, ${duplicates.length} duplicate(s) skipped` : ''}.\n`);
}
