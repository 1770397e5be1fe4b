#!/usr/bin/env node
/** The `parallel-text` executable: hands argv and the real process streams to `main`. */
import { main } from './main.js';
import { processIo } from './io.js';

process.exitCode = await main(process.argv.slice(2), processIo());
