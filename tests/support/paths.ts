/** Paths that Node-side tests and benchmarks share, resolved from this file so the working directory never matters. */
import { fileURLToPath } from 'node:url';

/** The repository root (tests/.out/support/ → ../../..). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The built CLI entry. */
export const cliBin = fileURLToPath(new URL('../../../packages/cli/dist/bin.js', import.meta.url));

/** The seed document: the Dobrynin telegram, English translation as published by the Wilson Center. */
export const seedTelegram = fileURLToPath(new URL('../../fixtures/telegram-1962-10-30.en.txt', import.meta.url));
