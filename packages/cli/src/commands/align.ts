/**
 * `parallel-text align SOURCE TARGET`: pairs the paragraphs of a text and its translation and
 * prints the pairs (JSON or TSV), with the doubtful ones and the reasons. It reads files, turns
 * `--pin` arguments into pins and prints; the parsing and aligning happen in @parallel-text/core.
 */
import { align } from '@parallel-text/core';
import type { Command } from '../main.js';
import { oneOf, parseCommandArgs } from '../args.js';
import { alignOptionsFrom, readTwoTexts, TWO_TEXT_OPTIONS } from '../two-texts.js';

const FORMATS = ['json', 'tsv'] as const;

function tsv(pairs: readonly { source: readonly number[]; target: readonly number[]; score: number; pinned?: boolean }[]): string {
  const lines = ['source\ttarget\tscore\tpinned'];
  for (const pair of pairs) lines.push(`${pair.source.join(',')}\t${pair.target.join(',')}\t${pair.score.toFixed(3)}\t${pair.pinned === true ? 'yes' : ''}`);
  return `${lines.join('\n')}\n`;
}

export const alignCommand: Command = {
  name: 'align',
  summary: 'pair the paragraphs of a text and its translation',
  usage: [
    'Usage: parallel-text align SOURCE TARGET [--format json|tsv] [--pin S:T ...] [--dictionary FILE] [--no-dictionary]',
    '',
    'SOURCE and TARGET are files in any form `inspect` reads (plain text with blank lines between',
    'paragraphs works as it is); one of them may be - for standard input. Paragraph numbers are the',
    '0-based body-paragraph indices that `inspect` prints.',
    '--format  json (default): {"pairs": [{"source": [i], "target": [j], "score": x}], "doubtful": [...],',
    '          "diagnostics": [...]}; tsv: one pair per line (source, target, score, pinned), and the',
    '          doubtful pairs and diagnostics on standard error.',
    '--pin     a pair to keep as given, e.g. 7:8, 7,8:9, 7: (source 7 has no counterpart) or :8;',
    '          repeat for more pins.',
    '--dictionary     a glossary of Russian–English word pairs to use beside the built-in dictionary: one',
    '                 per line, the Russian word, a tab, the English words (space- or comma-separated);',
    '                 lines starting with # are skipped. Word forms need not match: words are stemmed.',
    '--no-dictionary  no built-in dictionary (with --dictionary: that file alone).',
    '',
    'Exit status: 0 when both texts were read (problems are reported as diagnostics);',
    '             2 for an unreadable file or bad arguments.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, TWO_TEXT_OPTIONS);
    const format = oneOf(values.format, FORMATS, 'json', 'format');
    const options = await alignOptionsFrom(values, io);
    const { source, target } = await readTwoTexts(positionals, io);
    const alignment = align(source, target, options);
    if (format === 'json') {
      io.stdout(`${JSON.stringify(alignment, null, 2)}\n`);
    } else {
      io.stdout(tsv(alignment.pairs));
      for (const doubt of alignment.doubtful) io.stderr(`doubtful pair ${doubt.pair} (${doubt.source.join(',')}:${doubt.target.join(',')}): ${doubt.reasons.join('; ')}\n`);
      for (const note of alignment.diagnostics) io.stderr(`${note.severity} ${note.code}: ${note.message}\n`);
    }
    return 0;
  },
};
