// Search and filters for the annotation list: text, tag, outlet, event,
// stance and a date range (of the article or of the annotation). Controlled:
// the list owns the filter and applies lib/annotations/filter.ts, the same
// function the background uses for listAnnotations.
import { at } from '../../lib/i18n/annotation-strings';
import { STANCES, type AnnotationFilter, type Stance } from '../../lib/annotations/types';
import { outletName } from '../format';

export interface AnnotationFiltersProps {
  value: AnnotationFilter;
  onChange(next: AnnotationFilter): void;
  /** Values present in the annotations, for the menus. */
  facets: { tags: string[]; outlets: string[]; events: string[] };
  /** Event id → title in the UI language. */
  eventTitles: Record<string, string>;
  /** Prefix for element ids when two lists are on one page. */
  idPrefix?: string;
}

export function AnnotationFilters({ value, onChange, facets, eventTitles, idPrefix = 'ann-f' }: AnnotationFiltersProps) {
  const set = <K extends keyof AnnotationFilter>(key: K, v: AnnotationFilter[K] | '') => {
    const next = { ...value };
    if (v === '' || v === undefined) delete next[key];
    else next[key] = v as AnnotationFilter[K];
    onChange(next);
  };
  const id = (name: string) => `${idPrefix}-${name}`;
  const menu = (name: 'tag' | 'outletId' | 'event', label: string, options: string[], show: (v: string) => string) => (
    <label for={id(name)}>
      {label}
      <select id={id(name)} value={value[name] ?? ''} onChange={(e) => set(name, e.currentTarget.value)}>
        <option value="">{at('any')}</option>
        {options.map((o) => <option key={o} value={o}>{show(o)}</option>)}
      </select>
    </label>
  );
  return (
    <div class="ann-filters" role="search" aria-label={at('filtersLabel')}>
      <div class="ann-filter-text">
        <label for={id('text')}>
          {at('searchLabel')}
          <input id={id('text')} type="search" value={value.text ?? ''} aria-describedby={id('text-hint')} onInput={(e) => set('text', e.currentTarget.value)} />
        </label>
        <span id={id('text-hint')} class="hint">{at('searchHint')}</span>
      </div>
      {menu('tag', at('filterTag'), facets.tags, (t) => t)}
      {menu('outletId', at('filterOutlet'), facets.outlets, (o) => outletName(o))}
      {menu('event', at('filterEvent'), facets.events, (e) => eventTitles[e] ?? e)}
      <label for={id('stance')}>
        {at('filterStance')}
        <select id={id('stance')} value={value.stance ?? ''} onChange={(e) => set('stance', e.currentTarget.value as Stance | '')}>
          <option value="">{at('any')}</option>
          {STANCES.map((s) => <option key={s} value={s}>{at(`stance_${s}`)}</option>)}
        </select>
      </label>
      <label for={id('from')}>
        {at('dateFrom')}
        <input id={id('from')} type="date" value={value.from ?? ''} onChange={(e) => set('from', e.currentTarget.value)} />
      </label>
      <label for={id('to')}>
        {at('dateTo')}
        <input id={id('to')} type="date" value={value.to ?? ''} onChange={(e) => set('to', e.currentTarget.value)} />
      </label>
      <label for={id('date-of')}>
        {at('dateOf')}
        <select id={id('date-of')} value={value.dateOf ?? 'article'} onChange={(e) => set('dateOf', e.currentTarget.value === 'annotated' ? 'annotated' : '')}>
          <option value="article">{at('dateOfArticle')}</option>
          <option value="annotated">{at('dateOfAnnotated')}</option>
        </select>
      </label>
      <button type="button" class="ann-secondary" onClick={() => onChange({})}>{at('clearFilters')}</button>
    </div>
  );
}
