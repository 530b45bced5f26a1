// Results cross every boundary (messages, imports, storage) as data, never as
// thrown errors. Declared here, below lib/db, lib/annotations and lib/service,
// so none of them has to import the message protocol for it.

/** `{ok: true, value}` or `{ok: false, error}`: the error is worded for the reader. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
