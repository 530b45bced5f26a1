// "Add as a statement": the form. The quote is shown, never edited; the
// speaker is found among the actors or added with names in three languages;
// date and source come from the page; the event is chosen or created;
// relations to statements on record carry a one-line reason. Every field has a
// label; problems are named next to their field and summarised in an alert;
// the background checks everything again and its message is shown as it is.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { getUiLang } from '../../lib/i18n';
import { sst } from '../../lib/i18n/statement-strings';
import { checkForm, findActors, findClaims, inputFromForm, NEW_EVENT, type FormState } from './draft';
import type { Claim, ClaimDatabase, RelationType } from '../../lib/claims/schema';
import type { StatementInput } from '../../lib/packs/statement';
import type { Result } from '../../lib/types/result';

const RELATION_TYPES: RelationType[] = ['contradicts', 'supports', 'responds-to', 'same-as', 'updates'];

export interface StatementFormProps {
  initial: FormState;
  /** Speakers, events and statements to choose from (the database snapshot). */
  data: ClaimDatabase;
  /** Set when editing one of the reader's statements. */
  claimId?: string;
  onSave(input: StatementInput, claimId?: string): Promise<Result<Claim>>;
  onDone(saved?: Claim): void;
}

export function StatementForm({ initial, data, claimId, onSave, onDone }: StatementFormProps) {
  const lang = getUiLang();
  const [f, setF] = useState<FormState>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [speakerQuery, setSpeakerQuery] = useState('');
  const [claimQuery, setClaimQuery] = useState('');
  const root = useRef<HTMLFormElement>(null);
  // Focus moves in the same task as the DOM change (components/focus-target.ts says why).
  useLayoutEffect(() => root.current?.querySelector<HTMLElement>('#st-speaker-search, #st-date')?.focus(), []);
  // Each refused submit: the first field with a problem takes the focus, so a keyboard reader lands on it.
  const [refused, setRefused] = useState(0);
  useLayoutEffect(() => {
    if (refused) root.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refused]);

  const set = (patch: Partial<FormState>) => setF((prev) => ({ ...prev, ...patch }));
  const actors = findActors(data, speakerQuery);
  const chosenActor = data.actors.find((a) => a.id === f.actorId);
  const events = [...data.events].sort((a, b) => b.dates[0].localeCompare(a.dates[0]));
  const claimChoices = findClaims(data, claimQuery).filter((c) => c.id !== claimId);
  const claimLabel = (c: Claim) => `${c.date} · ${data.actors.find((a) => a.id === c.speaker)?.names[lang][0] ?? c.speaker}: ${c.text[lang].slice(0, 90)}`;

  const field = (id: string) => ({ id: `st-${id}`, 'aria-invalid': errors[id] ? true : undefined, 'aria-describedby': errors[id] ? `st-${id}-error` : undefined });
  const problem = (id: string) => errors[id] && <span id={`st-${id}-error`} class="st-error">{errors[id]}</span>;

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setServerError(undefined);
    const found = checkForm(f, { required: sst('required'), badDate: sst('badDate'), badUrl: sst('badUrl') });
    setErrors(found);
    if (Object.keys(found).length) return setRefused((n) => n + 1);
    setBusy(true);
    const result = await onSave(inputFromForm(f), claimId);
    setBusy(false);
    if (!result.ok) return setServerError(result.error);
    onDone(result.value);
  }

  return (
    <form class="st-form" ref={root} onSubmit={submit} noValidate aria-labelledby="st-title">
      <h3 id="st-title">{claimId ? sst('editTitle') : sst('formTitle')}</h3>
      {(Object.keys(errors).length > 0 || serverError) && (
        <div class="error" role="alert">
          {serverError ? <p style={{ whiteSpace: 'pre-line' }}>{serverError}</p> : <p>{sst('fixFields')}</p>}
        </div>
      )}

      <p class="st-label" id="st-quote-label">{sst('quoteLabel')}</p>
      <blockquote class="quote st-quote" lang={f.quoteLang} aria-labelledby="st-quote-label">{f.quote}</blockquote>
      <fieldset>
        <legend>{sst('kindLegend')}</legend>
        <label><input type="radio" name="st-kind" checked={f.kind === 'direct-quote'} onChange={() => set({ kind: 'direct-quote' })} /> {sst('kindDirect')}</label>
        <label><input type="radio" name="st-kind" checked={f.kind === 'paraphrase'} onChange={() => set({ kind: 'paraphrase' })} /> {sst('kindParaphrase')}</label>
      </fieldset>
      <label for="st-lang">{sst('quoteLang')}</label>
      <select id="st-lang" value={f.quoteLang} onChange={(e) => set({ quoteLang: (e.target as HTMLSelectElement).value as FormState['quoteLang'] })}>
        <option value="ru">русский</option><option value="uk">українська</option><option value="en">English</option>
      </select>

      <fieldset>
        <legend>{sst('speakerLegend')}</legend>
        {!f.newActor && (
          <>
            <label for="st-speaker-search">{sst('speakerSearch')}</label>
            <input id="st-speaker-search" type="search" value={speakerQuery} onInput={(e) => setSpeakerQuery((e.target as HTMLInputElement).value)} />
            <label for="st-speaker">{sst('speakerPick')}</label>
            <select {...field('speaker')} size={Math.min(6, Math.max(2, actors.length))} value={f.actorId} onChange={(e) => set({ actorId: (e.target as HTMLSelectElement).value })}>
              {actors.map((a) => <option key={a.id} value={a.id}>{a.names[lang][0]}{a.names[lang][0] !== a.names.en[0] ? ` (${a.names.en[0]})` : ''}</option>)}
            </select>
            {problem('speaker')}
            {actors.length === 0 && <p class="hint">{sst('speakerNone')}</p>}
            {chosenActor && <p class="hint">{sst('speakerRole', { role: chosenActor.role[lang] })}</p>}
          </>
        )}
        <label><input type="checkbox" checked={f.newActor} onChange={(e) => set({ newActor: (e.target as HTMLInputElement).checked })} /> {sst('newSpeaker')}</label>
        {f.newActor && (
          <div class="st-grid">
            {(['ru', 'uk', 'en'] as const).map((l) => (
              <span key={l}>
                <label for={`st-name-${l}`}>{sst(l === 'ru' ? 'nameRu' : l === 'uk' ? 'nameUk' : 'nameEn')}</label>
                <input {...field(`name-${l}`)} value={f.names[l]} onInput={(e) => set({ names: { ...f.names, [l]: (e.target as HTMLInputElement).value } })} />
                {problem(`name-${l}`)}
              </span>
            ))}
            <label for="st-actor-kind">{sst('speakerKind')}</label>
            <select id="st-actor-kind" value={f.actorKind} onChange={(e) => set({ actorKind: (e.target as HTMLSelectElement).value as 'person' | 'body' })}>
              <option value="person">{sst('kindPerson')}</option><option value="body">{sst('kindBody')}</option>
            </select>
            {(['ru', 'uk', 'en'] as const).map((l) => (
              <span key={l}>
                <label for={`st-role-${l}`}>{sst(l === 'ru' ? 'roleRu' : l === 'uk' ? 'roleUk' : 'roleEn')}</label>
                <input {...field(`role-${l}`)} value={f.role[l]} onInput={(e) => set({ role: { ...f.role, [l]: (e.target as HTMLInputElement).value } })} />
                {problem(`role-${l}`)}
              </span>
            ))}
            <p class="hint">{sst('roleHint')}</p>
          </div>
        )}
      </fieldset>

      <label for="st-date">{sst('dateLabel')}</label>
      <input {...field('date')} type="date" value={f.date} onInput={(e) => set({ date: (e.target as HTMLInputElement).value })} />
      {problem('date')}
      <p class="hint">{sst('dateHint')}</p>

      <fieldset>
        <legend>{sst('sourceLegend')}</legend>
        {(['url', 'outlet', 'title', 'date'] as const).map((k) => (
          <span key={k} class="st-row">
            <label for={`st-source-${k}`}>{sst(k === 'url' ? 'sourceUrl' : k === 'outlet' ? 'sourceOutlet' : k === 'title' ? 'sourceTitle' : 'sourceDate')}</label>
            <input {...field(`source-${k}`)} type={k === 'date' ? 'date' : k === 'url' ? 'url' : 'text'} value={f.source[k]} onInput={(e) => set({ source: { ...f.source, [k]: (e.target as HTMLInputElement).value } })} />
            {problem(`source-${k}`)}
          </span>
        ))}
      </fieldset>

      <fieldset>
        <legend>{sst('eventLegend')}</legend>
        <label for="st-event">{sst('eventPick')}</label>
        <select {...field('event')} value={f.eventId} onChange={(e) => set({ eventId: (e.target as HTMLSelectElement).value })}>
          <option value="">—</option>
          {events.map((ev) => <option key={ev.id} value={ev.id}>{ev.dates[0]} · {ev.title[lang]}</option>)}
          <option value={NEW_EVENT}>{sst('eventNew')}</option>
        </select>
        {problem('event')}
        {f.eventId === NEW_EVENT && (
          <>
            <label for="st-event-title">{sst('eventTitle')}</label>
            <input {...field('event-title')} value={f.eventTitle} onInput={(e) => set({ eventTitle: (e.target as HTMLInputElement).value })} />
            {problem('event-title')}
            <label for="st-event-date">{sst('eventDate')}</label>
            <input {...field('event-date')} type="date" value={f.eventDate} onInput={(e) => set({ eventDate: (e.target as HTMLInputElement).value })} />
            {problem('event-date')}
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>{sst('relationsLegend')}</legend>
        {f.relations.length > 0 && (
          <>
            <label for="st-relation-search">{sst('relationSearch')}</label>
            <input id="st-relation-search" type="search" value={claimQuery} onInput={(e) => setClaimQuery((e.target as HTMLInputElement).value)} />
          </>
        )}
        {f.relations.map((r, i) => {
          const update = (patch: Partial<typeof r>) => set({ relations: f.relations.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          const current = data.claims.find((c) => c.id === r.to);
          const options = current && !claimChoices.includes(current) ? [current, ...claimChoices] : claimChoices;
          return (
            <div key={i} class="st-relation" role="group" aria-label={`${sst('relationTo')} ${i + 1}`}>
              <label for={`st-relation-${i}-type`}>{sst('relationType')}</label>
              <select id={`st-relation-${i}-type`} value={r.type} onChange={(e) => update({ type: (e.target as HTMLSelectElement).value as RelationType })}>
                {RELATION_TYPES.map((type) => <option key={type} value={type}>{sst(`rel_${type}`)}</option>)}
              </select>
              <label for={`st-relation-${i}-to`}>{sst('relationTo')}</label>
              <select {...field(`relation-${i}-to`)} value={r.to} onChange={(e) => update({ to: (e.target as HTMLSelectElement).value })}>
                <option value="">—</option>
                {options.map((c) => <option key={c.id} value={c.id}>{claimLabel(c)}</option>)}
              </select>
              {problem(`relation-${i}-to`)}
              <label for={`st-relation-${i}-why`}>{sst('relationWhy')}</label>
              <input {...field(`relation-${i}-why`)} maxLength={300} value={r.explanation} onInput={(e) => update({ explanation: (e.target as HTMLInputElement).value })} />
              {problem(`relation-${i}-why`)}
              <button type="button" class="db-secondary" onClick={() => set({ relations: f.relations.filter((_, j) => j !== i) })}>{sst('removeRelation')}</button>
            </div>
          );
        })}
        <button type="button" class="db-secondary" onClick={() => set({ relations: [...f.relations, { to: '', type: 'contradicts', explanation: '' }] })}>{sst('addRelation')}</button>
      </fieldset>

      <details>
        <summary>{sst('translationsLegend')}</summary>
        {(['ru', 'uk', 'en'] as const).filter((l) => l !== f.quoteLang).map((l) => (
          <span key={l} class="st-row">
            <label for={`st-tr-${l}`}>{l === 'ru' ? 'русский' : l === 'uk' ? 'українська' : 'English'}</label>
            <textarea id={`st-tr-${l}`} rows={2} value={f.translations[l]} onInput={(e) => set({ translations: { ...f.translations, [l]: (e.target as HTMLTextAreaElement).value } })} />
          </span>
        ))}
      </details>

      <div class="st-actions">
        <button type="submit" disabled={busy}>{busy ? sst('saving') : sst('save')}</button>{' '}
        <button type="button" class="db-secondary" onClick={() => onDone()}>{sst('cancel')}</button>
      </div>
    </form>
  );
}
