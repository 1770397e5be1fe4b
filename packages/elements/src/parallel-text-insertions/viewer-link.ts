/**
 * Connects `<parallel-text-insertions for="id">` to the viewer with that id in the same root,
 * without importing the viewer: it relies only on the viewer's documented surface (documents,
 * pairs, reveal and its ready / alignment-change events), so either element can change inside.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AlignmentPair, TextDocument } from '@parallel-text/core';

/** What the index needs of a viewer such as `<parallel-text>`. */
export interface InsertionViewer extends HTMLElement {
  readonly targetDocument?: TextDocument | undefined;
  readonly sourceDocument?: TextDocument | undefined;
  readonly pairs?: readonly AlignmentPair[];
  /** Scrolls to and highlights a fragment such as `p3-i1`. */
  reveal?(fragment: string): unknown;
  readonly updateComplete?: Promise<unknown>;
}

const EVENTS = ['parallel-text-ready', 'parallel-text-alignment-change'] as const;

export class ViewerLink implements ReactiveController {
  /** The viewer's translation and original, as last read. */
  target: TextDocument | undefined;
  source: TextDocument | undefined;
  private id = '';
  private root: Document | ShadowRoot | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Points the link at another viewer id ('' for none) and reads it at once if it is ready. */
  follow(id: string): void {
    this.id = id;
    this.read();
  }

  /** The viewer currently followed, if it is in the same root. */
  get viewer(): InsertionViewer | undefined {
    if (this.id === '' || !this.root) return undefined;
    const found = this.root.getElementById(this.id);
    return found ?? undefined;
  }

  hostConnected(): void {
    const root = this.host.getRootNode();
    this.root = root instanceof ShadowRoot || root instanceof Document ? root : undefined;
    for (const name of EVENTS) this.root?.addEventListener(name, this.handleViewerEvent);
    this.read();
  }

  hostDisconnected(): void {
    for (const name of EVENTS) this.root?.removeEventListener(name, this.handleViewerEvent);
    this.root = undefined;
  }

  private readonly handleViewerEvent = (event: Event) => {
    if (this.id === '' || !(event.target instanceof Element) || event.target.id !== this.id) return;
    // After a correction the viewer relinks its documents as it updates: read once it has.
    const viewer = this.viewer;
    void (viewer?.updateComplete ?? Promise.resolve()).then(() => {
      this.read();
    });
  };

  private read(): void {
    const viewer = this.viewer;
    const target = viewer?.targetDocument;
    const source = viewer?.sourceDocument;
    if (target !== this.target || source !== this.source) {
      this.target = target;
      this.source = source;
      this.host.requestUpdate();
    }
  }
}
