// Actors named in a text, found through every inflected and transliterated
// form the claim database lists (Actor.names), compared as stems: "Путіна",
// "Путина" and "Putin" are one person, and "Минюст США" / "US Justice
// Department" are one body. Multi-word names match as stem sequences, the
// longest first, so "Джо Байден" is one mention, not two.
import type { Actor } from '../claims/schema';
import type { Lang } from '../types/lang';
import { analyze } from '../text/analyze';
import { CYRILLIC, stemWord, type StemFn } from '../text/stem';

export interface EntityMention {
  actorId: string;
  /** Index range in the stems array, inclusive. */
  from: number;
  to: number;
}

interface NameForm {
  actorId: string;
  stems: readonly string[];
}

/** A name form with one country qualifier ("Минфин США"): the other stems in order, and the qualifier's country. */
interface QualifiedForm {
  actorId: string;
  rest: string[];
  country: string;
}

/** The country a stem names (lib/text/lexicon.ts COUNTRY_CONCEPTS), if any. */
export type CountryOf = (stem: string) => string | undefined;

/**
 * Names already analysed, by nameKey(): what an index segment stores for its speakers
 * (lib/db/index-store.ts), so a worker's wake-up does not analyse thousands of names again.
 */
export type KnownStems = ReadonlyMap<string, readonly string[]>;

/**
 * A name's key among analysed names. A name without Cyrillic letters analyses the same in a Russian
 * and a Ukrainian text (its words are stemmed as English, and neither stop list holds a Latin word):
 * imported speakers carry one name in all three languages, so it is analysed twice, not three times.
 */
export const nameKey = (name: string, lang: Lang): string => `${lang === 'en' || CYRILLIC.test(name) ? lang : 'ru'}\n${name}`;

/** A name form's stems, analysed as any text in its language. */
const nameStems = (name: string, lang: Lang, stem: StemFn): string[] => analyze(name, lang, stem).terms.map((t) => t.stem);

/** Every name form of `named` analysed once: parallel lists of nameKey() and stems joined by spaces, as a segment stores them. */
export function analyseNames(named: readonly Pick<Actor, 'names'>[], stem: StemFn = stemWord): { keys: string[]; stems: string[] } {
  const seen = new Set<string>();
  const keys: string[] = [];
  const stems: string[] = [];
  for (const { names } of named) {
    for (const lang of ['ru', 'uk', 'en'] as Lang[]) {
      for (const name of names[lang]) {
        const key = nameKey(name, lang);
        if (seen.has(key)) continue;
        seen.add(key);
        keys.push(key);
        stems.push(nameStems(name, lang, stem).join(' '));
      }
    }
  }
  return { keys, stems };
}

/** Lookup from first stem to the name forms that start with it. */
export class EntityIndex {
  private byFirst = new Map<string, NameForm[]>();
  /** Forms with a country qualifier, by the first of their other stems and by their country. */
  private qualifiedByFirst = new Map<string, QualifiedForm[]>();
  private qualifiedByCountry = new Map<string, QualifiedForm[]>();
  private countryOf: CountryOf = () => undefined;
  /** Actor → the stems of its one-word names ("Помпео", "Pompeo"): what a role phrase retrieves its holders' claims by. */
  private oneWord = new Map<string, Set<string>>();
  /** Role phrases whose holders are bodies ("the Obama administration"): not persons. */
  private bodyRoles = new Set<string>();
  readonly actors = new Map<string, Actor>();

