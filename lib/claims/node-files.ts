// Reads claim files from a folder, for the command line and tests (Node only;
// the extension bundles the same files through Vite's import.meta.glob).
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';

export type ParsedFiles = Record<string, unknown>;

/** Parses every *.json in `dir`; a file that is not JSON becomes an error string. */
export function readClaimFiles(paths: string[]): { files: ParsedFiles; errors: string[] } {
  const files: ParsedFiles = {};
  const errors: string[] = [];
  for (const path of paths) {
    try {
      files[basename(path)] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      errors.push(`${basename(path)}: ${(e as Error).message}`);
    }
  }
  return { files, errors };
}

export function claimFilePaths(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}

/**
 * Every problem of the claim files in `dir` (unreadable JSON, schema errors
 * naming file, record and field, broken references), or none. wxt.config.ts
 * runs this before every build so invalid bundled data fails `npm run build`.
 */
export async function bundledDataErrors(dir: string): Promise<string[]> {
  const { validateClaimFiles, formatDataError } = await import('./validate');
  const { dataVersion } = await import('./version');
  const { files, errors } = readClaimFiles(claimFilePaths(dir));
  const result = validateClaimFiles(files, dataVersion(files));
  return [...errors, ...(result.ok ? [] : result.errors.map(formatDataError))];
}

/**
 * The lexicon's problems, or none: concepts.json against its schema, and the
 * committed stems (stems.json, which the extension reads instead of stemming
 * at run time) against what the stemmer gives. wxt.config.ts runs this
 * before every build, as it does bundledDataErrors.
 */
export async function lexiconDataErrors(dir: string): Promise<string[]> {
  const { LexiconFile, lexiconStems } = await import('../text/lexicon');
  let parsed: unknown;
  let stems: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(dir, 'concepts.json'), 'utf8'));
    stems = JSON.parse(readFileSync(join(dir, 'stems.json'), 'utf8'));
  } catch (e) {
    return [`lexicon: ${(e as Error).message}`];
  }
  const file = LexiconFile.safeParse(parsed);
  if (!file.success) return file.error.issues.map((i) => `concepts.json: ${i.path.join('.')}: ${i.message}`);
  return JSON.stringify(stems) === JSON.stringify(lexiconStems(file.data)) ? [] : ['stems.json is not what the lexicon and the stemmer give: run `npm run lexicon`'];
}
