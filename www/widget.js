// sorot CMS widget: annotates an article that is already in the page, in place.
//
//   import { annotateElement, clear, renderSummary } from './widget.js';
//   const result = await annotateElement(document.querySelector('.entry-content'), { date: '2023-09-12' });
//   renderSummary(document.querySelector('#ringkasan'), result);
//
// or, with no script of one's own: <sorot-article date="2023-09-12"> … </sorot-article>
// and <sorot-summary for="article-id"></sorot-summary> (defined when this module loads).
//
// How: the text nodes under the element are walked (TreeWalker) and their text
// concatenated (whitespace collapsed as the browser renders it, "\n" between
// blocks), the core runs ONCE on that text, and each found range is wrapped in
// <mark data-label="PER|ORG|LOC|DATE|QUOTE" data-…> per text node it touches:
// a name or quote across <b>, <em> or a link becomes one mark per piece, with
// the same data attributes plus data-part. Only text nodes are replaced;
// clear() puts the very same original text nodes back, so the element's
// outerHTML is byte-for-byte what it was. Article text reaches the DOM only
// as text nodes (no innerHTML anywhere), so strict CSP and Trusted Types work.
import init, { Annotator } from './pkg/sorot.js';
import { highlights, describe } from './highlight.js';

/* global SOROT_WASM_FILE */
// In the one-file drop-in, scripts/build-widget defines SOROT_WASM_FILE as
// "sorot_bg.wasm": the wasm sits next to the script. Here in www/ (and for a
// bundler importing this file) it is pkg/sorot_bg.wasm next to this module.
const DEFAULT_WASM_URL = typeof SOROT_WASM_FILE !== 'undefined'
  ? new URL(SOROT_WASM_FILE, import.meta.url)
  : new URL('./pkg/sorot_bg.wasm', import.meta.url);

/** Elements whose text is never annotated (their subtree is skipped whole). */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'textarea', 'noscript', 'template', 'svg', 'math',
  'iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'select', 'option', 'button', 'input', 'kbd', 'samp',
  'sorot-summary']);
/** Elements that start a new line of text: the core sees "\n" between them. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'sorot-article', 'sorot-summary']);
const WS = /[ \t\n\r\f]/;

const LAYERS = ['entities', 'dates', 'quotes', 'boilerplate'];
const DEFAULT_LAYERS = ['entities', 'dates', 'quotes'];

/** element → { records, result, controller } for everything annotateElement did. */
const state = new WeakMap();

let wasmUrl = null;
let annotatorPromise = null;

/**
 * Where to load the wasm from (default: sorot_bg.wasm next to the drop-in
 * script, or pkg/sorot_bg.wasm next to widget.js). Call before the first use.
 * @param {{wasmUrl?: string | URL}} settings
 */
export function configure(settings = {}) {
  if (settings.wasmUrl !== undefined) wasmUrl = settings.wasmUrl;
}

/**
 * Loads the wasm core once per page. If it cannot be loaded, exactly one
 * console.error says so (however many articles wait for it), and every
 * annotateElement call rejects with that error, leaving its article unchanged.
 * @returns {Promise<Annotator>}
 */
export function ready() {
  if (!annotatorPromise) {
    const url = new URL(wasmUrl || DEFAULT_WASM_URL, document.baseURI);
    annotatorPromise = init({ module_or_path: url }).then(() => new Annotator());
    annotatorPromise.catch((err) => {
      console.error(`sorot: the WebAssembly module ${url.href} could not be loaded, so the article is shown `
        + `without highlights. (${err && err.message ? err.message : err})`);
    });
  }
  return annotatorPromise;
}

/** Normalizes a layers option: array or "entities,dates" string; undefined → the default layers. */
function parseLayers(layers) {
  if (layers == null || layers === '') return DEFAULT_LAYERS;
  const list = Array.isArray(layers) ? layers : String(layers).split(/[\s,]+/);
  return list.map((l) => String(l).trim()).filter(Boolean);
}

