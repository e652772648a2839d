// The monitor, live: a card per node of the mesh (anomaly score, failure risk, drained or not), and for the chosen
// node its CPU and memory over the last minutes with the anomaly score as a band, the current window's
// persistence diagram and Betti numbers, a risk gauge with the time to failure, its GPUs where it has them; and
// the mesh's alerts with their states (this node's rules, then the other nodes' alerts this node has heard of).
// Samples, scores and alert changes arrive over the WebSocket /ws/monitor (the login's cookie goes with it); the
// shape and the risk are asked of POST /api/monitor/analyze every few seconds.
import uPlot from '/webjars/uplot/1.6.30/dist/uPlot.esm.js';
import { api } from '../api.js';
import { h, time } from '../dom.js';

export const title = 'Monitor';

const KEPT = 600;            // points per chart: ten minutes of 1 s samples, fifty of 5 s ones
const ANALYZE_MS = 4000;
const DIMENSION_COLOURS = ['#4ea1ff', '#f2a93b', '#c678dd'];
const DEVICE_COLOURS = ['#4ea1ff', '#98c379', '#f2a93b', '#c678dd', '#56b6c2', '#e06c75', '#d19a66', '#abb2bf'];

function percent(v) {
  return v === null || v === undefined ? '—' : `${Math.round(v * 100)}%`;
}

function minutes(m) {
  if (m === null || m === undefined) return 'not expected';
  if (m < 1) return 'under a minute';
  if (m < 120) return `${Math.round(m)} min`;
  if (m < 48 * 60) return `${(m / 60).toFixed(1)} h`;
  return `${(m / 1440).toFixed(1)} days`;
}

/** The persistence diagram on a canvas: birth across, death up, one colour per dimension, the diagonal. */
function drawDiagram(canvas, diagram) {
  const ctx = canvas.getContext('2d');
  const w = canvas.width, hgt = canvas.height, pad = 24;
  ctx.clearRect(0, 0, w, hgt);
  const styles = getComputedStyle(document.documentElement);
  const ink = styles.getPropertyValue('--muted').trim() || '#888';
  const top = Math.max(1e-9, ...diagram.map(p => p[1]));
  const x = v => pad + (v / top) * (w - 2 * pad);
  const y = v => hgt - pad - (v / top) * (hgt - 2 * pad);
  ctx.strokeStyle = ink;
  ctx.beginPath();
  ctx.moveTo(x(0), y(0));
  ctx.lineTo(x(top), y(top));
  ctx.stroke();
  ctx.fillStyle = ink;
  ctx.font = '11px sans-serif';
  ctx.fillText('birth', w - pad - 26, hgt - 6);
  ctx.fillText('death', 4, pad - 8);
  for (const [birth, death, dim] of diagram) {
    ctx.fillStyle = DIMENSION_COLOURS[dim] ?? ink;
    ctx.beginPath();
    ctx.arc(x(birth), y(death), 3.5, 0, 2 * Math.PI);
    ctx.fill();
  }
}

function chart(target, width) {
  const opts = {
    width, height: 220,
    scales: { x: { time: true }, frac: { range: [0, 1] } },
    series: [
      {},
      { label: 'CPU', scale: 'frac', stroke: '#4ea1ff', value: (u, v) => percent(v) },
      { label: 'Memory', scale: 'frac', stroke: '#98c379', value: (u, v) => percent(v) },
      { label: 'Anomaly score', scale: 'frac', stroke: 'rgba(224,108,117,0.9)', fill: 'rgba(224,108,117,0.25)',
        value: (u, v) => v === null || v === undefined ? '—' : v.toFixed(2) },
    ],
    axes: [{}, { scale: 'frac', values: (u, ticks) => ticks.map(t => `${Math.round(t * 100)}%`) }],
  };
  return new uPlot(opts, [[], [], [], []], target);
}

