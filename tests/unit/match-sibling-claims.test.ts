// A sentence that restates one claim must not be flagged against that claim's
// siblings from the same occasion: "10 US requests answered" and "45 Russian
// requests unanswered" are different facts, not different numbers for one fact.
import { describe, expect, it } from 'vitest';
import { claimFilePaths, readClaimFiles } from '../../lib/claims/node-files';
import { validateClaimFiles } from '../../lib/claims/validate';
import { Matcher } from '../../lib/match';

const { files } = readClaimFiles(claimFilePaths('assets/claims'));
const result = validateClaimFiles(files, 'test');
if (!result.ok) throw new Error('bundled data invalid');
const matcher = Matcher.build(result.db);

const sentences = [
  'Putin, speaking at a separate news conference, said Russia received 10 U.S. requests about cyberattacks on U.S. infrastructure in 2020 and two in 2021, and gave exhaustive answers to all of them.',
  'According to Putin, Russia sent the United States 45 such requests in 2020 and 35 in 2021 and received no answer.',
];
let offset = 0;
const spans = sentences.map((text) => {
  const span = { text, start: offset, end: offset + text.length };
  offset += text.length + 1;
  return span;
});

describe('contradictions between sibling claims', () => {
  const findings = matcher.matchSentences(spans);
  it('matches each sentence to the claim it restates', () => {
    expect(findings.matches.find((m) => m.start === 0)?.claims.map((c) => c.claimId)).toContain('2021-06-putin-geneva-10-and-2-us-requests-answered');
    expect(findings.matches.find((m) => m.start > 0)?.claims.map((c) => c.claimId)).toContain('2021-06-putin-geneva-45-and-35-russian-requests');
  });
  it('reports no numbers or polarity conflict with the sibling claims', () => {
    expect(findings.contradictions.filter((c) => c.kind !== 'curated')).toEqual([]);
  });
});