/** The publication date a CMS page declares (Open Graph article:published_time), if any. */
function pageDate(doc) {
  const meta = doc.querySelector('meta[property="article:published_time"], meta[name="article:published_time"]');
  const m = meta && /^\d{4}-\d{2}-\d{2}/.exec(meta.getAttribute('content') || '');
  return m ? m[0] : null;
}

function isSkipped(el) {
  return SKIP.has(el.localName) || el.hasAttribute('data-sorot-ignore') || el.getAttribute('contenteditable') === 'true'
    || el.classList.contains('sorot-tooltip');
}

function nearestBlock(node, root) {
  for (let el = node.parentNode; el && el !== root; el = el.parentNode) {
    if (el.nodeType === 1 && BLOCK.has(el.localName)) return el;
  }
  return root;
}

/**
 * The text the core sees, and for each of its UTF-16 units the text node and
 * offset it came from (-1 for an inserted separator).
 */
function collectText(root) {
  const nodes = [];
  const out = [];
  const mapNode = [];
  const mapOff = [];
  let pending = ''; // separator owed before the next visible character: '', ' ' or '\n'
  let lastBlock = null;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        if (isSkipped(node)) {
          pending = BLOCK.has(node.localName) || pending === '\n' ? '\n' : ' ';
          return NodeFilter.FILTER_REJECT;
        }
        if (node.localName === 'br' || node.localName === 'hr') pending = '\n';
        return NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const last = () => out[out.length - 1];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = nearestBlock(node, root);
    if (block !== lastBlock) { if (lastBlock !== null) pending = '\n'; lastBlock = block; }
    const data = node.data;
    const index = nodes.length;
    let used = false;
    for (let i = 0; i < data.length; i += 1) {
      const c = data[i];
      if (WS.test(c)) {
        if (pending || out.length === 0 || last() === ' ' || last() === '\n') continue;
        out.push(' '); mapNode.push(index); mapOff.push(i); used = true;
        continue;
      }
      if (pending && out.length) {
        if (pending === '\n' && last() === ' ') { out[out.length - 1] = '\n'; mapNode[mapNode.length - 1] = -1; }
        else if (last() !== '\n' && !(pending === ' ' && last() === ' ')) { out.push(pending); mapNode.push(-1); mapOff.push(-1); }
      }
      pending = '';
      out.push(c === '\u00a0' ? ' ' : c); mapNode.push(index); mapOff.push(i); used = true; // &nbsp; reads as a space
    }
    if (used) nodes.push(node);
  }
  return { text: out.join(''), nodes, mapNode, mapOff };
}

function openMark(doc, h, id) {
  const el = doc.createElement(h.label === 'SKIP' ? 'span' : 'mark');
  el.dataset.label = h.label;
  for (const [k, v] of Object.entries(h.attrs)) if (v != null) el.dataset[k] = v;
  el.dataset.sorot = String(id);
  return el;
}

/**
 * Replaces one text node by a fragment of its text with the given local
 * pieces nested as marks (crossing pieces are closed and reopened).
 * Returns the top-level nodes inserted.
 */
function wrapTextNode(textNode, pieces, created) {
  const doc = textNode.ownerDocument;
  const text = textNode.data;
  pieces.sort((a, b) => a.start - b.start || b.end - a.end || a.h.rank - b.h.rank);
  const root = doc.createDocumentFragment();
  const bounds = [...new Set([0, text.length, ...pieces.flatMap((p) => [p.start, p.end])])].sort((a, b) => a - b);
  const stack = [];
  const top = () => (stack.length ? stack[stack.length - 1].el : root);
  const open = (p) => {
    const el = openMark(doc, p.h, p.id);
    top().append(el);
    stack.push({ p, el });
    (created[p.id] ||= []).push(el);
  };
  let next = 0;
  let pos = 0;
  for (const b of bounds) {
    if (b > pos) { top().append(doc.createTextNode(text.slice(pos, b))); pos = b; }
    const lowest = stack.findIndex((s) => s.p.end <= b);
    if (lowest >= 0) for (const s of stack.splice(lowest)) if (s.p.end > b) open(s.p);
    while (next < pieces.length && pieces[next].start === b) open(pieces[next++]);
  }
  const inserted = [...root.childNodes];
  textNode.parentNode.replaceChild(root, textNode);
  return inserted;
}

