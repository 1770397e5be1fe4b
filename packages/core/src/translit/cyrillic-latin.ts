/**
 * Stage one of a match key: each Cyrillic letter spelled with the Latin letters that the
 * folding stage (fold-latin.ts) understands, and the marks a key ignores removed. It is a
 * comparison spelling, never a display one.
 */

/**
 * Lower-case Cyrillic → intermediate Latin. ц is spelled `ts`, х `kh`, я `ya` … so that the
 * Latin folding treats them exactly as it treats a transliteration that spells them so, and
 * clusters such as т+с (советский → "sovetskii") fold the same way on both sides.
 */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'ž', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'č', ш: 'š', щ: 'šč', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian and Belarusian letters, so names in those languages still compare.
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
  // Dropped before any folding, so a cluster split by them still folds (BGN/PCGN sovet·skiy):
  // soft and hard signs as the schemes print them, apostrophes, hyphens (the line-break hyphen
  // of dogovorion-nost included), and BGN/PCGN's middle dot, which only says t·s is т+с, not ц.
  "'": '', '’': '', '‘': '', 'ʹ': '', 'ʺ': '', 'ʼ': '', 'ʻ': '', '"': '', '”': '', '“': '', '`': '',
  '´': '', '·': '', '-': '', '‐': '', '‑': '', '\u00ad': '', '–': '',
};
