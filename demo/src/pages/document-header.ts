/**
 * Pieces of a document's header: where the texts come from, and — whenever the original shown is
 * not an authentic text — a notice saying so in words, not only in a column heading.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TextDocument } from '@parallel-text/core';
import type { Credit } from '../documents/registry.js';

export function renderSourceLine(credits: readonly Credit[]): TemplateResult {
  return html`<ul class="credits">
    ${credits.map((credit) => html`<li>${credit.href ? html`<a href=${credit.href} rel="noopener">${credit.text}</a>` : credit.text}</li>`)}
  </ul>`;
}

export function renderProvenanceNotice(source: TextDocument, visitorText: boolean): TemplateResult | typeof nothing {
  const provenance = source.meta.provenance;
  if (provenance.kind === 'reconstruction') {
    return html`<div class="provenance-notice is-reconstruction" role="note" aria-label="About the Russian text">
      <p>
        <strong>${provenance.label ?? 'Reconstruction — not the archival text'}.</strong> The Russian shown is a back-translation written
        for this demo, not Dobrynin’s words.
      </p>
      ${provenance.note ? html`<details><summary>About this reconstruction</summary><p>${provenance.note}</p></details>` : nothing}
    </div>`;
  }
  if (visitorText) {
    return html`<div class="provenance-notice" role="note" aria-label="About the Russian text">
      <p><strong>${provenance.label ?? 'Your text'}.</strong> ${provenance.note ?? 'The original shown is the text you supplied.'}</p>
    </div>`;
  }
  return nothing;
}
