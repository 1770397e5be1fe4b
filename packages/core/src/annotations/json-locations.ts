/**
 * Finds where each value of a JSON text starts, keyed by JSON Pointer, so a diagnostic can name
 * the line and column of the offending field. It reads text that JSON.parse has already accepted;
 * it is iterative (no recursion to overflow on deep nesting) and never throws.
 */

/** Pointer → UTF-16 offset of the value's first character, down to `maxDepth` levels. */
export function jsonValueOffsets(text: string, maxDepth = 3): Map<string, number> {
  const offsets = new Map<string, number>();
  try {
    scan(text, maxDepth, offsets);
  } catch {
    // Only reachable on text JSON.parse rejected; locations are a convenience, so return what we have.
  }
  return offsets;
}

/** RFC 6901 escaping of one reference token. */
export function pointerToken(key: string | number): string {
  return String(key).replaceAll('~', '~0').replaceAll('/', '~1');
}

interface Frame {
  readonly pointer: string;
  readonly kind: 'object' | 'array';
  index: number;
  key: string;
}

function scan(text: string, maxDepth: number, offsets: Map<string, number>): void {
  const stack: Frame[] = [];
  let position = 0;
  const skipWhitespace = () => {
    while (position < text.length && ' \t\r\n\ufeff'.includes(text.charAt(position))) position += 1;
  };
  const currentPointer = (): string => {
    const frame = stack.at(-1);
    if (!frame) return '';
    return `${frame.pointer}/${pointerToken(frame.kind === 'array' ? frame.index : frame.key)}`;
  };
  const readString = (): string => {
    const start = position;
    position += 1;
    while (position < text.length && text.charAt(position) !== '"') position += text.charAt(position) === '\\' ? 2 : 1;
    position += 1;
    return JSON.parse(text.slice(start, position)) as string;
  };

  skipWhitespace();
  while (position < text.length) {
    const frame = stack.at(-1);
    if (frame?.kind === 'object') {
      skipWhitespace();
      const char = text.charAt(position);
      if (char === '}') {
        stack.pop();
        position += 1;
        afterValue(stack);
        continue;
      }
      if (char === ',') position += 1;
      skipWhitespace();
      if (text.charAt(position) === '}') continue;
      frame.key = readString();
      skipWhitespace();
      position += 1; // the ':'
      skipWhitespace();
    } else if (frame?.kind === 'array') {
      skipWhitespace();
      const char = text.charAt(position);
      if (char === ']') {
        stack.pop();
        position += 1;
        afterValue(stack);
        continue;
      }
      if (char === ',') {
        position += 1;
        skipWhitespace();
      }
      if (text.charAt(position) === ']') continue;
    } else if (offsets.has('')) {
      return; // the top-level value is complete
    }

    const pointer = currentPointer();
    if (stack.length <= maxDepth) offsets.set(pointer, position);
    const char = text.charAt(position);
    if (char === '{' || char === '[') {
      stack.push({ pointer, kind: char === '{' ? 'object' : 'array', index: 0, key: '' });
      position += 1;
      continue;
    }
    if (char === '"') readString();
    else while (position < text.length && !',]} \t\r\n'.includes(text.charAt(position))) position += 1;
    afterValue(stack);
  }
}

/** Counts array elements as they complete; an array's index is that of the element being read. */
function afterValue(stack: Frame[]): void {
  const parent = stack.at(-1);
  if (parent?.kind === 'array') parent.index += 1;
}
