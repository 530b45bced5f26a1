// The page-side Scheduler on WXT's context timers: they stop by themselves
// when the extension reloads or a newer copy of the script takes over.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SLICE_MS, type Scheduler } from '../../lib/page/schedule';

export function ctxScheduler(ctx: ContentScriptContext): Scheduler {
  return {
    idle(cb, opts) {
      if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(cb, opts);
      else ctx.setTimeout(() => cb({ timeRemaining: () => SLICE_MS, didTimeout: false }), 1);
    },
    later: (cb, ms) => ctx.setTimeout(cb, ms),
    cancel: (id) => clearTimeout(id),
    now: () => performance.now(),
  };
}
