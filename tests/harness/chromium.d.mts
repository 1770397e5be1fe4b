/** Types for chromium.mjs, which stays plain JavaScript because it runs before anything is built. */
export declare function findChromium(): string | undefined;
export declare const CHROMIUM_ARGS: readonly string[];
