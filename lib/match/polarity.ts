// Polarity of the facts a text asserts, for "possible contradiction (c)":
// the same fact stated with and without negation ("не заинтересованы" vs
// "заинтересован"), or with opposite verbs ("не получал обращений" vs
// "передавали информацию": receiving and sending are one transfer, seen from
// the two ends). A small lexicon maps words to fact concepts with a sign;
// negation (lib/text/analyze) flips the sign. Two texts conflict on a concept
// that each states with one sign only, and the signs differ. Beyond the
// lexicon (negationConflict): any word both texts use, negated in one only,
// when the other denies nothing in any way — measured against restatements,
// since a false alarm on a faithful report costs the reader's trust.
import type { Lang } from '../types/lang';
import type { Analysis } from '../text/analyze';
import { monthOf } from '../text/dates';
import { stemWord } from '../text/stem';
import { LEXICON as WORDS } from '../text/lexicon';

type Entry = [concept: string, sign: 1 | -1, words: Partial<Record<Lang, string>>];

// Words are listed as they occur; they are stemmed below with each language's stemmer.
const LEXICON: Entry[] = [
  ['transfer', 1, {
    ru: 'получать получал получали получило получила поступать поступало поступали поступили передавать передавали передали передал передала направлять направляли направили направило направил отправлять отправили отправляли',
    uk: 'отримувати отримував отримували отримала отримало надходити надходило надходили надійшло передавати передавали передали передав направляти направляли направили надсилати надсилали надіслали',
    en: 'receive received receiving send sent sending pass passed passing transmit transmitted provide provided share shared',
  }],
  ['interest', 1, {
    ru: 'заинтересован заинтересована заинтересованы заинтересовано заинтересованность заинтересованности',
    uk: 'зацікавлений зацікавлена зацікавлені зацікавлено зацікавленість зацікавленості',
    en: 'interested interest',
  }],
  ['answer', 1, {
    ru: 'ответ ответа ответов ответил ответили ответило отвечать отвечали',
    uk: 'відповідь відповіді відповідей відповів відповіли відповідало відповідати',
    en: 'answer answered answers respond responded response responses reply replied',
  }],
  ['ready', 1, { ru: 'готов готова готовы готово готовность', uk: 'готовий готова готові готове готовність', en: 'ready willing readiness' }],
  ['confirm', 1, { ru: 'подтвердил подтвердила подтвердили подтверждает признал признали', uk: 'підтвердив підтвердила підтвердили підтверджує визнав визнали', en: 'confirm confirmed confirms admitted acknowledged' }],
  ['confirm', -1, { ru: 'опроверг опровергла опровергли отрицает отрицают отрицал отрицала отрицали отверг отвергла отвергли', uk: 'спростував спростувала спростували заперечує заперечують заперечив заперечила заперечили заперечував', en: 'deny denied denies denying refuted' }],
  ['agree', 1, { ru: 'согласился согласилась согласились согласие принимает принимают принял приняли', uk: 'погодився погодилася погодилися згода приймає прийняв прийняли', en: 'agree agreed agreement accept accepts accepted' }],
  ['agree', -1, { ru: 'отказался отказалась отказались отказ отклонил отклонили отверг отвергла отвергли', uk: 'відмовився відмовилася відмовилися відмова відхилив відхилили відкинув відкинула відкинули', en: 'refuse refused declined rejected' }],
  ['satisfy', 1, { ru: 'удовлетворены удовлетворил удовлетворили выполнены', uk: 'задоволені задовольнили виконані', en: 'fulfilled granted satisfied honored' }],
  // Tenth pass: the acts and degrees the counterfactual sets turned (tests/eval/flips/), as opposite pairs.
  ['continue', 1, {
    ru: 'продолжать продолжают продолжает продолжили продолжил продолжила продолжение продолжения продолжат',
    uk: 'продовжувати продовжують продовжує продовжили продовжив продовжила продовження продовжать',
    en: 'continue continues continued continuing',
  }],
  ['continue', -1, {
    ru: 'прекратить прекращают прекратили прекратил прекращение прекратят приостановить приостановили свернуть свернули прервать прервали',
    uk: 'припинити припиняють припинили припинив припинення призупинити призупинили згорнути згорнули перервати перервали розірвав розірвали',
    en: 'stop stopped halt halted suspend suspended abandon abandoned end ended cease ceased',
  }],
  ['grow', 1, {
    ru: 'увеличить увеличили увеличил увеличение рост выросло выросли дополнительные дополнительных дополнительно',
    uk: 'збільшити збільшили збільшив збільшення зростання зросла зросли додаткові додаткових додатково',
    en: 'increase increased increasing additional grow grew rise rose',
  }],
  ['grow', -1, {
    ru: 'сократить сократили сократил сокращение уменьшить уменьшили снизить снизили снижение урезать урезали',
    uk: 'скоротити скоротили скоротив скорочення зменшити зменшили знизити знизили',
    en: 'cut cutting cuts reduce reduced decrease decreased lower lowered',
  }],
  ['consistent', 1, { ru: 'соответствует соответствуют согласуется согласуются', uk: 'відповідає відповідають узгоджується узгоджуються', en: 'consistent' }],
  ['consistent', -1, { ru: 'противоречит противоречат противоречие', uk: 'суперечить суперечать', en: 'contradicts contradict contrary' }],
  ['degree', 1, { ru: 'высокой высокая высокий высокую', uk: 'високим висока високий високою', en: 'high' }],
  ['degree', -1, { ru: 'низкой низкая низкий низкую', uk: 'низьким низька низький низькою', en: 'low' }],
  ['support', 1, { ru: 'поддерживал поддерживает поддержал поддержали поддержка поддержку', uk: 'підтримував підтримує підтримав підтримали підтримка підтримку', en: 'support supported supports backed' }],
  ['support', -1, { ru: 'возражал возражает возражали', uk: 'опонував', en: 'opposed opposes oppose' }],
  ['detente', 1, { ru: 'разрядка разрядке разрядки разрядку потепление', uk: 'розрядка розрядки розрядку потепління', en: 'detente thaw' }],
  ['detente', -1, { ru: 'обострение обострению обострения эскалация', uk: 'загострення ескалація', en: 'escalation' }],
  ['hold', 1, { ru: 'провели провел провела состоялся состоялась состоялись', uk: 'провели провів провела відбувся відбулася відбулися', en: 'held' }],
  ['hold', -1, { ru: 'отменили отменил отменила отмена отмену', uk: 'скасували скасував скасувала скасування', en: 'cancelled canceled cancel cancellation' }],
  ['impose', 1, { ru: 'ввели ввел ввела ввёл', uk: 'запровадив запровадили запровадила', en: 'imposed impose' }],
  ['impose', -1, { ru: 'сняли сняла снял отменили отменил отменила', uk: 'зняли зняла зняв скасували скасував скасувала', en: 'lifted lift lifts' }],
  ['propose', 1, { ru: 'предложил предложила предложили предлагал предлагали', uk: 'запропонував запропонувала запропонували пропонував пропонували', en: 'proposed propose offered' }],
  ['propose', -1, { ru: 'отверг отвергла отвергли отклонил отклонили', uk: 'відкинув відкинула відкинули відхилив відхилили', en: 'rejected rejects' }],
  ['involved', 1, {
    ru: 'причастна причастен причастны причастность причастности участие участия',
    uk: 'причетна причетний причетні причетність причетності участь',
    en: 'involved involvement behind responsible',
  }],
  // Sixteenth pass (flips2's number flips written with words): "неоднократно поднимал" against "лишь однажды". How
  // often an act was done, adverbs only: adjectives ("numerous", "single") count different things in one sentence.
  ['often', 1, { ru: 'неоднократно многократно', uk: 'неодноразово багаторазово', en: 'repeatedly' }],
  ['often', -1, { ru: 'однажды единожды', uk: 'одноразово', en: 'once' }],
  ['cooperate', 1, { ru: 'сотрудничать сотрудничает сотрудничали сотрудничество сотрудничества', uk: 'співпрацювати співпрацює співпрацювали співпраця співпраці', en: 'cooperate cooperates cooperated cooperation' }],
];

