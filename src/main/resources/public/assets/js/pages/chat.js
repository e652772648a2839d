// Chat: the person's conversations, the messages of one, and the box to type in. The answer streams in as
// server-sent events read from the POST's body.
import { api, request } from '../api.js';
import { h, ago, announce } from '../dom.js';
import { events } from '../sse.js';
import { AnswerView } from './answer.js';

export const title = 'Chat';

export async function render(main, app, args) {
  const page = new ChatPage(main, app);
  await page.start(args[0]);
  return () => page.leave();
}

class ChatPage {
  constructor(main, app) {
    this.app = app;
    this.alive = true;
    this.busy = false;
    this.conversation = null;
    this.personas = [];
    this.models = [];
    this.build(main);
  }

  build(main) {
    this.list = h('ul', { class: 'conversation-list', id: 'conversation-list' });
    this.sidebar = h('nav', { class: 'chat-sidebar', 'aria-label': 'Conversations' },
      h('div', { class: 'sidebar-head' },
        h('button', { type: 'button', id: 'new-conversation', onclick: () => this.newConversation() }, 'New conversation'),
        h('button', { type: 'button', class: 'ghost sidebar-close', onclick: () => this.closeSidebar() }, 'Close')),
      this.list);
    this.heading = h('h1', { id: 'conversation-title' }, 'New conversation');
    this.headActions = h('div', { class: 'row' });
    this.toggle = h('button', { type: 'button', class: 'ghost small sidebar-toggle', 'aria-expanded': 'false',
      'aria-controls': 'conversation-list', onclick: () => this.openSidebar() }, 'Conversations');
    this.head = h('div', { class: 'chat-head' }, this.toggle,
      this.heading, this.headActions);
    this.messages = h('section', { class: 'messages', id: 'messages', role: 'log', 'aria-live': 'polite',
      'aria-relevant': 'additions', 'aria-label': 'Messages', tabindex: '0' });
    this.notice = h('p', { class: 'notice error', role: 'alert', id: 'chat-notice' });
    this.persona = h('select', { id: 'persona', name: 'persona' });
    this.model = h('select', { id: 'model', name: 'model' });
    // a persona that names a model picks it, as the node would for a conversation that names none
    this.persona.addEventListener('change', () => this.pickPersonaModel());
    this.notesToggle = h('input', { type: 'checkbox', id: 'notes-toggle', name: 'notes', checked: true,
      'aria-describedby': 'notes-toggle-hint' });
    this.notesToggle.addEventListener('change', () => this.switchNotes());
    this.temperature = h('input', { type: 'number', id: 'temperature', name: 'temperature', min: '0', max: '2', step: '0.1',
      inputmode: 'decimal', placeholder: 'default', 'aria-describedby': 'temperature-hint' });
    this.temperature.addEventListener('change', () => this.setTemperature());
    this.input = h('textarea', { id: 'message-input', name: 'content', rows: '2', 'aria-describedby': 'composer-hint',
      placeholder: 'Ask anything…' });
    this.send = h('button', { type: 'submit', id: 'send' }, 'Send');
    this.form = h('form', {}, h('label', { for: 'message-input', class: 'sr-only' }, 'Message'), this.input, this.send);
    this.form.addEventListener('submit', e => { e.preventDefault(); this.sendMessage(this.input.value); });
    this.input.addEventListener('keydown', e => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.form.requestSubmit();
      }
    });
    this.input.addEventListener('input', () => this.grow());
    const composer = h('div', { class: 'composer' },
      this.notice,
      h('div', { class: 'pickers' },
        h('div', { class: 'field' }, h('label', { for: 'persona' }, 'Persona'), this.persona),
        h('div', { class: 'field' }, h('label', { for: 'model' }, 'Model'), this.model),
        h('div', { class: 'field temperature' }, h('label', { for: 'temperature' }, 'Temperature'), this.temperature,
          h('div', { class: 'hint', id: 'temperature-hint' }, '0 to 2; empty: the model’s own. At 0 a question asked before may be answered from the cache.')),
        h('div', { class: 'field notes-switch' }, h('label', { for: 'notes-toggle' }, this.notesToggle, ' Use my notes'),
          h('div', { class: 'hint', id: 'notes-toggle-hint' }, 'Off: this conversation’s questions go without your notes.'))),
      this.form,
      h('div', { class: 'hint', id: 'composer-hint' }, 'Enter sends; Shift+Enter starts a new line.'));
    this.root = h('div', { class: 'chat' }, this.sidebar, h('div', { class: 'chat-main' }, this.head, this.messages, composer));
    main.append(this.root);
  }

  async start(id) {
    const [personas, models] = await Promise.all([
      api.get('/api/chat/personas').catch(() => []),
      api.get('/api/chat/models').catch(() => []),
    ]);
    this.personas = personas;
    this.models = models;
    this.fillPickers();
    await this.refreshList();
    if (id) await this.open(id); else this.showDraft();
  }

  leave() {
    this.alive = false;
  }

  fillPickers() {
    this.persona.replaceChildren(...this.personas.map(p => h('option', { value: p.name, title: p.description }, p.name)));
    const options = this.models.map(m => h('option', { value: m.name }, `${m.name} (${m.nodes.join(', ')})`));
    if (!options.length) options.push(h('option', { value: '' }, 'No node serves a model right now'));
    this.model.replaceChildren(...options);
    this.pickPersonaModel();
  }

  pickPersonaModel() {
    const chosen = this.personas.find(p => p.name === this.persona.value);
    if (chosen?.model && this.models.some(m => m.name === chosen.model)) this.model.value = chosen.model;
  }

  async refreshList() {
    let conversations = [];
    try {
      conversations = await api.get('/api/chat/conversations');
    } catch (e) {
      this.notice.textContent = e.message;
    }
    const currentId = this.conversation?.id;
    this.list.replaceChildren(...conversations.map(c => h('li', {},
      h('button', { type: 'button', 'aria-current': c.id === currentId ? 'true' : false, 'data-id': c.id,
        onclick: () => this.app.go(`#/chat/${encodeURIComponent(c.id)}`) },
        h('span', { class: 'title' }, c.title), h('span', { class: 'when' }, ago(c.updated))))));
    if (!conversations.length) this.list.append(h('li', { class: 'muted' }, h('p', { class: 'muted' }, 'No conversations yet.')));
  }

  /** On a phone the list covers the chat until a conversation is picked or it is closed. */
  openSidebar() {
    this.root.classList.add('sidebar-open');
    this.toggle.setAttribute('aria-expanded', 'true');
    this.sidebar.querySelector('button').focus();
  }

  closeSidebar() {
    this.root.classList.remove('sidebar-open');
    this.toggle.setAttribute('aria-expanded', 'false');
    this.toggle.focus();
  }

  newConversation() {
    if (location.hash.startsWith('#/chat/')) this.app.go('#/chat');
    else this.showDraft();
  }

  showDraft() {
    this.conversation = null;
    this.heading.textContent = 'New conversation';
    this.headActions.replaceChildren();
    this.persona.disabled = false;
    this.notesToggle.checked = true;
    this.temperature.value = '';
    this.messages.replaceChildren(h('p', { class: 'empty' },
      'Pick a persona and a model, then type below. The node picks whichever machine of the mesh will answer fastest.'));
    this.root.classList.remove('sidebar-open');
    this.toggle.setAttribute('aria-expanded', 'false');
    this.input.focus();
  }

  async open(id) {
    try {
      this.conversation = await api.get(`/api/chat/conversations/${encodeURIComponent(id)}`);
    } catch (e) {
      this.showDraft();
      this.notice.textContent = e.message;
      return;
    }
    const c = this.conversation;
    this.showHeading();
    this.persona.value = c.persona;
    this.persona.disabled = true;
    if (c.model && this.models.some(m => m.name === c.model)) this.model.value = c.model;
    this.notesToggle.checked = c.notes !== false;
    this.temperature.value = c.temperature ?? '';
    this.messages.replaceChildren();
    for (const m of c.messages ?? []) {
      if (m.role === 'user') this.messages.append(this.userMessage(m.content, async () => m.id));
      else {
        const view = AnswerView.stored(m, () => this.sendMessage(previousQuestion(c.messages, m)), v => this.continueAnswer(v));
        if (m.state !== 'streaming' && m.content) view.el.append(this.remember(async () => m.id));
        this.messages.append(view.el);
      }
    }
    if (!c.messages?.length) this.messages.append(h('p', { class: 'empty' }, 'No messages yet. Type below to begin.'));
    this.scroll();
    this.refreshList();
    this.input.focus();
  }

  showHeading() {
    const c = this.conversation;
    this.heading.textContent = c.title;
    this.headActions.replaceChildren(
      h('button', { type: 'button', class: 'ghost small', id: 'rename', onclick: () => this.rename() }, 'Rename'),
      h('button', { type: 'button', class: 'danger small', id: 'delete', onclick: () => this.confirmDelete() }, 'Delete'));
  }

  rename() {
    const c = this.conversation;
    const input = h('input', { id: 'rename-input', name: 'title', value: c.title, 'aria-label': 'Conversation title', maxlength: '200' });
    const form = h('form', { class: 'row' });
    const restore = () => {
      if (form.isConnected) this.head.replaceChild(this.heading, form);
      this.showHeading();
    };
    form.append(input, h('button', { type: 'submit', class: 'small', id: 'rename-save' }, 'Save'),
      h('button', { type: 'button', class: 'ghost small', onclick: restore }, 'Cancel'));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        const renamed = await api.patch(`/api/chat/conversations/${encodeURIComponent(c.id)}`, { title: input.value });
        c.title = renamed.title;
        restore();
        this.refreshList();
        announce('Conversation renamed.');
      } catch (err) {
        this.notice.textContent = err.message;
      }
    });
    input.addEventListener('keydown', e => { if (e.key === 'Escape') restore(); });
    this.headActions.replaceChildren();
    this.head.replaceChild(form, this.heading);
    input.select();
  }

  confirmDelete() {
    const c = this.conversation;
    const yes = h('button', { type: 'button', class: 'danger small', id: 'confirm-delete' }, 'Delete for good');
    yes.addEventListener('click', async () => {
      try {
        await api.del(`/api/chat/conversations/${encodeURIComponent(c.id)}`);
        announce('Conversation deleted.');
        this.app.go('#/chat');
      } catch (err) {
        this.notice.textContent = err.message;
      }
    });
    this.headActions.replaceChildren(h('span', { role: 'alert' }, 'Delete this conversation?'), yes,
      h('button', { type: 'button', class: 'ghost small', onclick: () => this.showHeading() }, 'Keep it'));
    yes.focus();
  }

  /** Turns the person's notes on or off for the open conversation; a draft takes the choice along when created. */
  async switchNotes() {
    const on = this.notesToggle.checked;
    if (!this.conversation) return;
    try {
      await api.put(`/api/chat/conversations/${encodeURIComponent(this.conversation.id)}/notes`, { notes: on });
      this.conversation.notes = on;
      announce(on ? 'Your notes are used in this conversation.' : 'Your notes are left out of this conversation.');
    } catch (e) {
      this.notesToggle.checked = !on;
      this.notice.textContent = e.message;
    }
  }

  /** Sets the open conversation's temperature (empty: the model's own); a draft takes it along when created. */
  async setTemperature() {
    if (!this.conversation) return;
    const raw = this.temperature.value.trim();
    const temperature = raw === '' ? null : Number(raw);
    try {
      const set = await api.put(`/api/chat/conversations/${encodeURIComponent(this.conversation.id)}/temperature`, { temperature });
      this.conversation.temperature = set.temperature;
      this.notice.textContent = '';
      announce(set.temperature === null ? 'This conversation uses the model’s own temperature.'
        : `This conversation’s questions are asked at temperature ${set.temperature}.`);
    } catch (e) {
      this.temperature.value = this.conversation.temperature ?? '';
      this.notice.textContent = e.message;
    }
  }

  userMessage(content, id) {
    const el = h('article', { class: 'message user', 'aria-label': 'Your message' }, h('div', { class: 'text' }, content));
    el.append(this.remember(id));
    return el;
  }

  /**
   * "Remember this": makes a note of the message whose id {@code id()} resolves. A message nearly noted already
   * links that note and offers to save it anyway.
   */
  remember(id) {
    const slot = h('div', { class: 'remember' });
    const keep = async force => {
      try {
        const messageId = await id();
        if (!messageId) throw new Error('This message is not stored yet; try again in a moment.');
        const note = await api.post(`/api/chat/conversations/${encodeURIComponent(this.conversation.id)}/messages/`
          + `${encodeURIComponent(messageId)}/remember${force ? '?force=true' : ''}`);
        slot.replaceChildren(h('span', { class: 'muted' }, 'Remembered as the note '),
          h('a', { href: `#/notes/${encodeURIComponent(note.id)}`, class: 'remembered' }, note.title || 'untitled'));
        announce('Remembered as a note.');
      } catch (e) {
        if (e.status === 409 && e.body?.similar) {
          const similar = e.body.similar;
          slot.replaceChildren(h('span', { class: 'muted' }, 'Already in your notes: '),
            h('a', { href: `#/notes/${encodeURIComponent(similar.id)}`, class: 'remembered' }, similar.title || 'untitled'),
            h('button', { type: 'button', class: 'ghost small', 'data-remember-anyway': '', onclick: () => keep(true) }, 'Save anyway'));
        } else {
          this.notice.textContent = e.message;
        }
      }
    };
    slot.append(h('button', { type: 'button', class: 'ghost small', 'data-remember': '', onclick: () => keep(false) }, 'Remember this'));
    return slot;
  }

  grow() {
    this.input.style.height = 'auto';
    this.input.style.height = `${Math.min(this.input.scrollHeight, window.innerHeight * 0.4)}px`;
  }

  scroll() {
    this.messages.scrollTop = this.messages.scrollHeight;
  }

  setBusy(busy) {
    this.busy = busy;
    this.send.disabled = busy;
    this.send.textContent = busy ? 'Answering…' : 'Send';
  }

  async sendMessage(raw) {
    const content = raw.trim();
    if (!content || this.busy) return;
    this.notice.textContent = '';
    const model = this.model.value;
    if (!model && !this.conversation?.model) {
      this.notice.textContent = 'No node of the mesh serves a model right now, so nothing can answer. See the Mesh page.';
      return;
    }
    if (!this.conversation && !this.temperature.checkValidity()) {
      this.notice.textContent = 'The temperature is a number from 0 to 2, or empty for the model’s own.';
      this.temperature.focus();
      return;
    }
    this.setBusy(true);
    try {
      if (!this.conversation) {
        this.conversation = await api.post('/api/chat/conversations',
          { title: content.split('\n')[0].slice(0, 60), persona: this.persona.value, model });
        this.conversation.messages = [];
        history.replaceState(null, '', `#/chat/${encodeURIComponent(this.conversation.id)}`);
        this.showHeading();
        this.persona.disabled = true;
        this.messages.replaceChildren();
        this.refreshList();
        this.conversation.notes = true;
        if (!this.notesToggle.checked) await this.switchNotes();
        this.conversation.temperature = null;
        if (this.temperature.value !== '') await this.setTemperature();
      }
      await this.stream(content, model);
    } catch (e) {
      this.notice.textContent = e.message;
    } finally {
      this.setBusy(false);
    }
  }

  async stream(content, model) {
    const id = this.conversation.id;
    const response = await request('POST', `/api/chat/conversations/${encodeURIComponent(id)}/messages`,
      { content, model: model || null }, 'text/event-stream');
    this.messages.querySelector('.empty')?.remove();
    const answer = new AnswerView({ retry: () => this.sendMessage(content), resume: view => this.continueAnswer(view) });
    // the question's id is the answer's replyTo, read once asked for
    this.messages.append(this.userMessage(content, async () => {
      const c = await api.get(`/api/chat/conversations/${encodeURIComponent(id)}`);
      return c.messages.find(m => m.id === answer.messageId)?.replyTo ?? null;
    }));
    this.input.value = '';
    this.grow();
    answer.setStatus('Choosing the fastest node…');
    this.messages.append(answer.el);
    this.scroll();
    await this.follow(response, answer);
  }

  /** Continues a partial answer from its text, in place; it streams like a new one. */
  async continueAnswer(answer) {
    if (this.busy || !this.conversation) return;
    this.notice.textContent = '';
    this.setBusy(true);
    try {
      const response = await request('POST', `/api/chat/conversations/${encodeURIComponent(this.conversation.id)}`
        + `/messages/${encodeURIComponent(answer.messageId)}/continue`, {}, 'text/event-stream');
      answer.resumed();
      await this.follow(response, answer);
    } catch (e) {
      this.notice.textContent = e.message;
    } finally {
      this.setBusy(false);
    }
  }

  async follow(response, answer) {
    let ended = false;
    try {
      for await (const { event, data } of events(response)) {
        if (!this.alive) return;
        if (event === 'context') answer.cited(data.notes);
        else if (event === 'route') answer.routed(data);
        else if (event === 'token') answer.append(data.text);
        else if (event === 'failover') answer.movedOver(data);
        else if (event === 'done') { answer.finished(data); ended = true; announce(`Answer complete, rendered on ${data.node}.`); }
        else if (event === 'error') { answer.failed(data.reason, data.partial, null); ended = true; }
        this.scroll();
      }
    } catch {
      // the connection dropped; said below
    }
    if (!ended && this.alive) {
      answer.resume = null; // the node is still writing it: there is nothing to continue yet
      answer.failed('the connection to the node was lost; the node keeps generating and stores the answer, so opening the conversation again shows it', true, null);
    }
    if (ended && answer.messageId && answer.text && !answer.el.querySelector('.remember')) {
      answer.el.append(this.remember(async () => answer.messageId));
    }
    this.scroll();
    this.refreshList();
  }
}

function previousQuestion(messages, answer) {
  const index = messages.indexOf(answer);
  for (let i = index - 1; i >= 0; i--) if (messages[i].role === 'user') return messages[i].content;
  return '';
}