/**
 * Annotates `element` in place and resolves to the result. Calling it again
 * first undoes the previous annotation (no double wrapping).
 * @param {Element} element the article body
 * @param {{date?: string|null, layers?: string[]|string, tooltips?: boolean}} [options]
 *   date: publication date YYYY-MM-DD (default: the page's article:published_time meta, else none);
 *   layers: 'entities','dates','quotes','boilerplate' (default the first three);
 *   tooltips: show the widget's tooltip on hover/focus (default true; false → native title).
 * @returns {Promise<SorotResult>}
 */
export async function annotateElement(element, options = {}) {
  if (!element || element.nodeType !== 1) throw new TypeError('sorot: annotateElement needs an element');
  const annotator = await ready();
  if (state.has(element)) clear(element);
  else unwrapStale(element);
  const date = options.date !== undefined && options.date !== '' ? options.date : pageDate(element.ownerDocument);
  const layers = parseLayers(options.layers);
  const { text, nodes, mapNode, mapOff } = collectText(element);
  const doc = annotator.annotate(text, { date, layers }); // throws a clear Error on bad options
  const hs = highlights(doc);

  // Each highlight → one piece per text node it touches, in that node's offsets.
  const perNode = new Map();
  hs.forEach((h, id) => {
    let cur = null;
    for (let i = h.start; i < h.end && i < text.length; i += 1) {
      const n = mapNode[i];
      if (n < 0) continue;
      if (!cur || cur.node !== n) {
        cur = { node: n, start: mapOff[i], end: mapOff[i] + 1, h, id };
        if (!perNode.has(n)) perNode.set(n, []);
        perNode.get(n).push(cur);
      } else cur.end = mapOff[i] + 1;
    }
  });

  const records = [];
  const created = [];
  for (const [n, pieces] of [...perNode].sort((a, b) => a[0] - b[0])) {
    const original = nodes[n];
    const parent = original.parentNode;
    records.push({ original, parent, inserted: wrapTextNode(original, pieces, created) });
  }

  // Parts, accessible descriptions, one tab stop with arrow-key movement.
  const useTooltips = options.tooltips !== false;
  const firsts = [];
  created.forEach((els, id) => {
    if (!els) return;
    const h = hs[id];
    if (els.length > 1) els.forEach((el, i) => { el.dataset.part = i === 0 ? 'first' : i === els.length - 1 ? 'last' : 'middle'; });
    const text0 = describe(h);
    if (useTooltips) els[0].setAttribute('aria-description', text0);
    else for (const el of els) el.title = text0;
    if (h.label !== 'SKIP') firsts.push(els[0]);
  });
  const controller = new AbortController();
  if (useTooltips) {
    firsts.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    firsts.forEach((el, i) => { el.tabIndex = i === 0 ? 0 : -1; });
    attachTooltips(element, firsts, controller.signal);
  }

  const result = { element, text, document: doc, highlights: hs, marks: created.flat().filter(Boolean) };
  state.set(element, { records, result, controller });
  element.dispatchEvent(new CustomEvent('sorot-annotated', { bubbles: true, detail: result }));
  return result;
}

/**
 * @typedef {object} SorotResult
 * @property {Element} element the annotated element
 * @property {string} text the text the core saw (whitespace collapsed, "\n" between blocks)
 * @property {object} document the core's SorotDocument (UTF-16 offsets into `text`)
 * @property {object[]} highlights from highlight.js
 * @property {Element[]} marks every mark the widget inserted
 */

/** The last result for `element`, or null. */
export function resultOf(element) {
  return state.get(element)?.result ?? null;
}

