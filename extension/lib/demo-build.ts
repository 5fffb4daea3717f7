/** Injected by wxt.config.ts: true in the demo and test build (PROTOKOLL_DEMO_BUILD=1), false in the production package. */
declare const __PROTOKOLL_DEMO_BUILD__: boolean | undefined;

/**
 * Whether this is the demo and test build (`npm start`, the tests, the benchmarks) rather than
 * the production package: it runs on localhost and 127.0.0.1 and leaves timing marks for the
 * benchmarks. Unit tests, which no build injects into, count as the demo build.
 */
export const DEMO_BUILD = typeof __PROTOKOLL_DEMO_BUILD__ === 'undefined' || __PROTOKOLL_DEMO_BUILD__;

/** The loopback hosts, as match patterns: every page on this computer, whatever its port. */
export const LOOPBACK_PATTERNS = ['http://localhost/*', 'http://127.0.0.1/*'];

/** The loopback sites this build runs on without asking: none in the production package. */
export const LOOPBACK_SITES: readonly string[] = DEMO_BUILD ? LOOPBACK_PATTERNS : [];