  /**
   * Indexes every name form of every actor in its own language. With `countryOf`, a form holding one
   * country word also matches with that word, or another word of its country, before the other stems,
   * between two of them or after them: "американский Минфин" is "Минфин США", "секретарь украинского
   * СНБО" is "секретарь СНБО Украины", "Kyiv's security service" is "Security Service of Ukraine".
   */
  static build(actors: Actor[], stem: StemFn = stemWord, extra: (Pick<Actor, 'id' | 'names'> & { body?: boolean })[] = [], countryOf?: CountryOf, known?: KnownStems): EntityIndex {
    const index = new EntityIndex();
    if (countryOf) index.countryOf = countryOf;
    for (const e of extra) if (e.body) index.bodyRoles.add(e.id);
    // Forms already listed (actor + stems): a Set, not a scan of the list, since thousands of imported speakers share a first stem ("Example …").
    const listed = new Set<string>();
    // Names analysed before (`known`, with the default stemmer only) or in this build: a Latin name once for ru and uk.
    const analysed = new Map<string, readonly string[]>();
    const stemsOf = (name: string, lang: Lang) => {
      const key = nameKey(name, lang);
      let stems = (stem === stemWord ? known?.get(key) : undefined) ?? analysed.get(key);
      if (!stems) analysed.set(key, (stems = nameStems(name, lang, stem)));
      return stems;
    };
    // Actors first: at equal length an actor's own name wins over a role phrase (extra).
    for (const actor of [...actors, ...extra]) {
      if ('kind' in actor) index.actors.set(actor.id, actor as Actor);
      for (const lang of ['ru', 'uk', 'en'] as Lang[]) {
        for (const name of actor.names[lang]) {
          const stems = stemsOf(name, lang);
          if (!stems.length) continue;
          const key = `${actor.id}\n${stems.join(' ')}`;
          if (listed.has(key)) continue;
          listed.add(key);
          const list = index.byFirst.get(stems[0]) ?? [];
          list.push({ actorId: actor.id, stems });
          index.byFirst.set(stems[0], list);
          if (countryOf) index.addQualified(actor.id, stems);
          if (stems.length === 1) index.oneWord.set(actor.id, (index.oneWord.get(actor.id) ?? new Set()).add(stems[0]));
        }
      }
    }
    for (const list of index.byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
    return index;
  }

  private addQualified(actorId: string, stems: readonly string[]): void {
    const at = stems.map((s) => this.countryOf(s));
    const found = at.filter((c) => c !== undefined);
    // One country word and at least one other word: "Минфин США", not "США" or "Россия и США".
    if (found.length !== 1 || stems.length < 2) return;
    const form = { actorId, rest: stems.filter((_, k) => at[k] === undefined), country: found[0]! };
    for (const [map, key] of [[this.qualifiedByFirst, form.rest[0]], [this.qualifiedByCountry, form.country]] as const) {
      const list = map.get(key) ?? [];
      if (!list.some((f) => f.actorId === actorId && f.rest.join(' ') === form.rest.join(' '))) list.push(form);
      map.set(key, list);
    }
  }

  /** End (inclusive) of a qualified form's mention starting at `i`, or -1: the country word once, before, inside or after. */
  private qualifiedEnd(stems: string[], i: number, f: QualifiedForm): number {
    let j = i;
    let used = false;
    if (this.countryOf(stems[j]) === f.country) used = true, j++;
    for (let k = 0; k < f.rest.length; k++) {
      if (stems[j] === f.rest[k]) {
        j++;
        continue;
      }
      if (used || k === 0 || this.countryOf(stems[j]) !== f.country || stems[j + 1] !== f.rest[k]) return -1;
      used = true;
      j += 2;
    }
    if (!used && j < stems.length && this.countryOf(stems[j]) === f.country) used = true, j++;
    return used ? j - 1 : -1;
  }

  /** Non-overlapping actor mentions in a stem sequence, longest name first at each position. */
  find(stems: string[]): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = 0; i < stems.length; i++) {
      let best: EntityMention | undefined;
      const form = this.byFirst.get(stems[i])?.find((f) => f.stems.every((s, k) => stems[i + k] === s));
      if (form) best = { actorId: form.actorId, from: i, to: i + form.stems.length - 1 };
      if (this.qualifiedByFirst.size) {
        const country = this.countryOf(stems[i]);
        for (const list of [this.qualifiedByFirst.get(stems[i]), country ? this.qualifiedByCountry.get(country) : undefined]) {
          for (const f of list ?? []) {
            const to = this.qualifiedEnd(stems, i, f);
            // The exact form wins at equal length (actors before role phrases, as above).
            if (to >= 0 && (!best || to > best.to)) best = { actorId: f.actorId, from: i, to };
          }
        }
      }
      if (!best) continue;
      out.push(best);
      i = best.to;
    }
    return out;
  }

  /** Stems of an actor's one-word names (surnames, acronyms), for retrieval by a role phrase. */
  oneWordNames(actorId: string): readonly string[] {
    return [...(this.oneWord.get(actorId) ?? [])];
  }

  /** Whether an actor id names a person (a role phrase names its holder, a person, unless bodies hold it); bodies and unknown ids are not. */
  isPerson(actorId: string): boolean {
    return (actorId.startsWith('role:') && !this.bodyRoles.has(actorId)) || this.actors.get(actorId)?.kind === 'person';
  }

  /** Display name (first form) of an actor in each language. */
  displayName(actorId: string): { ru: string; uk: string; en: string } {
    const a = this.actors.get(actorId);
    return a ? { ru: a.names.ru[0], uk: a.names.uk[0], en: a.names.en[0] } : { ru: actorId, uk: actorId, en: actorId };
  }
}
