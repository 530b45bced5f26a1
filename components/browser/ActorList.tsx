// The speakers in the database with their role, the other forms their names
// take in running text (what the matcher looks for), and their statements.
import { getUiLang } from '../../lib/i18n';
import { bt } from '../../lib/i18n/browser-strings';
import type { Actor } from '../../lib/claims/schema';

export interface ActorListProps {
  actors: Actor[];
  /** Claims per actor id. */
  counts: Map<string, number>;
  onPickSpeaker(actorId: string): void;
}

export function ActorList({ actors, counts, onPickSpeaker }: ActorListProps) {
  const lang = getUiLang();
  const sorted = [...actors].sort((a, b) => a.names[lang][0].localeCompare(b.names[lang][0], lang));
  return (
    <ul class="db-actors">
      {sorted.map((a) => {
        const name = a.names[lang][0];
        const forms = [...new Set([...a.names.ru, ...a.names.uk, ...a.names.en])].filter((f) => f !== name);
        const n = counts.get(a.id) ?? 0;
        return (
          <li key={a.id} class="card" data-actor-id={a.id}>
            <strong>{name}</strong>
            <span class="muted">{` — ${a.role[lang]}`}</span>
            {forms.length > 0 && <p class="hint">{bt('alsoWritten')}: {forms.join(', ')}</p>}
            <p class="hint">{bt('actorClaims', { count: n })}</p>
            {n > 0 && (
              <button type="button" class="db-link-button" onClick={() => onPickSpeaker(a.id)}>
                {bt('showSpeaker', { name })}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
