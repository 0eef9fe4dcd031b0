// Types of the sorot CMS widget (www/widget.js; in the drop-in build: sorot-widget.js).
import type { SorotDocument } from './pkg/sorot.js';
export type { SorotDocument, SorotOptions } from './pkg/sorot.js';

export type SorotLayer = 'entities' | 'dates' | 'quotes' | 'boilerplate';

export interface AnnotateElementOptions {
  /** Publication date YYYY-MM-DD. Default: the page's `article:published_time` meta, else none. */
  date?: string | null;
  /** Layers to run: an array or "entities,dates,quotes". Default: entities, dates, quotes. */
  layers?: SorotLayer[] | string;
  /** The widget's tooltip on hover/focus and the highlights' tab stop (default true); false puts the description in `title` instead. */
  tooltips?: boolean;
}

export interface SorotHighlight {
  start: number; end: number;
  label: 'PER' | 'ORG' | 'LOC' | 'DATE' | 'QUOTE' | 'SKIP';
  attrs: Record<string, string>;
  rank: number;
}

export interface SorotResult {
  /** The annotated element. */
  element: Element;
  /** The text the core saw: whitespace collapsed, "\n" between blocks. */
  text: string;
  /** The core's result, UTF-16 offsets into `text`. */
  document: SorotDocument;
  highlights: SorotHighlight[];
  /** Every mark the widget inserted (a range across inline markup has one per piece). */
  marks: Element[];
}

/** Annotates `element` in place; calling it again re-annotates without double wrapping. */
export function annotateElement(element: Element, options?: AnnotateElementOptions): Promise<SorotResult>;
/** Restores the element exactly as it was (outerHTML byte for byte). Returns whether anything was undone. */
export function clear(element: Element): boolean;
/** The last result for `element`, or null. */
export function resultOf(element: Element): SorotResult | null;
/** Fills `target` with the people, places, organizations and quote speakers of `result`. */
export function renderSummary(target: Element, result: SorotResult | null): void;
/** Sets where the wasm is fetched from (before first use). */
export function configure(settings: { wasmUrl?: string | URL }): void;
/** Loads the wasm once; rejects (after one console.error) when it cannot be loaded. */
export function ready(): Promise<unknown>;
/** Registers <sorot-article> and <sorot-summary> (already done on import). */
export function defineElements(registry?: CustomElementRegistry): void;
/** Adopts a stylesheet text (the drop-in does this with widget.css). */
export function adoptStyles(cssText: string, doc?: Document): void;

/** `<sorot-article date="2023-09-12" layers="entities,dates,quotes" theme="light|dark|auto">` */
export class SorotArticle extends HTMLElement {
  readonly state: 'idle' | 'loading' | 'done' | 'error' | 'cleared';
  readonly result: SorotResult | null;
  refresh(): Promise<SorotResult | null>;
  clear(): boolean;
}
/** `<sorot-summary for="article-id">` */
export class SorotSummary extends HTMLElement {
  update(): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'sorot-article': SorotArticle;
    'sorot-summary': SorotSummary;
  }
  interface SorotEventMap {
    'sorot-annotated': CustomEvent<SorotResult>;
    'sorot-cleared': CustomEvent<undefined>;
    'sorot-error': CustomEvent<unknown>;
  }
  // The events bubble: typed on the article's element and on the document.
  interface HTMLElementEventMap extends SorotEventMap {}
  interface DocumentEventMap extends SorotEventMap {}
}