/**
 * Undoes annotateElement: the original text nodes go back where they were, so
 * the element's outerHTML is exactly what it was before.
 * @returns {boolean} whether there was anything to undo
 */
export function clear(element) {
  const s = state.get(element);
  if (!s) return false;
  state.delete(element);
  s.controller.abort();
  hideTooltip(element.ownerDocument);
  for (const { original, parent, inserted } of s.records.slice().reverse()) {
    if (inserted.length && inserted.every((n) => n.parentNode === parent)) {
      parent.insertBefore(original, inserted[0]);
      for (const n of inserted) n.remove();
    }
  }
  unwrapStale(element); // anything the host moved around meanwhile
  element.dispatchEvent(new CustomEvent('sorot-cleared', { bubbles: true }));
  return true;
}

/** Unwraps sorot marks that no state knows about (e.g. saved into the CMS) and merges their text. */
function unwrapStale(element) {
  const stale = element.querySelectorAll('[data-sorot]');
  if (!stale.length) return;
  const parents = new Set();
  for (const el of stale) {
    parents.add(el.parentNode);
    el.replaceWith(...el.childNodes);
  }
  for (const p of parents) if (p && p.isConnected !== undefined) mergeTextNodes(p);
}

function mergeTextNodes(parent) {
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    while (n.nodeType === 3 && n.nextSibling && n.nextSibling.nodeType === 3) {
      n.appendData(n.nextSibling.data);
      n.nextSibling.remove();
    }
  }
}

/* ---------- tooltips ---------- */

function tooltipFor(doc) {
  let tip = doc.querySelector('.sorot-tooltip');
  if (!tip) {
    tip = doc.createElement('div');
    tip.className = 'sorot-tooltip';
    tip.setAttribute('role', 'tooltip');
    tip.setAttribute('aria-hidden', 'true'); // the marks carry aria-description themselves
    tip.hidden = true;
    doc.body.append(tip);
  }
  return tip;
}

function hideTooltip(doc) {
  const tip = doc.querySelector('.sorot-tooltip');
  if (tip) tip.hidden = true;
}

function describeMark(mark) {
  return describe({ label: mark.dataset.label, attrs: mark.dataset });
}

function showTooltip(mark, root) {
  const doc = mark.ownerDocument;
  const tip = tooltipFor(doc);
  const lines = [];
  for (let el = mark; el && el !== root; el = el.parentElement) {
    if (el.dataset && el.dataset.sorot !== undefined && el.dataset.label !== 'SKIP') lines.unshift(el);
  }
  tip.replaceChildren(...lines.map((m) => {
    const line = doc.createElement('div');
    line.className = 'sorot-tooltip-line';
    line.dataset.label = m.dataset.label;
    line.textContent = describeMark(m);
    return line;
  }));
  const host = root.closest('sorot-article[theme], [data-sorot-theme]');
  tip.dataset.theme = host ? host.getAttribute('theme') || host.getAttribute('data-sorot-theme') : 'auto';
  tip.hidden = false;
  const view = doc.defaultView;
  const r = mark.getBoundingClientRect();
  const t = tip.getBoundingClientRect();
  const left = Math.max(4, Math.min(r.left, view.innerWidth - t.width - 4));
  const below = r.bottom + 6 + t.height <= view.innerHeight;
  tip.style.left = `${left}px`;
  tip.style.top = `${below ? r.bottom + 6 : Math.max(4, r.top - t.height - 6)}px`;
}

