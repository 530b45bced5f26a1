// `sverka match`: quote lookup from the command line, with exactly the
// matcher the extension runs. Contract (tests/unit/cli-match.test.ts):
//   sverka match [--top N] [--json] TEXT     one text ("-" reads stdin)
//   sverka match --jsonl                      one text per stdin line → one JSON result per line
// A result is {"query", "matches": [Match]}, best first, only at or above MATCH_THRESHOLD.
// `--db FILE` uses a database as `sverka db export` prints it instead of the bundled data.
// `--pack FILE…` adds fact-check files or packs (any format `sverka db import`
// reads; `--columns` maps CSV headers) to that database for this run.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseColumnOption, type ColumnMapping } from '../lib/claims/csv-columns';
import { parsePack } from '../lib/claims/import';
import type { ClaimDatabase } from '../lib/claims/schema';
import { Matcher, MATCH_THRESHOLD, type Match } from '../lib/match';
import { detectLang } from '../lib/text/lang';
import { loadDatabaseOrExit } from './db';

/** Exits with a message on stderr; `code` 2 for usage errors, 1 for bad input. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(code);
}

/** Takes `--name VALUE` out of args. */
export function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined) fail(`${name} needs a value`, 2);
  args.splice(i, 2);
  return value;
}

/** Takes a `--flag` out of args. */
/** `--columns claim=…,url=…` (CSV/TSV header mapping), removed from args; exits with usage status 2 when malformed. */
export function takeColumns(args: string[]): ColumnMapping | undefined {
  const raw = takeOption(args, '--columns');
  if (raw === undefined) return undefined;
  const parsed = parseColumnOption(raw);
  if (!parsed.ok) fail(parsed.error, 2);
  return parsed.mapping;
}

export function takeFlag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}

/** The bundled database, or the exported one named by `--db FILE`. */
export function loadDb(path: string | undefined): ClaimDatabase {
  if (!path) return loadDatabaseOrExit();
  let db: ClaimDatabase;
  try {
    db = JSON.parse(readFileSync(path, 'utf8')) as ClaimDatabase;
  } catch (e) {
    return fail(`cannot read database ${path}: ${(e as Error).message}`);
  }
  if (!Array.isArray(db.claims) || !Array.isArray(db.actors)) fail(`${path} is not a claim database (expected the output of "sverka db export")`);
  return db;
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

/** Human-readable listing of matches, in the query's language where the data has one. */
export function formatMatches(matches: Match[], lang: 'ru' | 'uk' | 'en'): string {
  if (!matches.length) return `no statement matches (threshold ${MATCH_THRESHOLD})\n`;
  return matches
    .map((m, i) => {
      const src = m.sources.map((s) => `${s.outlet}, ${s.date}${s.url ? `, ${s.url}` : ''}`).join('; ');
      const why = [...new Set([...m.why.names, ...m.why.numbers, ...m.why.terms])].join(', ');
      return `${i + 1}. ${m.score.toFixed(2)}  ${m.speaker.name[lang]}, ${m.date}  [${m.claimId}]\n   «${m.quote}»\n   ${m.text[lang]}\n   source: ${src}\n   shared: ${why}\n`;
    })
    .join('\n');
}

/** Takes `--pack FILE…`: the values after each --pack that name existing files. */
function takePacks(args: string[]): string[] {
  const packs: string[] = [];
  for (let i = args.indexOf('--pack'); i >= 0; i = args.indexOf('--pack')) {
    let k = i + 1;
    while (k < args.length && !args[k].startsWith('--') && args[k] !== '-' && existsSync(args[k]) && statSync(args[k]).isFile()) k++;
    if (k === i + 1) fail(`--pack needs a file${args[i + 1] ? `; "${args[i + 1]}" is not one` : ''}`, 2);
    packs.push(...args.slice(i + 1, k));
    args.splice(i, k - i);
  }
  return packs;
}

/** The database plus every pack, read with the extension's import (lib/claims/import.ts); a rejected file stops with its errors. */
function withPacks(db: ClaimDatabase, packs: string[], columns: ColumnMapping | undefined): ClaimDatabase {
  let out = db;
  for (const file of packs) {
    const parsed = parsePack(basename(file), readFileSync(file, 'utf8'), out, { columns });
    if (!parsed.ok) fail(`${file} was not loaded:\n  ${parsed.errors.slice(0, 20).join('\n  ')}`);
    const { pack } = parsed;
    out = {
      version: `${out.version}+${pack.id}`,
      events: [...out.events, ...pack.events], actors: [...out.actors, ...pack.actors],
      claims: [...out.claims, ...pack.claims], relations: [...out.relations, ...pack.relations],
    };
  }
  return out;
}

export async function matchCommand(argv: string[]): Promise<void> {
  const args = [...argv];
  const packs = takePacks(args);
  const columns = takeColumns(args);
  const topRaw = takeOption(args, '--top');
  const dbPath = takeOption(args, '--db');
  const json = takeFlag(args, '--json');
  const jsonl = takeFlag(args, '--jsonl');
  const top = topRaw === undefined ? 5 : Number(topRaw);
  if (!Number.isInteger(top) || top < 1) fail(`--top needs a positive whole number, got "${topRaw}"`, 2);
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown) fail(`unknown option ${unknown}\nusage: sverka match [--pack FILE…] [--top N] [--json] TEXT|-   |   sverka match --jsonl < lines`, 2);

  if (jsonl) {
    if (args.length) fail('--jsonl reads texts from stdin, one per line; give no TEXT', 2);
    const matcher = Matcher.build(withPacks(loadDb(dbPath), packs, columns));
    const lines = readStdin().split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    const out = lines.map((query) => JSON.stringify({ query, matches: query.trim() ? matcher.matchText(query, { top }) : [] }));
    process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
    return;
  }

  if (args.length === 0) fail('no text given\nusage: sverka match [--top N] [--json] TEXT|-', 2);
  const query = args.length === 1 && args[0] === '-' ? readStdin() : args.join(' ');
  if (!query.trim()) fail('the text is empty');
  const matcher = Matcher.build(withPacks(loadDb(dbPath), packs, columns));
  const matches = matcher.matchText(query, { top });
  if (json) process.stdout.write(`${JSON.stringify({ query, matches }, null, 2)}\n`);
  else {
    const lang = detectLang(query);
    process.stdout.write(formatMatches(matches, lang === 'other' ? 'en' : lang));
  }
}
