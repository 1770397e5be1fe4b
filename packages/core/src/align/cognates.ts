/**
 * Latin-root words that Russian and English end differently (декларация ↔ declaration, нация ↔
 * nation, религия ↔ religion, национальный ↔ national, политический ↔ political): the stem both
 * would share, spelled so that their transliteration skeletons agree. Extra keys only; a stem
 * that has no counterpart on the other side weighs nothing. It never changes the text.
 */

/** [pattern, replacement] over a lower-case word; each rule that matches adds one stem. */
const RUSSIAN_RULES: readonly (readonly [RegExp, string])[] = [
  // -ция ↔ -tion, in every case form: декларации → декларатион (declaration), Наций → натион (Nations).
  [/^(.{2,})ци(?:я|и|ю|ей|ям|ями|ях|й)$/u, '$1тион'],
  // -циональный ↔ -tional: национального → натионал (national).
  [/^(.{2,})циональн.*$/u, '$1тионал'],
  // -альный ↔ -al: социального → социал (social), федеральный → федерал.
  [/^(.{3,}?а)льн.*$/u, '$1л'],
  // -ический ↔ -ic, -ical: политических → политик (politic, political).
  [/^(.{3,})ическ.*$/u, '$1ик'],
];

const ENGLISH_RULES: readonly (readonly [RegExp, string])[] = [
  // -ion ↔ -ия (not -tion, which the Russian side meets): religion → relig (религия), commission → commiss.
  [/^(.{3,}[^t])ions?$/u, '$1'],
  // -ical ↔ -ический: political → politic.
  [/^(.{3,})ical(?:ly)?$/u, '$1ic'],
  // -ality ↔ -альность: nationality → national.
  [/^(.{3,}al)(?:ity|ities|ly)$/u, '$1'],
];

const NONE: readonly string[] = [];

/** Stems of `word` under the rules of its script, or none. */
export function cognateStems(word: string): readonly string[] {
  const lower = word.toLowerCase();
  const code = lower.charCodeAt(0);
  const rules = code >= 0x430 && code <= 0x44f ? RUSSIAN_RULES : code >= 97 && code <= 122 ? ENGLISH_RULES : undefined;
  if (!rules || lower.length < 5) return NONE;
  let stems: string[] | undefined;
  for (const [pattern, replacement] of rules) {
    if (pattern.test(lower)) (stems ??= []).push(lower.replace(pattern, replacement));
  }
  return stems ?? NONE;
}
