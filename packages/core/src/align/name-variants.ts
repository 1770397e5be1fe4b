/**
 * Other spellings of a capitalized word under which its counterpart in the other language may
 * be found: names reached English and Russian by different routes. English spells Hebrew and Greek
 * х as ch (Elimelech ↔ Елимелех, Rachel ↔ Рахиль, Christ ↔ Христос) as well as ч; Russian, from
 * Greek, writes θ as ф and β as в where English, from Hebrew or Latin, writes th and b (Руфь ↔ Ruth,
 * Вооз ↔ Boaz, Моав ↔ Moab, Фома ↔ Thomas, Вавилон ↔ Babylon). The keyer takes their skeletons as
 * further keys. Capitalized only, since a name opening a sentence is not flagged as one.
 */
export function nameVariants(word: string): string[] {
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90) return /ch/iu.test(word) ? [word.replace(/ch/giu, 'kh')] : [];
  if (first >= 0x410 && first <= 0x42f && /[фв]/iu.test(word)) {
    const theta = word.replace(/ф/gu, 'т').replace(/Ф/gu, 'Т');
    const beta = (text: string) => text.replace(/в/gu, 'б').replace(/В/gu, 'Б');
    return [theta, beta(word), beta(theta)];
  }
  return [];
}
