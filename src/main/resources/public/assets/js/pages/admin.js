// Admin work: create, disable and reset users, edit personas, see the backups, read the audit log. The node checks that the caller is an admin.
import { api } from '../api.js';
import { h, field, showError, dateTime, ago, announce } from '../dom.js';

export const title = 'Admin';

function createUser() {
  const notice = h('p', { class: 'notice error', role: 'alert' });
  const done = h('p', { class: 'notice ok', role: 'status' });
  const username = h('input', { name: 'username', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'new-password' });
  const admin = h('input', { type: 'checkbox', id: 'new-admin', name: 'admin' });
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'create-user-title' },
    h('h2', { id: 'create-user-title' }, 'Create a user'), notice, done,
    field('new-username', 'Username', username),
    field('new-password', 'Password', password, 'At least 12 characters, with upper-case and lower-case letters, a digit and a symbol.'),
    h('div', { class: 'field' }, h('label', { class: 'checkbox', for: 'new-admin' }, admin, 'Administrator')),
    h('button', { type: 'submit' }, 'Create user'));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    done.textContent = '';
    try {
      const user = await api.post('/api/admin/users', { username: username.value, password: password.value, admin: admin.checked });
      form.reset();
      showError(form, notice, { message: '' });
      done.textContent = `Created ${user.admin ? 'administrator' : 'user'} ${user.username}. They can log in now.`;
      username.focus();
      announce(done.textContent);
      document.dispatchEvent(new CustomEvent('aura:users-changed'));
    } catch (err) {
      showError(form, notice, err);
    }
  });
  return form;
}

// Every account, with disable/enable and a password reset; both end that person's sessions everywhere.
function users() {
  const notice = h('p', { class: 'notice error', role: 'alert' });
  const list = h('ul', { class: 'plain', 'aria-label': 'Users' });
  const section = h('section', { class: 'card', 'aria-labelledby': 'users-title' },
    h('h2', { id: 'users-title' }, 'Users'), notice, list);
  async function load() {
    try {
      const accounts = await api.get('/api/admin/users');
      list.replaceChildren(...accounts.map(row));
    } catch (err) {
      showError(section, notice, err);
    }
  }
  function row(user) {
    const key = user.username.replace(/[^a-z0-9_-]/gi, '_');
    const toggle = h('button', { type: 'button', class: 'small', 'data-user': user.username },
      user.disabled ? 'Enable' : 'Disable');
    toggle.addEventListener('click', async () => {
      try {
        await api.post(`/api/admin/users/${encodeURIComponent(user.username)}/disabled`, { disabled: !user.disabled });
        announce(`${user.username} is ${user.disabled ? 'enabled' : 'disabled'}.`);
        load();
      } catch (err) {
        showError(section, notice, err);
      }
    });
    const password = h('input', { name: 'password', type: 'password', autocomplete: 'new-password' });
    const resetNotice = h('p', { class: 'notice error', role: 'alert' });
    const reset = h('form', { novalidate: true }, resetNotice,
      field(`reset-${key}`, `New password for ${user.username}`, password),
      h('button', { type: 'submit', class: 'small' }, 'Reset password'));
    reset.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        await api.post(`/api/admin/users/${encodeURIComponent(user.username)}/password`, { password: password.value });
        reset.reset();
        showError(reset, resetNotice, { message: '' });
        announce(`The password of ${user.username} is reset; their sessions have ended.`);
      } catch (err) {
        showError(reset, resetNotice, err);
      }
    });
    return h('li', { 'data-username': user.username },
      h('strong', {}, user.username),
      h('span', { class: 'muted' }, `${user.admin ? ' administrator' : ''}${user.disabled ? ' — disabled' : ''}`),
      ' ', toggle,
      h('details', {}, h('summary', {}, 'Reset password'), reset));
  }
  document.addEventListener('aura:users-changed', load);
  load();
  return section;
}

