// The bundled claim database (assets/claims) against its contract: the schema,
// the five seed articles it was built from, and the counts and contradictions
// the issue asks for. A failure names the claim, quote or relation at fault.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimFilePaths, readClaimFiles } from '../../lib/claims/node-files';
import { formatDataError, validateClaimFiles } from '../../lib/claims/validate';
import type { ClaimDatabase } from '../../lib/claims/schema';

const here = path.dirname(fileURLToPath(import.meta.url));
const CLAIMS_DIR = path.resolve(here, '../../assets/claims');
/** Repo copy first, so a clean clone without ../shared still runs the verbatim checks. */
const SEEDS_REPO = path.resolve(here, '../fixtures/seeds-text');
const SEEDS_SHARED = path.resolve(here, '../../../shared/seeds');
const SEED_FILES = ['000_31354da978cde1a8.txt', '001_d13f2c465139ac95.txt', '002_68c6da0ae4160371.txt', '003_c7fb8983e460213f.txt', '004_2d98796a48e5d9f9.txt'];

function seedText(file: string): string {
  const dir = existsSync(path.join(SEEDS_REPO, file)) ? SEEDS_REPO : SEEDS_SHARED;
  return readFileSync(path.join(dir, file), 'utf8');
}

function loadDb(): ClaimDatabase {
  const { files, errors } = readClaimFiles(claimFilePaths(CLAIMS_DIR));
  const result = validateClaimFiles(files, 'test');
  const messages = [...errors, ...(result.ok ? [] : result.errors.map(formatDataError))];
  if (messages.length) console.error(messages.join('\n'));
  expect(messages).toEqual([]);
  if (!result.ok) throw new Error('claim data does not validate');
  return result.db;
}

const db = loadDb();
const claimById = new Map(db.claims.map((c) => [c.id, c]));
const seedClaims = db.claims.filter((c) => c.sources.some((s) => s.seed));

describe('claim database: schema and integrity', () => {
  it('validates, with unique ids for claims, events and actors', () => {
    for (const ids of [db.claims.map((c) => c.id), db.events.map((e) => e.id), db.actors.map((a) => a.id)]) {
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    }
  });

  it('resolves every relation and every speaker', () => {
    const actors = new Set(db.actors.map((a) => a.id));
    for (const r of db.relations) {
      expect(claimById.has(r.from), `relation from ${r.from}`).toBe(true);
      expect(claimById.has(r.to), `relation to ${r.to}`).toBe(true);
    }
    for (const c of db.claims) expect(actors.has(c.speaker), `${c.id} speaker ${c.speaker}`).toBe(true);
  });

  it('gives every claim a self-contained text in ru, uk and en, and every event at least one claim', () => {
    for (const c of db.claims) for (const l of ['ru', 'uk', 'en'] as const) expect(c.text[l].trim().length, `${c.id} text.${l}`).toBeGreaterThan(20);
    for (const e of db.events) expect(db.claims.some((c) => c.event === e.id), e.id).toBe(true);
  });

  it('keeps statement dates inside 2015–2021', () => {
    for (const c of db.claims) expect(c.date >= '2015-01-01' && c.date <= '2021-12-31', `${c.id} ${c.date}`).toBe(true);
  });

  it('meets the required volume', () => {
    expect(db.claims.length).toBeGreaterThanOrEqual(150);
    expect(db.events.length).toBeGreaterThanOrEqual(8);
    expect(db.relations.length).toBeGreaterThanOrEqual(40);
    expect(db.relations.filter((r) => r.type === 'contradicts').length).toBeGreaterThanOrEqual(15);
    for (const t of ['contradicts', 'supports', 'responds-to', 'same-as', 'updates']) expect(db.relations.some((r) => r.type === t), t).toBe(true);
  });
});