function attachTooltips(root, firsts, signal) {
  const markOf = (target) => {
    const m = target && target.closest ? target.closest('[data-sorot]') : null;
    return m && root.contains(m) && m.dataset.label !== 'SKIP' ? m : null;
  };
  const opts = { signal };
  root.addEventListener('mouseover', (e) => { const m = markOf(e.target); if (m) showTooltip(m, root); }, opts);
  root.addEventListener('mouseout', (e) => { if (!markOf(e.relatedTarget)) hideTooltip(root.ownerDocument); }, opts);
  root.addEventListener('focusin', (e) => { const m = markOf(e.target); if (m) showTooltip(m, root); }, opts);
  root.addEventListener('focusout', () => hideTooltip(root.ownerDocument), opts);
  root.ownerDocument.defaultView.addEventListener('scroll', () => hideTooltip(root.ownerDocument), { signal, passive: true, capture: true });
  root.addEventListener('keydown', (e) => {
    const m = markOf(e.target);
    if (!m) return;
    if (e.key === 'Escape') { hideTooltip(root.ownerDocument); return; }
    const i = firsts.indexOf(m);
    const to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: firsts.length - 1 }[e.key];
    if (to === undefined || i < 0 || to < 0 || to >= firsts.length) return;
    e.preventDefault();
    m.tabIndex = -1;
    firsts[to].tabIndex = 0;
    firsts[to].focus();
  }, opts);
}

/* ---------- summary ---------- */

const GROUPS = [['PER', 'Orang'], ['LOC', 'Tempat'], ['ORG', 'Organisasi']];

function focusMark(mark) {
  if (!mark) return;
  const still = mark.ownerDocument.defaultView.matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true });
}

/**
 * Fills `target` with a summary of `result`: people, places and organizations
 * (canonical name and how often), and quotes per speaker. Each entry is a
 * button that moves focus to its first mark in the article.
 * @param {Element} target
 * @param {SorotResult|null} result
 */
export function renderSummary(target, result) {
  const doc = target.ownerDocument;
  const el = (tag, props = {}, ...kids) => { const e = doc.createElement(tag); Object.assign(e, props); e.append(...kids); return e; };
  if (!result) { target.replaceChildren(); return; }
  const { document: d, element } = result;
  const box = el('section', { className: 'sorot-summary' });
  box.setAttribute('aria-label', 'Ringkasan artikel');
  box.append(el('h2', { className: 'sorot-summary-title' }, 'Dalam artikel ini'));
  const item = (label, name, count, selector, extra = {}) => {
    const b = el('button', { type: 'button' }, el('span', { className: 'sorot-summary-name' }, name), ' ',
      el('span', { className: 'sorot-summary-count' }, `${count}×`));
    b.addEventListener('click', () => focusMark(element.querySelector(selector)));
    const li = el('li', {}, b);
    li.dataset.label = label;
    for (const [k, v] of Object.entries(extra)) li.dataset[k] = v;
    return li;
  };
  for (const [label, title] of GROUPS) {
    const clusters = d.clusters.filter((c) => c.label === label).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    if (!clusters.length) continue;
    box.append(el('div', { className: 'sorot-summary-group' }, el('h3', {}, title),
      el('ul', {}, ...clusters.map((c) => item(label, c.name, c.count, `[data-sorot][data-cluster="${c.id}"]`)))));
  }
  if (d.quotes.length) {
    const bySpeaker = new Map();
    d.quotes.forEach((q, i) => {
      const key = q.speaker;
      if (!bySpeaker.has(key)) bySpeaker.set(key, { speaker: key, count: 0, first: i });
      bySpeaker.get(key).count += 1;
    });
    const rows = [...bySpeaker.values()].sort((a, b) => (a.speaker === '-') - (b.speaker === '-') || b.count - a.count || a.first - b.first);
    box.append(el('div', { className: 'sorot-summary-group' }, el('h3', {}, 'Kutipan'),
      el('ul', {}, ...rows.map((r) => item('QUOTE', r.speaker === '-' ? 'Sumber tidak disebut' : r.speaker, r.count,
        `[data-sorot][data-label="QUOTE"][data-quote="${r.first}"]`)))));
  }
  if (box.childElementCount === 1) box.append(el('p', { className: 'sorot-summary-empty' }, 'Tidak ada yang disorot.'));
  target.replaceChildren(box);
}

/* ---------- custom elements ---------- */

const Base = typeof HTMLElement === 'undefined' ? class {} : HTMLElement;