function personaEditor(persona, onSaved) {
  const isNew = !persona;
  const key = isNew ? 'new' : persona.name.replace(/[^a-z0-9_-]/gi, '_');
  const notice = h('p', { class: 'notice error', role: 'alert' });
  const name = isNew ? h('input', { name: 'name', autocomplete: 'off' }) : null;
  const description = h('input', { name: 'description', value: persona?.description ?? '' });
  const prompt = h('textarea', { name: 'systemPrompt', rows: '3' });
  prompt.value = persona?.systemPrompt ?? '';
  const model = h('input', { name: 'model', autocomplete: 'off', value: persona?.model ?? '',
    placeholder: 'none: the conversation picks', 'aria-describedby': `persona-${key}-model-hint` });
  const form = h('form', { novalidate: true },
    notice,
    isNew ? field(`persona-${key}-name`, 'Name', name) : null,
    field(`persona-${key}-description`, 'Description', description),
    field(`persona-${key}-prompt`, 'System prompt', prompt),
    field(`persona-${key}-model`, 'Model', model),
    h('p', { class: 'muted', id: `persona-${key}-model-hint` },
      'A model some node serves (a trained LoRA model once deployed), used when a conversation names none.'),
    h('button', { type: 'submit', class: 'small' }, isNew ? 'Add persona' : 'Save'));
  const details = h('details', { class: 'persona', 'data-persona': persona?.name ?? '' },
    h('summary', {}, isNew ? 'Add a persona' : persona.name,
      persona?.builtIn ? h('span', { class: 'muted' }, ' (built in)') : null,
      persona?.description ? h('span', { class: 'muted' }, ` — ${persona.description}`) : null),
    form);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const target = isNew ? name.value.trim() : persona.name;
    if (!target) {
      showError(form, notice, { message: 'A persona needs a name.', field: 'name' });
      return;
    }
    try {
      await api.put(`/api/chat/personas/${encodeURIComponent(target)}`, { description: description.value, systemPrompt: prompt.value,
        model: model.value.trim() || null });
      announce(`Saved persona ${target}.`);
      onSaved();
    } catch (err) {
      showError(form, notice, err);
    }
  });
  return details;
}

function personas() {
  const list = h('div', {});
  const notice = h('p', { class: 'notice error', role: 'alert' });
  const section = h('section', { class: 'card', 'aria-labelledby': 'personas-title' },
    h('h2', { id: 'personas-title' }, 'Personas'), notice, list);
  async function load() {
    try {
      const all = await api.get('/api/chat/personas');
      list.replaceChildren(...all.map(p => personaEditor(p, load)), personaEditor(null, load));
    } catch (e) {
      notice.textContent = e.message;
    }
  }
  load();
  return section;
}

function audit() {
  const body = h('tbody', { id: 'audit' });
  const notice = h('p', { class: 'notice error', role: 'alert' });
  const more = h('button', { type: 'button', class: 'ghost' }, 'Show older events');
  let before = null;
  async function load() {
    try {
      const page = await api.get(`/api/admin/audit?limit=50${before ? `&before=${before}` : ''}`);
      body.append(...page.map(e => h('tr', {},
        h('td', {}, h('time', { datetime: e.at }, dateTime(e.at))),
        h('td', {}, e.type.replaceAll('_', ' ')),
        h('td', {}, e.username ?? ''), h('td', {}, e.node ?? ''), h('td', {}, e.clientAddress ?? ''), h('td', {}, e.detail ?? ''))));
      if (page.length) before = page[page.length - 1].id;
      more.hidden = page.length < 50;
    } catch (e) {
      notice.textContent = e.message;
    }
  }
  more.addEventListener('click', load);
  load();
  return h('section', { class: 'card', 'aria-labelledby': 'audit-title' },
    h('h2', { id: 'audit-title' }, 'Audit log'), notice,
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ...['When', 'What', 'User', 'Node', 'Address', 'Detail'].map(t => h('th', { scope: 'col' }, t)))),
      body)),
    more);
}

function size(bytes) {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
  return `${unit ? value.toFixed(1) : value} ${units[unit]}`;
}

// The backups of the mesh's database this node keeps (the lead takes them on schedule), newest first.
function backups() {
  const body = h('tbody', { id: 'backups' });
  const notice = h('p', { class: 'notice error', role: 'alert' });
  const empty = h('p', { class: 'muted', hidden: true }, 'No backups on this node. The lead of a mesh takes them on schedule; `aura-node db backup` takes one now.');
  async function load() {
    try {
      const list = await api.get('/api/admin/backups');
      body.replaceChildren(...list.map(b => h('tr', { 'data-backup': b.name },
        h('td', {}, b.name),
        h('td', {}, size(b.sizeBytes)),
        h('td', {}, h('time', { datetime: b.takenAt, title: dateTime(b.takenAt) }, ago(b.takenAt))))));
      empty.hidden = list.length > 0;
    } catch (e) {
      notice.textContent = e.message;
    }
  }
  load();
  return h('section', { class: 'card', 'aria-labelledby': 'backups-title' },
    h('h2', { id: 'backups-title' }, 'Backups'), notice, empty,
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ...['File', 'Size', 'Taken'].map(t => h('th', { scope: 'col' }, t)))),
      body)));
}

export async function render(main) {
  main.append(h('div', { class: 'page' },
    h('h1', {}, 'Admin'),
    h('div', { class: 'grid-2' }, createUser(), users()),
    h('div', { class: 'actions' }, personas()),
    h('div', { class: 'actions' }, backups()),
    h('div', { class: 'actions' }, audit())));
}
