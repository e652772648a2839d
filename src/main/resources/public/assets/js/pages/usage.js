// Usage: the person's budget as a bar, tokens per day and model as a chart (uPlot), the month's lines; for an
// admin, everyone's usage, the budgets of particular people and the gatekeeper's rules and audit.
import uPlot from '/webjars/uplot/1.6.30/dist/uPlot.esm.js';
import { api } from '../api.js';
import { h, field, showError, dateTime, announce } from '../dom.js';

export const title = 'Usage';
const COLOURS = ['#7aa2f7', '#9ece6a', '#e0af68', '#f7768e', '#bb9af7', '#7dcfff', '#ff9e64', '#c0caf5'];
const money = d => `$${d.toFixed(d < 1 ? 4 : 2)}`;

/** One bar per kind of limit: the share of the month's budget used, coloured by its state. */
function budgetBars(budget) {
  const bars = [];
  const bar = (id, label, used, limit) => {
    const share = limit > 0 ? used / limit : 1;
    const state = share >= 1 ? 'spent' : share >= 0.8 ? 'nearly-spent' : 'within';
    bars.push(h('div', { class: 'budget-bar', id, 'data-state': state },
      h('div', { class: 'budget-label' }, `${label}: ${Math.round(share * 100)} % used`),
      h('progress', { max: '100', value: String(Math.min(100, Math.round(share * 100))), 'aria-label': `${label} used` })));
  };
  if (budget.tokens != null) bar('budget-tokens', `${budget.tokensUsed.toLocaleString()} of ${budget.tokens.toLocaleString()} tokens`, budget.tokensUsed, budget.tokens);
  if (budget.dollars != null) bar('budget-dollars', `${money(budget.dollarsUsed)} of ${money(budget.dollars)}`, budget.dollarsUsed, budget.dollars);
  if (!bars.length) bars.push(h('p', { class: 'muted', id: 'budget-none' }, 'No monthly budget: nothing limits your usage.'));
  else if (budget.state !== 'within') {
    bars.push(h('p', { class: `notice ${budget.state === 'spent' ? 'error' : 'warn'}`, id: 'budget-state' },
      budget.state === 'spent'
        ? (budget.hardCap ? 'Your budget is spent: requests are refused until the month turns.' : 'Your budget is spent: requests go to the execution tier\'s model.')
        : 'You have used over 80 % of your monthly budget.'));
  }
  return bars;
}

/** Tokens per day, one series per model, over the days asked (a day without usage is 0). */
function chart(holder, days, span) {
  const models = [...new Set(days.map(d => d.model))].sort();
  const today = new Date();
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - (span - 1) * 86400000;
  const xs = Array.from({ length: span }, (_, i) => (start + i * 86400000) / 1000);
  const index = new Map(xs.map((x, i) => [new Date(x * 1000).toISOString().slice(0, 10), i]));
  const series = models.map(m => {
    const ys = new Array(span).fill(0);
    days.filter(d => d.model === m).forEach(d => { if (index.has(d.day)) ys[index.get(d.day)] += d.promptTokens + d.outputTokens; });
    return ys;
  });
  holder.replaceChildren();
  if (!models.length) {
    holder.append(h('p', { class: 'muted', id: 'usage-chart-empty' }, 'No usage in these days yet.'));
    return null;
  }
  const width = Math.max(320, Math.min(900, holder.clientWidth || 800));
  return new uPlot({
    width, height: 260,
    series: [{ label: 'day', value: (u, v) => v == null ? '' : new Date(v * 1000).toISOString().slice(0, 10) },
      ...models.map((m, i) => ({ label: m, stroke: COLOURS[i % COLOURS.length], width: 2, points: { show: true },
        value: (u, v) => v == null ? '' : `${v.toLocaleString()} tokens` }))],
    axes: [{ stroke: '#8a8fa3', grid: { stroke: 'rgba(138,143,163,0.15)' } },
      { stroke: '#8a8fa3', grid: { stroke: 'rgba(138,143,163,0.15)' }, size: 70 }],
    scales: { x: { time: true } },
  }, [xs, ...series], holder);
}

function usageTable(report) {
  const body = h('tbody', {}, ...report.usage.map(l => h('tr', {},
    h('td', {}, l.username), h('td', {}, l.model), h('td', {}, l.node),
    h('td', { class: 'num' }, (l.promptTokens + l.outputTokens).toLocaleString()),
    h('td', { class: 'num' }, String(l.generations)), h('td', { class: 'num' }, money(l.dollars)))));
  return h('div', { class: 'table-wrap' }, h('table', { id: 'usage-lines' },
    h('thead', {}, h('tr', {}, ...['Person', 'Model', 'Node', 'Tokens', 'Answers', 'Cost'].map(t => h('th', { scope: 'col' }, t)))),
    body));
}

