/**
 * Words of the viewer's own interface (not of the texts it shows), kept in one place so they
 * read consistently and can be translated later. The interface language is English.
 */

export const UI_LANG = 'en';

const displayNames = new Intl.DisplayNames([UI_LANG], { type: 'language', fallback: 'code' });

/** "Russian" for `ru`, the tag itself when the browser does not know it. */
export function languageName(tag: string): string {
  try {
    return displayNames.of(tag) ?? tag;
  } catch {
    return tag; // an invalid tag is shown as given rather than breaking the header
  }
}

export const pairLabel = (index: number, count: number): string => `Pair ${index + 1} of ${count}`;

export const gapText = (missingLanguage: string): string => `No ${missingLanguage} paragraph corresponds here`;
