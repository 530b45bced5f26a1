// zod 4 probes `new Function("")` to decide whether it may compile validators
// just in time; under the extension's content security policy that probe is a
// CSP violation. Sverka does not need JIT speed: turn it off before any schema
// is built. Import this first in every entrypoint that builds zod schemas.
import { z } from 'zod';

z.config({ jitless: true });
