// Look up typed or pasted text exactly as a page selection is looked up.
import { useEffect, useRef, useState } from 'preact/hooks';
import { sst } from '../lib/i18n/statement-strings';
import { t } from '../lib/i18n';
import { ClaimCard } from './ClaimCard';
import type { QuoteLookup } from '../lib/service/handlers';

export function SearchBox({ onLookUp }: { onLookUp: (text: string) => void }) {
  const [text, setText] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    const words = text.trim().split(/\s+/).filter(Boolean);
    setTooShort(words.length < 5);
    if (words.length >= 5) onLookUp(text.trim());
  };
  return (
    <form class="search" role="search" onSubmit={submit}>
      <label for="sverka-search">{t('search')}</label>
      <div class="search-row">
        <textarea
          id="sverka-search"
          rows={2}
          value={text}
          placeholder={t('searchPlaceholder')}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) submit(e);
          }}
        />
        <button type="submit">{t('searchButton')}</button>
      </div>
      {tooShort && <p class="hint" role="alert">{t('searchTooShort')}</p>}
    </form>
  );
}

export function LookupResults({ lookup, pending, error, onAddStatement }: { lookup?: QuoteLookup; pending: boolean; error?: string; onAddStatement?: (text: string) => void }) {
  const ref = useRef<HTMLElement>(null);
  // A lookup started from the page (button or context menu) arrives while the reader may be scrolled down.
  useEffect(() => {
    if (lookup) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [lookup?.at, lookup?.text]);
  if (pending) return <p class="notice" role="status">{t('working')}</p>;
  if (error) return <p class="error" role="alert">{t('errorPrefix')} {error}</p>;
  if (!lookup) return null;
  return (
    <section ref={ref} class="lookup" aria-labelledby="lookup-h" aria-live="polite">
      <h2 id="lookup-h">
        {t('lookupFor')} <q dir="auto">{lookup.text.length > 140 ? `${lookup.text.slice(0, 140)}…` : lookup.text}</q>
      </h2>
      {onAddStatement && <button type="button" class="add-statement" onClick={() => onAddStatement(lookup.text)}>{sst('addAsStatement')}</button>}
      {lookup.matches.length === 0 ? <p class="notice">{t('noLookupMatches')}</p> : lookup.matches.map((m) => <ClaimCard match={m} key={m.claimId} />)}
      {/* Issue 10: weaker candidates, apart and labelled as such; never counted as a match. */}
      {!!lookup.related?.length && (
        <section class="related" aria-labelledby="related-h">
          <h3 id="related-h">{t('relatedHeading')}</h3>
          <p class="notice">{t('relatedNote')}</p>
          {lookup.related.map((m) => <ClaimCard match={m} key={m.claimId} />)}
        </section>
      )}
    </section>
  );
}
