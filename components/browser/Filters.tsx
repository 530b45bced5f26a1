// The statement filters: event, speaker, outlet, quote language and free text.
// Controlled by the parent so the timeline and speaker list can set them too.
import { getUiLang } from '../../lib/i18n';
import { bt } from '../../lib/i18n/browser-strings';
import type { ClaimDatabase, Lang } from '../../lib/claims/schema';
import { outletName } from '../format';
import { NO_FILTER, outletsOf, type ClaimFilter } from './claim-filter';

// Not schema.ts's LANGS: importing a value from there would pull zod into the options page.
const QUOTE_LANGS: readonly Lang[] = ['ru', 'uk', 'en'];

export interface FiltersProps {
  data: ClaimDatabase;
  value: ClaimFilter;
  onChange(next: ClaimFilter): void;
}

export function Filters({ data, value, onChange }: FiltersProps) {
  const lang = getUiLang();
  const set = <K extends keyof ClaimFilter>(key: K, v: ClaimFilter[K]) => onChange({ ...value, [key]: v });
  const events = [...data.events].sort((a, b) => a.dates[0].localeCompare(b.dates[0]));
  const speakerIds = new Set(data.claims.map((c) => c.speaker));
  const speakers = data.actors.filter((a) => speakerIds.has(a.id)).sort((a, b) => a.names[lang][0].localeCompare(b.names[lang][0], lang));
  const outlets = outletsOf(data).map((id) => ({ id, name: outletName(id, lang) })).sort((a, b) => a.name.localeCompare(b.name, lang));
  const active = JSON.stringify(value) !== JSON.stringify(NO_FILTER);

  return (
    <form class="db-filters" aria-label={bt('filtersLabel')} onSubmit={(e) => e.preventDefault()}>
      <label>
        <span>{bt('filterEvent')}</span>
        <select value={value.event} onChange={(e) => set('event', e.currentTarget.value)}>
          <option value="">{bt('any')}</option>
          {events.map((e) => <option key={e.id} value={e.id}>{`${e.dates[0].slice(0, 4)} · ${e.title[lang]}`}</option>)}
        </select>
      </label>
      <label>
        <span>{bt('filterSpeaker')}</span>
        <select value={value.speaker} onChange={(e) => set('speaker', e.currentTarget.value)}>
          <option value="">{bt('any')}</option>
          {speakers.map((a) => <option key={a.id} value={a.id}>{a.names[lang][0]}</option>)}
        </select>
      </label>
      <label>
        <span>{bt('filterOutlet')}</span>
        <select value={value.outlet} onChange={(e) => set('outlet', e.currentTarget.value)}>
          <option value="">{bt('any')}</option>
          {outlets.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </label>
      <label>
        <span>{bt('filterLang')}</span>
        <select value={value.lang} onChange={(e) => set('lang', e.currentTarget.value as '' | Lang)}>
          <option value="">{bt('any')}</option>
          {QUOTE_LANGS.map((l) => <option key={l} value={l}>{bt(`lang_${l}`)}</option>)}
        </select>
      </label>
      <label class="db-filter-text">
        <span>{bt('filterText')}</span>
        <input type="search" value={value.text} aria-describedby="db-filter-text-hint" onInput={(e) => set('text', e.currentTarget.value)} />
        <small id="db-filter-text-hint" class="hint">{bt('filterTextHint')}</small>
      </label>
      <button type="button" class="db-secondary" disabled={!active} onClick={() => onChange(NO_FILTER)}>{bt('clearFilters')}</button>
    </form>
  );
}
