// The import port's constants and progress shape, without zod: the options
// page imports these, and must not bundle zod (its JIT probe is a Function
// constructor; only the background, with zod in jitless mode, carries zod).
// The port's message schemas are in lib/protocol.ts.

/** The port an options page opens to stream a large fact-check file to the background (issue 11). */
export const IMPORT_PORT = 'sverka-import';
/** Characters per `importChunk`: well under Chrome's 64 MB message limit, small enough to show progress. */
export const IMPORT_CHUNK_CHARS = 4_000_000;

/** Background → options page, on the import port. */
export interface ImportProgress {
  phase: 'receiving' | 'reading' | 'storing' | 'indexing' | 'saving';
  /** Characters received (receiving), items read, claims stored, items skipped. */
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
