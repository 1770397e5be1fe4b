/**
 * Base for the demo's own components: they render into the light DOM so the site stylesheet,
 * including the print stylesheet, reaches them. Only the library's elements use shadow DOM.
 */
import { LitElement } from 'lit';

export class LightElement extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
