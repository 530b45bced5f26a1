// Contract between the background wiring and the pack import code. The types
// live in lib/types/packs.ts (below lib/db and lib/service); this re-export
// keeps the components' imports unchanged.
export type { DatabaseSnapshot, ImportReport } from '../types/packs';
