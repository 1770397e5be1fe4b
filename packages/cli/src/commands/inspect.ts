/**
 * `parallel-text inspect FILE`: what the parser finds in a text — paragraphs, insertions with
 * their kinds, notes, page-break splits, diagnostics — as JSON (issue 3's shape) or as text.
 * It reads files and prints; every decision about the text is made by @parallel-text/core.
 */
import { inspectReport, inspectText, parse, type InputForm, type ParseOptions } from '@parallel-text/core';
import type { Command } from '../main.js';
import { UsageError } from '../io.js';
import { oneOf, parseCommandArgs } from '../args.js';
import { readOverridesFile } from '../report/inspect-overrides.js';

const FORMATS = ['json', 'text'] as const;
const FORMS = ['auto', 'plain', 'front-matter', 'archive-page', 'markdown-footnotes'] as const satisfies readonly (InputForm | 'auto')[];

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'report the paragraphs, insertions, notes and diagnostics of a text',
  usage: [
    'Usage: parallel-text inspect FILE [--format json|text] [--form auto|plain|front-matter|archive-page|markdown-footnotes]',
    '                             [--lang TAG] [--overrides SIDECAR.json]',
    '',
    'FILE may be - for standard input.',
    '--format     json (the shape documented in packages/core/README.md) or text (default).',
    '--form       the input form; auto (default) detects it.',
    '--lang       the text\u2019s language tag, when it should not be guessed.',
    '--overrides  a JSON sidecar {"overrides": [{"paragraph": 3, "match": "[back]", "kind": "supplied"}]}.',
    '',
    'Exit status: 0 when the text was read (problems in it are reported as diagnostics);',
    '             2 for an unreadable file or bad arguments.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      form: { type: 'string' },
      lang: { type: 'string' },
      overrides: { type: 'string' },
    });
    const format = oneOf(values.format, FORMATS, 'text', 'format');
    const form = oneOf(values.form, FORMS, 'auto', 'form');
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('expects exactly one FILE (or - for standard input)');
    if (values.lang?.trim() === '') throw new UsageError('--lang needs a language tag such as en or ru');
    if (values.overrides === '-' && file === '-') throw new UsageError('FILE and --overrides cannot both be standard input');
    const overrides = values.overrides === undefined ? undefined : await readOverridesFile(values.overrides, io);
    const source = await io.readText(file);
    const options: ParseOptions = {
      form,
      ...(values.lang !== undefined ? { lang: values.lang } : {}),
      ...(overrides ? { overrides } : {}),
    };
    const document = parse(source, options);
    io.stdout(format === 'json' ? `${JSON.stringify(inspectReport(document), null, 2)}\n` : inspectText(document));
    return 0;
  },
};
