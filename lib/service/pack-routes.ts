// The background's routing of the pack messages (lib/packs/protocol.ts):
// export, subscriptions and the reader's own statements. Payloads arrive
// validated and sender-checked (lib/service/router.ts); answers are Results.
import { exportPack } from './pack-export';
import * as subscriptions from './subscriptions';
import * as statements from './statements';
import type { PackMessages } from '../packs/protocol';
import type { Parsed } from '../messaging';
import type { Result } from '../types/result';

export interface PackRouteDeps {
  subscriptions: subscriptions.SubscriptionDeps;
  /** Tell every open panel and page that the database changed (counts, lists, findings). */
  databaseChanged(): void;
}

export async function fromPanel(deps: PackRouteDeps, msg: Parsed<typeof PackMessages>): Promise<Result<unknown>> {
  const sub = deps.subscriptions;
  switch (msg.type) {
    case 'exportPack':
      return exportPack(sub.db, msg.payload, sub.now);
    case 'listSubscriptions':
      return subscriptions.listSubscriptions(sub);
    case 'subscribePack':
      return changed(deps, await subscriptions.subscribe(sub, msg.payload.url));
    case 'refreshSubscriptions':
      return changed(deps, await subscriptions.refresh(sub, msg.payload.url));
    case 'unsubscribePack':
      return changed(deps, await subscriptions.unsubscribe(sub, msg.payload.url));
    case 'saveStatement':
      return changed(deps, await statements.saveStatement(sub.db, msg.payload.statement, sub.now, msg.payload.claimId));
    case 'removeStatement':
      return changed(deps, await statements.removeStatement(sub.db, msg.payload.claimId, sub.now));
    case 'listMyStatements':
      return statements.listMyStatements(sub.db);
  }
}

function changed<T>(deps: PackRouteDeps, result: Result<T>): Result<T> {
  if (result.ok) deps.databaseChanged();
  return result;
}