function budgets() {
  const notice = h('p', { class: 'notice error', role: 'alert' });
  const done = h('p', { class: 'notice ok', role: 'status' });
  const username = h('input', { name: 'username', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false' });
  const tokens = h('input', { name: 'tokens', inputmode: 'numeric' });
  const dollars = h('input', { name: 'dollars', inputmode: 'decimal' });
  const hardCap = h('input', { type: 'checkbox', id: 'budget-hard-cap', name: 'hardCap' });
  const form = h('form', { class: 'card', id: 'budget-form', novalidate: true, 'aria-labelledby': 'budget-title' },
    h('h2', { id: 'budget-title' }, 'A person\'s monthly budget'), notice, done,
    field('budget-username', 'Username', username),
    field('budget-tokens-limit', 'Tokens a month', tokens, 'Empty: no token limit.'),
    field('budget-dollars-limit', 'Dollars a month', dollars, 'Empty: no dollar limit.'),
    h('div', { class: 'field' }, h('label', { class: 'checkbox', for: 'budget-hard-cap' }, hardCap, 'Refuse requests once spent (hard cap)')),
    h('div', { class: 'row' }, h('button', { type: 'submit', id: 'budget-save' }, 'Save budget'),
      h('button', { type: 'button', id: 'budget-clear', class: 'ghost', onclick: clear }, 'Back to the default')));
  const number = input => input.value.trim() === '' ? null : Number(input.value);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    done.textContent = '';
    try {
      await api.put(`/api/usage/budgets/${encodeURIComponent(username.value.trim())}`,
        { tokens: number(tokens), dollars: number(dollars), hardCap: hardCap.checked });
      showError(form, notice, { message: '' });
      done.textContent = `Saved the budget of ${username.value.trim()}.`;
      announce(done.textContent);
    } catch (err) {
      showError(form, notice, err);
    }
  });
  async function clear() {
    try {
      await api.del(`/api/usage/budgets/${encodeURIComponent(username.value.trim())}`);
      done.textContent = `${username.value.trim()} is back on the default budget.`;
    } catch (err) {
      showError(form, notice, err);
    }
  }
  return form;
}

// The tiers' models and the price list in force; changed here, they hold on every node within seconds.
function settings() {
  const notice = h('p', { class: 'notice error', role: 'alert', id: 'settings-notice' });
  const done = h('p', { class: 'notice ok', role: 'status' });
  const tier = h('select', { name: 'tier' }, h('option', { value: 'execution' }, 'execution'), h('option', { value: 'strategic' }, 'strategic'));
  const model = h('input', { name: 'model', autocomplete: 'off', spellcheck: 'false' });
  const prices = h('input', { name: 'prices', autocomplete: 'off', spellcheck: 'false' });
  const now = h('p', { class: 'muted', id: 'settings-now' });
  let known = null;
  const tierForm = h('form', { class: 'row', id: 'tier-form', novalidate: true },
    field('settings-tier', 'Tier', tier), field('settings-model', 'Model (empty: the node\'s own)', model),
    h('button', { type: 'submit', id: 'tier-save' }, 'Save tier'));
  const priceForm = h('form', { id: 'price-form', novalidate: true },
    field('settings-prices', 'Prices, dollars per million tokens', prices, 'model=prompt/output, comma-separated, e.g. gpt-4o=2.5/10. Empty: the node\'s own.'),
    h('button', { type: 'submit', id: 'prices-save' }, 'Save prices'));
  const show = s => {
    known = s;
    // each tier's chain after its model: where its requests go when no node serves the model
    const then = (model, chain) => { const rest = (chain || []).slice(model ? 1 : 0); return rest.length ? ` (then ${rest.join(', ')})` : ''; };
    now.textContent = `Execution: ${s.execution ?? 'none'}${then(s.execution, s.executionChain)} · Strategic: ${s.strategic ?? 'none'}${then(s.strategic, s.strategicChain)} · Prices: ${s.pricesText || 'none (everything free)'}`;
    model.value = (tier.value === 'execution' ? s.execution : s.strategic) ?? '';
    prices.value = s.pricesText;
  };
  tier.addEventListener('change', () => { if (known) model.value = (tier.value === 'execution' ? known.execution : known.strategic) ?? ''; });
  const save = (form, body) => async e => {
    e.preventDefault();
    done.textContent = '';
    try {
      show(await api.put('/api/policy/settings', body()));
      showError(form, notice, { message: '' });
      done.textContent = 'Saved.';
      announce('Policy settings saved.');
    } catch (err) {
      showError(form, notice, err);
    }
  };
  tierForm.addEventListener('submit', save(tierForm, () => ({ tier: tier.value, model: model.value })));
  priceForm.addEventListener('submit', save(priceForm, () => ({ prices: prices.value })));
  api.get('/api/policy/settings').then(show, err => { notice.textContent = err.message; });
  return h('section', { class: 'card', 'aria-labelledby': 'settings-title' },
    h('h2', { id: 'settings-title' }, 'Tiers and prices'), notice, done, now, tierForm, priceForm);
}