// A word may state more than one concept ("отверг": the claim is false, and the offer is refused).
// Stemmed on first use, not when the service worker starts (most messages never check a contradiction).
let byStem: Map<string, { concept: string; sign: 1 | -1 }[]> | undefined;
function polarStems(): Map<string, { concept: string; sign: 1 | -1 }[]> {
  if (byStem) return byStem;
  byStem = new Map();
  for (const [concept, sign, words] of LEXICON) {
    for (const lang of Object.keys(words) as Lang[]) {
      for (const w of words[lang]!.split(' ')) {
        const stem = stemWord(w, lang);
        const list = byStem.get(stem) ?? [];
        if (!list.some((e) => e.concept === concept)) byStem.set(stem, [...list, { concept, sign }]);
      }
    }
  }
  return byStem;
}

export interface PolarFact {
  concept: string;
  sign: 1 | -1;
  /** Index into analysis.terms of the word that states it. */
  term: number;
}

/** The signed facts a text states: one per concept word, the sign flipped under negation. */
export function polarFacts(a: Analysis): PolarFact[] {
  const out: PolarFact[] = [];
  a.terms.forEach((t, i) => {
    for (const e of polarStems().get(t.stem) ?? []) out.push({ concept: e.concept, sign: (t.negated ? -e.sign : e.sign) as 1 | -1, term: i });
    // "больше не обсуждают", "вже не обговорюють", "no longer discuss": whatever the verb, it has stopped.
    if (t.negated && noLonger(a, t.token)) out.push({ concept: 'continue', sign: -1, term: i });
    // English reads "no" as negating "longer" itself: the act that stopped is the next word.
    else if (t.stem === 'longer' && t.negated && a.tokens[t.token - 1]?.norm === 'no' && a.terms[i + 1]) out.push({ concept: 'continue', sign: -1, term: i + 1 });
  });
  return out;
}