/** Each GPU's utilisation (solid) and memory in use (dashed), one colour per device. */
function gpuChart(target, width, devices) {
  const series = [{}];
  devices.forEach((d, i) => {
    const stroke = DEVICE_COLOURS[i % DEVICE_COLOURS.length];
    series.push({ label: `GPU ${d}`, scale: 'frac', stroke, value: (u, v) => percent(v) },
      { label: `GPU ${d} memory`, scale: 'frac', stroke, dash: [6, 4], value: (u, v) => percent(v) });
  });
  const opts = {
    width, height: 180, series,
    scales: { x: { time: true }, frac: { range: [0, 1] } },
    axes: [{}, { scale: 'frac', values: (u, ticks) => ticks.map(t => `${Math.round(t * 100)}%`) }],
  };
  return new uPlot(opts, series.map(() => []), target);
}

/** The devices a node's kept samples have GPU figures for, by the driver's index. */
function devicesIn(rows) {
  const found = new Set();
  for (const row of rows) for (const metric of Object.keys(row)) found.add(metric.slice(metric.indexOf(':') + 1));
  return [...found].sort((a, b) => Number(a) - Number(b));
}

export async function render(main) {
  const status = h('p', { class: 'muted', id: 'monitor-status', role: 'status' }, 'Connecting to the live stream…');
  const notice = h('p', { class: 'notice error', role: 'alert' });
  const overview = h('div', { class: 'nodes', id: 'monitor-nodes', 'aria-label': 'Mesh overview' });
  const picker = h('select', { id: 'monitor-node' });
  const chartBox = h('div', { id: 'monitor-chart', class: 'chart', role: 'img', 'aria-label': 'CPU, memory and anomaly score over time' });
  const gpuBox = h('div', { id: 'monitor-gpu-chart', class: 'chart', role: 'img', 'aria-label': 'GPU utilisation and memory over time' });
  const gpuNow = h('p', { id: 'monitor-gpu-now' });
  const gpuCard = h('section', { class: 'card', id: 'monitor-gpus', 'aria-labelledby': 'monitor-gpus-h', hidden: true },
    h('h2', { id: 'monitor-gpus-h' }, 'GPUs'), gpuNow, gpuBox);
  const canvas = h('canvas', { id: 'monitor-diagram', width: 260, height: 260, role: 'img', 'aria-label': 'Persistence diagram' });
  const betti = h('p', { id: 'monitor-betti' }, 'Betti numbers: waiting for a full window');
  const shape = h('p', { class: 'muted', id: 'monitor-shape' });
  const gauge = h('meter', { id: 'monitor-risk', min: 0, max: 1, low: 0.5, high: 0.8, optimum: 0, value: 0 });
  const riskText = h('p', { id: 'monitor-risk-text' }, 'Failure risk: —');
  const ttf = h('p', { id: 'monitor-ttf' }, 'Time to failure: —');
  const drained = h('p', { id: 'monitor-drained', class: 'muted' });
  const alertRows = h('tbody', { id: 'monitor-alerts' });
  const recs = h('ul', { id: 'monitor-recommendations' });

  main.append(h('div', { class: 'page monitor' },
    h('h1', {}, 'Monitor'), status, notice,
    h('h2', {}, 'Mesh'), overview,
    h('div', { class: 'monitor-pick' }, h('label', { for: 'monitor-node' }, 'Node '), picker),
    h('section', { class: 'card', 'aria-labelledby': 'monitor-live-h' }, h('h2', { id: 'monitor-live-h' }, 'Live'), chartBox),
    gpuCard,
    h('div', { class: 'monitor-grid' },
      h('section', { class: 'card', 'aria-labelledby': 'monitor-shape-h' },
        h('h2', { id: 'monitor-shape-h' }, 'Shape of the last window'), canvas, betti, shape),
      h('section', { class: 'card', 'aria-labelledby': 'monitor-risk-h' },
        h('h2', { id: 'monitor-risk-h' }, 'Risk'), h('label', { for: 'monitor-risk' }, 'Failure risk'), gauge, riskText, ttf,
        drained, recs)),
    h('section', { class: 'card', 'aria-labelledby': 'monitor-alerts-h' }, h('h2', { id: 'monitor-alerts-h' }, 'Alerts'),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Node'), h('th', {}, 'Rule'), h('th', {}, 'Condition'), h('th', {}, 'Severity'),
        h('th', {}, 'State'), h('th', {}, 'Since'))), alertRows))));

  const self = (await api.get('/api/node')).name;
  const nodes = new Map();      // name -> {score, risk, drainedBy, lastAt}
  const series = new Map();     // name -> {t:[], cpu:[], mem:[], score:[], gpu:[{metric: value}], pending: Map(at -> values)}
  let chosen = self;
  let closed = false;
  let socket = null;
  const width = Math.max(320, Math.min(900, main.clientWidth - 48));
  const plot = chart(chartBox, width);
  let gpuPlot = null;           // drawn for the devices it was made for; made again when they change
  let gpuDevices = '';

  function seriesOf(name) {
    if (!series.has(name)) series.set(name, { t: [], cpu: [], mem: [], score: [], gpu: [], pending: new Map() });
    return series.get(name);
  }

  function nodeOf(name) {
    if (!nodes.has(name)) {
      nodes.set(name, { score: null, risk: null, drainedBy: [] });
      picker.append(h('option', { value: name, selected: name === chosen }, name));
    }
    return nodes.get(name);
  }

  function showOverview() {
    overview.replaceChildren(...[...nodes.entries()].map(([name, n]) => h('article', {
      class: `card node-card ${n.drainedBy.length ? 'down' : 'up'}`, 'data-node': name, 'aria-label': `Node ${name}` },
      h('h2', {}, name, h('span', { class: `badge ${n.drainedBy.length ? 'down' : 'up'}` },
        n.drainedBy.length ? 'drained' : 'routed')),
      h('dl', {}, h('dt', {}, 'Anomaly'), h('dd', { class: 'score' }, n.score === null ? '—' : n.score.toFixed(2)),
        h('dt', {}, 'Risk'), h('dd', { class: 'risk' }, percent(n.risk)),
        h('dt', {}, 'Last sample'), h('dd', {}, n.lastAt ? time(n.lastAt) : '—')))));
  }

  function redraw() {
    const s = seriesOf(chosen);
    plot.setData([s.t, s.cpu, s.mem, s.score]);
    redrawGpus(s);
  }

  function redrawGpus(s) {
    const devices = devicesIn(s.gpu);
    gpuCard.hidden = devices.length === 0;
    if (!devices.length) return;
    if (devices.join() !== gpuDevices) {
      if (gpuPlot) gpuPlot.destroy();
      gpuPlot = gpuChart(gpuBox, width, devices);
      gpuDevices = devices.join();
    }
    gpuPlot.setData([s.t, ...devices.flatMap(d => [
      s.gpu.map(row => row[`gpu.utilization:${d}`] ?? null), s.gpu.map(row => row[`gpu.memory.used_fraction:${d}`] ?? null)])]);
    const last = s.gpu[s.gpu.length - 1] ?? {};
    gpuNow.textContent = devices.map(d => {
      const celsius = last[`gpu.temperature_c:${d}`];
      return `GPU ${d}: ${percent(last[`gpu.utilization:${d}`])} busy, memory ${percent(last[`gpu.memory.used_fraction:${d}`])}`
        + (celsius === undefined ? '' : `, ${Math.round(celsius)} °C`);
    }).join(' · ');
  }

  function onEvent(e) {
    const n = nodeOf(e.node);
    if (e.type === 'sample') {
      seriesOf(e.node).pending.set(e.at, e.values);
      n.lastAt = e.at;
    } else if (e.type === 'score') {
      n.score = e.values.anomaly_score;
      n.risk = e.values.failure_risk;
      const s = seriesOf(e.node);
      const values = s.pending.get(e.at) ?? {};
      s.pending.clear();
      s.t.push(Date.parse(e.at) / 1000);
      s.cpu.push(values['cpu.load'] ?? null);
      s.mem.push(values['memory.used_fraction'] ?? null);
      s.score.push(e.values.anomaly_score);
      s.gpu.push(Object.fromEntries(Object.entries(values).filter(([metric]) => metric.startsWith('gpu.'))));
      if (s.t.length > KEPT) for (const k of ['t', 'cpu', 'mem', 'score', 'gpu']) s[k].shift();
      if (e.node === chosen) redraw();
      showOverview();
    } else if (e.type === 'alert') {
      refreshAlerts();
    }
  }

  function connect() {
    if (closed) return;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws/monitor`;
    socket = new WebSocket(url);
    socket.onopen = () => { status.textContent = 'Live: samples arrive as each node takes them.'; };
    socket.onmessage = m => onEvent(JSON.parse(m.data));
    socket.onclose = async () => {
      if (closed) return;
      status.textContent = 'The live stream was interrupted; reconnecting…';
      try { await api.get('/api/auth/me'); } catch { /* signed out: the shell shows the login */ }
      setTimeout(connect, 1500);
    };
  }

  async function refreshAlerts() {
    try {
      const answer = await api.get('/api/monitor/alerts');
      alertRows.replaceChildren(...answer.alerts.map(a => h('tr', { 'data-rule': a.rule, 'data-node': a.node },
        h('td', {}, a.node), h('td', {}, a.rule), h('td', {}, `${a.metric} ${a.condition}`), h('td', {}, a.severity),
        h('td', {}, h('span', { class: `badge state-${a.state}` }, a.state)),
        h('td', {}, a.activeSince ? time(a.activeSince) : '—'))));
    } catch (e) {
      notice.textContent = e.message;
    }
  }

  async function analyze() {
    try {
      const query = chosen === self ? '' : `?node=${encodeURIComponent(chosen)}`;
      const a = await api.post(`/api/monitor/analyze${query}`, { include_predictions: true, include_recommendations: true });
      notice.textContent = '';
      const n = nodeOf(a.node);
      n.drainedBy = a.drainedBy ?? [];
      if (a.topology) {
        drawDiagram(canvas, a.topology.diagram);
        const [b0, b1, b2] = a.topology.betti;
        betti.textContent = `Betti numbers: b0 ${b0}, b1 ${b1}, b2 ${b2}`;
        shape.textContent = `Wasserstein drift ${a.topology.wasserstein.toFixed(2)} · entropy ${a.topology.entropy.toFixed(2)}`
          + ` · landscape norm ${a.topology.landscapeNorm.toFixed(2)} · ${a.topology.diagram.length} bars`;
        canvas.setAttribute('aria-label', `Persistence diagram: ${a.topology.diagram.length} bars, b0 ${b0}, b1 ${b1}, b2 ${b2}`);
      }
      const p = a.predictions;
      if (p) {
        gauge.value = p.risk;
        riskText.textContent = `Failure risk: ${percent(p.risk)} (confidence ${percent(p.confidence)})`
          + (p.scenarios.length ? ` · most likely: ${p.scenarios[0].name} (${p.scenarios[0].metric})` : '');
        const t = p.thresholds.map(x => `${x.name} on ${x.metric}: forecast ${minutes(x.forecastMinutes)}, trend ${minutes(x.trendMinutes)}`);
        ttf.textContent = `Time to failure: ${minutes(p.timeToFailureMinutes)}` + (t.length ? ` — ${t.join('; ')}` : '');
      }
      drained.textContent = n.drainedBy.length ? `Drained from routing by ${n.drainedBy.join(', ')}` : 'Takes new generations.';
      recs.replaceChildren(...(a.recommendations ?? []).map(r => h('li', {}, h('strong', {}, r.action), ` — ${r.reason}. ${r.how}`)));
      showOverview();
    } catch (e) {
      notice.textContent = e.message;
    }
  }

  picker.addEventListener('change', () => { chosen = picker.value; redraw(); analyze(); });
  nodeOf(self);
  try {
    for (const peer of await api.get('/api/mesh/nodes')) if (peer.status === 'up') nodeOf(peer.name);
  } catch { /* the overview fills from the stream */ }
  showOverview();
  connect();
  await Promise.all([refreshAlerts(), analyze()]);
  const timer = setInterval(analyze, ANALYZE_MS);
  return () => {
    closed = true;
    clearInterval(timer);
    if (socket) socket.close();
    plot.destroy();
    if (gpuPlot) gpuPlot.destroy();
  };
}
