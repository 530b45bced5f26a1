// Builds the Firefox MV3 test build once per run: the shipped build plus the
// e2e console route (SVERKA_E2E=1), in its own output folder so it never
// mixes with `.output/firefox-mv3`, the build users get.
import { spawnSync } from 'node:child_process';
import { ROOT } from '../e2e/harness';

export default function setup(): void {
  if (process.env.SVERKA_E2E_SKIP_BUILD) return;
  const outDir = process.env.SVERKA_E2E_OUT_DIR ?? '.output-e2e';
  const run = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, SVERKA_E2E: '1', SVERKA_OUT_DIR: outDir },
  });
  if (run.status !== 0) throw new Error('building the Firefox test build failed');
}
