// Issue 7, items 3 and 7: every receiver's parser on arbitrary values, and
// the sender checks on arbitrary senders. A message is whatever another
// context (or a compromised page's content script) chose to send.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { envelope, isOwnContentScript, isOwnExtensionPage, parseMessage, type MessageMap } from '../../lib/messaging';
import { BackgroundToContent, BackgroundToPanel, ContentToBackground, PanelToBackground } from '../../lib/protocol';
import { AnnotationContentMessages, AnnotationMessages } from '../../lib/annotations/protocol';
import { hostileText } from '../fixtures/hostile/arbitraries';

const MAPS: Record<string, MessageMap> = { ContentToBackground, PanelToBackground, BackgroundToContent, BackgroundToPanel, AnnotationMessages, AnnotationContentMessages };
const TYPES = [...new Set(Object.values(MAPS).flatMap((m) => Object.keys(m)))];
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

const anyValue = fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true });
/** Envelope-shaped values: the right marker, a real or fake type, any payload. */
const envelopes = fc.record({
  sverka: fc.oneof(fc.constant(1), anyValue),
  type: fc.oneof(fc.constantFrom(...TYPES, '__proto__', 'constructor', 'toString', 'hasOwnProperty'), hostileText(10), anyValue),
  payload: fc.oneof(anyValue, fc.dictionary(fc.constantFrom('tabId', 'text', 'url', 'outcome', 'fileName', 'start', 'end', 'enabled', 'packId', 'id', '__proto__'), anyValue)),
});

describe('parseMessage on arbitrary values', () => {
  it.each(Object.keys(MAPS))('%s: never throws; answers { ok: true, value } only for a known type with a valid payload, else { ok: false, error }', (name) => {
    const map = MAPS[name];
    fc.assert(fc.property(fc.oneof(anyValue, envelopes), (raw) => {
      const r = parseMessage(map, raw);
      if (r.ok) {
        expect(Object.hasOwn(map, r.value.type)).toBe(true);
        expect(map[r.value.type].safeParse(r.value.payload).success).toBe(true);
      } else {
        expect(typeof r.error).toBe('string');
      }
    }), { numRuns: 500 });
  });
  it('found by fuzzing: a type object that JSON messaging carries ({toString: 1}) made the error message throw', () => {
    const raw = JSON.parse(JSON.stringify({ sverka: 1, type: { toString: 1, valueOf: 1 }, payload: {} }));
    expect(() => parseMessage(PanelToBackground, raw)).not.toThrow();
    expect(parseMessage(PanelToBackground, raw)).toEqual({ ok: false, error: 'message type is of type object, not a string' });
  });
  it('a message valid on one channel is never accepted on a channel that lacks its type', () => {
    fc.assert(fc.property(fc.constantFrom(...TYPES), fc.constantFrom(...Object.keys(MAPS)), anyValue, (type, name, payload) => {
      if (Object.hasOwn(MAPS[name], type)) return;
      expect(parseMessage(MAPS[name], envelope(type, payload)).ok).toBe(false);
    }), { numRuns: 300 });
  });
});

describe('sender checks on arbitrary senders', () => {
  const senders = fc.record({
    id: fc.oneof(fc.constant(ID), fc.constant(undefined), hostileText(5), fc.constant(`${ID} `)),
    url: fc.oneof(fc.constant(undefined), fc.constantFrom(`${ORIGIN}sidepanel.html`, 'https://tass.ru/x', `chrome-extension://other/`, `${ORIGIN.slice(0, -1)}.evil.example/`, 'about:blank', 'data:text/html,x'), hostileText(10)),
    tab: fc.oneof(fc.constant(undefined), fc.record({ id: fc.oneof(fc.integer(), fc.constant(undefined)) })),
    frameId: fc.oneof(fc.constant(undefined), fc.integer({ min: -1, max: 5 })),
  }, { requiredKeys: [] });

  it('no sender is both a content script and an extension page; another id is neither', () => {
    fc.assert(fc.property(senders, (s) => {
      const content = isOwnContentScript(s, ID, ORIGIN);
      const page = isOwnExtensionPage(s, ID, ORIGIN);
      expect(content && page).toBe(false);
      if (s.id !== ID) expect(content || page).toBe(false);
      if (content) expect(s.frameId).toBe(0);
      if (page) expect(s.url!.startsWith(ORIGIN)).toBe(true);
    }), { numRuns: 1_000 });
  });
});
