// `npm start`: opens Chromium with the freshly built Sverka on a bundled demo
// article, served offline at its outlet's URL. With a display the browser
// stays open with the side panel; without one it runs headless and writes
// screenshots of the page and the panel to artifacts/demo/.
import { clickToolbarButton, launch, openPanel, screenshotWhole, tabIdOf } from '../tests/e2e/harness';
import { seedPages, served } from '../tests/e2e/pages';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DEMO_FILE = process.env.SVERKA_DEMO ?? 'lenta-ua-2021-07-09-putin-biden-call.html';

async function main(): Promise<void> {
  const pages = seedPages();
  const demo = pages.find((p) => p.file === DEMO_FILE) ?? pages.find((p) => p.outlet && p.expect !== 'not-article')!;
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.SVERKA_HEADLESS;
  const session = await launch({ headed });
  session.serve(pages.map(served));
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(demo.url);
  const tabId = await tabIdOf(session, page);
  if (headed) {
    // Open the real side panel the way the toolbar button does; a panel in a tab if this Chromium refuses.
    await clickToolbarButton(session, page).catch(async () => {
      await openPanel(session, tabId);
    });
    process.stdout.write(`Sverka is running on ${demo.url} (served offline). Close the browser to finish.\n`);
    await new Promise<void>((r) => session.context.on('close', () => r()));
    return;
  }
  const panel = await openPanel(session, tabId);
  await panel.locator('.tab[data-status="done"], .tab[data-status="error"], .tab[data-status="not-article"]').waitFor({ timeout: 60_000 });
  const dir = resolve('artifacts/demo');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, 'page.png') });
  await screenshotWhole(panel, join(dir, 'panel.png'));
  await combine(session, join(dir, 'page.png'), join(dir, 'panel.png'), join(dir, 'page-and-panel.png'));
  const statements = await panel.locator('article.card').count();
  process.stdout.write(`No display found: ran headless on ${demo.url}.\nPanel shows ${statements} statement card(s).\nScreenshots: ${join(dir, 'page.png')}, ${join(dir, 'panel.png')} and ${join(dir, 'page-and-panel.png')}\n`);
  await session.close();
}

/** One picture of the page with the panel beside it, as a reader sees them. */
async function combine(session: Awaited<ReturnType<typeof launch>>, pagePng: string, panelPng: string, out: string): Promise<void> {
  const b64 = (p: string) => readFileSync(p).toString('base64');
  const view = await session.context.newPage();
  await view.setViewportSize({ width: 1700, height: 900 });
  await view.setContent(
    `<body style="margin:0;display:flex;background:#ccc"><img src="data:image/png;base64,${b64(pagePng)}" style="width:1280px;height:900px">` +
      `<div style="width:420px;height:900px;overflow:hidden;border-left:1px solid #999"><img src="data:image/png;base64,${b64(panelPng)}" style="width:420px"></div></body>`,
  );
  await view.screenshot({ path: out });
  await view.close();
}

main().catch((e: unknown) => {
  process.stderr.write(`npm start failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
