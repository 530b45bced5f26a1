// Build-time constants (wxt.config.ts `vite.define`).

/** True only in test builds (SVERKA_E2E=1): turns on entrypoints/background/e2e-console.ts. */
declare const __SVERKA_E2E__: boolean;
