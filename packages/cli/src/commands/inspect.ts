/** `parallel-text inspect FILE`: what the parser finds in a text. */
import { paragraphRanges } from '@parallel-text/core';
import type { Command } from '../main.js';
import { UsageError } from '../io.js';
import { oneOf, parseCommandArgs } from '../args.js';

const FORMATS = ['json', 'text'] as const;

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'report the paragraphs, insertions, notes and diagnostics of a text',
  usage: 'Usage: parallel-text inspect FILE [--format json|text]\n\nFILE may be - for standard input.',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' } });
    const format = oneOf(values.format, FORMATS, 'text', 'format');
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('expects exactly one FILE (or - for standard input)');
    const source = await io.readText(file);
    const paragraphs = paragraphRanges(source).map((range, index) => ({ index, text: source.slice(range.start, range.end) }));
    if (format === 'json') io.stdout(`${JSON.stringify({ paragraphs }, null, 2)}\n`);
    else io.stdout(`${paragraphs.length} paragraphs\n`);
    return 0;
  },
};
