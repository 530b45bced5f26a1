// The annotation messages at the receiver: what the panel and the content
// script may send, with bounds, and the one page-selection shape shared with
// lib/protocol.ts.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AnnotationContentMessages, AnnotationMessages } from '../../lib/annotations/protocol';
import { SelectionSchema } from '../../lib/annotations/selection';
import { SelectionSchema as ProtocolSelection } from '../../lib/protocol';

const selection = { url: 'https://tass.ru/a', title: 'T', exact: 'quote', prefix: '', suffix: '', start: 0, end: 5 };

describe('annotation messages', () => {
  it('use the same selection shape as lib/protocol.ts (one definition once lib/protocol.ts re-exports it)', () => {
    expect(JSON.stringify(z.toJSONSchema(SelectionSchema))).toBe(JSON.stringify(z.toJSONSchema(ProtocolSelection)));
  });

  it('accept what the panel sends and refuse what no panel would', () => {
    const save = AnnotationMessages.saveAnnotation;
    expect(save.safeParse({ target: selection, note: '', tags: [], claimIds: ['geneva-2021-putin'] }).success).toBe(true);
    expect(save.safeParse({ target: selection, note: 'x'.repeat(100_001), tags: [], claimIds: [] }).success).toBe(false);
    expect(save.safeParse({ target: selection, note: '', tags: [], claimIds: ['<script>'] }).success).toBe(false);
    expect(save.safeParse({ target: selection, note: '', tags: [], claimIds: [], stance: 'refutes' }).success).toBe(false);
    const update = AnnotationMessages.updateAnnotation;
    const body = { note: '', tags: [], claimIds: [] };
    expect(update.safeParse({ id: 'a', modified: '2026-02-01T10:00:00.000Z', before: body, after: body }).success).toBe(true);
    expect(update.safeParse({ id: 'a', modified: 'yesterday', before: body, after: body }).success).toBe(false);
    const exp = AnnotationMessages.exportAnnotations;
    expect(exp.safeParse({ scope: 'page', format: 'csv' }).success).toBe(false);
    expect(exp.safeParse({ scope: 'all', format: 'report' }).success).toBe(false);
    expect(exp.safeParse({ scope: 'page', url: 'https://tass.ru/a', format: 'report', tabId: 3 }).success).toBe(true);
    expect(AnnotationMessages.listAnnotations.safeParse({ from: '2021-13' }).success).toBe(false);
  });

  it('accept the content script\'s selection and anchoring report', () => {
    expect(AnnotationContentMessages.selectionAnnotated.safeParse(selection).success).toBe(true);
    expect(AnnotationContentMessages.annotationsAnchored.safeParse({ url: 'https://tass.ru/a', results: [{ id: 'x', status: 'orphan' }, { id: 'y', status: 'approximate', score: 0.93 }] }).success).toBe(true);
    expect(AnnotationContentMessages.annotationsAnchored.safeParse({ url: 'https://tass.ru/a', results: [{ id: 'x', status: 'lost' }] }).success).toBe(false);
  });
});