const LONGER = new Set(['больше', 'уже', 'більше', 'вже']);
/** Whether "больше не" or "вже не" stands right before the token. */
function noLonger(a: Analysis, token: number): boolean {
  const [w1, w2] = [a.tokens[token - 2]?.norm, a.tokens[token - 1]?.norm];
  return w2 === 'не' && LONGER.has(w1);
}

/**
 * Where the words that say an act stopped begin, for a quoted phrase that begins at token `at` — at its negation
 * when `negation` ("больше | не обсуждают"), else at its verb ("no longer | negotiate"): the explanation quotes them.
 */
export function stoppedFrom(a: Analysis, at: number, negation: boolean): number {
  if (negation && at > 0 && LONGER.has(a.tokens[at - 1].norm)) return at - 1;
  if (at >= 2 && a.tokens[at - 1].norm === 'longer' && a.tokens[at - 2].norm === 'no') return at - 2;
  return at;
}

/** The first concept two texts state with opposite signs (each text with one sign only), or undefined. */
export function polarityConflict(a: Analysis, b: Analysis): { concept: string; a: PolarFact; b: PolarFact } | undefined {
  const fa = polarFacts(a);
  const fb = polarFacts(b);
  for (const x of fa) {
    const signsA = new Set(fa.filter((f) => f.concept === x.concept).map((f) => f.sign));
    const ys = fb.filter((f) => f.concept === x.concept);
    const signsB = new Set(ys.map((f) => f.sign));
    if (signsA.size !== 1 || signsB.size !== 1 || signsB.has(x.sign)) continue;
    // A sign set by negation counts only when the other text's word has no negation beside it: "received no
    // requests" and "did not receive requests" say one thing with the negation on two words (ninth pass: the
    // dev set's restatements flagged as possible contradictions went 3 → 0 of 558, nothing else moved).
    const y = ys[0];
    const [ta, tb] = [a.terms[x.term], b.terms[y.term]];
    if (ta.negated !== tb.negated && negatedNear(ta.negated ? b : a, ta.negated ? y.term : x.term)) continue;
    if ((ta.negated && inComparison(a, x.term)) || (tb.negated && inComparison(b, y.term))) continue;
    // The side that asserts the fact must not deny in other words: "still waiting for a reply" against "no
    // answer", "rejected any role, though he admitted…" against "denying" (tenth pass: 3 of the dev set's
    // restatements). A plain "not" elsewhere is another fact ("did not answer, and said it is interested").
    const [pos, at] = x.sign > 0 ? [a, x.term] : [b, y.term];
    if (deniesSomething(pos, at, false) || conceded(pos, at)) continue;
    return { concept: x.concept, a: x, b: y };
  }
  return undefined;
}

/** Whether a term within two of `term` is negated: the negation of the phrase may sit on a neighbour. */
function negatedNear(a: Analysis, term: number): boolean {
  for (let k = Math.max(0, term - 2); k <= Math.min(a.terms.length - 1, term + 2); k++) if (a.terms[k].negated) return true;
  return false;
}