describe('claim database: seed articles', () => {
  it('keeps the repo copy of the seeds identical to ../shared/seeds when both exist', () => {
    for (const f of SEED_FILES) {
      expect(existsSync(path.join(SEEDS_REPO, f)), `tests/fixtures/seeds-text/${f}`).toBe(true);
      if (existsSync(path.join(SEEDS_SHARED, f))) expect(readFileSync(path.join(SEEDS_REPO, f), 'utf8')).toBe(readFileSync(path.join(SEEDS_SHARED, f), 'utf8'));
    }
  });

  it('quotes every seed claim verbatim from its seed file, without a URL', () => {
    expect(seedClaims.length).toBeGreaterThanOrEqual(55);
    for (const c of seedClaims) {
      for (const s of c.sources.filter((x) => x.seed)) {
        expect(SEED_FILES).toContain(s.seed);
        expect(seedText(s.seed!).includes(c.quote), `${c.id}: quote not verbatim in ${s.seed}`).toBe(true);
        expect(s.url, `${c.id}: seed sources carry no URL`).toBeUndefined();
      }
    }
  });

  it('dates the seeds by their statements, not by page headers', () => {
    const bySeed = (f: string) => seedClaims.filter((c) => c.sources.some((s) => s.seed === f));
    for (const c of bySeed('004_2d98796a48e5d9f9.txt')) {
      expect(c.sources[0].date, c.id).toBe('2016-10-09');
      expect(c.date < '2016-10-10', `${c.id} is not dated by the 03.03.2020 header`).toBe(true);
    }
    expect(claimById.get('2017-07-krutskikh-working-group-talks-continue')?.date).toBe('2017-07-20');
    for (const c of bySeed('003_c7fb8983e460213f.txt').filter((x) => x.speaker === 'sergey-lavrov')) expect(c.date).toBe('2017-07-21');
    for (const c of bySeed('001_d13f2c465139ac95.txt')) expect(c.date).toBe('2021-07-09');
    expect(bySeed('000_31354da978cde1a8.txt').every((c) => c.sources[0].outlet === 'unnamed Russian-language news site')).toBe(true);
  });

  it('covers every statement in the seeds', () => {
    const keys: Record<string, string[]> = {
      '000_31354da978cde1a8.txt': ['решили приступить к консультациям', 'как важно начать данные консультации', 'готова отбросить всякие ложные', 'об обязательствах сторон', 'трубопроводную компанию', 'нескольким миллионам долларов', 'в данный момент возвращены', 'систему здравоохранения', 'координируется из киберпространства США', 'не считает, что США заинтересованы', '80 запросах', 'удовлетворены,что', 'шагом к разрядке', 'встречу можно будет считать крайне успешной'],
      '001_d13f2c465139ac95.txt': ['не получал официальных обращений', 'обнародованном на официальном сайте Кремля', 'не поступало обращений', 'неполитизированный характер', 'с соблюдением положений международного права', 'предметного и конструктивного', 'базирующихся в России', 'продолжают кибератаки'],
      '002_68c6da0ae4160371.txt': ['призвал США начать диалог', 'целый ряд предложений', 'гарантиями невмешательства', 'масштабной конфронтации', 'Особая ответственность', 'из четырех пунктов', 'межведомственный диалог', 'советстко-американским', 'повышение уровня доверия', 'весомым вкладом', 'отрабатывает кибератаки', '38 млн долларов'],
      '003_c7fb8983e460213f.txt': ['Трамп подтвердил Путину', 'уже предлагала проект документа', 'подтвердил свою заинтересованность', 'не должны разрабатывать планы', 'Они поднимают вопросы', 'его поднял американский лидер', 'вмешательстве в выборы США', 'группы по кибербезопасности', 'Шанхайской организации', 'не стремилась начать обсуждение', 'совместно боролись с терроризмом', 'ясно дал понять', 'лучше знакомы эксперты', 'Крутских можно доверять', 'продолжают переговоры'],
      '004_2d98796a48e5d9f9.txt': ['США не заинтересованы в совместной', 'Керри поддерживал идею', 'направила в Минюст США письмо', 'не заинтересован в этом', 'официальным письмом предложила', 'Ответа долго не было', 'как рассматривается официальное предложение', 'элементарной вежливости', 'сокрушался', 'никакого ответа не направило', 'оно не заинтересовано', 'страшилку'],
    };
    for (const [file, substrings] of Object.entries(keys)) {
      const quotes = seedClaims.filter((c) => c.sources.some((s) => s.seed === file)).map((c) => c.quote.replace(/\u00a0/g, ' '));
      for (const k of substrings) expect(quotes.some((q) => q.includes(k)), `${file}: no claim quotes "${k}"`).toBe(true);
    }
  });

  it('does not turn page boilerplate into claims', () => {
    for (const junk of ['Підписуйтеcь', 'Советник Клинтон', 'Трамп был информатором', 'Хакер за компьютером', 'Регистрация пройдена', 'Иллюстративное фото', 'Фото: Владимир Путин']) {
      expect(db.claims.filter((c) => c.quote.includes(junk)).map((c) => c.id), junk).toEqual([]);
    }
  });
});

