/**
 * `parallel-text export SOURCE TARGET`: parses both texts, aligns them (keeping any --pin), links
 * transliterations to their source words and writes one interchange format: lossless JSON, TEI P5
 * or a standalone HTML page. Every step is a core function; this command only reads and prints.
 */
import { align, linkTransliterations, toInterchange, toStaticHTML, toTEI, type Diagnostic } from '@parallel-text/core';
import type { Command } from '../main.js';
import { oneOf, parseCommandArgs } from '../args.js';
import { alignOptionsFrom, readTwoTexts, TWO_TEXT_OPTIONS } from '../two-texts.js';

const FORMATS = ['json', 'tei', 'html'] as const;

function describe(diagnostic: Diagnostic, file: string): string {
  return `${file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}\n`;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'align two texts and write them as JSON, TEI P5 or a static HTML page',
  usage: [
    'Usage: parallel-text export SOURCE TARGET [--format json|tei|html] [--pin S:T ...] [--dictionary FILE] [--no-dictionary]',
    '',
    'SOURCE and TARGET are files in any form `inspect` reads; one of them may be - for standard input.',
    '--format  json (default): the parallel-text interchange file — both texts exactly as given, what the',
    '          parser found, the pairs; tei: a TEI P5 document with insertions as typed <seg>s and the',
    '          alignment as a <linkGrp>; html: one standalone page, no script.',
    '--pin     a pair to keep as given (as for `align`), e.g. 7:8 or 7,8:9; repeat for more.',
    '--dictionary FILE, --no-dictionary  as for `align`.',
    '',
    'The export goes to standard output; diagnostics about the texts go to standard error.',
    'Exit status: 0 when both texts were read; 2 for an unreadable file or bad arguments.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, TWO_TEXT_OPTIONS);
    const format = oneOf(values.format, FORMATS, 'json', 'format');
    const options = await alignOptionsFrom(values, io);
    const { sourceFile, targetFile, source, target: rawTarget } = await readTwoTexts(positionals, io);
    const alignment = align(source, rawTarget, options);
    const bundle = { source, target: linkTransliterations(rawTarget, source, alignment.pairs), pairs: alignment.pairs };

    for (const diagnostic of source.diagnostics) io.stderr(describe(diagnostic, sourceFile));
    for (const diagnostic of rawTarget.diagnostics) io.stderr(describe(diagnostic, targetFile));
    for (const diagnostic of alignment.diagnostics) io.stderr(`alignment: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}\n`);

    if (format === 'json') {
      io.stdout(`${JSON.stringify(toInterchange(bundle), null, 2)}\n`);
    } else if (format === 'tei') {
      const tei = toTEI(bundle);
      for (const diagnostic of tei.diagnostics) io.stderr(`export: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}\n`);
      io.stdout(tei.xml);
    } else {
      io.stdout(toStaticHTML(bundle));
    }
    return 0;
  },
};
