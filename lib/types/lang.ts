// The languages Sverka reads and matches. Declared below lib/text, lib/match
// and lib/outlets, so the text pipeline does not depend on the outlet registry.

/** A language of articles, claims and their analysis. */
export type Lang = 'ru' | 'uk' | 'en';
