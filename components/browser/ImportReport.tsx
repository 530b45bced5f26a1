// What an import did, or why it did not happen. The report's duplicate
// reasons and the error details come from lib/claims/import in English; the
// known duplicate reasons are shown in the UI language, the rest verbatim.
import { bt } from '../../lib/i18n/browser-strings';
import type { ImportReport } from '../../lib/service/packs-api';

const MAX_ERRORS = 50;

export function duplicateReason(reason: string): string {
  const sameId = /^same id as an existing (claim|event|actor)$/.exec(reason);
  if (sameId) return bt('dupSameId', { kind: bt(`record_${sameId[1] as 'claim' | 'event' | 'actor'}`) });
  const sameQuote = /^same quote and speaker as claim "(.+)"$/.exec(reason);
  if (sameQuote) return bt('dupSameQuote', { id: sameQuote[1] });
  if (reason === 'same relation already exists') return bt('dupSameRelation');
  if (reason === 'both ends are the same stored claim') return bt('dupSameEnds');
  return reason;
}

export function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <div class="db-report">
      <p>
        {bt('importedSummary', {
          name: report.name, format: bt(`format_${report.format}`), claims: report.added.claims,
          actors: report.added.actors, events: report.added.events, relations: report.added.relations,
        })}
      </p>
      {report.format === 'claimreview' && <p class="hint">{bt('claimReviewNote')}</p>}
      {report.items && <ItemsReport items={report.items} />}
      {report.duplicates.length > 0 && (
        <>
          <p>{bt('duplicatesHeading', { count: report.duplicates.length })}</p>
          <ul class="db-duplicates">
            {report.duplicates.map((d) => (
              <li key={d.id}>
                <code>{d.id}</code>: {duplicateReason(d.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** What happened to the file's items: counts, then the first skipped ones by number and reason. */
function ItemsReport({ items }: { items: NonNullable<ImportReport['items']> }) {
  const skipped = Object.values(items.skipped).reduce((a, b) => a + b, 0);
  return (
    <>
      <p class="db-items-summary">{bt('itemsSummary', { read: items.read, accepted: items.accepted, merged: items.merged, skipped })}</p>
      {skipped > 0 && (
        <>
          <p>{bt('skippedHeading', { count: items.firstSkipped.length })}</p>
          <ul class="db-skipped" lang="en">
            <li>{Object.entries(items.skipped).map(([reason, n]) => `${reason}: ${n}`).join('; ')}</li>
            {items.firstSkipped.map((s, i) => <li key={i}>{s.where}: {s.reason}{s.detail ? ` (${s.detail})` : ''}</li>)}
          </ul>
        </>
      )}
      {items.alreadyInstalled && (
        <>
          <p class="db-installed">{bt('alreadyInstalled', { count: items.alreadyInstalled.count, listed: items.alreadyInstalled.first.length })}</p>
          <ul class="db-installed-list" lang="en">
            {items.alreadyInstalled.first.map((f, i) => <li key={i}>{f.where}: “{f.pack}”</li>)}
          </ul>
        </>
      )}
    </>
  );
}

/** A rejected import: the first line of a multi-line error is lib's summary, the rest one error each. */
export function ImportErrors({ error }: { error: string }) {
  const lines = error.split('\n').filter(Boolean);
  const details = lines.length > 1 ? lines.slice(1) : lines;
  return (
    <div class="error db-import-errors" role="alert">
      <p><strong>{bt('importFailed')}</strong></p>
      <p class="hint">{bt('errorsInEnglish')}</p>
      <ul lang="en">
        {details.slice(0, MAX_ERRORS).map((line, i) => <li key={i}>{line}</li>)}
      </ul>
      {details.length > MAX_ERRORS && <p>{bt('moreErrors', { count: details.length - MAX_ERRORS })}</p>}
    </div>
  );
}
