// Actors named in a text, found through every inflected and transliterated
// form the claim database lists (Actor.names), compared as stems: "Путіна",
// "Путина" and "Putin" are one person, and "Минюст США" / "US Justice
// Department" are one body. Multi-word names match as stem sequences, the
// longest first, so "Джо Байден" is one mention, not two.
import type { Actor } from '../claims/schema';
import type { Lang } from '../types/lang';
import { analyze } from '../text/analyze';
import { stemWord, type StemFn } from '../text/stem';

export interface EntityMention {
  actorId: string;
  /** Index range in the stems array, inclusive. */
  from: number;
  to: number;
}

interface NameForm {
  actorId: string;
  stems: string[];
}

/** Lookup from first stem to the name forms that start with it. */
export class EntityIndex {
  private byFirst = new Map<string, NameForm[]>();
  readonly actors = new Map<string, Actor>();

  /** Indexes every name form of every actor in its own language. */
  static build(actors: Actor[], stem: StemFn = stemWord, extra: Pick<Actor, 'id' | 'names'>[] = []): EntityIndex {
    const index = new EntityIndex();
    // Forms already listed (actor + stems): a Set, not a scan of the list, since thousands of imported speakers share a first stem ("Example …").
    const listed = new Set<string>();
    // Actors first: at equal length an actor's own name wins over a role phrase (extra).
    for (const actor of [...actors, ...extra]) {
      if ('kind' in actor) index.actors.set(actor.id, actor as Actor);
      for (const lang of ['ru', 'uk', 'en'] as Lang[]) {
        for (const name of actor.names[lang]) {
          const stems = analyze(name, lang, stem).terms.map((t) => t.stem);
          if (!stems.length) continue;
          const key = `${actor.id}\n${stems.join(' ')}`;
          if (listed.has(key)) continue;
          listed.add(key);
          const list = index.byFirst.get(stems[0]) ?? [];
          list.push({ actorId: actor.id, stems });
          index.byFirst.set(stems[0], list);
        }
      }
    }
    for (const list of index.byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
    return index;
  }

  /** Non-overlapping actor mentions in a stem sequence, longest name first at each position. */
  find(stems: string[]): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = 0; i < stems.length; i++) {
      const forms = this.byFirst.get(stems[i]);
      if (!forms) continue;
      const form = forms.find((f) => f.stems.every((s, k) => stems[i + k] === s));
      if (!form) continue;
      out.push({ actorId: form.actorId, from: i, to: i + form.stems.length - 1 });
      i += form.stems.length - 1;
    }
    return out;
  }

  /** Whether an actor id names a person (a role phrase names its holder, a person); bodies and unknown ids are not. */
  isPerson(actorId: string): boolean {
    return actorId.startsWith('role:') || this.actors.get(actorId)?.kind === 'person';
  }

  /** Display name (first form) of an actor in each language. */
  displayName(actorId: string): { ru: string; uk: string; en: string } {
    const a = this.actors.get(actorId);
    return a ? { ru: a.names.ru[0], uk: a.names.uk[0], en: a.names.en[0] } : { ru: actorId, uk: actorId, en: actorId };
  }
}
