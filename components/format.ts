// Small display helpers shared by the panel's components.
import { getUiLang, t, type UiLang } from '../lib/i18n';
import { shownPercent } from '../lib/match/tiers';
import { outletById } from '../lib/outlets';

const LOCALES: Record<UiLang, string> = { ru: 'ru-RU', uk: 'uk-UA', en: 'en-GB' };

/** "16 June 2021" in the UI language; the ISO text itself if it does not parse. */
export function formatDate(iso: string, lang: UiLang = getUiLang()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A dateline has no year in most agencies' style: "9 October". */
export function formatDayMonth(day: number, month: number, year?: number, lang: UiLang = getUiLang()): string {
  const date = new Date(Date.UTC(year ?? 2000, month - 1, day));
  const opts: Intl.DateTimeFormatOptions = year ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], opts).format(date);
}

/** An outlet id from the registry shown by name; other publishers are stored by name already. */
export function outletName(idOrName: string, lang: UiLang = getUiLang()): string {
  return outletById(idOrName)?.name[lang] ?? idOrName;
}

export function langName(lang: string): string {
  return t(`lang_${lang}` as 'lang_ru') ?? lang;
}

/** A match's strength as a percentage, never rounded up to a tier's edge (lib/match/tiers.ts). */
export const percent = shownPercent;