// A negation inside a comparison states a degree, not a denial: "no group has ever been blamed for a more
// damaging string of attacks than the GRU officers" is "the most damaging series ever attributed to a single
// group"; "не более десяти" is a bound (sixteenth pass: a blind set's restatement, flagged on "single").
const THAN = new Set(['than', 'чем', 'нежели', 'ніж', 'аніж']);
const EQUATIVE = new Set(['as']);
/** Whether a comparison's "than" follows the negated term: its negation belongs to the comparison. */
function inComparison(a: Analysis, term: number): boolean {
  let as = 0;
  for (let k = a.terms[term].token + 1; k < a.tokens.length; k++) {
    const w = a.tokens[k].norm;
    if (THAN.has(w)) return true;
    // An equative after the negation is a superlative too: "no country has weaponized … as maliciously as Russia",
    // "никто не … так …, как Россия".
    if (EQUATIVE.has(w) && ++as === 2) return true;
  }
  return false;
}

// A conceded word is not asserted: "whatever its success", "независимо от успеха" say nothing of whether it
// was one, so they cannot contradict "not a success" (sixteenth pass: a blind set's restatement).
const CONCESSIVE = new Set(['whatever', 'whichever', 'regardless', 'irrespective', 'независимо', 'незалежно']);
/** Whether a concessive word stands at most three words before the term. */
function conceded(a: Analysis, term: number): boolean {
  const at = a.terms[term].token;
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) if (CONCESSIVE.has(a.tokens[k].norm)) return true;
  return false;
}

// Words whose sense holds a negation ("still waiting for a reply", "hardly means", "dismissed"): a text that uses
// one may deny without "not", so an unnegated shared word in it is no sign of the opposite fact. The words of the
// lexicon's negative side ("rejected", "denied", "stopped") count as well (deniesSomething reads both).
const NEGATIVE_SENSE: Partial<Record<Lang, string>> = {
  ru: 'отвергает вряд едва ждет ждут ждать ожидает ожидают молчание молчали промолчал промолчали промолчало конец отсутствие отсутствуют исключил исключила исключили лишь только',
  uk: 'навряд ледве чекає чекають чекати мовчання мовчали промовчав промовчали кінець припиниться відсутність відсутні виключив виключила виключили лише тільки замість',
  en: 'dismissed hardly barely scarcely waiting awaiting silence silent absence lack lacked ruled only rather instead',
};
let negativeStems: Set<string> | undefined;
function negativeSense(): Set<string> {
  if (negativeStems) return negativeStems;
  negativeStems = new Set();
  for (const lang of Object.keys(NEGATIVE_SENSE) as Lang[]) for (const w of NEGATIVE_SENSE[lang]!.split(' ')) negativeStems.add(stemWord(w, lang));
  return negativeStems;
}

/** Whether a text says "no" with a word whose sense is a negation (and, with `negations`, with a negated word), `except` one term. */
function deniesSomething(a: Analysis, except = -1, negations = true): boolean {
  const negative = negativeSense();
  const polar = polarStems();
  return a.terms.some((t, i) => i !== except && ((negations && t.negated) || negative.has(t.stem) || polar.get(t.stem)?.some((e) => e.sign === -1)));
}

/** A word of a date or a month ("в октябре ответа не было" negates the answer, not October). */
const inDate = (a: Analysis, t: Analysis['terms'][number]) =>
  monthOf(a.tokens[t.token].norm) !== undefined || a.dates.some((d) => d.start <= a.tokens[t.token].start && a.tokens[t.token].start < d.end);

// A negating prefix ("недружественные", "незначним", "дестабилизации", "unfriendly", "impossible") states the
// word's root negated; the root must stay long enough to mean something ("неделя" is no "деля").
const NEGATING_PREFIX = /^(не|де|un|non|in|im|ir|il|dis|de)(.{5,})$/;

/** A term's root and whether it is negated, a negating prefix counted as a negation. */
interface Root {
  root: string;
  negated: boolean;
  prefixed: boolean;
  term: number;
}

// "не стал отрицать", "не став заперечувати": the negation is on the auxiliary, the fact it denies is the verb after it.
const AUXILIARY: Partial<Record<Lang, string>> = {
  ru: 'стал стала стало стали станет станут стать',
  uk: 'став стала стало стали стане стануть стати',
};
let auxiliaryStems: Set<string> | undefined;
const isAuxiliary = (stem: string) =>
  (auxiliaryStems ??= new Set((Object.keys(AUXILIARY) as Lang[]).flatMap((l) => AUXILIARY[l]!.split(' ').map((w) => stemWord(w, l))))).has(stem);

