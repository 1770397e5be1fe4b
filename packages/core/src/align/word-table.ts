/**
 * A hash table from words, given as a span of a longer text, to values: looking up a word that is
 * already known allocates nothing, which matters when a book's millions of words pass through.
 * Keys are compared character by character, so hash collisions never confuse two words.
 */
/** FNV-1a's 32-bit offset basis and prime: scanText hashes words with them as it reads them. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export class WordTable<V> {
  private mask = 1023;
  private hashes = new Int32Array(1024);
  private words: (string | undefined)[] = new Array<string | undefined>(1024);
  private values: (V | undefined)[] = new Array<V | undefined>(1024);
  private size = 0;

  /** FNV-1a over the UTF-16 code units of text[start, end), plus a flag bit. */
  static hash(text: string, start: number, end: number, flag: number): number {
    let hash = FNV_OFFSET ^ flag;
    for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
    return hash | 0;
  }

  /** The value stored for text[start, end) under `hash`, or undefined. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const word = this.words[slot];
      if (word === undefined) return undefined;
      if (this.hashes[slot] === hash && sameSpan(word, text, start, end)) return this.values[slot];
    }
  }

  set(word: string, hash: number, value: V): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    let slot = hash & this.mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.words[slot] = word;
    this.hashes[slot] = hash;
    this.values[slot] = value;
    this.size += 1;
  }

  private grow(): void {
    const { words, hashes, values } = this;
    const capacity = (this.mask + 1) * 2;
    this.mask = capacity - 1;
    this.hashes = new Int32Array(capacity);
    this.words = new Array<string | undefined>(capacity);
    this.values = new Array<V | undefined>(capacity);
    this.size = 0;
    words.forEach((word, slot) => {
      const value = values[slot];
      if (word !== undefined && value !== undefined) this.set(word, hashes[slot] ?? 0, value);
    });
  }
}

function sameSpan(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i += 1) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
