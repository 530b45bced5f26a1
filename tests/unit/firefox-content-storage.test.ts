// Firefox does not give content scripts storage.session (there is no
// setAccessLevel), so Sverka's content script must never touch it: the
// background owns the session state and the page reads only storage.local
// settings. This walks the content script's own import graph (relative
// imports, type-only ones skipped) and checks every file it bundles.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = join(ROOT, 'entrypoints/content/index.ts');

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && !p.endsWith('/'));
}

/** Every source file the content script bundles through relative, value imports. */
function importGraph(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^;]*?from\s+'(\.{1,2}\/[^']+)'/gm)) {
      if (m[1]) continue; // import type: erased at build
      const target = resolveImport(file, m[2]);
      if (target && /\.(ts|tsx)$/.test(target)) queue.push(target);
    }
  }
  return seen;
}

describe('the content script and storage.session (unavailable to content scripts in Firefox)', () => {
  const graph = importGraph(ENTRY);

  it('walks a real graph (the content script bundles the page code and the settings)', () => {
    const files = [...graph.keys()].map((f) => f.slice(ROOT.length + 1));
    expect(files).toContain('lib/settings.ts');
    expect(files.some((f) => f.startsWith('lib/page/'))).toBe(true);
  });

  it('no file the content script bundles uses storage.session or a "session:" storage item', () => {
    const offenders = [...graph].filter(([, text]) => /storage\.session|['"`]session:/.test(text)).map(([f]) => f.slice(ROOT.length + 1));
    expect(offenders).toEqual([]);
  });

  it('the detector works: it flags a file that does', () => {
    expect(/storage\.session|['"`]session:/.test("await browser.storage.session.get('x')")).toBe(true);
    expect(/storage\.session|['"`]session:/.test("storage.defineItem('session:draft')")).toBe(true);
  });
});
