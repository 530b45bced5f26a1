// The claim data bundled into the extension: Vite inlines assets/claims/*.json
// at build time. Validation failures throw at build (wxt.config) and in tests,
// so a broken file never ships.
import { validateClaimFiles, formatDataError } from './validate';
import { dataVersion } from './version';
import type { ClaimDatabase } from './schema';

const modules = import.meta.glob('../../assets/claims/*.json', { eager: true, import: 'default' });

/** Parsed files keyed by base name, as lib/claims/validate expects. */
export function bundledFiles(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(modules).map(([path, data]) => [path.split('/').pop()!, data]));
}

let cached: ClaimDatabase | undefined;

export function bundledDatabase(): ClaimDatabase {
  if (cached) return cached;
  const files = bundledFiles();
  const result = validateClaimFiles(files, dataVersion(files));
  if (!result.ok) throw new Error(`bundled claim data is invalid:\n${result.errors.map(formatDataError).join('\n')}`);
  cached = result.db;
  return cached;
}
