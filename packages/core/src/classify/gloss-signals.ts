/**
 * Recognises an identifying gloss: titles, roles and first names put before a surname
 * (`[Secretary of State Dean] Rusk`), a role after a name (`Rusk [Secretary of State]`), a
 * name for a pronoun (`he [Kennedy]`), an expansion (`[i.e., …]`, `CPSU [Communist Party …]`).
 * It reads only the bracket and its immediate neighbours.
 */
import type { Verdict } from './editorial-signals.js';
import { isCommonEnglish } from './english-words.js';

/** Titles, offices and relations that identify a person; lower-case. */
const ROLE_WORDS: ReadonlySet<string> = new Set(
  `secretary minister ambassador president vice premier chairman general attorney advisor adviser
  assistant deputy director counselor counsellor councillor senator congressman governor comrade marshal
  admiral colonel major captain lieutenant sergeant professor doctor dr mr mrs ms sir lord king queen
  prince princess chief head leader commander envoy consul attaché attache chargé charge correspondent
  journalist editor officer official representative spokesman spokesperson aide emissary delegate
  chancellor mayor pope cardinal bishop patriarch metropolitan brother sister wife husband son daughter
  father mother uncle aunt cousin nephew niece friend colleague interpreter translator member politburo
  presidium cpsu kgb gru navy army air force state affairs foreign defense defence interior soviet
  american cuban u.s. ussr cc`.split(/\s+/u),
);

const PRONOUN_BEFORE = /\b(?:he|she|him|her|his|hers|they|them|their|it|its|this|that|who|whom|whose)\s*$/iu;
const EXPANSION = /^(?:i\.\s?e\.|e\.\s?g\.|=|namely\b|that is\b|meaning\b|lit\.|literally\b|viz\.)/iu;
const CAPITALISED_NEXT = /^\s*(?:\p{Lu}[\p{Ll}\p{Lu}'’.-]*)/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|of|the|on|for|and|de|van|von|la|le|del|da|bin|al)$/u;
const ACRONYM_BEFORE = /\b(\p{Lu}{2,}|\p{Lu}(?:\.\p{Lu})+\.?)\s*$/u;
const WORD_BEFORE = /(\p{Lu}[\p{L}'’-]*)[,]?\s*$/u;

function words(content: string): string[] {
  return content.trim().split(/\s+/u).filter(Boolean);
}

function hasRoleWord(list: readonly string[]): boolean {
  return list.some((word) => ROLE_WORDS.has(word.toLowerCase().replace(/[,.;:]+$/u, '')));
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** The gloss verdict for a bracket, given the text just before and after it in its paragraph. */
export function glossVerdict(content: string, before: string, after: string): Verdict | undefined {
  const list = words(content);
  const last = list.at(-1) ?? '';
  if (list.length === 0) return undefined;
  if (EXPANSION.test(content.trim())) return { confidence: 0.85, reason: 'Explains the preceding words (\u201ci.e.\u201d, \u201c=\u201d, \u201cnamely\u201d).' };

  const role = hasRoleWord(list);
  if (CAPITALISED_NEXT.test(after) && /^\s/u.test(after)) {
    if (role && isCapitalised(last) && !hasRoleWord([last])) {
      return { confidence: 0.92, reason: 'A title and first name put before the surname that follows: an identifying gloss.' };
    }
    if (role) return { confidence: 0.85, reason: 'A title or role put before the name that follows: an identifying gloss.' };
    if (list.length <= 2 && list.every(isCapitalised)) {
      return { confidence: 0.8, reason: 'A first name put before the surname that follows: an identifying gloss.' };
    }
  }
  const allNames = list.every((word) => NAME_WORD.test(word)) && isCapitalised(list[0] ?? '');
  if (allNames && PRONOUN_BEFORE.test(before)) {
    return { confidence: 0.85, reason: 'Names whom or what the preceding pronoun refers to: an identifying gloss.' };
  }
  const acronym = ACRONYM_BEFORE.exec(before)?.[1];
  if (acronym && list.length >= 2 && allNames) {
    return { confidence: 0.85, reason: `Spells out the abbreviation ${acronym}: an explanatory gloss.` };
  }
  const named = WORD_BEFORE.exec(before)?.[1];
  // A capitalised word that is not a common English one ("The", "He") is taken for a name.
  if (role && named !== undefined && !isCommonEnglish(named)) {
    return { confidence: 0.8, reason: 'Gives the title or role of the person just named: an identifying gloss.' };
  }
  return undefined;
}

/** A bracket that is only a proper name, with nothing around it to say more. */
export function nameOnly(content: string): boolean {
  const list = words(content);
  return list.length > 0 && list.length <= 4 && isCapitalised(list[0] ?? '') && list.every((word) => NAME_WORD.test(word));
}
