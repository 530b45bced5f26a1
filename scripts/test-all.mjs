#!/usr/bin/env node
// `npm test`: every test Sverka has, in the order a failure is cheapest to read:
// types, unit tests (with the eval targets), the Chrome build, end-to-end tests
// in real Chromium, the Firefox build and its web-ext lint. Exits non-zero if any step fails.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build (Chrome)', 'npx', ['wxt', 'build']],
  ['end-to-end (Chromium)', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']],
  ['build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['web-ext lint (Firefox)', 'node', ['scripts/lint-firefox.mjs']],
];

const results = [];
for (const [name, cmd, args] of steps) {
  process.stdout.write(`\n=== ${name}: ${cmd} ${args.join(' ')}\n`);
  const started = Date.now();
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  results.push({ name, ok: run.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}
process.stdout.write('\n=== summary\n');
for (const r of results) process.stdout.write(`${r.ok ? 'pass' : 'FAIL'}  ${r.name} (${r.seconds}s)\n`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
