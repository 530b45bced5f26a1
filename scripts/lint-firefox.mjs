#!/usr/bin/env node
// Checks the shipped Firefox MV3 build (.output/firefox-mv3, from `npm run build:firefox`):
//  1. addons-linter (through web-ext) reports no error;
//  2. the test-only e2e console route (entrypoints/background/e2e-console.ts, only in
//     SVERKA_E2E=1 builds) is not in it: the build users get opens no extra page.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.env.SVERKA_OUT_DIR ?? '.output', 'firefox-mv3');
if (!existsSync(join(dir, 'manifest.json'))) {
  process.stderr.write(`No Firefox build in ${dir}: run "npm run build:firefox" first.\n`);
  process.exit(1);
}

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  process.stderr.write(run.stdout + run.stderr);
  process.exit(1);
}
const { errors, warnings, notices } = report.summary;
process.stdout.write(`web-ext lint (${dir}): ${errors} errors, ${warnings} warnings, ${notices} notices\n`);
for (const m of [...report.errors, ...report.warnings]) process.stdout.write(`  ${m._type}: ${m.code} ${m.file ?? ''} ${m.message}\n`);

const MARKER = 'sverka-e2e-console';
const leaks = jsFiles(dir).filter((f) => readFileSync(f, 'utf8').includes(MARKER));
if (leaks.length) process.stdout.write(`FAIL: the test-only e2e console is in the shipped build: ${leaks.join(', ')}\n`);
else process.stdout.write('shipped build: no test-only route (e2e console) in it\n');
process.exit(errors === 0 && leaks.length === 0 ? 0 : 1);

function jsFiles(root) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}
