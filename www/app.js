// The page: paste → annotate in a worker → render highlights and the side panel.
// User text only ever reaches the DOM as text nodes (never innerHTML).
import { renderFragment } from './highlight.js';
import { SAMPLE_TEXT, SAMPLE_DATE } from './pkg/sample.js';

const $ = (id) => document.getElementById(id);
const input = $('article');
const dateField = $('article-date');
const output = $('output');
const status = $('status');

const LABEL_NAMES = { PER: 'Orang', ORG: 'Organisasi', LOC: 'Tempat' };
const DEBOUNCE_MS = 120;

let worker = null;
let requestId = 0;
let latest = { text: '', doc: null };

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = onResult;
  worker.onerror = (e) => setStatus(`Gagal memuat mesin anotasi: ${e.message || 'kesalahan tidak dikenal'}`, true);
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
  output.replaceChildren(renderFragment(document, latest.text, msg.doc));
  renderPanel(msg.doc);
  const d = msg.doc;
  const anchor = d.anchor ? ` · tanggal acuan ${d.anchor}` : '';
  setStatus(`${d.entities.length} entitas, ${d.dates.length} waktu, ${d.quotes.length} kutipan · ${msg.ms.toFixed(1)} ms${anchor}`);
  document.body.dataset.annotated = String(requestId);
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
  const bySpeaker = new Map();
  doc.quotes.forEach((q, i) => {
    const who = q.speaker === '-' ? 'Sumber tidak disebut' : q.speaker;
    if (!bySpeaker.has(who)) bySpeaker.set(who, []);
    bySpeaker.get(who).push(i);
  });
  for (const [who, list] of [...bySpeaker].sort((a, b) => b[1].length - a[1].length)) {
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
    quotes: doc.quotes.map((q) => ({ ...fix(q), speakerSpan: span(q.speakerSpan), cueSpan: span(q.cueSpan) })),
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

for (const box of document.querySelectorAll('.legend input[data-layer]')) {
  box.addEventListener('change', () => output.classList.toggle(`hide-${box.dataset.layer}`, !box.checked));
}

input.addEventListener('input', annotateSoon);
dateField.addEventListener('change', annotateNow);
$('sample').addEventListener('click', () => {
  input.value = SAMPLE_TEXT;
  dateField.value = SAMPLE_DATE;
  $('date-note').textContent = '(tanggal terbit contoh artikel)';
  annotateNow();
});
$('clear').addEventListener('click', () => { input.value = ''; annotateNow(); input.focus(); });
$('export').addEventListener('click', exportJson);
$('copy-html').addEventListener('click', copyHtml);

dateField.value = today();
$('date-note').textContent = '(bawaan: hari ini)';
startWorker();
