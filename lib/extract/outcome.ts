// Any extraction, on the live page or on a snapshot, turned into a
// message-safe outcome: an exception from a hostile page becomes
// {ok: false, reason: 'error'} instead of crossing a boundary as a throw.
import type { ExtractOutcome } from '../protocol';
import type { ExtractResult } from './types';

export function asOutcome(run: () => ExtractResult): ExtractOutcome {
  try {
    const result = run();
    if (result.ok) return { ok: true, article: result.article };
    return { ok: false, reason: result.reason, detail: result.detail };
  } catch (e) {
    return { ok: false, reason: 'error', detail: (e instanceof Error ? e.message : String(e)).slice(0, 2_000) };
  }
}