/** <sorot-article date="2023-09-12" layers="entities,dates,quotes" theme="light|dark|auto"> */
export class SorotArticle extends Base {
  static get observedAttributes() { return ['date', 'layers']; }

  constructor() {
    super();
    this._state = 'idle';
    this._run = 0;
  }

  /** 'idle' | 'loading' | 'done' | 'error' | 'cleared' */
  get state() { return this._state; }

  /** The last SorotResult, or null. */
  get result() { return resultOf(this); }

  connectedCallback() {
    if (this._state === 'idle') this.refresh();
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after && this._state !== 'idle' && this.isConnected) this.refresh();
  }

  /** Annotates (again). Resolves to the result, or null after an error (which is logged). */
  async refresh() {
    const run = ++this._run;
    const doc = this.ownerDocument;
    if (doc.readyState === 'loading') {
      this._state = 'loading';
      await new Promise((ok) => doc.addEventListener('DOMContentLoaded', ok, { once: true }));
    }
    this._state = 'loading';
    const busy = this.getAttribute('aria-busy');
    this.setAttribute('aria-busy', 'true');
    try {
      const result = await annotateElement(this, { date: this.getAttribute('date') ?? undefined, layers: this.getAttribute('layers') ?? undefined });
      if (run === this._run) this._state = 'done';
      return result;
    } catch (err) {
      if (run === this._run) this._state = 'error';
      // A failed wasm load is reported once by ready(); anything else here.
      if (!(await ready().then(() => false, () => true))) {
        console.error(`sorot: <sorot-article${this.id ? ` id="${this.id}"` : ''}> was not annotated: ${err && err.message ? err.message : err}`);
      }
      this.dispatchEvent(new CustomEvent('sorot-error', { bubbles: true, detail: err }));
      return null;
    } finally {
      if (busy === null) this.removeAttribute('aria-busy'); else this.setAttribute('aria-busy', busy);
    }
  }

  /** Removes the highlights; the element is exactly as the page had it. */
  clear() {
    this._run += 1;
    this._state = 'cleared';
    return clear(this);
  }
}

/** <sorot-summary for="article-id">: the summary box of that article, kept up to date. */
export class SorotSummary extends Base {
  connectedCallback() {
    this._onEvent = (e) => { if (this.matchesArticle(e.target)) this.update(); };
    const doc = this.ownerDocument;
    doc.addEventListener('sorot-annotated', this._onEvent);
    doc.addEventListener('sorot-cleared', this._onEvent);
    this.update();
  }

  disconnectedCallback() {
    const doc = this.ownerDocument;
    doc.removeEventListener('sorot-annotated', this._onEvent);
    doc.removeEventListener('sorot-cleared', this._onEvent);
  }

  matchesArticle(el) {
    const id = this.getAttribute('for');
    return id ? el.id === id : el.localName === 'sorot-article';
  }

  article() {
    const id = this.getAttribute('for');
    return id ? this.ownerDocument.getElementById(id) : this.ownerDocument.querySelector('sorot-article');
  }

  update() {
    const article = this.article();
    renderSummary(this, article ? resultOf(article) : null);
  }
}

/** Registers <sorot-article> and <sorot-summary> (done when this module loads; safe to call again). */
export function defineElements(registry = globalThis.customElements) {
  if (!registry) return;
  if (!registry.get('sorot-article')) registry.define('sorot-article', SorotArticle);
  if (!registry.get('sorot-summary')) registry.define('sorot-summary', SorotSummary);
}

/**
 * Adds the default stylesheet (the text of widget.css) to the document as a
 * constructed stylesheet: no <style> element, so it works under a strict CSP.
 * The drop-in bundle does this by itself; with the module, link widget.css instead.
 */
export function adoptStyles(cssText, doc = globalThis.document) {
  if (!doc || doc.__sorotStyles) return;
  doc.__sorotStyles = true;
  if (typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in doc && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } else {
    const style = doc.createElement('style');
    style.textContent = cssText;
    doc.head.append(style);
  }
}

defineElements();
