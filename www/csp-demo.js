// The widget used as an ES module (no custom element): annotate, clear, summary.
import { annotateElement, clear, renderSummary } from './widget.js';

const story = document.getElementById('story');
const summary = document.getElementById('summary');
const status = document.getElementById('status');

async function annotate() {
  status.textContent = 'Menganalisis…';
  try {
    const result = await annotateElement(story, { date: '2023-09-12', layers: 'entities,dates,quotes' });
    renderSummary(summary, result);
    status.textContent = `${result.document.entities.length} entitas, ${result.document.dates.length} waktu, ${result.document.quotes.length} kutipan.`;
    document.body.dataset.state = 'annotated';
  } catch (err) {
    status.textContent = `Tidak bisa menyorot: ${err.message}`;
    document.body.dataset.state = 'error';
  }
}

document.getElementById('annotate').addEventListener('click', annotate);
document.getElementById('clear').addEventListener('click', () => {
  clear(story);
  renderSummary(summary, null);
  status.textContent = 'Sorotan dihapus.';
  document.body.dataset.state = 'cleared';
});
annotate();
