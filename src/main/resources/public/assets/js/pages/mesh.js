// Every node of the mesh with its role, whether it is up, its load, GPUs and models; refreshed every 3 s.
import { api } from '../api.js';
import { h, ago, time } from '../dom.js';

export const title = 'Mesh';

const REFRESH_MS = 3000;

function gpu(g) {
  if (!g || !g.available || !g.devices?.length) return 'none';
  return g.devices.map(d => `${d.name} (${Math.round(d.memoryMiB / 1024)} GiB)`).join(', ');
}

function load(value) {
  if (value === null || value === undefined) return '—';
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return h('span', {}, `${percent}% CPU`,
    h('div', { class: 'meter', role: 'img', 'aria-label': `CPU load ${percent} percent` }, meterFill(percent)));
}

function meterFill(percent) {
  const fill = h('span');
  fill.style.width = `${percent}%`;
  return fill;
}

function models(list) {
  if (!list?.length) return 'none';
  return list.map(m => m.tokensPerSecond > 0 ? `${m.name} (${m.tokensPerSecond.toFixed(0)} tokens/s)` : m.name).join(', ');
}

function card(n) {
  const up = n.status === 'up';
  return h('article', { class: `card node-card ${up ? 'up' : 'down'}`, 'data-node': n.name, 'aria-label': `Node ${n.name}` },
    h('h2', {}, n.name,
      h('span', { class: `badge ${up ? 'up' : 'down'}` }, up ? 'up' : 'down'),
      h('span', { class: 'badge role' }, n.role)),
    h('dl', {},
      h('dt', {}, 'Load'), h('dd', {}, up ? load(n.load) : '—'),
      h('dt', {}, 'GPU'), h('dd', {}, up ? gpu(n.gpu) : '—'),
      h('dt', {}, 'Models'), h('dd', { class: 'models' }, up ? models(n.models) : '—'),
      h('dt', {}, 'Address'), h('dd', {}, `${n.address}:${n.port}`),
      h('dt', {}, up ? 'Version' : 'Last seen'), h('dd', {}, up ? (n.version ?? '—') : ago(n.lastSeen)),
      n.inInventory ? null : h('dt', {}, 'Note'), n.inInventory ? null : h('dd', {}, 'not in the inventory')));
}

export async function render(main) {
  const notice = h('p', { class: 'notice error', role: 'alert' });
  const updated = h('p', { class: 'muted', id: 'mesh-updated' });
  const grid = h('div', { class: 'nodes', id: 'nodes' });
  main.append(h('div', { class: 'page' }, h('h1', {}, 'Mesh'), updated, notice, grid));

  async function refresh() {
    try {
      const nodes = await api.get('/api/mesh/nodes');
      notice.textContent = '';
      grid.replaceChildren(...nodes.map(card));
      const upCount = nodes.filter(n => n.status === 'up').length;
      updated.textContent = `${upCount} of ${nodes.length} node${nodes.length === 1 ? '' : 's'} up · updated ${time(new Date().toISOString())}`;
    } catch (e) {
      notice.textContent = e.message;
    }
  }

  await refresh();
  const timer = setInterval(refresh, REFRESH_MS);
  return () => clearInterval(timer);
}
