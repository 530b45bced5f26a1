// Offices with date ranges (assets/roles.json, issue 10): "глава МИД России",
// "the Kremlin chief", "речниця Білого дому" name whoever held the office. A
// role phrase is found like an actor's name (as a stem sequence, the longest
// name wins) under the id "role:<id>", and resolves to the claim's speaker
// when the speaker held the office on the sentence's date (a month and year it
// names, else the article's date, else the claim's own date).
import { z } from 'zod';
import data from '../../assets/roles.json';

// A day, or a month where the source gives none ("2014-06": compared as text, it precedes every day of June 2014).
const IsoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);
const Names = z.array(z.string().min(2)).min(1);
export const RolesFile = z.object({
  about: z.string(),
  roles: z.array(z.object({
    id: z.string().regex(/^[a-z][a-z-]*$/),
    names: z.object({ ru: Names, uk: Names, en: Names }).strict(),
    /** The body a spokesperson's office speaks for: "the Kremlin said" may report its spokesman's words. */
    speaksFor: z.string().optional(),
    holders: z.array(z.object({ actor: z.string(), from: IsoDate, to: IsoDate.optional(), source: z.string().url() }).strict()).min(1),
  }).strict()),
}).strict();
export type RolesFile = z.infer<typeof RolesFile>;

export const ROLE_PREFIX = 'role:';

export class Roles {
  /** Spokespeople by actor: the body and the dates of each office that speaks for one (scoring asks per candidate). */
  private spokespeople = new Map<string, { body: string; from: string; to?: string }[]>();

  constructor(readonly file: RolesFile) {
    for (const r of file.roles) {
      if (!r.speaksFor) continue;
      for (const h of r.holders) this.spokespeople.set(h.actor, [...(this.spokespeople.get(h.actor) ?? []), { body: r.speaksFor, from: h.from, to: h.to }]);
    }
  }

  /**
   * Role phrases as name forms for the entity index (id "role:<id>"), for roles some known actor held.
   * `body` when every holder is a body ("the Obama administration" is the White House of those years):
   * such a phrase keeps counting after a title word ("представитель администрации Обамы"), as a body's name does.
   */
  nameForms(actorIds: Set<string>, isBody: (actor: string) => boolean = () => false): { id: string; names: { ru: string[]; uk: string[]; en: string[] }; body: boolean }[] {
    return this.file.roles.filter((r) => r.holders.some((h) => actorIds.has(h.actor))).map((r) => ({ id: ROLE_PREFIX + r.id, names: r.names, body: r.holders.every((h) => isBody(h.actor)) }));
  }

  /** Everyone who held the role "role:<id>" (any date). */
  holders(roleRef: string): string[] {
    return this.file.roles.find((r) => ROLE_PREFIX + r.id === roleRef)?.holders.map((h) => h.actor) ?? [];
  }

  /**
   * The bodies `actor` spoke for on `date` through a spokesperson's office (Peskov: the Kremlin). A news text
   * gives a spokesman's words to the body as often as to him ("В Кремле заявили", "the White House said").
   */
  spokeFor(actor: string, date: string): string[] {
    return (this.spokespeople.get(actor) ?? []).filter((o) => o.from <= date && (!o.to || date < o.to)).map((o) => o.body);
  }

  /** Whether `actor` held the role "role:<id>" on `date` (ISO; from inclusive, to exclusive; a month-only `from` counts from the month's start). */
  heldBy(roleRef: string, actor: string, date: string): boolean {
    const role = this.file.roles.find((r) => ROLE_PREFIX + r.id === roleRef);
    return !!role?.holders.some((h) => h.actor === actor && h.from <= date && (!h.to || date < h.to));
  }
}

export const ROLES = new Roles(RolesFile.parse(data));

