#!/usr/bin/env node
// Runs addons-linter (through web-ext) on the Firefox build and fails on any error.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  process.stderr.write(run.stdout + run.stderr);
  process.exit(1);
}
const { errors, warnings, notices } = report.summary;
process.stdout.write(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices\n`);
for (const m of [...report.errors, ...report.warnings]) process.stdout.write(`  ${m._type}: ${m.code} ${m.file ?? ''} ${m.message}\n`);
process.exit(errors === 0 ? 0 : 1);
