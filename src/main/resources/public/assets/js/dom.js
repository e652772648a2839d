// Builds elements without ever parsing strings as HTML: text goes in as text nodes.

/** h('button', {class: 'ghost', onclick: fn, 'aria-label': 'x'}, 'text', child...) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'value') el.value = value;
    else if (key === 'checked' || key === 'disabled' || key === 'hidden' || key === 'required' || key === 'selected') el[key] = true;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

/** Says something to screen-reader users without moving focus. */
export function announce(text) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 50);
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function time(iso) {
  return iso ? timeFormat.format(new Date(iso)) : '';
}

export function dateTime(iso) {
  return iso ? dateTimeFormat.format(new Date(iso)) : '—';
}

/** "just now", "5 min ago", or the date for anything older than a day. */
export function ago(iso) {
  if (!iso) return '—';
  const seconds = Math.round((Date.now() - new Date(iso).getTime()) / 1000);
  if (seconds < 45) return 'just now';
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.round(seconds / 3600)} h ago`;
  return dateTime(iso);
}

export function seconds(millis) {
  if (millis < 1000) return `${Math.round(millis)} ms`;
  return millis >= 10000 ? `${Math.round(millis / 1000)} s` : `${(millis / 1000).toFixed(1)} s`;
}

/** A form field: label, control, optional hint and a slot for the field's error. */
export function field(id, labelText, control, hint) {
  control.id = id;
  const error = h('div', { class: 'field-error', id: `${id}-error`, hidden: true });
  const described = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', described);
  return h('div', { class: 'field' },
    h('label', { for: id }, labelText), control,
    hint ? h('div', { class: 'hint', id: `${id}-hint` }, hint) : null, error);
}

/** Shows an API error: on the field it names when the form has one, else in the form's notice. */
export function showError(form, notice, error) {
  form.querySelectorAll('[aria-invalid]').forEach(c => c.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field-error').forEach(e => { e.hidden = true; e.textContent = ''; });
  const control = error.field ? form.querySelector(`[name="${CSS.escape(error.field)}"]`) : null;
  if (control) {
    control.setAttribute('aria-invalid', 'true');
    const slot = document.getElementById(`${control.id}-error`);
    if (slot) { slot.textContent = error.message; slot.hidden = false; }
    control.focus();
  }
  notice.textContent = error.message;
}
