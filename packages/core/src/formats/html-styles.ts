/** The stylesheet of the static HTML export: readable on screen and in print, light and dark, forced-colors aware. */
export const STATIC_HTML_CSS = `
:root { color-scheme: light dark; --ink: #1b1b1b; --paper: #fdfcf8; --muted: #5b5b5b; --rule: #d9d4c7;
  --transliteration: #7a3e00; --supplied: #1d5a8a; --gloss: #4b5d16; --editorial: #6b2f6b; }
@media (prefers-color-scheme: dark) { :root { --ink: #ecebe6; --paper: #1a1a1a; --muted: #b4b4b4; --rule: #3a3a3a;
  --transliteration: #f0b46c; --supplied: #8cc3ef; --gloss: #bcd37a; --editorial: #e0a6e0; } }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; background: var(--paper); color: var(--ink);
  font: 1.05rem/1.55 'PT Serif', Georgia, 'Times New Roman', serif; }
header p { color: var(--muted); margin: 0.25rem 0; }
.provenance { border-left: 0.25rem solid var(--editorial); padding-left: 0.75rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { text-align: left; font-family: 'PT Sans', system-ui, sans-serif; font-size: 0.9rem; color: var(--muted); }
td { vertical-align: top; padding: 0.5rem 0.75rem 0.75rem 0; border-top: 1px solid var(--rule); hyphens: auto; }
td p { margin: 0 0 0.5rem; }
.gap { color: var(--muted); font-style: italic; }
.ins { border-bottom: 2px solid currentColor; }
.ins-transliteration { color: var(--transliteration); font-style: italic; }
.ins-supplied { color: var(--supplied); }
.ins-gloss { color: var(--gloss); }
.ins-editorial { color: var(--editorial); }
.kind { font: 0.7rem 'PT Sans', system-ui, sans-serif; vertical-align: super; margin-left: 0.1rem; }
.notes { border-top: 2px solid var(--rule); margin-top: 1.5rem; font-size: 0.95rem; }
@media (max-width: 40rem) { table, tbody, tr, td, th { display: block; } thead { display: none; } td { border-top: 0; }
  tr { border-top: 1px solid var(--rule); padding-top: 0.5rem; } }
@media (forced-colors: active) { .ins { border-bottom-style: dashed; forced-color-adjust: auto; } }
@media print { body { max-width: none; padding: 0; } tr { break-inside: avoid; } }
`;
