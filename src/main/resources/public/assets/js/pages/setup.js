// First run: no user exists yet, so the node offers to create the first admin (the node accepts this only from
// its own machine).
import { api, ApiError } from '../api.js';
import { h, field, showError } from '../dom.js';

export const title = 'Set up Aura';

export async function render(main, app) {
  const status = await api.get('/api/auth/status').catch(() => ({ bootstrapNeeded: false }));
  if (!status.bootstrapNeeded) {
    app.go('#/login');
    return;
  }
  const notice = h('p', { class: 'notice error', role: 'alert', id: 'form-notice' });
  const username = h('input', { name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true });
  const confirm = h('input', { name: 'confirm', type: 'password', autocomplete: 'new-password', required: true });
  const submit = h('button', { type: 'submit' }, 'Create administrator');
  const form = h('form', { class: 'card auth-card', novalidate: true, 'aria-labelledby': 'setup-title' },
    h('h1', { id: 'setup-title' }, 'Welcome to Aura'),
    h('p', { class: 'lead' }, 'No one has an account on this mesh yet. Create the first administrator; it can then add everyone else.'),
    notice,
    field('setup-username', 'Username', username),
    field('setup-password', 'Password', password,
      'At least 12 characters, with upper-case and lower-case letters, a digit and a symbol.'),
    field('setup-confirm', 'Repeat the password', confirm),
    submit);

  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (password.value !== confirm.value) {
      showError(form, notice, new ApiError(400, 'The two passwords are not the same.', 'confirm'));
      return;
    }
    submit.disabled = true;
    try {
      await api.post('/api/auth/bootstrap', { username: username.value, password: password.value });
      await api.post('/api/auth/login', { username: username.value, password: password.value });
      await app.signedIn();
      app.go('#/chat');
    } catch (e) {
      showError(form, notice, e);
    } finally {
      submit.disabled = false;
    }
  });
  main.append(h('div', { class: 'page' }, form));
  username.focus();
}
