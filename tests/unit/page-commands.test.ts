// The content script's hand-written check of the background's commands must
// accept exactly what lib/protocol.ts's schemas accept (it exists only to keep
// zod out of every page): compared on generated messages, valid and not.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCommand } from '../../lib/page/commands';
import { parseMessage } from '../../lib/messaging';
import { BackgroundToContent } from '../../lib/protocol';

const value = fc.oneof(fc.integer({ min: -5, max: 2 ** 31 }), fc.double(), fc.boolean(), fc.string(), fc.constant(null), fc.constant(undefined), fc.constant(2 ** 60));
const payload = fc.oneof(
  fc.record({ start: value, end: value }, { requiredKeys: [] }),
  fc.record({ enabled: value }, { requiredKeys: [] }),
  fc.dictionary(fc.string(), value),
  value,
  fc.array(value),
);
const message = fc.oneof(
  fc.record({ sverka: fc.constantFrom(1, 2, '1'), type: fc.constantFrom('focusSentence', 'setHighlights', 'annotationsChanged', 'other', 'toString', '__proto__'), payload }),
  value,
);

describe('parseCommand', () => {
  it('agrees with the protocol schemas on every generated message', () => {
    fc.assert(
      fc.property(message, (raw) => {
        const zod = parseMessage(BackgroundToContent, raw);
        const ours = parseCommand(raw);
        expect(ours === undefined ? undefined : ours).toEqual(zod.ok ? zod.value : undefined);
      }),
      { numRuns: 3_000 },
    );
  });

  it('reads the commands the background sends', () => {
    expect(parseCommand({ sverka: 1, type: 'focusSentence', payload: { start: 10, end: 42, extra: 1 } })).toEqual({ type: 'focusSentence', payload: { start: 10, end: 42 } });
    expect(parseCommand({ sverka: 1, type: 'setHighlights', payload: { enabled: false } })).toEqual({ type: 'setHighlights', payload: { enabled: false } });
    expect(parseCommand({ sverka: 1, type: 'focusSentence', payload: { start: -2, end: 2 } })).toBeUndefined();
    // -1 is the headline (HEADLINE_START).
    expect(parseCommand({ sverka: 1, type: 'focusSentence', payload: { start: -1, end: -1 } })).toEqual({ type: 'focusSentence', payload: { start: -1, end: -1 } });
    expect(parseCommand({ sverka: 1, type: 'setHighlights', payload: { enabled: 'yes' } })).toBeUndefined();
    // The stored annotations changed: the page fetches and re-anchors them (extra keys dropped, a payload required).
    expect(parseCommand({ sverka: 1, type: 'annotationsChanged', payload: {} })).toEqual({ type: 'annotationsChanged', payload: {} });
    expect(parseCommand({ sverka: 1, type: 'annotationsChanged', payload: { url: 'https://evil.example/' } })).toEqual({ type: 'annotationsChanged', payload: {} });
    expect(parseCommand({ sverka: 1, type: 'annotationsChanged' })).toBeUndefined();
    expect(parseCommand({ sverka: 2, type: 'annotationsChanged', payload: {} })).toBeUndefined();
  });
});
