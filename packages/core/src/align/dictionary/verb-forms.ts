/**
 * The forms of a Russian verb that its infinitive's stem does not reach. Snowball stems взять to
 * взят but взяла to взял, пойти to пойт but пошла to пошл, увидеть to увидет but увидит to увид: a
 * dictionary of infinitives would miss the past tense, which is most of what narrative prose and
 * scripture say. These rules make the regular past forms, -йти's suppletive past (пошёл, пришла) and
 * the present of -еть verbs; a form a verb does not really have only adds a stem no text contains.
 */

/** Past-tense endings (masculine, feminine, plural, neuter), without and with the reflexive particle. */
const PAST = ['л', 'ла', 'ли', 'ло'];
const PAST_REFLEXIVE = ['лся', 'лась', 'лись', 'лось'];
/** -йти verbs (пойти, прийти, выйти, найти…) take their past from шёл. */
const WALK_PAST = ['шёл', 'шла', 'шли', 'шло'];
/** мочь, помочь, лечь, беречь: -чь verbs end the past in the stem's consonant. */
const CH_PAST: Readonly<Record<string, readonly string[]>> = {
  мочь: ['мог', 'могла', 'могли', 'могло', 'может', 'могут', 'могу'],
  лечь: ['лёг', 'легла', 'легли', 'ляжет'],
  беречь: ['берёг', 'берегла', 'берегли', 'бережёт'],
  печь: ['пёк', 'пекла', 'пекли', 'печёт'],
  жечь: ['жёг', 'жгла', 'жгли', 'жжёт'],
  течь: ['тёк', 'текла', 'текли', 'течёт'],
};

/** The infinitive's forms that need stems of their own (empty for anything that is not an infinitive). */
export function russianVerbForms(lemma: string): string[] {
  const reflexive = lemma.endsWith('ся') || lemma.endsWith('сь');
  const base = reflexive ? lemma.slice(0, -2) : lemma;
  const forms: string[] = [];
  if (base.endsWith('йти') && base.length > 3) {
    const prefix = base.slice(0, -3);
    // выйти → вышел: the prefix's own vowel or none; ё and е stem alike.
    for (const ending of WALK_PAST) forms.push(prefix + ending);
  } else if (base === 'идти') {
    forms.push(...WALK_PAST, 'идёт', 'идут');
  } else if (base.endsWith('ть')) {
    const stem = base.slice(0, -2);
    for (const ending of reflexive ? PAST_REFLEXIVE : PAST) forms.push(stem + ending);
    // видеть → видит, видят; иметь → имеет: which one a verb takes is not in its spelling.
    if (stem.endsWith('е')) {
      const root = stem.slice(0, -1);
      forms.push(`${root}ит`, `${root}ят`, `${stem}ет`);
    }
  } else {
    for (const [verb, past] of Object.entries(CH_PAST)) if (base.endsWith(verb)) forms.push(...past.map((form) => base.slice(0, -verb.length) + form));
  }
  return forms;
}
