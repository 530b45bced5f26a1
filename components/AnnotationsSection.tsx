// The panel's annotations for the tab it shows: the messaging around
// components/annotations/AnnotationsPanel (which only takes props). It lists
// this page's annotations (or all), shows where the page found each one, opens
// the editor on the tab's draft, and re-reads when the background says
// annotations changed or the draft/anchors in session storage change.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { getUiLang } from '../lib/i18n';
import { at } from '../lib/i18n/annotation-strings';
import { pageKey } from '../lib/annotations/normalize';
import { anchorsKey, clearDraft, draftKey, groupAnchorsKey, readAnchors, readDraft, readGroupAnchors, type AnnotationDraft, type StoredAnchors } from '../lib/service/tab-session';
import { AnnotationsPanel } from './annotations/AnnotationsPanel';
import { downloadFile } from './annotations/download';
import { onAnnotationsChanged, onSessionKeys, request as sendRequest, sessionArea } from './api';
import { formatDate } from './format';
import type { Annotation, AnnotationCallbacks, ClaimOption, ExportFile, Sharing } from './annotations/types';
import { GroupAnnotations } from './sync/GroupAnnotations';
import { useGroupPage, useSyncStatus } from './sync/useSync';
import type { ClaimView } from '../lib/service/claim-view';
import type { Match } from '../lib/match';
import type { TabState } from '../lib/service/tab-state';

export interface AnnotationsSectionProps {
  tabId: number;
  state: TabState;
  /** The background (tests pass a fake). */
  request?: typeof sendRequest;
  /** Hands an exported file to the browser (tests pass a spy). */
  save?(file: ExportFile): void;
}

/** "Sergey Lavrov, 21 July 2017: “…”": one line naming a statement. */
export function claimLabel(claim: Pick<Match | ClaimView, 'speaker' | 'date' | 'quote'>): string {
  const quote = claim.quote.length > 90 ? `${claim.quote.slice(0, 89)}…` : claim.quote;
  return `${claim.speaker.name[getUiLang()]}, ${formatDate(claim.date)}: “${quote}”`;
}

/** The page's matched statements, once each, in reading order: what an annotation can link to. */
export function claimOptionsOf(state: TabState): ClaimOption[] {
  const seen = new Set<string>();
  const options: ClaimOption[] = [];
  for (const group of [...(state.findings?.matches ?? [])].sort((a, b) => a.start - b.start)) {
    for (const m of group.claims) {
      if (seen.has(m.claimId)) continue;
      seen.add(m.claimId);
      options.push({ id: m.claimId, label: claimLabel(m) });
    }
  }
  return options;
}