function gatekeeper() {
  const notice = h('p', { class: 'notice error', role: 'alert', id: 'rules-notice' });
  const list = h('tbody', { id: 'rules' });
  const audit = h('tbody', { id: 'gate-audit' });
  const name = h('input', { name: 'name', autocomplete: 'off', spellcheck: 'false' });
  const pattern = h('input', { name: 'pattern', autocomplete: 'off', spellcheck: 'false' });
  const scope = h('select', { name: 'scope' }, h('option', { value: 'external' }, 'only to external backends'), h('option', { value: 'any' }, 'to any backend'));
  const reason = h('input', { name: 'reason' });
  const form = h('form', { class: 'card', id: 'rule-form', novalidate: true },
    h('h3', {}, 'Add or change a rule'), notice,
    field('rule-name', 'Name', name), field('rule-pattern', 'Pattern (regular expression, any case)', pattern),
    field('rule-scope', 'Blocks requests bound', scope), field('rule-reason', 'Reason the person is told', reason),
    h('button', { type: 'submit', id: 'rule-save' }, 'Save rule'));
  async function load() {
    try {
      const rules = await api.get('/api/policy/gatekeeper/rules');
      list.replaceChildren(...rules.map(r => h('tr', { 'data-rule': r.name },
        h('td', {}, r.name), h('td', {}, h('code', {}, r.pattern)), h('td', {}, r.scope), h('td', {}, r.enabled ? 'on' : 'off'),
        h('td', {}, h('button', { type: 'button', class: 'small', onclick: () => { name.value = r.name; pattern.value = r.pattern; scope.value = r.scope; reason.value = r.reason; } }, 'Edit'),
          ' ', h('button', { type: 'button', class: 'danger small', 'data-delete-rule': r.name, onclick: async () => {
            try { await api.del(`/api/policy/gatekeeper/rules/${encodeURIComponent(r.name)}`); load(); } catch (err) { notice.textContent = err.message; }
          } }, 'Delete')))));
      const rows = await api.get('/api/policy/gatekeeper/audit?limit=20');
      audit.replaceChildren(...rows.map(b => h('tr', {}, h('td', {}, dateTime(b.at)), h('td', {}, b.rule), h('td', {}, b.model), h('td', {}, b.reason))));
    } catch (err) {
      notice.textContent = err.message;
    }
  }
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      await api.put(`/api/policy/gatekeeper/rules/${encodeURIComponent(name.value.trim())}`,
        { pattern: pattern.value, scope: scope.value, reason: reason.value, enabled: true });
      showError(form, notice, { message: '' });
      form.reset();
      announce('Rule saved.');
      load();
    } catch (err) {
      showError(form, notice, err);
    }
  });
  load();
  return h('section', { class: 'card', 'aria-labelledby': 'gate-title' },
    h('h2', { id: 'gate-title' }, 'Gatekeeper'),
    h('p', { class: 'muted' }, 'Requests whose text matches a rule are refused before anything is sent; "external" rules only when the request could reach a backend outside the mesh.'),
    h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {}, ...['Rule', 'Pattern', 'Scope', 'State', ''].map(t => h('th', { scope: 'col' }, t)))), list)),
    form,
    h('h3', {}, 'Blocked requests'),
    h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {}, ...['When', 'Rule', 'Model', 'Reason'].map(t => h('th', { scope: 'col' }, t)))), audit)));
}

export async function render(main, app) {
  const notice = h('p', { class: 'notice error', role: 'alert' });
  const bars = h('div', { id: 'budget-bars' });
  const holder = h('div', { id: 'usage-chart', class: 'chart' });
  const lines = h('div', { id: 'usage-table' });
  const span = h('select', { id: 'usage-days', 'aria-label': 'Days shown' },
    ...[7, 30, 90].map(d => h('option', { value: String(d), selected: d === 30 }, `last ${d} days`)));
  const admin = app?.user?.admin;
  main.append(h('div', { class: 'page' },
    h('h1', {}, 'Usage'), notice,
    h('section', { class: 'card', 'aria-labelledby': 'budget-bars-title' }, h('h2', { id: 'budget-bars-title' }, 'Your budget this month'), bars),
    h('section', { class: 'card', 'aria-labelledby': 'chart-title' },
      h('div', { class: 'row' }, h('h2', { id: 'chart-title' }, admin ? 'Tokens per day and model, everyone' : 'Your tokens per day and model'), span),
      holder),
    h('section', { class: 'card', 'aria-labelledby': 'lines-title' }, h('h2', { id: 'lines-title' }, 'This month'), lines),
    admin ? h('div', { class: 'grid-2' }, settings(), budgets()) : null,
    admin ? gatekeeper() : null));
  let plot = null;
  async function load() {
    try {
      const [report, days] = await Promise.all([api.get('/api/usage?period=month'), api.get(`/api/usage/daily?days=${span.value}`)]);
      bars.replaceChildren(...budgetBars(report.budget));
      lines.replaceChildren(usageTable(report));
      plot?.destroy();
      plot = chart(holder, days, Number(span.value));
      main.querySelector('.page').dataset.loaded = 'true';
    } catch (err) {
      notice.textContent = err.message;
    }
  }
  span.addEventListener('change', load);
  await load();
  return () => plot?.destroy();
}
