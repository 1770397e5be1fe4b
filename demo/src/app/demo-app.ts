/**
 * The application shell: site header with navigation and theme, and the page the hash route
 * names (a document or the playground). Owns the route; pages change it through `navigate`.
 */
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { LightElement } from './light-element.js';
import { ROUTE_EVENT, navigate } from './navigate.js';
import { parseRoute, type Route } from './route.js';
import { THEMES, applyTheme, storedTheme, type Theme } from './theme.js';
import { DOCUMENTS, findDocument } from '../documents/registry.js';
import '../pages/document-page.js';
import '../playground/playground-page.js';

const PAGES = [...DOCUMENTS.map((document) => document.id), 'playground'];
const THEME_NAMES: Readonly<Record<Theme, string>> = { auto: 'System', light: 'Light', dark: 'Dark' };

export class DemoAppElement extends LightElement {
  @state() private route: Route = parseRoute(location.hash, PAGES);
  @state() private theme: Theme = storedTheme();

  private readonly handleRoute = () => {
    const next = parseRoute(location.hash, PAGES);
    const pageChanged = next.page !== this.route.page;
    this.route = next;
    if (pageChanged) {
      window.scrollTo({ top: 0 });
      document.querySelector<HTMLElement>('#main')?.focus({ preventScroll: true });
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    applyTheme(this.theme);
    window.addEventListener('hashchange', this.handleRoute);
    window.addEventListener(ROUTE_EVENT, this.handleRoute);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleRoute);
    window.removeEventListener(ROUTE_EVENT, this.handleRoute);
  }

  protected override updated(): void {
    const document_ = findDocument(this.route.page);
    document.title = `${document_ ? document_.title : 'Playground'} — parallel-text`;
  }

  private link(page: string, label: string) {
    const current = this.route.page === page;
    return html`<li>
      <a
        href=${`#/${page}`}
        aria-current=${current ? 'page' : 'false'}
        @click=${(event: MouseEvent) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey) return;
          event.preventDefault();
          navigate({ page, settings: this.route.settings });
        }}
        >${label}</a
      >
    </li>`;
  }

  override render() {
    const document_ = findDocument(this.route.page);
    return html`<a class="skip-link" href="#main" @click=${(event: Event) => {
        event.preventDefault();
        document.querySelector<HTMLElement>('#main')?.focus();
      }}>Skip to the text</a>
      <header class="site-header no-print">
        <a class="brand" href="#/">
          <span class="brand-mark" aria-hidden="true"><span lang="ru">Я</span><span>A</span></span>
          <span class="brand-name">parallel-text</span>
        </a>
        <nav aria-label="Documents">
          <ul>
            ${DOCUMENTS.map((entry) => this.link(entry.id, entry.navLabel))} ${this.link('playground', 'Playground')}
          </ul>
        </nav>
        <label class="theme-select">
          <span>Theme</span>
          <select
            @change=${(event: Event) => {
              this.theme = (event.target as HTMLSelectElement).value as Theme;
              applyTheme(this.theme);
            }}
          >
            ${THEMES.map((theme) => html`<option value=${theme} ?selected=${theme === this.theme}>${THEME_NAMES[theme]}</option>`)}
          </select>
        </label>
      </header>
      <main id="main" tabindex="-1">
        ${document_
          ? html`<demo-document-page .document=${document_} .route=${this.route}></demo-document-page>`
          : html`<demo-playground .route=${this.route}></demo-playground>`}
      </main>
      <footer class="site-footer">
        <p>
          parallel-text shows an original and its translation side by side and marks the translator’s bracketed insertions. Open source
          (MIT). Texts are only annotated: not a character is changed.
        </p>
        <p class="print-only">Printed from ${location.href}</p>
      </footer>`;
  }
}

customElements.define('demo-app', DemoAppElement);

declare global {
  interface HTMLElementTagNameMap {
    'demo-app': DemoAppElement;
  }
}
