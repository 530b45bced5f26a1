#!/usr/bin/env node
// `npm test`: every test Sverka has, in the order a failure is cheapest to read:
// types, unit tests (with the eval targets), the Chrome build, end-to-end tests
// in real Chromium, the Firefox MV3 build and its web-ext lint, end-to-end tests
// in Firefox ESR. Exits non-zero if any step fails.
//
// The Firefox suite is skipped (with a message saying so) only when no Firefox is
// installed AND the CI variable is unset; on CI a missing Firefox is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const firefox = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const haveFirefox = existsSync(firefox);
const firefoxSuite = ['end-to-end (Firefox ESR)', 'npx', ['vitest', 'run', '--config', 'vitest.e2e-firefox.config.ts']];

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build (Chrome)', 'npx', ['wxt', 'build']],
  ['end-to-end (Chromium)', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']],
  ['build (Firefox MV3)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']],
  ['web-ext lint (Firefox)', 'node', ['scripts/lint-firefox.mjs']],
];

const results = [];
for (const [name, cmd, args] of steps) run(name, cmd, args);
if (haveFirefox) run(...firefoxSuite);
else if (process.env.CI) {
  process.stdout.write(`\n=== ${firefoxSuite[0]}: no Firefox at ${firefox}, and CI is set: failing (install firefox-esr or set FIREFOX_PATH)\n`);
  results.push({ name: firefoxSuite[0], ok: false, seconds: '0.0' });
} else {
  process.stdout.write(`\n=== ${firefoxSuite[0]}: SKIPPED — no Firefox at ${firefox} (install Debian's firefox-esr or set FIREFOX_PATH; CI never skips it)\n`);
  results.push({ name: firefoxSuite[0], ok: true, skipped: true, seconds: '0.0' });
}

process.stdout.write('\n=== summary\n');
for (const r of results) process.stdout.write(`${r.skipped ? 'SKIP' : r.ok ? 'pass' : 'FAIL'}  ${r.name} (${r.seconds}s)\n`);
process.exit(results.every((r) => r.ok) ? 0 : 1);

function run(name, cmd, args) {
  process.stdout.write(`\n=== ${name}: ${cmd} ${args.join(' ')}\n`);
  const started = Date.now();
  const child = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  results.push({ name, ok: child.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}
