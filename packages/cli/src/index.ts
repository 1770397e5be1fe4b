/** Programmatic entry of the CLI, for embedding the commands in other Node tools. */
export { main, helpText } from './main.js';
export type { CliIo } from './io.js';
