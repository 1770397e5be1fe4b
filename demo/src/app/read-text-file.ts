/**
 * Reads a dropped or chosen file as text. UTF-8 first (strictly, so a wrong guess is noticed);
 * Russian texts saved by older Windows tools are often Windows-1251, so that is the fallback, and
 * the reader is told. Never throws: an unreadable file becomes a message.
 */

export interface ReadFile {
  readonly text: string;
  readonly name: string;
  /** What the reader should know: the encoding used when it was not UTF-8, or why nothing was read. */
  readonly notice?: string;
  readonly ok: boolean;
}

const ACCEPTED = /\.(txt|md|markdown|text)$/iu;
const LIMIT = 20 * 1024 * 1024;

export const ACCEPT_ATTRIBUTE = '.txt,.md,.markdown,text/plain,text/markdown';

export async function readTextFile(file: File): Promise<ReadFile> {
  const name = file.name;
  if (!ACCEPTED.test(name) && !file.type.startsWith('text/')) {
    return { text: '', name, ok: false, notice: `${name} is not a text file (.txt or .md).` };
  }
  if (file.size > LIMIT) return { text: '', name, ok: false, notice: `${name} is larger than 20 MB.` };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), name, ok: true };
    } catch {
      const text = new TextDecoder('windows-1251').decode(bytes);
      return { text, name, ok: true, notice: `${name} is not UTF-8; it was read as Windows-1251 (Cyrillic). Check the text.` };
    }
  } catch (error) {
    return { text: '', name, ok: false, notice: `${name} could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