function rootsOf(a: Analysis): Root[] {
  const out: Root[] = [];
  let carried = false;
  a.terms.forEach((t, i) => {
    // A count of zero denies what it counts: "zero inquiries" is "no inquiries".
    const zero = i > 0 && a.terms[i - 1].stem === '0' && a.terms[i - 1].token === t.token - 1;
    const negated = t.negated || carried || zero;
    carried = false;
    // A negated auxiliary passes its negation to the next word, when that word directly follows it.
    if (negated && isAuxiliary(t.stem) && a.terms[i + 1] && a.terms[i + 1].token === t.token + 1) return void (carried = true);
    if (t.proper || /^\d/.test(t.stem) || inDate(a, t)) return;
    out.push({ root: t.stem, negated, prefixed: false, term: i });
    const p = NEGATING_PREFIX.exec(t.stem);
    if (p) out.push({ root: p[2], negated: !negated, prefixed: true, term: i });
  });
  return out;
}

// Only the prefixes that make a word's own negation ("не-", "non-", "un-"), not "de-"/"in-"/"dis-", which also
// begin words of their own ("investigation", "декларация").
const DENYING_PREFIX = /^(не|non|un)(.{5,})$/;

/** Whether one of the two content words before `term`, at most three words back, negates by its prefix. */
function negatingWordBefore(a: Analysis, term: number): boolean {
  const at = a.terms[term].token;
  for (let k = term - 1; k >= Math.max(0, term - 2); k--) {
    const t = a.terms[k];
    if (at - t.token > 3) return false;
    if (!t.proper && DENYING_PREFIX.test(t.stem)) return true;
  }
  return false;
}

const sharesConcept = (x: string, y: string) => {
  const cy = WORDS.concepts(y);
  return cy.length > 0 && WORDS.concepts(x).some((c) => cy.includes(c));
};

/** The same root: equal stems, or, for a prefix-stripped root, one stem starting with the other ("poss"/"possibl"). */
const sameRoot = (x: Root, y: Root) =>
  x.root === y.root || ((x.prefixed || y.prefixed) && Math.min(x.root.length, y.root.length) >= 5 && (x.root.startsWith(y.root) || y.root.startsWith(x.root)));

/**
 * The same word stated with a negation on one side only, when the other side
 * says "no" nowhere ("не считают … причастным" against "считают …
 * причастным", "не став заперечувати" against "заперечував",
 * "недружественные" against "дружественные"). Names, numbers and dates are not
 * facts of this kind. A side that states the word both ways is no conflict.
 */
export function negationConflict(a: Analysis, b: Analysis): { a: PolarFact; b: PolarFact } | undefined {
  const [ra, rb] = [rootsOf(a), rootsOf(b)];
  // Two words of one lexicon concept are the same fact too: "no meddling" against "interference" (sixteenth
  // pass: flips2 11 → 12 and flips3 7 → 9 of 60 noted, no restatement flagged).
  const same = (x: Root, y: Root) => sameRoot(x, y) || (!x.prefixed && !y.prefixed && sharesConcept(x.root, y.root));
  const one = (neg: Root[], negText: Analysis, plain: Root[], plainText: Analysis, swap: boolean) => {
    for (const x of neg) {
      if (!x.negated || neg.some((t) => !t.negated && same(t, x))) continue;
      if (!x.prefixed && inComparison(negText, x.term)) continue;
      const y = plain.find((t) => same(t, x));
      if (!y || y.negated || plain.some((t) => t.negated && same(t, x))) continue;
      // A negating noun or adjective just before the word denies it without "not": "заверения о непричастности
      // Москвы к вмешательству" is "невмешательство" in other words (thirteenth pass: a blind set's restatement).
      if (negatingWordBefore(plainText, y.term)) continue;
      // The plain side says "no" nowhere else: the word itself may be a denial ("заперечував" against "не став
      // заперечувати"), any other denial makes the two texts too different to compare this way.
      if (deniesSomething(plainText, y.term) || conceded(plainText, y.term)) continue;
      const fx: PolarFact = { concept: x.root, sign: -1, term: x.term };
      const fy: PolarFact = { concept: x.root, sign: 1, term: y.term };
      return swap ? { a: fy, b: fx } : { a: fx, b: fy };
    }
    return undefined;
  };
  return one(ra, a, rb, b, false) ?? one(rb, b, ra, a, true);
}
