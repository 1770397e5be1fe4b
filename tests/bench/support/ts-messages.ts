/**
 * A second real Russian–English bitext found among the installed packages: TypeScript's compiler
 * messages and Microsoft's Russian localization of them (typescript/lib/ru). Each message is one
 * paragraph; gold is message by message, in the order the compiler declares them.
 */
import { readFileSync } from 'node:fs';
import { repoRoot } from '../../support/paths.js';
import { oneToOne, type Bitext } from './bitext.js';

const DECLARATION = /diag\(\d+, \d+ \/\* \w+ \*\/, "(\w+)", "((?:[^"\\]|\\.)*)"/g;

export function loadTypeScriptMessages(): Bitext {
  const lib = `${repoRoot}node_modules/typescript/lib/`;
  const russian = JSON.parse(readFileSync(`${lib}ru/diagnosticMessages.generated.json`, 'utf8')) as Record<string, string>;
  const compiler = readFileSync(`${lib}typescript.js`, 'utf8');
  const source: string[] = [];
  const target: string[] = [];
  const seen = new Set<string>();
  for (const match of compiler.matchAll(DECLARATION)) {
    const key = match[1] ?? '';
    const translated = russian[key];
    if (translated === undefined || seen.has(key)) continue;
    seen.add(key);
    source.push(translated.trim());
    target.push((JSON.parse(`"${match[2] ?? ''}"`) as string).trim());
  }
  return { name: 'TypeScript messages ru/en', source, target, gold: oneToOne(source.length) };
}
