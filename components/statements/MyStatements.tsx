// The options page's "My statements": the reader's own statements, each with
// Edit (the same form as in the panel) and Remove (asked once).
import { useEffect, useState } from 'preact/hooks';
import { getUiLang } from '../../lib/i18n';
import { sst } from '../../lib/i18n/statement-strings';
import { formatDate, outletName } from '../format';
import { StatementSection, type StatementApi } from './StatementSection';
import { formFromClaim } from './draft';
import type { MyStatements as Mine } from '../../lib/service/statements';
import type { Result } from '../../lib/types/result';

export interface MyStatementsApi extends StatementApi {
  list(): Promise<Result<Mine>>;
  remove(claimId: string): Promise<Result<null>>;
}

export function MyStatements({ api, onChanged }: { api: MyStatementsApi; onChanged?(): void }) {
  const lang = getUiLang();
  const [mine, setMine] = useState<Mine>();
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState<string>();
  const [confirming, setConfirming] = useState<string>();
  const [message, setMessage] = useState<string>();
  const load = async () => {
    const r = await api.list();
    if (r.ok) setMine(r.value);
    else setError(r.error);
  };
  useEffect(() => void load(), []);

  async function remove(id: string) {
    const r = await api.remove(id);
    setConfirming(undefined);
    setMessage(r.ok ? sst('removed') : r.error);
    await load();
    if (r.ok) onChanged?.();
  }

  if (error) return <p class="error" role="alert">{error}</p>;
  if (!mine) return <p class="notice" role="status">{sst('loadingChoices')}</p>;
  return (
    <div class="my-statements">
      <p class="muted">{sst('mineHelp')}</p>
      <div role="status" aria-live="polite">{message && <p class="notice">{message}</p>}</div>
      {mine.claims.length === 0 && <p class="muted">{sst('mineEmpty')}</p>}
      <ul class="db-claims">
        {mine.claims.map((c) => {
          const short = c.quote.length > 60 ? `${c.quote.slice(0, 59)}…` : c.quote;
          const speaker = mine.actors.find((a) => a.id === c.speaker)?.names[lang][0] ?? c.speaker;
          return (
            <li key={c.id} data-my-claim={c.id}>
              {editing === c.id ? (
                <StatementSection
                  initial={formFromClaim(c, mine.relations)} claimId={c.id} api={api}
                  onClose={() => { setEditing(undefined); void load(); onChanged?.(); }}
                />
              ) : (
                <article class="db-claim">
                  <header><strong>{speaker}</strong> · <time dateTime={c.date}>{formatDate(c.date)}</time>{c.kind === 'paraphrase' && <> · <em>{sst('paraphraseMark')}</em></>}</header>
                  <blockquote lang={c.quoteLang} class="quote">{c.quote}</blockquote>
                  <p class="muted">{outletName(c.sources[0].outlet)} · {c.sources[0].title} · {formatDate(c.sources[0].date)}</p>
                  {confirming === c.id ? (
                    <div role="group" aria-label={sst('removeNamed', { quote: short })}>
                      <p>{sst('confirmRemove')}</p>
                      <button type="button" class="db-danger" onClick={() => remove(c.id)}>{sst('confirmYes')}</button>{' '}
                      <button type="button" class="db-secondary" onClick={() => setConfirming(undefined)}>{sst('cancel')}</button>
                    </div>
                  ) : (
                    <>
                      <button type="button" class="db-secondary" aria-label={sst('editNamed', { quote: short })} onClick={() => setEditing(c.id)}>{sst('edit')}</button>{' '}
                      <button type="button" class="db-secondary" aria-label={sst('removeNamed', { quote: short })} onClick={() => { setMessage(undefined); setConfirming(c.id); }}>{sst('remove')}</button>
                    </>
                  )}
                </article>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
