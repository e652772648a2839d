// Training: start a job, follow the jobs (progress, ETA, node, attempt, cancel), a job's loss curve drawn on a
// canvas, and the model versions jobs produced. Refreshed every 2 s.
import { api } from '../api.js';
import { h, field, showError, announce, dateTime } from '../dom.js';

export const title = 'Training';
const REFRESH_MS = 2000;

function eta(job) {
  if (job.status !== 'training' || job.eta_minutes === null || job.eta_minutes === undefined) return '—';
  return job.eta_minutes < 1 ? `${Math.round(job.eta_minutes * 60)} s` : `${job.eta_minutes.toFixed(1)} min`;
}

function loss(value) {
  return value === null || value === undefined ? '—' : value.toPrecision(4);
}

function progressBar(job) {
  const percent = Math.round(job.progress * 100);
  const fill = h('span');
  fill.style.width = `${percent}%`;
  return h('div', {},
    h('div', { class: 'meter', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100',
      'aria-valuenow': String(percent), 'aria-label': `${job.model_name} ${percent} percent done` }, fill),
    h('span', { class: 'muted' }, `${percent}% · epoch ${job.current_epoch} of ${job.epochs}`));
}

/** Training and validation loss against progress, on a canvas; the axes say what they hold. */
export function drawCurve(canvas, points) {
  const ctx = canvas.getContext('2d');
  const w = canvas.width, hgt = canvas.height, pad = 36;
  const style = getComputedStyle(document.documentElement);
  const text = style.getPropertyValue('--text').trim() || '#ddd';
  const muted = style.getPropertyValue('--muted').trim() || '#888';
  ctx.clearRect(0, 0, w, hgt);
  ctx.font = '11px sans-serif';
  ctx.fillStyle = muted;
  ctx.strokeStyle = muted;
  ctx.beginPath();
  ctx.moveTo(pad, 8); ctx.lineTo(pad, hgt - pad); ctx.lineTo(w - 8, hgt - pad);
  ctx.stroke();
  ctx.fillText('progress', w - 60, hgt - 10);
  ctx.fillText('loss', 4, 14);
  if (!points.length) {
    ctx.fillText('no loss reported yet', pad + 12, hgt / 2);
    return;
  }
  const values = points.flatMap(p => [p.loss, p.val_loss]).filter(v => v !== null && v !== undefined);
  const max = Math.max(...values), min = Math.min(0, ...values);
  const x = p => pad + p.progress * (w - pad - 8);
  const y = v => hgt - pad - (v - min) / ((max - min) || 1) * (hgt - pad - 8);
  ctx.fillText(max.toPrecision(3), 2, y(max) + 4);
  ctx.fillText('0', pad - 12, hgt - pad + 12);
  ctx.fillText('100%', w - 34, hgt - pad + 12);
  const line = (key, colour) => {
    const pts = points.filter(p => p[key] !== null && p[key] !== undefined);
    if (!pts.length) return;
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2;
    ctx.beginPath();
    pts.forEach((p, i) => (i ? ctx.lineTo(x(p), y(p[key])) : ctx.moveTo(x(p), y(p[key]))));
    ctx.stroke();
  };
  line('loss', style.getPropertyValue('--accent').trim() || '#6cf');
  line('val_loss', style.getPropertyValue('--ok').trim() || '#6c6');
  ctx.fillStyle = text;
}

