// One answer of the assistant: its text (Markdown, rendered safely), what happened to it, which node rendered it
// and how long it took, and — one click away — the router's candidates and estimates.
import { api } from '../api.js';
import { h, seconds, time, announce } from '../dom.js';
import { renderMarkdown } from '../markdown.js';

let decisionsCache = null;

/** The routing decision with this id from the node's recent decisions, or null once it is no longer kept. */
async function decision(id) {
  const find = list => list?.find(d => d.id === id) ?? null;
  let found = find(decisionsCache);
  if (!found) {
    decisionsCache = await api.get('/api/routing/decisions?limit=500');
    found = find(decisionsCache);
  }
  return found ? found.route : null;
}

function routeTable(route) {
  const rows = route.candidates.map(c => h('tr', {},
    h('th', { scope: 'row' }, c.node, c.chosen ? ' (chosen)' : ''),
    h('td', { class: 'num' }, `${c.estimateSeconds.toFixed(2)} s`),
    h('td', { class: 'num' }, `${c.generationSeconds.toFixed(2)} s`),
    h('td', { class: 'num' }, `${c.queueSeconds.toFixed(2)} s`),
    h('td', { class: 'num' }, `${(c.networkSeconds * 1000).toFixed(0)} ms`),
    h('td', { class: 'num' }, `${c.loadSeconds.toFixed(2)} s`),
    h('td', { class: 'num' }, c.measured ? c.tokensPerSecond.toFixed(1) : `${c.tokensPerSecond.toFixed(1)} (prior)`),
    h('td', {}, c.chosen ? 'fastest estimate' : c.reasonLost ?? '')));
  return h('div', {},
    h('div', { class: 'table-wrap' },
      h('table', {},
        h('caption', { class: 'sr-only' }, `Candidates for model ${route.model}`),
        h('thead', {}, h('tr', {},
          ...['Node', 'Estimate', 'Generation', 'Queue', 'Network', 'Load', 'Tokens/s', 'Why'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, rows))),
    route.excluded.length ? h('div', { class: 'excluded' }, `Not candidates: ${route.excluded.join('; ')}`) : null);
}

export class AnswerView {
  constructor({ retry, resume } = {}) {
    this.text = '';
    this.route = null;
    this.decisionId = null;
    this.messageId = null;
    this.retry = retry;
    this.resume = resume;
    this.pending = false;
    this.body = h('div', { class: 'body' });
    this.status = h('p', { class: 'status', role: 'status' });
    this.problem = h('div', { class: 'problem', hidden: true });
    this.meta = h('div', { class: 'meta', hidden: true });
    this.routePanel = h('div', { class: 'route', hidden: true });
    this.citations = h('div', { class: 'citations', hidden: true });
    this.el = h('article', { class: 'message assistant', 'aria-label': 'Answer' },
      h('div', { class: 'speaker' }, 'Aura'), this.body, this.citations, this.status, this.problem, this.meta, this.routePanel);
  }

  /** Shows a stored answer. */
  static stored(message, retry, resume) {
    const view = new AnswerView({ retry, resume });
    view.text = message.content;
    view.renderNow();
    view.decisionId = message.decisionId;
    view.messageId = message.id;
    view.cited(message.citations);
    if (message.state === 'complete') {
      view.finished(message);
    } else if (message.state === 'streaming') {
      view.setStatus(`Still being written on ${message.node ?? 'another node'}… open the conversation again to see more.`);
    } else {
      view.failed(message.note ?? 'the answer could not be finished', message.state === 'partial', message);
    }
    return view;
  }

  /**
   * The person's notes that went into the prompt (the stream's context event, or a stored answer's citations),
   * each a link that opens it.
   */
  cited(notes) {
    if (!notes?.length) return;
    this.citations.replaceChildren(h('span', { class: 'muted' }, 'From your notes: '),
      h('ul', {}, ...notes.map(n => h('li', {},
        h('a', { href: `#/notes/${encodeURIComponent(n.id)}`, 'data-cite': n.id }, n.title || '(untitled)')))));
    this.citations.hidden = false;
  }

  setStatus(text) {
    this.status.textContent = text;
    this.status.hidden = !text;
  }

  routed(data) {
    this.route = data.route;
    this.decisionId = data.decisionId;
    this.messageId = data.messageId ?? this.messageId;
    this.el.setAttribute('aria-busy', 'true');
    // "cache": the same deterministic request was answered before (docs/POLICIES.md, "Response cache")
    this.setStatus(data.route.chosen === 'cache' ? 'From the cache…'
      : data.route.chosen ? `Writing on ${data.route.chosen}…` : 'Looking for a node…');
  }

  /** Adds streamed text; the Markdown is re-rendered at most once a frame. */
  append(text) {
    this.text += text;
    if (!this.pending) {
      this.pending = true;
      requestAnimationFrame(() => { this.pending = false; this.renderNow(); });
    }
  }

  renderNow() {
    renderMarkdown(this.body, this.text);
  }

  movedOver(data) {
    this.setStatus(`${data.from} stopped (${data.reason}); ${data.to} continues the answer…`);
  }

  finished(done) {
    this.renderNow();
    this.el.removeAttribute('aria-busy');
    this.setStatus('');
    this.showMeta(done);
    this.el.classList.add('complete');
  }

  failed(reason, partial, message) {
    this.renderNow();
    this.el.removeAttribute('aria-busy');
    this.setStatus('');
    this.el.classList.add('failed');
    const what = partial || this.text ? 'This answer stopped before it was finished' : 'No answer came';
    this.problem.replaceChildren(h('span', {}, `${what}: ${reason}.`));
    if (partial && this.resume && this.messageId && this.text) {
      this.problem.append(h('button', { type: 'button', class: 'ghost small continue', onclick: () => this.resume(this) }, 'Continue'));
    }
    if (this.retry) {
      this.problem.append(h('button', { type: 'button', class: 'ghost small', onclick: () => this.retry() }, 'Retry'));
    }
    this.problem.hidden = false;
    if (message?.node) this.showMeta(message);
    announce(`${what}.`);
  }

  /** Taken up again (continued from its text): the problem goes, the text stays and grows. */
  resumed() {
    this.el.classList.remove('failed');
    this.problem.hidden = true;
    this.problem.replaceChildren();
    this.setStatus('Continuing…');
  }

  showMeta(m) {
    const parts = [];
    if (m.node) parts.push(h('span', {}, 'Rendered on ', h('span', { class: 'node', 'data-node': m.node }, m.node)));
    if (m.model) parts.push(h('span', {}, m.model));
    if (m.totalMillis) {
      parts.push(h('span', {}, `${seconds(m.totalMillis)}` + (m.firstTokenMillis ? ` (first words after ${seconds(m.firstTokenMillis)})` : '')));
    }
    if (m.outputTokens) parts.push(h('span', {}, `${m.outputTokens} tokens`));
    if (m.created) parts.push(h('time', { datetime: m.created }, time(m.created)));
    else parts.push(h('time', { datetime: new Date().toISOString() }, time(new Date().toISOString())));
    if (this.route || this.decisionId) parts.push(this.routeToggle(m.node));
    this.meta.replaceChildren(...parts);
    this.meta.hidden = false;
  }

  routeToggle(node) {
    const id = `route-${Math.random().toString(36).slice(2)}`;
    this.routePanel.id = id;
    const button = h('button', { type: 'button', class: 'ghost', 'aria-expanded': 'false', 'aria-controls': id },
      node ? `Why ${node}?` : 'Why this node?');
    button.addEventListener('click', async () => {
      const open = button.getAttribute('aria-expanded') === 'true';
      button.setAttribute('aria-expanded', String(!open));
      this.routePanel.hidden = open;
      if (open || this.routePanel.childElementCount) return;
      try {
        const route = this.route ?? await decision(this.decisionId);
        this.routePanel.replaceChildren(route ? routeTable(route)
          : h('p', { class: 'muted' }, 'The router’s reasoning for this answer is no longer kept on this node.'));
      } catch (e) {
        this.routePanel.replaceChildren(h('p', { class: 'muted' }, e.message));
      }
    });
    return button;
  }
}
