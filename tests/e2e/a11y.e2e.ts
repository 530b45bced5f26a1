// Accessibility of the panel with findings shown (statements, timeline,
// possible contradictions, a lookup and the open settings), checked with
// axe-core in light and dark colour schemes; plus the lookup button Sverka
// shows in the page. Zero serious or critical violations is the bar; every
// violation found is written to artifacts/a11y.json either way.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, launch, openPanel, ROOT, screenshotPath, screenshotWhole, type Session } from './harness';
import { seedPages, served } from './pages';
import { finalState, openFixture, waitForHighlights } from './reading-helpers';
import type { Page } from 'playwright-core';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const tass = seedPages().find((p) => p.file.startsWith('tass-2017'))!;

interface AxeSummary {
  violations: AxeViolation[];
  passes: number;
  incomplete: string[];
  contrastChecked: number;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const results: Record<string, { violations: { id: string; impact: string | null; help: string; nodes: number; targets: string[] }[]; passes: number; incomplete: string[]; contrastChecked: number }> = {};

/** Runs axe in `page` (evaluated through the DevTools protocol, which the extension page's CSP does not block). */
async function runAxe(page: Page, context?: unknown): Promise<AxeSummary> {
  await page.evaluate(AXE);
  return page.evaluate(async (ctx) => {
    type Result = { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };
    const axe = (window as unknown as { axe: { run(c?: unknown, o?: unknown): Promise<{ violations: Result[]; passes: Result[]; incomplete: Result[] }> } }).axe;
    const r = await axe.run(ctx ?? document);
    return {
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })),
      passes: r.passes.length,
      // "Needs review": mostly colour contrast axe cannot compute (text over a gradient or a translucent layer).
      incomplete: r.incomplete.map((v) => `${v.id} (${v.nodes.length}: ${v.nodes.slice(0, 8).map((n) => `${JSON.stringify(n.target)} ${(n as unknown as { any?: { message?: string }[] }).any?.[0]?.message ?? ''}`).join('; ')})`),
      contrastChecked: r.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0,
    };
  }, context as never);
}

function record(name: string, r: AxeSummary) {
  results[name] = {
    passes: r.passes,
    incomplete: r.incomplete,
    contrastChecked: r.contrastChecked,
    violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) })),
  };
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'a11y.json'), `${JSON.stringify(results, null, 2)}\n`);
  const summary = r.violations.map((v) => `${v.impact}: ${v.id} (${v.nodes.length})`).join(', ') || 'none';
  console.log(`axe ${name}: ${r.passes} rules passed (${r.contrastChecked} elements' colour contrast checked); violations: ${summary}; needs review: ${r.incomplete.join(', ') || 'none'}`);
}

const serious = (r: { violations: AxeViolation[] }) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe.each(['light', 'dark'] as const)('the panel in the %s colour scheme', (scheme) => {
  it('has no serious or critical axe violations with findings, timeline, lookup and settings shown', async () => {
    session = await launch({ colorScheme: scheme });
    session.serve(seedPages().map(served));
    const { page, tabId } = await openFixture(session, tass.url);
    expect((await finalState(session, tabId)).status).toBe('done');
    await waitForHighlights(page);
    const panel = await openPanel(session, tabId);
    await panel.locator('.tab[data-status="done"]').waitFor({ timeout: 30_000 });
    expect(await panel.locator('.contradiction').count()).toBeGreaterThan(0);
    expect(await panel.locator('svg.tl-chart').count()).toBe(1);
    // A lookup whose number disagrees with the statement it matches: the card's "possible contradiction" note is checked too.
    await panel.getByLabel('Look up a quote').fill('Президент России напомнил, что Москва отправила американской стороне 90 запросов по киберпреступности и осталась без ответа');
    await panel.getByRole('button', { name: 'Look up' }).click();
    await panel.locator('section.lookup .card').first().waitFor({ timeout: 10_000 });
    expect(await panel.locator('section.lookup .card .differs').first().textContent()).toMatch(/^Possible contradiction: the text says 90; .* says 80\./);
    await panel.locator('section.lookup').screenshot({ path: screenshotPath(`lookup-differs-${scheme}`) });
    await panel.getByText('Settings').click();
    expect(await panel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    await screenshotWhole(panel, screenshotPath(`a11y-panel-${scheme}`));
    const r = await runAxe(panel);
    record(`panel-${scheme}`, r);
    expect(serious(r), JSON.stringify(serious(r), null, 1)).toEqual([]);

    // The lookup button Sverka adds to the page (inside its shadow root).
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes('Шанхайской организации'))!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.getByRole('button', { name: 'Look up in Sverka' }).waitFor({ timeout: 5_000 });
    const inPage = await runAxe(page, { include: [{ fromShadowDom: ['sverka-lookup', 'button'] }] });
    record(`page-lookup-button-${scheme}`, inPage);
    expect(serious(inPage)).toEqual([]);
  });
});
