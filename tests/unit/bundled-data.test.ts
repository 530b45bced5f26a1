// The bundled database as a worker wake-up gets it (lib/claims/bundled.ts):
// the files merged without a second check, which must give exactly what the
// checking merge gives — else a default the schema fills in, or a transform,
// would be missing at run time.
import { describe, expect, it } from 'vitest';
import { bundledDatabase, bundledFiles, mergeClaimFiles } from '../../lib/claims/bundled';
import { validateClaimFiles } from '../../lib/claims/validate';
import { dataVersion } from '../../lib/claims/version';

describe('bundled claim data at run time', () => {
  it('the unchecked merge equals the checked one, and bundledDatabase() gives it', () => {
    const files = bundledFiles();
    const checked = validateClaimFiles(files, 'v');
    if (!checked.ok) throw new Error('bundled claim data does not validate');
    expect(mergeClaimFiles(files, 'v')).toEqual(checked.db);
    const db = bundledDatabase();
    expect(db).toEqual({ ...checked.db, version: dataVersion(files) });
    expect(db.claims.length).toBeGreaterThan(200);
  });
});
