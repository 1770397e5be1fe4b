/**
 * Numbers spelt out in words, so that they meet their digits and Roman numerals across the two
 * texts: «Глава пятая» ↔ "Chapter V" ↔ "CHAPTER 5", «сто сорок» ↔ "an hundred and forty".
 * Russian numerals inflect, so every case form is listed (generated from stems, not guessed by a
 * stemmer: a stemmer folds стоя and сто together). Cardinal one (один, one) is left out: in both
 * languages it is as often a pronoun or "alone" as a number. It only reads words.
 */

/** Adjective endings of Russian ordinals (пятый, пятая, пятого, пятыми…; второй, шестой, седьмой). */
const ORDINAL_ENDINGS = ['ый', 'ой', 'ая', 'ое', 'ые', 'ого', 'ому', 'ую', 'ым', 'ом', 'ых', 'ыми'];
/** третий declines on its own soft stem. */
const THIRD_FORMS = ['третий', 'третья', 'третье', 'третьи', 'третьего', 'третьему', 'третьей', 'третью', 'третьим', 'третьем', 'третьих', 'третьими'];

/** Russian ordinal stems by value: each takes ORDINAL_ENDINGS. */
const RUSSIAN_ORDINAL_STEMS: readonly (readonly [string, number])[] = [
  ['перв', 1], ['втор', 2], ['четвёрт', 4], ['четверт', 4], ['пят', 5], ['шест', 6], ['седьм', 7], ['восьм', 8], ['девят', 9], ['десят', 10],
  ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16], ['семнадцат', 17],
  ['восемнадцат', 18], ['девятнадцат', 19], ['двадцат', 20], ['тридцат', 30], ['сороков', 40], ['пятидесят', 50], ['шестидесят', 60],
  ['семидесят', 70], ['восьмидесят', 80], ['девяност', 90], ['сот', 100], ['тысячн', 1000],
];

/** Russian cardinals with their case forms, two and up. */
const RUSSIAN_CARDINALS: readonly (readonly [number, readonly string[]])[] = [
  [2, ['два', 'две', 'двух', 'двум', 'двумя']],
  [3, ['три', 'трёх', 'трех', 'трём', 'трем', 'тремя']],
  [4, ['четыре', 'четырёх', 'четырех', 'четырём', 'четырем', 'четырьмя']],
  [5, softCardinal('пять')],
  [6, softCardinal('шесть')],
  // семью is also «family» (accusative), far more often than «by seven».
  [7, ['семь', 'семи']],
  [8, ['восемь', 'восьми', 'восемью', 'восьмью']],
  [9, softCardinal('девять')],
  [10, softCardinal('десять')],
  [11, softCardinal('одиннадцать')],
  [12, softCardinal('двенадцать')],
  [13, softCardinal('тринадцать')],
  [14, softCardinal('четырнадцать')],
  [15, softCardinal('пятнадцать')],
  [16, softCardinal('шестнадцать')],
  [17, softCardinal('семнадцать')],
  [18, softCardinal('восемнадцать')],
  [19, softCardinal('девятнадцать')],
  [20, softCardinal('двадцать')],
  [30, softCardinal('тридцать')],
  [40, ['сорок', 'сорока']],
  [50, ['пятьдесят', 'пятидесяти', 'пятьюдесятью']],
  [60, ['шестьдесят', 'шестидесяти', 'шестьюдесятью']],
  [70, ['семьдесят', 'семидесяти', 'семьюдесятью']],
  [80, ['восемьдесят', 'восьмидесяти', 'восемьюдесятью', 'восьмьюдесятью']],
  [90, ['девяносто', 'девяноста']],
  [100, ['сто', 'ста']],
  [200, ['двести', 'двухсот', 'двумстам', 'двумястами', 'двухстах']],
  [300, ['триста', 'трёхсот', 'трехсот', 'трёмстам', 'тремстам', 'тремястами', 'трёхстах', 'трехстах']],
  [400, ['четыреста', 'четырёхсот', 'четырехсот', 'четырёмстам', 'четыремстам', 'четырьмястами', 'четырёхстах', 'четырехстах']],
  [500, hundreds('пят')],
  [600, hundreds('шест')],
  [700, hundreds('сем')],
  [800, hundreds('восем')],
  [900, hundreds('девят')],
  [1000, ['тысяча', 'тысячи', 'тысяче', 'тысячу', 'тысячей', 'тысячью', 'тысяч', 'тысячам', 'тысячами', 'тысячах']],
];

/** пять, пяти, пятью: cardinals in -ь decline like a soft noun. */
function softCardinal(nominative: string): string[] {
  const stem = nominative.slice(0, -1);
  return [nominative, `${stem}и`, `${stem}ью`];
}

/** пятьсот, пятисот, пятистам, пятьюстами, пятистах. */
function hundreds(stem: string): string[] {
  const soft = stem === 'восем' ? 'восьм' : stem;
  return [`${stem}ьсот`, `${soft}исот`, `${soft}истам`, `${stem}ьюстами`, `${soft}истах`];
}

const ENGLISH_WORDS: readonly (readonly [string, number])[] = [
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['thousand', 1000],
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50],
  ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1000],
];

function buildTable(): ReadonlyMap<string, number> {
  const table = new Map<string, number>(ENGLISH_WORDS);
  for (const [stem, value] of RUSSIAN_ORDINAL_STEMS) for (const ending of ORDINAL_ENDINGS) table.set(stem + ending, value);
  for (const form of THIRD_FORMS) table.set(form, 3);
  for (const [value, forms] of RUSSIAN_CARDINALS) for (const form of forms) table.set(form, value);
  return table;
}

let table: ReadonlyMap<string, number> | undefined;

/** The number a word spells (two, пятая, сорока, twentieth), in any letter case; 0 when it spells none. */
export function numberWordValue(word: string): number {
  table ??= buildTable();
  return table.get(word.toLowerCase()) ?? 0;
}

/** True for 20, 30 … 90: a following unit word makes one number with it (двадцать пятая, twenty-five). */
export function isTens(value: number): boolean {
  return value >= 20 && value <= 90 && value % 10 === 0;
}