export async function render(main) {
  const notice = h('p', { class: 'notice error', role: 'alert', id: 'training-notice' });
  const done = h('p', { class: 'notice ok', role: 'status' });
  const kind = h('select', { name: 'kind' }, h('option', { value: 'lnn' }, 'lnn — liquid-network forecaster'),
    h('option', { value: 'lora' }, 'lora — adapter for an Ollama model'));
  const data = h('input', { name: 'training_data', placeholder: 'dataset:<id>, metrics:<node> or conversations:<persona>', list: 'training-sources' });
  const sources = h('datalist', { id: 'training-sources' });
  const form = h('form', { class: 'card', id: 'training-form', novalidate: true },
    h('h2', {}, 'Start a job'),
    field('training-model', 'Model name', h('input', { name: 'model_name', required: true })),
    field('training-kind', 'Kind', kind),
    field('training-base', 'Base model', h('input', { name: 'base_model', value: 'cfc' }), 'ltc or cfc for lnn; an Ollama model for lora'),
    field('training-data', 'Training data', data), sources,
    field('training-epochs', 'Epochs', h('input', { name: 'epochs', type: 'text', inputmode: 'numeric', value: '20' })),
    field('training-lr', 'Learning rate', h('input', { name: 'learning_rate', type: 'text', inputmode: 'decimal', value: '0.01' })),
    h('button', { type: 'submit', id: 'training-start' }, 'Start training'));
  kind.addEventListener('change', () => {
    const base = form.elements.base_model;
    if (kind.value === 'lora' && ['ltc', 'cfc'].includes(base.value)) base.value = '';
    if (kind.value === 'lnn' && !base.value) base.value = 'cfc';
  });
  const jobs = h('tbody', { id: 'training-jobs' });
  const models = h('tbody', { id: 'training-models' });
  const canvas = h('canvas', { id: 'training-curve', width: '640', height: '240', role: 'img', 'aria-label': 'Loss curve' });
  const curveTitle = h('h2', { id: 'training-curve-title' }, 'Loss curve');
  const curveNote = h('p', { class: 'muted', id: 'training-curve-note' }, 'Pick a job to see its training (blue) and validation (green) loss.');
  main.append(h('div', { class: 'page' },
    h('h1', {}, 'Training'), notice, done, form,
    h('section', { class: 'card' }, h('h2', {}, 'Jobs'),
      h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {}, ...['Model', 'Kind', 'Status', 'Progress', 'Loss',
        'Val. loss', 'ETA', 'Node', 'Attempt', ''].map(t => h('th', { scope: 'col' }, t)))), jobs))),
    h('section', { class: 'card' }, curveTitle, curveNote, canvas),
    h('section', { class: 'card' }, h('h2', {}, 'Models'),
      h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {}, ...['Model', 'Kind', 'Base', 'Loss', 'Val. loss',
        'Created'].map(t => h('th', { scope: 'col' }, t)))), models)))));

  let selected = null;

  function jobRow(job) {
    const running = job.status === 'queued' || job.status === 'training';
    return h('tr', { 'data-job': job.job_id, class: job.job_id === selected ? 'selected' : '' },
      h('td', {}, h('button', { type: 'button', class: 'link', 'data-show': job.job_id, onclick: () => { selected = job.job_id; refresh(); } }, job.model_name)),
      h('td', {}, job.kind),
      h('td', {}, h('span', { class: 'badge', 'data-status': job.status }, job.status), job.error ? h('div', { class: 'muted' }, job.error) : null),
      h('td', {}, progressBar(job)),
      h('td', {}, loss(job.loss)), h('td', {}, loss(job.val_loss)), h('td', { 'data-eta': '' }, eta(job)),
      h('td', {}, job.node ?? '—'), h('td', {}, String(job.attempt)),
      h('td', {}, running ? h('button', { type: 'button', class: 'danger small', 'data-cancel': job.job_id, onclick: () => cancel(job) }, 'Cancel') : null));
  }

  function modelRow(m) {
    return h('tr', { 'data-model': m.model },
      h('td', {}, m.model), h('td', {}, m.kind), h('td', {}, m.base_model),
      h('td', {}, loss(m.metrics.loss)), h('td', {}, loss(m.metrics.val_loss)), h('td', {}, dateTime(m.created)));
  }

  async function refresh() {
    try {
      const [jobList, modelList, datasets] = await Promise.all([api.get('/api/training/jobs'),
        api.get('/api/training/models'), api.get('/api/training/datasets')]);
      jobs.replaceChildren(...jobList.map(jobRow));
      models.replaceChildren(...modelList.map(modelRow));
      sources.replaceChildren(...datasets.map(d => h('option', { value: `dataset:${d.id}` }, `${d.name} (${d.rows} rows: ${d.columns.join(', ')})`)));
      if (!selected && jobList.length) selected = jobList[0].job_id;
      const job = jobList.find(j => j.job_id === selected);
      if (job) {
        const points = await api.get(`/api/training/jobs/${encodeURIComponent(job.job_id)}/losses`);
        curveTitle.textContent = `Loss curve: ${job.model_name}`;
        curveNote.textContent = `${points.length} point${points.length === 1 ? '' : 's'}; training loss in blue, validation loss in green.`;
        drawCurve(canvas, points);
      }
    } catch (e) {
      notice.textContent = e.message;
    }
  }

  async function cancel(job) {
    try {
      await api.post(`/api/training/${encodeURIComponent(job.job_id)}/cancel`);
      done.textContent = `Cancelled the training of ${job.model_name}.`;
      announce(done.textContent);
      await refresh();
    } catch (e) {
      notice.textContent = e.message;
    }
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    notice.textContent = '';
    const f = form.elements;
    const body = { model_name: f.model_name.value, kind: f.kind.value, base_model: f.base_model.value,
      training_data: f.training_data.value, epochs: Number(f.epochs.value), learning_rate: Number(f.learning_rate.value) };
    try {
      const { job_id } = await api.post('/api/training/start', body);
      form.querySelectorAll('[aria-invalid]').forEach(c => c.removeAttribute('aria-invalid'));
      form.querySelectorAll('.field-error').forEach(e => { e.hidden = true; e.textContent = ''; });
      selected = job_id;
      done.textContent = `Queued the training of ${body.model_name}.`;
      announce(done.textContent);
      await refresh();
    } catch (e) {
      showError(form, notice, e);
    }
  });

  await refresh();
  const timer = setInterval(refresh, REFRESH_MS);
  return () => clearInterval(timer);
}
