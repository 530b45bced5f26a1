// The import port's constants and progress shape, without zod: the options
// page imports these, and must not bundle zod (its JIT probe is a Function
// constructor; only the background, with zod in jitless mode, carries zod).
// The port's message schemas are in lib/protocol.ts.
import type { ImportReport } from './packs';
import type { Result } from './result';

/** The port an options page opens to hand a large fact-check file to the background (issue 11; lib/uploads/hand-over.ts). */
export const IMPORT_PORT = 'sverka-import';

/** Background → options page, on the import port. */
export interface ImportProgress {
  /** 'handing': the file goes to the background through IndexedDB and is decoded there (no count to show). */
  phase: 'handing' | 'reading' | 'storing' | 'indexing' | 'saving';
  /** The file's size in characters once decoded (bytes while handing over); items read, claims stored, items skipped. */
  received: number;
  size: number;
  read: number;
  stored: number;
  skipped: number;
  /** Characters of the file read so far (reading; a JSON file is parsed as a stream). */
  parsed?: number;
  /** Claims indexed so far (indexing). */
  indexed?: number;
  /** Claims to index and store, once known. */
  total?: number;
}

/** Background → options page on the import port: `ready` once (store the file now, under `id`), progress, one result. */
export type ImportPortMessage =
  | { type: 'ready'; id: string }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'result'; result: Result<ImportReport> };
