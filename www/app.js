// The page: paste → annotate in a worker → render highlights and the side panel.
// User text only ever reaches the DOM as text nodes (never innerHTML).
import { renderFragment, describe } from './highlight.js';
import { SAMPLE_TEXT, SAMPLE_DATE } from './pkg/sample.js';
import { takeWorker } from './worker-start.js';

const $ = (id) => document.getElementById(id);
const input = $('article');
const dateField = $('article-date');
const output = $('output');
const status = $('status');

const LABEL_NAMES = { PER: 'Orang', ORG: 'Organisasi', LOC: 'Tempat' };
const DEBOUNCE_MS = 120;
// Beyond this many highlights the rest of the text is shown plain, so a huge
// paste never turns into hundreds of thousands of DOM nodes.
const MAX_RENDERED_HIGHLIGHTS = 15000;

let worker = null;
let requestId = 0;
let latest = { text: '', doc: null };

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function startWorker() {
  worker = takeWorker(onResult, (e) => setStatus(`Gagal memuat mesin anotasi: ${e.message || 'kesalahan tidak dikenal'}`, true));
}

function setStatus(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function options() {
  return { date: dateField.value || null };
}

function annotateSoon() {
  clearTimeout(annotateSoon.timer);
  annotateSoon.timer = setTimeout(annotateNow, DEBOUNCE_MS);
}

function annotateNow() {
  requestId += 1;
  const text = input.value;
  latest = { text, doc: null, id: requestId };
  if (!text.trim()) {
    output.replaceChildren();
    renderPanel(null);
    setStatus('Tempel atau ketik artikel untuk mulai.');
    return;
  }
  setStatus('Menganalisis…');
  worker.postMessage({ id: requestId, text, options: options() });
}

function onResult(event) {
  const msg = event.data;
  if (msg.ready) {
    document.body.dataset.ready = 'true';
    if (!input.value) setStatus('Siap. Tempel atau ketik artikel, atau coba contoh artikel.');
    return;
  }
  if (msg.id !== requestId) return; // a newer request is on its way
  if (msg.error) {
    setStatus(`Tidak bisa menganalisis teks ini: ${msg.error}`, true);
    if (msg.fatal) { worker.terminate(); startWorker(); }
    return;
  }
  latest.doc = msg.doc;
  const { shown, cut } = limitHighlights(latest.text, msg.doc);
  output.replaceChildren(renderFragment(document, latest.text.slice(0, cut), shown));
  if (cut < latest.text.length) output.append(latest.text.slice(cut));
  renderPanel(msg.doc);
  const d = msg.doc;
  const anchor = d.anchor ? ` · tanggal acuan ${d.anchor}` : '';
  const partial = cut < latest.text.length ? ` · sorotan ditampilkan untuk ${cut.toLocaleString('id-ID')} karakter pertama` : '';
  setStatus(`${d.entities.length} entitas, ${d.dates.length} waktu, ${d.quotes.length} kutipan · ${msg.ms.toFixed(1)} ms${anchor}${partial}`);
  document.body.dataset.annotated = String(requestId);
}

/** The highlights to draw and where drawing stops (a UTF-16 offset, never inside a span). */
function limitHighlights(text, doc) {
  const total = doc.entities.length + doc.dates.length + doc.quotes.length + doc.boilerplate.length;
  if (total <= MAX_RENDERED_HIGHLIGHTS) return { shown: doc, cut: text.length };
  const starts = [...doc.entities, ...doc.dates, ...doc.quotes, ...doc.boilerplate].map((x) => x.start).sort((a, b) => a - b);
  let cut = starts[MAX_RENDERED_HIGHLIGHTS];
  const within = (x) => x.end <= cut;
  // Move the cut back before any span it would split.
  for (const x of [...doc.quotes, ...doc.boilerplate, ...doc.entities, ...doc.dates]) if (x.start < cut && x.end > cut) cut = x.start;
  return {
    cut,
    shown: { ...doc, entities: doc.entities.filter(within), dates: doc.dates.filter(within), quotes: doc.quotes.filter(within), boilerplate: doc.boilerplate.filter(within) },
  };
}

function item(text, extra) {
  const li = document.createElement('li');
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  if (extra) {
    const s = document.createElement('span');
    s.className = 'count';
    s.textContent = extra;
    b.append(' ', s);
  }
  li.append(b);
  return { li, button: b };
}

/** Marks matching `selector`: mark them, scroll to the next one after the last visited. */
function visit(selector, key) {
  for (const el of output.querySelectorAll('.focus')) el.classList.remove('focus');
  const marks = [...output.querySelectorAll(selector)].filter((m) => m.dataset.continued !== 'true');
  if (!marks.length) return;
  for (const m of output.querySelectorAll(selector)) m.classList.add('focus');
  visit.index = visit.key === key ? (visit.index + 1) % marks.length : 0;
  visit.key = key;
  const target = marks[visit.index];
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

function renderPanel(doc) {
  const ents = $('entities');
  const speakers = $('speakers');
  const timeline = $('timeline');
  ents.replaceChildren();
  speakers.replaceChildren();
  timeline.replaceChildren();
  if (!doc) return;
  const clusters = [...doc.clusters].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  for (const c of clusters) {
    const { li, button } = item(c.name, `${LABEL_NAMES[c.label]} · ${c.count}×`);
    li.dataset.label = c.label;
    button.addEventListener('click', () => visit(`mark[data-cluster="${c.id}"]`, `c${c.id}`));
    ents.append(li);
  }
  // quotes grouped by speaker cluster (a speaker without one, by name)
  const bySpeaker = new Map();
  doc.quotes.forEach((q, i) => {
    const key = q.speakerCluster ?? `name:${q.speaker}`;
    if (!bySpeaker.has(key)) bySpeaker.set(key, { who: q.speaker === '-' ? 'Sumber tidak disebut' : q.speaker, list: [] });
    bySpeaker.get(key).list.push(i);
  });
  for (const { who, list } of [...bySpeaker.values()].sort((a, b) => b.list.length - a.list.length)) {
    const { li, button } = item(who, `${list.length} kutipan`);
    const sel = list.map((i) => `mark[data-quote="${i}"]`).join(',');
    button.addEventListener('click', () => visit(sel, `q${who}`));
    speakers.append(li);
  }
  const dated = doc.dates
    .map((d, i) => ({ ...d, i }))
    .sort((a, b) => (a.value === '?') - (b.value === '?') || a.value.localeCompare(b.value));
  for (const d of dated) {
    const { li, button } = item(d.value === '?' ? '?' : d.value, d.text);
    button.addEventListener('click', () => {
      const marks = output.querySelectorAll('mark[data-label="DATE"]');
      const target = [...marks].find((m) => m.textContent && m.dataset.value === d.value && latest.doc);
      if (target) visit(`mark[data-label="DATE"][data-value="${CSS.escape(d.value)}"]`, `d${d.value}`);
    });
    timeline.append(li);
  }
}

/** The document with code-point offsets: the CLI's JSON schema. */
function toCodePoints(text, doc) {
  const map = new Map();
  let cp = 0;
  for (let i = 0; i <= text.length; i += 1) {
    map.set(i, cp);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { const d = text.charCodeAt(i + 1); if (d >= 0xdc00 && d <= 0xdfff) { i += 1; map.set(i, cp); } }
    cp += 1;
  }
  const conv = (o) => map.get(o) ?? o;
  const span = (s) => (s ? { start: conv(s.start), end: conv(s.end) } : s);
  const fix = (x) => ({ ...x, start: conv(x.start), end: conv(x.end) });
  return {
    ...doc,
    entities: doc.entities.map(fix),
    dates: doc.dates.map(fix),
    quotes: doc.quotes.map((q) => ({
      ...fix(q), speakerSpan: span(q.speakerSpan), cueSpan: span(q.cueSpan), referenceSpan: span(q.referenceSpan),
    })),
    boilerplate: doc.boilerplate.map(fix),
  };
}

function exportJson() {
  if (!latest.doc) return;
  const data = { text: latest.text, ...toCodePoints(latest.text, latest.doc) };
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'sorot.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

async function copyHtml() {
  try {
    await navigator.clipboard.writeText(output.innerHTML);
    setStatus('HTML yang disorot disalin ke papan klip.');
  } catch {
    setStatus('Peramban menolak akses papan klip.', true);
  }
}

/* ---------- tooltip: hover or keyboard focus on a highlight ---------- */
const tip = $('tooltip');
const markOf = (node) => (node instanceof Element ? node.closest('#output mark') : null);

function tooltipText(mark) {
  // The innermost mark and the quote around it, if any.
  const lines = [];
  for (let m = mark; m && m !== output; m = m.parentElement) {
    if (m.matches('mark')) lines.push(describe({ label: m.dataset.label, attrs: m.dataset }));
  }
  return lines;
}

function showTip(mark) {
  tip.replaceChildren(...tooltipText(mark).map((t) => { const d = document.createElement('div'); d.textContent = t; return d; }));
  tip.hidden = false;
  const r = mark.getBoundingClientRect();
  const top = r.bottom + window.scrollY + 6;
  const left = Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
  tip.style.top = `${top}px`;
  tip.style.left = `${Math.max(8, left)}px`;
  mark.setAttribute('aria-describedby', 'tooltip');
}

function hideTip() {
  tip.hidden = true;
  for (const m of output.querySelectorAll('mark[aria-describedby]')) m.removeAttribute('aria-describedby');
}

output.addEventListener('mouseover', (e) => { const m = markOf(e.target); if (m) showTip(m); });
output.addEventListener('mouseout', (e) => { if (!markOf(e.relatedTarget)) hideTip(); });
output.addEventListener('focusin', (e) => { const m = markOf(e.target); if (m) showTip(m); else hideTip(); });
output.addEventListener('focusout', hideTip);
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTip(); });

/* Arrow keys (or j/k) in the article move between highlights. */
output.addEventListener('keydown', (e) => {
  const forward = e.key === 'ArrowRight' || e.key === 'j';
  const backward = e.key === 'ArrowLeft' || e.key === 'k';
  if (!forward && !backward) return;
  const marks = [...output.querySelectorAll('mark')].filter((m) => m.offsetParent !== null && m.dataset.continued !== 'true');
  if (!marks.length) return;
  e.preventDefault();
  const at = marks.indexOf(markOf(document.activeElement));
  const i = at < 0 ? (forward ? 0 : marks.length - 1) : (at + (forward ? 1 : -1) + marks.length) % marks.length;
  const target = marks[i];
  target.tabIndex = -1;
  target.focus();
});

for (const box of document.querySelectorAll('.legend input[data-layer]')) {
  box.addEventListener('change', () => output.classList.toggle(`hide-${box.dataset.layer}`, !box.checked));
}

/* The note beside the date says where the date in the field came from: it
   decides every relative date's value, so it must never be stale. */
const DATE_NOTES = {
  today: '(bawaan: hari ini)',
  sample: '(tanggal terbit contoh artikel)',
  user: '(diisi sendiri)',
  none: '(kosong: tanggal diambil dari teks)',
};
function showDateSource(source) {
  const note = $('date-note');
  note.textContent = DATE_NOTES[source];
  note.dataset.source = source;
}

// Typing is debounced; a paste (or drop) is annotated at once.
input.addEventListener('input', (e) => (e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop' ? annotateNow() : annotateSoon()));
dateField.addEventListener('change', () => { showDateSource(dateField.value ? 'user' : 'none'); annotateNow(); });
$('sample').addEventListener('click', () => {
  input.value = SAMPLE_TEXT;
  dateField.value = SAMPLE_DATE;
  showDateSource('sample');
  annotateNow();
});
// Clearing the article forgets the sample's date too: the next article starts from today.
$('clear').addEventListener('click', () => {
  input.value = '';
  dateField.value = today();
  showDateSource('today');
  annotateNow();
  input.focus();
});
$('export').addEventListener('click', exportJson);
$('copy-html').addEventListener('click', copyHtml);

dateField.value = today();
showDateSource('today');
startWorker();
