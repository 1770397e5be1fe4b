/** Saves text as a file through a Blob and a temporary download link; the only DOM side effect of the export. */
export function downloadText(text: string, filename: string, mediaType: string, host: Element): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const link = host.ownerDocument.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  host.ownerDocument.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the click has started the download by then.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** A file name from the document title: letters, digits and dashes only. */
export function exportName(title: string | undefined, extension: string): string {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${slug === '' ? 'insertions' : `${slug}-insertions`}.${extension}`;
}