export function AnnotationsSection({ tabId, state, request = sendRequest, save = downloadFile }: AnnotationsSectionProps) {
  const [scope, setScope] = useState<'page' | 'all'>('page');
  const [list, setList] = useState<Annotation[]>([]);
  const [error, setError] = useState<string>();
  const [anchors, setAnchors] = useState<StoredAnchors>();
  const [groupAnchors, setGroupAnchors] = useState<StoredAnchors>();
  const [draft, setDraft] = useState<AnnotationDraft>();
  const url = state.url;
  const [sync] = useSyncStatus(request);
  const group = useGroupPage(url, !!sync?.configured, request);

  const loadList = useCallback(async () => {
    const answer = await request('listAnnotations', scope === 'page' ? { url } : {});
    if (answer.ok) {
      setList(answer.value);
      setError(undefined);
    } else setError(answer.error);
  }, [request, scope, url]);
  const loadAnchors = useCallback(() => readAnchors(sessionArea(), tabId).then(setAnchors, () => {}), [tabId]);
  const loadGroupAnchors = useCallback(() => readGroupAnchors(sessionArea(), tabId).then(setGroupAnchors, () => {}), [tabId]);
  const loadDraft = useCallback(() => readDraft(sessionArea(), tabId).then(setDraft, () => {}), [tabId]);

  useEffect(() => {
    void loadList();
    return onAnnotationsChanged(() => void loadList());
  }, [loadList]);

  useEffect(() => {
    void loadAnchors();
    void loadDraft();
    void loadGroupAnchors();
    return onSessionKeys([anchorsKey(tabId), draftKey(tabId), groupAnchorsKey(tabId)], (key) =>
      void (key === draftKey(tabId) ? loadDraft() : key === groupAnchorsKey(tabId) ? loadGroupAnchors() : loadAnchors()));
  }, [tabId, loadAnchors, loadDraft, loadGroupAnchors]);

  // Only a report about the page the tab shows now counts.
  const anchorMap = useMemo(() => {
    if (!anchors || !url || pageKey(anchors.url) !== pageKey(url)) return undefined;
    return Object.fromEntries(anchors.results.map((r) => [r.id, r]));
  }, [anchors, url]);
  const groupAnchorMap = useMemo(() => {
    if (!groupAnchors || !url || pageKey(groupAnchors.url) !== pageKey(url)) return undefined;
    return Object.fromEntries(groupAnchors.results.map((r) => [r.id, r]));
  }, [groupAnchors, url]);
  const claimOptions = useMemo(() => claimOptionsOf(state), [state]);
  const claimLabels = useMemo(
    () => Object.fromEntries([...Object.values(state.opposing ?? {}).map((c) => [c.claimId, claimLabel(c)]), ...claimOptions.map((o) => [o.id, o.label])]),
    [state, claimOptions],
  );
  const eventTitles = useMemo(() => Object.fromEntries(Object.entries(state.events ?? {}).map(([id, e]) => [id, e.title[getUiLang()]])), [state]);

  const callbacks: AnnotationCallbacks = {
    // The article's date and events come from the tab, so a citation and the event filter work for any quote.
    onSave: (payload) =>
      request('saveAnnotation', {
        ...payload,
        published: payload.published ?? state.article?.published?.iso,
        events: payload.events ?? (state.findings?.events ?? []).slice(0, 50),
      }),
    onUpdate: (payload) => request('updateAnnotation', payload),
    onDelete: (id) => request('deleteAnnotation', { id }),
    onExport: (format, exportScope) =>
      request('exportAnnotations', { scope: exportScope, format, ...(exportScope === 'page' ? { url } : {}), ...(format === 'report' ? { tabId } : {}) }),
    onImport: (fileName, text) => request('importAnnotations', { fileName, text }),
    onSavePageNote: (body) =>
      request('savePageNote', {
        ...body, url, title: state.article?.title ?? '', published: state.article?.published?.iso, events: (state.findings?.events ?? []).slice(0, 50),
      }),
  };
  const sharing: Sharing | undefined = useMemo(() => sync?.configured ? {
    groupName: sync.groupName ?? sync.group ?? '',
    published: new Set(sync.published),
    queued: new Set(sync.queued),
    onPublish: sync.autoPublish ? undefined : (id: string) => request('publishAnnotations', { ids: [id] }),
  } : undefined, [sync, request]);

  const closeDraft = () => {
    setDraft(undefined);
    void clearDraft(sessionArea(), tabId).catch(() => {});
  };

  return (
    <>
      <AnnotationsPanel
        scope={scope} onScopeChange={setScope} annotations={list} anchors={anchorMap} claimOptions={claimOptions} claimLabels={claimLabels}
        eventTitles={eventTitles} draft={draft} onDraftClosed={closeDraft} canReport={state.status === 'done' && !!state.findings}
        save={save} {...callbacks} sharing={sharing}
        onPublishAll={sync?.configured && !sync.autoPublish ? () => void request('publishAnnotations', { ids: list.map((a) => a.id) }) : undefined}
      >
        {sync?.configured && (
          <GroupAnnotations groupName={sync.groupName ?? sync.group ?? ''} page={group.page} loading={group.loading} error={group.error} onRefresh={() => void group.refresh()} anchors={groupAnchorMap} />
        )}
      </AnnotationsPanel>
      {error && <p class="error" role="alert">{at('loadFailed')} {error}</p>}
    </>
  );
}
