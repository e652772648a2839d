// Logging in; the one-time-code field appears when the account has a second factor and the node asks for it.
import { api } from '../api.js';
import { h, field, showError } from '../dom.js';

export const title = 'Log in';

const CODE_REQUIRED = /one-time code is required/i;

export async function render(main, app) {
  if (app.user) {
    app.go('#/chat');
    return;
  }
  const notice = h('p', { class: 'notice error', role: 'alert', id: 'form-notice' });
  const info = h('p', { class: 'notice', role: 'status' }, app.takeNotice() ?? '');
  const username = h('input', { name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const totp = h('input', { name: 'totp', inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]*', maxlength: '8' });
  const totpField = field('login-totp', 'One-time code', totp, 'The 6-digit code from your authenticator app.');
  totpField.hidden = true;
  const submit = h('button', { type: 'submit' }, 'Log in');
  const form = h('form', { class: 'card auth-card', novalidate: true, 'aria-labelledby': 'login-title' },
    h('h1', { id: 'login-title' }, 'Log in to Aura'),
    info, notice,
    field('login-username', 'Username', username),
    field('login-password', 'Password', password),
    totpField,
    submit);

  form.addEventListener('submit', async event => {
    event.preventDefault();
    submit.disabled = true;
    info.textContent = '';
    try {
      await api.post('/api/auth/login', { username: username.value, password: password.value, totp: totp.value || null });
      await app.signedIn();
      app.go('#/chat');
    } catch (e) {
      if (CODE_REQUIRED.test(e.message) && totpField.hidden) {
        totpField.hidden = false;
        notice.textContent = '';
        info.textContent = 'This account uses a second factor. Enter the one-time code from your authenticator app.';
        totp.focus();
      } else {
        showError(form, notice, e);
        if (!e.field) password.select();
      }
    } finally {
      submit.disabled = false;
    }
  });
  main.append(h('div', { class: 'page' }, form));
  username.focus();
}
