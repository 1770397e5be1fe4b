/**
 * A small English lexicon and English-morphology test, so that a supplied English word such as
 * `[back]` is never mistaken for a transliterated Russian one. It only answers "is this English";
 * it is deliberately small (common words) and backed by suffix rules, not a dictionary.
 */

// The most common English words, the function words translators supply, and the vocabulary of
// diplomatic and political prose. Lower-case, base forms; inflections are handled below.
const WORDS = `a about above according across actually added after afterwards again against ago agree agreed
agreement ahead aim air all allow almost alone along already also although always am among an and another
answer any anyone anything anyway anywhere apart appear are area arm army around as ask asked at attack
attempt available away back bad base based basis be because become been before began begin behind being
believe below best better between beyond big both bring brother brought business but by call came can
cannot case cause certain certainly chance change channel check clear clearly close come common concern
concerned concerning condition confidence confidential consider contact continue could country course
create current day days deal decide decided decision delicate despite did different direct directly do
does doing done down during each early either else end enough entire especially even event events ever
every everyone everything evidence exactly example except exchange expect explain express expressed fact
fail far fear feel felt few final finally find first firm follow following for force form formal former
forward free friend from full fully further future gave general get give given go going gone good got
government great group had half hand happen hard has have having he head hear heard held help her here
herself high him himself his hold home hope hoped how however idea if immediately important in include
indeed indicate information instead interest into is issue it its itself just keep kind knew know known
large last late later lead least leave left less let letter level lie life like likely line little live
long look lose made main maintain make many matter may me mean means measure meeting member mention might
mind moment more moreover most move much must my myself name near nearly necessary need neither never
nevertheless new news next no nobody none nor not nothing now number of off offer often old on once one
only open opinion or order other others otherwise our ourselves out over own part particular particularly
party past people perhaps period person personal personally place plan point policy political position
possible power present president press pressure probably problem promise proposal propose put question
quite rather reach read ready real really reason receive recent regard regarding remain remove reply
report request response rest result return right rule said same saw say says second secret see seem seen
send sent serious set several shall she should show side since situation so some someone something
sometimes soon speak special stand start state statement still stop such suggest support sure take taken
talk talks tell than that the their them themselves then there therefore these they thing things think
this those though thought through thus time to today together told too took toward towards true try turn
two under understand understanding unless until up upon us use used very view wait want war was way we
well went were what whatever when where whether which while who whole whom whose why will wish with
within without word words work world would write written year years yes yet you your yourself
ambassador attorney minister secretary embassy ministry foreign affairs soviet american russian english
cuban turkish british french german chinese united nations missile missiles troops soldiers military
peace treaty crisis letter letters message note notes telegram cable instructions instruction government
governments leader leaders premier chairman comrade delegation conversation conversations negotiations
meeting meetings exchange exchanges official unofficial oral written document documents publication
correspondence understanding agreement obligation obligations guarantee security council side sides
country countries nation nations people question questions issue issues matter matters problem problems
position positions proposal proposals statement statements situation relations relation contact contacts
channel channels mission step steps measure measures action actions event events period term terms
today yesterday tomorrow morning evening night week month year years moment time times day days hour
already again also further furthermore besides moreover namely nonetheless regardless therefore
he she it they we i him her them us his hers its their theirs our ours my mine your yours one ones
this that these those who whom whose which what where when why how here there then thus so
the a an of to in on at by for with from into onto upon about over under between among through
and or but nor not no yes if than as because since while although though unless until
up down out off away back forward ahead along across around behind beside beyond inside outside
first second third last next other another same such own only even just still yet ever never
all any each every both either neither some several many much more most few less least
himself herself itself themselves ourselves myself yourself oneself
is are was were be been being am have has had do does did will would shall should can could may
might must ought need dare`;

const COMMON_ENGLISH: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter(Boolean));

/** Endings that Russian transliteration does not produce but English words often have. */
const ENGLISH_SUFFIXES = [
  'tion', 'sion', 'ment', 'ness', 'ity', 'ing', 'ly', 'ous', 'ive', 'able', 'ible', 'ful', 'less',
  'ship', 'ward', 'wards', 'ance', 'ence', 'ize', 'ise', 'ical', 'ally', 'ed', 'er', 'ers', 'est',
  // Latinate endings English shares with few Russian words in romanized form (urgent, Presidium).
  'ent', 'ant', 'ium', 'ure', 'ism', 'ual', 'ial',
] as const;

/** Inflections stripped to find a base form in the lexicon: `hoped` → hope, `letters` → letter. */
const INFLECTIONS: readonly (readonly [string, string])[] = [
  ['ies', 'y'], ['ied', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', ''],
];

/** True when `word` (any case) is a common English word or an inflection of one. */
export function isCommonEnglish(word: string): boolean {
  const lower = word.toLowerCase();
  if (COMMON_ENGLISH.has(lower)) return true;
  return INFLECTIONS.some(
    ([suffix, replacement]) =>
      lower.length > suffix.length + 2 && lower.endsWith(suffix) && COMMON_ENGLISH.has(lower.slice(0, -suffix.length) + replacement),
  );
}

/** The English suffix `word` ends with, if any (`accommodation` → `tion`). */
export function englishSuffix(word: string): string | undefined {
  const lower = word.toLowerCase();
  return ENGLISH_SUFFIXES.find((suffix) => lower.length >= suffix.length + 3 && lower.endsWith(suffix));
}