describe('claim database: the other side and the contradictions', () => {
  const has = (from: string, to: string, type = 'contradicts') => db.relations.some((r) => r.from === from && r.to === to && r.type === type);

  it('holds the five contradictions the issue names', () => {
    // Kremlin "no requests in the past month" vs the White House: requests relayed / Russia asked to act.
    expect(has('2021-07-call-kremlin-no-requests', '2021-07-call-senior-official-relayed-requests')).toBe(true);
    expect(has('2021-07-call-kremlin-no-requests', '2021-07-call-white-house-russia-must-act')).toBe(true);
    // Lavrov "Trump confirmed interest" vs Trump "It can't".
    expect(has('2017-07-lavrov-trump-confirmed-interest', '2017-07-trump-cyber-unit-cant-happen')).toBe(true);
    // Lavrov "the US is not interested" vs "Kerry supported consultations".
    expect(has('2016-10-lavrov-us-not-interested', '2015-11-ria-lavrov-kerry-supported-consultations')).toBe(true);
    // Putin "coordinated from US cyberspace" vs "hacker groups based in Russia" (seed 001 and White House).
    expect(has('2021-06-geneva-putin-attacks-coordinated-from-us-cyberspace', '2021-07-call-lentaua-biden-urged-stop-hacker-groups')).toBe(true);
    expect(has('2021-06-geneva-putin-attacks-coordinated-from-us-cyberspace', '2021-07-call-white-house-criminals-based-in-russia')).toBe(true);
    // Russia's non-interference guarantees vs the ICA 2017 and the 2021 sanctions.
    expect(has('2020-09-putin-non-interference-guarantees', '2017-01-ica-putin-ordered-influence-campaign')).toBe(true);
    expect(has('2020-09-putin-non-interference-guarantees', '2021-04-treasury-sanctions-election-influence')).toBe(true);
  });

  it('records the public-record claims the issue lists, with their numbers', () => {
    const numbers = (id: string) => claimById.get(id)?.numbers.map((x) => x.value) ?? [];
    expect(claimById.get('2017-07-trump-cyber-unit-cant-happen')?.quote).toContain("It can't");
    expect(claimById.get('2017-07-trump-impenetrable-cyber-security-unit')?.quote).toContain('impenetrable Cyber Security unit');
    expect(numbers('2021-06-doj-seized-63-7-bitcoins')).toEqual(expect.arrayContaining([63.7, 2300000]));
    expect(numbers('2021-06-biden-gave-list-of-16-entities')).toContain(16);
    expect(numbers('2021-06-geneva-putin-80-requests-unanswered')).toContain(80);
    expect(numbers('2021-06-geneva-putin-12-us-requests-answered')).toContain(12);
    expect(numbers('2020-09-rbcua-us-allocated-38m-in-march')).toContain(38000000);
    for (const id of ['2017-01-ica-putin-ordered-influence-campaign', '2016-10-dhs-odni-russian-government-directed-compromises', '2021-04-white-house-svr-named-perpetrator', '2021-07-call-biden-expect-them-to-act', '2021-05-peskov-russia-nothing-to-do-with-attacks']) {
      expect(claimById.has(id), id).toBe(true);
    }
  });

  it('cites every non-seed claim with a source of its own, and keeps paraphrases out of quotation marks', () => {
    for (const c of db.claims.filter((x) => !x.sources.some((s) => s.seed))) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      if (c.kind === 'paraphrase') expect(/^["«“']/.test(c.quote), `${c.id} paraphrase starts with a quotation mark`).toBe(false);
    }
  });

  it('lists the inflected names the matcher needs', () => {
    const names = (id: string) => db.actors.find((a) => a.id === id)?.names;
    expect(names('vladimir-putin')?.ru).toEqual(expect.arrayContaining(['Владимир Путин', 'Путина', 'Путину', 'Путиным', 'Путине', 'Владимира Путина', 'В. Путин']));
    expect(names('vladimir-putin')?.uk).toEqual(expect.arrayContaining(['Володимир Путін', 'Путіна', 'Путіну', 'Путіним']));
    expect(names('joe-biden')?.ru).toEqual(expect.arrayContaining(['Байден', 'Байдена', 'Байдену', 'Джо Байден', 'Джозеф Байден']));
    expect(names('us-doj')?.ru).toEqual(expect.arrayContaining(['Минюст США', 'министерство юстиции США']));
    expect(names('us-doj')?.uk).toContain("Мін'юст США");
    expect(names('kremlin')?.ru).toEqual(expect.arrayContaining(['Кремль', 'Кремля', 'Кремлю']));
  });
});
