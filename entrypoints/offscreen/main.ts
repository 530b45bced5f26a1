// Chrome's offscreen document (reason DOM_PARSER): the extension context
// where articles are extracted, off the page's main thread (issue 14). It
// answers one message, from the background only, and keeps nothing: each
// snapshot is parsed, read and dropped.
import '../../lib/zod-jitless';
import { browser, type Browser } from 'wxt/browser';
import { BackgroundToOffscreen } from '../../lib/protocol';
import { isOwnExtensionPage, parseMessage } from '../../lib/messaging';
import { extractFromSnapshot } from '../../lib/extract/snapshot';
import { asOutcome } from '../../lib/extract/outcome';
import { domParserHere } from '../../lib/service/extraction';

const parse = domParserHere()!;

browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
  // Content scripts' messages reach every extension page too: only our own background (no tab) is answered.
  if (!isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')) || sender.tab) return undefined;
  const parsed = parseMessage(BackgroundToOffscreen, raw);
  if (!parsed.ok) return undefined;
  return Promise.resolve({ ok: true, value: asOutcome(() => extractFromSnapshot(parsed.value.payload, parse)) });
});
