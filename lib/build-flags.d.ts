// Build-time constants (wxt.config.ts `vite.define`).

/** True only in test builds (SVERKA_E2E=1): turns on entrypoints/background/e2e-console.ts. */
declare const __SVERKA_E2E__: boolean;

/** The content script's match patterns (outletMatchPatterns(): the outlet registry), so the script does not carry the registry. */
declare const __OUTLET_MATCHES__: string[];
