// The match result types live in lib/types/match.ts (below lib/match and every
// reader of a tab's findings); re-exported here for lib/match's own modules.
export * from '../types/match';
