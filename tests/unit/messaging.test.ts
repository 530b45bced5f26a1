// The background accepts only well-formed messages from its own contexts.
import { describe, expect, it } from 'vitest';
import { envelope, isOwnContentScript, isOwnExtensionPage, parseMessage } from '../../lib/messaging';
import { ContentToBackground, PanelToBackground } from '../../lib/protocol';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('parseMessage', () => {
  it('accepts a valid command and returns the typed payload', () => {
    const r = parseMessage(PanelToBackground, envelope('getTabState', { tabId: 7 }));
    expect(r).toEqual({ ok: true, value: { type: 'getTabState', payload: { tabId: 7 } } });
  });
  it('rejects unknown types, missing envelopes and prototype keys', () => {
    expect(parseMessage(PanelToBackground, { type: 'getTabState', payload: { tabId: 1 } }).ok).toBe(false);
    expect(parseMessage(PanelToBackground, envelope('dropDatabase', {})).ok).toBe(false);
    expect(parseMessage(PanelToBackground, envelope('toString', {})).ok).toBe(false);
    expect(parseMessage(PanelToBackground, envelope('__proto__', {})).ok).toBe(false);
    expect(parseMessage(PanelToBackground, null).ok).toBe(false);
    expect(parseMessage(PanelToBackground, 'getTabState').ok).toBe(false);
  });
  it('rejects malformed payloads with a message naming the field', () => {
    const r = parseMessage(PanelToBackground, envelope('getTabState', { tabId: '7' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('tabId');
    expect(parseMessage(PanelToBackground, envelope('getTabState', { tabId: -1 })).ok).toBe(false);
  });
  it('bounds the size of what a page can send', () => {
    const huge = 'x'.repeat(2_001);
    expect(parseMessage(ContentToBackground, envelope('quoteSelected', { text: huge })).ok).toBe(false);
    expect(parseMessage(ContentToBackground, envelope('quoteSelected', { text: '' })).ok).toBe(false);
  });
  it('does not accept a panel command on the content channel', () => {
    expect(parseMessage(ContentToBackground, envelope('analyseTab', { tabId: 1 })).ok).toBe(false);
  });
});

describe('sender checks', () => {
  it('a content script is ours, in a tab, in the top frame', () => {
    expect(isOwnContentScript({ id: ID, tab: { id: 3 }, frameId: 0, url: 'https://tass.ru/x' }, ID, ORIGIN)).toBe(true);
    expect(isOwnContentScript({ id: ID, tab: { id: 3 }, frameId: 2 }, ID, ORIGIN)).toBe(false);
    expect(isOwnContentScript({ id: 'other-extension', tab: { id: 3 }, frameId: 0 }, ID, ORIGIN)).toBe(false);
    expect(isOwnContentScript({ id: ID, frameId: 0 }, ID, ORIGIN)).toBe(false);
    // The panel opened as a tab is an extension page, not a content script.
    expect(isOwnContentScript({ id: ID, tab: { id: 3 }, frameId: 0, url: `${ORIGIN}sidepanel.html?tabId=3` }, ID, ORIGIN)).toBe(false);
  });
  it('an extension page is ours by id and origin; a content script is not an extension page', () => {
    expect(isOwnExtensionPage({ id: ID, url: `${ORIGIN}sidepanel.html?tabId=3` }, ID, ORIGIN)).toBe(true);
    expect(isOwnExtensionPage({ id: ID, url: 'https://tass.ru/x', tab: { id: 3 } }, ID, ORIGIN)).toBe(false);
    expect(isOwnExtensionPage({ id: 'evil', url: `${ORIGIN}x` }, ID, ORIGIN)).toBe(false);
  });
});
