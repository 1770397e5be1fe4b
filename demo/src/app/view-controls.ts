/**
 * The reading controls: layout, how insertions show, and (for teaching) what to conceal, each a
 * group of radio buttons styled as a segmented control. It only reports choices (`demo-settings`);
 * the page decides what they do.
 */
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LightElement } from './light-element.js';
import { CONCEAL_MODES, INSERTION_MODES, LAYOUTS, type ViewSettings } from './route.js';

const LABELS: Readonly<Record<string, string>> = {
  columns: 'Columns',
  stacked: 'Stacked',
  marked: 'Marked',
  plain: 'As printed',
  hidden: 'Hidden',
  none: 'Nothing',
  translation: 'Translation',
  insertions: 'Insertions',
};

export class SettingsEvent extends Event {
  constructor(readonly settings: ViewSettings) {
    super('demo-settings', { bubbles: true });
  }
}

export class ViewControlsElement extends LightElement {
  @property({ attribute: false }) settings!: ViewSettings;
  /** Shows the teaching group (conceal). */
  @property({ type: Boolean }) teaching = false;
  /** Prefix for the radio groups' names, unique per page. */
  @property() name = 'view';

  private group<K extends keyof ViewSettings>(key: K, legend: string, values: readonly ViewSettings[K][], hint: string) {
    return html`<fieldset class="segmented" data-setting=${key}>
      <legend title=${hint}>${legend}</legend>
      <div class="segments">
        ${values.map(
          (value) => html`<label class="segment">
            <input
              type="radio"
              name=${`${this.name}-${key}`}
              .value=${value}
              .checked=${this.settings[key] === value}
              @change=${() => {
                this.dispatchEvent(new SettingsEvent({ ...this.settings, [key]: value }));
              }}
            />
            <span>${LABELS[value] ?? value}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  override render() {
    return html`<div class="view-controls">
      ${this.group('layout', 'Layout', LAYOUTS, 'Side by side, or each original paragraph above its translation')}
      ${this.group('insertions', 'Insertions', INSERTION_MODES, 'How the translator’s bracketed insertions are shown')}
      ${this.teaching ? this.group('conceal', 'Hide', CONCEAL_MODES, 'Teaching: hide each translation, or only its insertions, until revealed') : nothing}
    </div>`;
  }
}

customElements.define('demo-view-controls', ViewControlsElement);

declare global {
  interface HTMLElementTagNameMap {
    'demo-view-controls': ViewControlsElement;
  }
}
