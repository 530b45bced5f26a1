import { Matcher } from './lib/match';
import { bundledDb } from './tests/eval/data';
import { analyze } from './lib/text/analyze';
const db = bundledDb(); const m = Matcher.build(db);
for (const q of process.argv.slice(2)) {
  console.log(q, analyze(q).terms.map(t=>t.stem).join(' '));
  for (const c of m.candidates(q).slice(0, 4)) console.log(' ', c.score.toFixed(3), c.claimId, JSON.stringify(Object.fromEntries(Object.entries(c.features).map(([k,v])=>[k,+v.toFixed(2)]))));
}
const c = db.claims.find(c=>c.id===process.env.CID);
if (c) for (const [l,t] of [['ru',c.text.ru],['uk',c.text.uk],['en',c.text.en]] as const) console.log(l, t, '\n   ', analyze(t, l).terms.map(t=>t.stem).join(' '));
