#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so the CLI and the extension share lib/ without a separate build.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
