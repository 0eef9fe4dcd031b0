// Turns a sorot Document (UTF-16 offsets) into DOM nodes with nested <mark>s.
// Shared by the page and the widget. Text is only ever inserted as text nodes.

/** Nesting rank: lower is outer. */
const RANK = { SKIP: 0, QUOTE_direct: 1, QUOTE_indirect: 2, PER: 3, ORG: 3, LOC: 3, DATE: 3, REF: 3 };

/**
 * The highlights of a document, outer ones first at each start.
 * @param {import('./pkg/sorot.js').SorotDocument} doc
 */
export function highlights(doc) {
  const out = [];
  for (const b of doc.boilerplate) out.push({ start: b.start, end: b.end, label: 'SKIP', attrs: {}, rank: 0 });
  doc.quotes.forEach((q, i) => out.push({
    start: q.start, end: q.end, label: 'QUOTE', rank: RANK[`QUOTE_${q.kind}`],
    attrs: { kind: q.kind, speaker: q.speaker, quote: String(i) },
  }));
  // the words that refer to a speaker without naming them (ujarnya, kata dia)
  const refs = new Set();
  for (const q of doc.quotes) {
    const r = q.referenceSpan;
    if (!r || refs.has(r.start)) continue;
    refs.add(r.start);
    out.push({ start: r.start, end: r.end, label: 'REF', rank: RANK.REF, attrs: { speaker: q.speaker } });
  }
  for (const e of doc.entities) {
    const c = doc.clusters[e.cluster];
    out.push({
      start: e.start, end: e.end, label: e.label, rank: 3,
      attrs: { cluster: String(e.cluster), name: c ? c.name : e.text, count: String(c ? c.count : 1) },
    });
  }
  for (const d of doc.dates) {
    out.push({ start: d.start, end: d.end, label: 'DATE', rank: 3, attrs: { value: d.value, granularity: d.granularity } });
  }
  return out
    .filter((h) => h.start < h.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
}

/** A short human description of a highlight, for tooltips and screen readers. */
export function describe(h) {
  switch (h.label) {
    case 'PER': return `Orang: ${h.attrs.name} (${h.attrs.count}×)`;
    case 'ORG': return `Organisasi: ${h.attrs.name} (${h.attrs.count}×)`;
    case 'LOC': return `Tempat: ${h.attrs.name} (${h.attrs.count}×)`;
    case 'DATE': return `Waktu: ${h.attrs.value === '?' ? 'nilai tidak diketahui' : h.attrs.value}`;
    case 'QUOTE': {
      const who = h.attrs.speaker === '-' ? 'sumber tidak disebut' : h.attrs.speaker;
      return `${h.attrs.kind === 'direct' ? 'Kutipan langsung' : 'Kutipan tidak langsung'} — ${who}`;
    }
    case 'REF': return h.attrs.speaker === '-' ? 'Merujuk ke sumber yang tidak disebut' : `Merujuk ke: ${h.attrs.speaker}`;
    default: return 'Bukan bagian berita (boilerplate)';
  }
}

function openElement(doc, h) {
  const el = doc.createElement(h.label === 'SKIP' ? 'span' : 'mark');
  el.dataset.label = h.label;
  for (const [k, v] of Object.entries(h.attrs)) el.dataset[k] = v;
  return el;
}

/**
 * Builds a fragment for `text` with `doc`'s highlights. Crossing spans are
 * split (closed and reopened) so the tree is always well formed.
 * @param {Document} ownerDocument
 * @param {string} text
 * @param {object} doc sorot document with UTF-16 offsets into `text`
 */
export function renderFragment(ownerDocument, text, doc) {
  const hs = highlights(doc);
  const root = ownerDocument.createDocumentFragment();
  const bounds = new Set([0, text.length]);
  for (const h of hs) { bounds.add(Math.min(h.start, text.length)); bounds.add(Math.min(h.end, text.length)); }
  const sorted = [...bounds].sort((a, b) => a - b);
  /** @type {{h: object, el: Element}[]} */
  const stack = [];
  const top = () => (stack.length ? stack[stack.length - 1].el : root);
  let next = 0;
  let pos = 0;
  for (const b of sorted) {
    if (b > pos) { top().append(ownerDocument.createTextNode(text.slice(pos, b))); pos = b; }
    const lowest = stack.findIndex((s) => s.h.end <= b);
    if (lowest >= 0) {
      const popped = stack.splice(lowest);
      for (const s of popped) {
        if (s.h.end > b) {
          const el = openElement(ownerDocument, s.h);
          el.dataset.continued = 'true';
          top().append(el);
          stack.push({ h: s.h, el });
        }
      }
    }
    while (next < hs.length && hs[next].start === b) {
      const el = openElement(ownerDocument, hs[next]);
      top().append(el);
      stack.push({ h: hs[next], el });
      next += 1;
    }
    while (next < hs.length && hs[next].start < b) next += 1;
  }
  return root;
}
