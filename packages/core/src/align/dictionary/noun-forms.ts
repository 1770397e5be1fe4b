/**
 * The case forms of a Russian noun that its nominative's stem does not reach: a vowel that drops
 * (отец → отца, день → дня, кусок → куска, любовь → любви), nouns in -мя (имя → имени), мать and
 * дочь (матери), and plurals built on another stem (сын → сыновья, человек → люди). Snowball stems
 * each apart, so a dictionary of nominatives would miss them.
 */

/** Nouns whose forms no rule below makes. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  день: ['дня', 'дню', 'днём', 'дни', 'дней', 'дням', 'днями', 'днях'],
  сон: ['сна', 'сну', 'сном', 'сне', 'сны', 'снов'],
  рот: ['рта', 'рту', 'ртом', 'рты'],
  лев: ['льва', 'льву', 'львом', 'львы', 'львов'],
  пёс: ['пса', 'псу', 'псом', 'псы', 'псов'],
  лёд: ['льда', 'льду', 'льдом', 'льды'],
  лоб: ['лба', 'лбу', 'лбом'],
  ветер: ['ветра', 'ветру', 'ветром', 'ветры', 'ветров'],
  мать: ['матери', 'матерью', 'матерей', 'матерям', 'матерями'],
  дочь: ['дочери', 'дочерью', 'дочерей', 'дочерям', 'дочерями'],
  человек: ['люди', 'людей', 'людям', 'людьми', 'людях'],
  ребёнок: ['ребёнка', 'ребёнку', 'ребёнком', 'дети', 'детей', 'детям', 'детьми'],
  сын: ['сыновья', 'сыновей', 'сыновьям', 'сыновьями'],
  друг: ['друзья', 'друзей', 'друзьям', 'друзьями'],
  муж: ['мужья', 'мужей', 'мужьям'],
  небо: ['небеса', 'небес', 'небесам', 'небесах'],
  чудо: ['чудеса', 'чудес', 'чудесам'],
  господь: ['господа', 'господу', 'господом', 'господе'],
};

/** The forms of the noun whose nominative singular is `lemma` (lower case) that need stems of their own. */
export function russianNounForms(lemma: string): string[] {
  const listed = IRREGULAR[lemma];
  if (listed) return [...listed];
  const forms: string[] = [];
  const decline = (root: string, endings: readonly string[]) => {
    for (const ending of endings) forms.push(root + ending);
  };
  let match: RegExpExecArray | null;
  if ((match = /^(.+[^аеёиоуыэюя])е(ц)$/u.exec(lemma)) !== null) decline(`${match[1] ?? ''}ц`, ['а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах']);
  else if ((match = /^(.{2,}[^аеёиоуыэюя])[оё]к$/u.exec(lemma)) !== null) decline(`${match[1] ?? ''}к`, ['а', 'у', 'ом', 'е', 'и', 'ов', 'ам', 'ами', 'ах']);
  else if ((match = /^(.+[^аеёиоуыэюя])ень$/u.exec(lemma)) !== null) decline(`${match[1] ?? ''}н`, ['я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях']);
  else if ((match = /^(.+[^аеёиоуыэюя])ёл$/u.exec(lemma)) !== null) decline(`${match[1] ?? ''}л`, ['а', 'у', 'ом', 'е', 'ы', 'ов']);
  else if ((match = /^(.+)овь$/u.exec(lemma)) !== null) decline(`${match[1] ?? ''}в`, ['и', 'ью']);
  else if ((match = /^(.+)мя$/u.exec(lemma)) !== null) decline(`${match[1] ?? ''}м`, ['ени', 'енем', 'ена', 'ён', 'енам', 'енами', 'енах']);
  return forms;
}
