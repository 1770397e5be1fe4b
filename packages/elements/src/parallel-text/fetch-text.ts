/**
 * Fetches a text file named by `source-src` / `target-src`. Decodes it with the charset the
 * server declares (UTF-8 otherwise) and turns every failure into a sentence for the reader.
 * Never throws: an aborted fetch resolves to `undefined`.
 */

export type FetchOutcome = { readonly ok: true; readonly text: string; readonly warning?: string } | { readonly ok: false; readonly message: string };

function charsetOf(contentType: string | null): string {
  const match = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return match?.[1] ?? 'utf-8';
}

function decode(bytes: ArrayBuffer, charset: string): { text: string; warning?: string } {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(bytes);
  if (text.includes('\uFFFD')) {
    return {
      text,
      warning: `Some characters could not be read as ${decoder.encoding}: the file may be in another encoding (save it as UTF-8).`,
    };
  }
  return { text };
}

export async function fetchText(url: string, what: string, signal: AbortSignal): Promise<FetchOutcome | undefined> {
  let resolved: URL;
  try {
    resolved = new URL(url, document.baseURI);
  } catch {
    return { ok: false, message: `The address of the ${what} is not a valid URL: ${url}` };
  }
  try {
    const response = await fetch(resolved, { signal });
    if (!response.ok) {
      return { ok: false, message: `Could not load the ${what} from ${resolved.href}: the server answered ${response.status} ${response.statusText}`.trim() };
    }
    const decoded = decode(await response.arrayBuffer(), charsetOf(response.headers.get('content-type')));
    return { ok: true, ...decoded };
  } catch (error) {
    if (signal.aborted) return undefined;
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Could not load the ${what} from ${resolved.href} (${detail}): check the address, the network and CORS.` };
  }
}
