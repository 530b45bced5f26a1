// Reader settings, declared once with WXT's storage items (typed, with a
// fallback and a version for future migrations).
import { storage } from 'wxt/utils/storage';
import type { UiLang } from './i18n';
import type { Subscription } from './types/packs';

/** Highlights of matched sentences in pages; the keyboard shortcut and the panel toggle flip it. */
export const highlightsEnabled = storage.defineItem<boolean>('local:highlightsEnabled', { fallback: true, version: 1 });

/** The UI language the reader picked; 'auto' follows the browser. */
export const uiLanguage = storage.defineItem<UiLang | 'auto'>('local:uiLanguage', { fallback: 'auto', version: 1 });

/** Pack subscriptions (lib/service/subscriptions.ts): addresses, validators, last update and last error. */
export const packSubscriptions = storage.defineItem<Subscription[]>('local:packSubscriptions', { fallback: [], version: 1 });
