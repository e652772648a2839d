// Sticky notes: a board (pinned first), search as you type with the matching words marked, create, edit, delete.
// Bodies are Markdown, rendered through the same sanitiser as chat answers. #/notes/<id> opens one note (chat's
// citations link there). Saving a note nearly like an existing one offers to update that one instead.
import { api } from '../api.js';
import { h, announce, dateTime } from '../dom.js';
import { renderMarkdown } from '../markdown.js';

export const title = 'Notes';
const COLOURS = ['yellow', 'pink', 'blue', 'green', 'purple', 'orange'];

/** The snippet as text nodes, each word of the query it holds in a <mark> (never HTML from the note). */
export function marked(snippet, query) {
  const words = (query.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
  if (!words.length) return [snippet];
  const pattern = new RegExp(`(${words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  return snippet.split(pattern).map((part, i) => i % 2 ? h('mark', {}, part) : part);
}

/** An ISO instant as the value of a datetime-local input (local time, minutes). */
function localInput(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export async function render(main, app, args = []) {
  const notice = h('p', { class: 'notice error', role: 'alert', id: 'notes-notice' });
  const done = h('p', { class: 'notice ok', role: 'status' });
  const search = h('input', { type: 'search', id: 'notes-search', placeholder: 'Search by words or meaning', 'aria-label': 'Search notes' });
  const tagFilter = h('input', { type: 'text', id: 'notes-tag', placeholder: 'tag', 'aria-label': 'Only notes with this tag' });
  const board = h('div', { class: 'notes-board', id: 'notes' });
  const form = h('form', { class: 'note-form', id: 'note-form' },
    h('input', { name: 'title', id: 'note-title', placeholder: 'Title', maxlength: '200', 'aria-label': 'Title' }),
    h('textarea', { name: 'body', id: 'note-body', rows: '4', placeholder: 'Write a note (Markdown)', 'aria-label': 'Body' }),
    h('input', { name: 'tags', id: 'note-tags', placeholder: 'tags, separated by spaces', 'aria-label': 'Tags' }),
    h('select', { name: 'colour', id: 'note-colour', 'aria-label': 'Colour' }, ...COLOURS.map(c => h('option', { value: c }, c))),
    h('label', {}, h('input', { type: 'checkbox', name: 'pinned', id: 'note-pinned' }), ' Pinned'),
    h('label', { for: 'note-expires' }, 'Expires (optional): ',
      h('input', { type: 'datetime-local', name: 'expires', id: 'note-expires' })),
    h('button', { type: 'submit', id: 'note-save' }, 'Save note'),
    h('button', { type: 'button', id: 'note-cancel', hidden: true }, 'Cancel edit'));
  const offer = h('div', { class: 'notice similar', id: 'note-similar', role: 'alert', hidden: true });
  const opened = h('div', { id: 'note-opened' });
  main.append(h('div', { class: 'page' },
    h('h1', {}, 'Notes'),
    h('p', { class: 'muted' }, 'Notes you keep for yourself, searched by their words and their meaning on every node. Chat reads the ones that bear on a question.'),
    notice, done, offer, form, opened, h('div', { class: 'row' }, search, tagFilter), board));

  let editing = null;
  const field = name => form.elements[name];

  function card(note, hit) {
    let body;
    if (hit) body = h('p', { class: 'snippet' }, ...marked(hit.snippet, search.value));
    else { body = h('div', { class: 'body markdown' }); renderMarkdown(body, note.body); }
    return h('article', { class: `note note-${note.colour}${note.pinned ? ' pinned' : ''}`, 'data-note': note.id },
      h('h2', {}, note.pinned ? '📌 ' : '', note.title || '(untitled)'),
      body,
      note.tags.length ? h('p', { class: 'tags' }, ...note.tags.map(t => h('span', { class: 'badge' }, t))) : null,
      note.expires ? h('p', { class: 'muted expires' }, `expires ${dateTime(note.expires)}`) : null,
      hit ? h('p', { class: 'muted' }, `found by ${hit.matchedBy.join(' and ')}`) : null,
      h('div', { class: 'row actions' },
        h('button', { type: 'button', class: 'small', 'data-edit': note.id, onclick: () => edit(note) }, 'Edit'),
        h('button', { type: 'button', class: 'danger small', 'data-delete': note.id, onclick: () => remove(note) }, 'Delete')));
  }

  let latest = 0;
  async function load() {
    notice.textContent = '';
    const tag = tagFilter.value.trim();
    const asked = ++latest; // an answer to an older keystroke that arrives late is dropped
    try {
      if (search.value.trim()) {
        const q = `q=${encodeURIComponent(search.value)}&k=20${tag ? `&tag=${encodeURIComponent(tag)}` : ''}`;
        const { results } = await api.get(`/api/notes/search?${q}`);
        if (asked === latest) board.replaceChildren(...results.map(r => card(r.note, r)));
      } else {
        const { notes } = await api.get(`/api/notes?limit=100${tag ? `&tag=${encodeURIComponent(tag)}` : ''}`);
        notes.sort((a, b) => Number(b.pinned) - Number(a.pinned));
        if (asked === latest) board.replaceChildren(...notes.map(n => card(n)));
      }
    } catch (e) {
      notice.textContent = e.message;
    }
  }

  function edit(note) {
    editing = note.id;
    field('title').value = note.title;
    field('body').value = note.body;
    field('tags').value = note.tags.join(' ');
    field('colour').value = note.colour;
    field('pinned').checked = note.pinned;
    field('expires').value = localInput(note.expires);
    document.getElementById('note-cancel').hidden = false;
    field('title').focus();
  }

  function reset() {
    editing = null;
    offer.hidden = true;
    offer.replaceChildren();
    form.reset();
    document.getElementById('note-cancel').hidden = true;
  }

  async function remove(note) {
    try {
      await api.del(`/api/notes/${encodeURIComponent(note.id)}`);
      done.textContent = `Deleted "${note.title || 'the note'}".`;
      announce(done.textContent);
      await load();
    } catch (e) {
      notice.textContent = e.message;
    }
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    notice.textContent = '';
    const expires = field('expires').value;
    const body = {
      title: field('title').value, body: field('body').value,
      tags: field('tags').value.split(/[\s,]+/).filter(Boolean), colour: field('colour').value, pinned: field('pinned').checked,
      // an edit that empties the field clears the expiry; a new note without one simply has none
      expires: expires ? new Date(expires).toISOString() : (editing ? '' : undefined),
    };
    await save(body, editing ? 'PATCH' : 'POST', editing);
  });

  /** Saves; a 409 naming a nearly identical note offers to update that one instead, or to save anyway. */
  async function save(body, method, id, force = false) {
    offer.hidden = true;
    done.textContent = '';
    try {
      const saved = method === 'PATCH' ? await api.patch(`/api/notes/${encodeURIComponent(id)}`, body)
        : await api.post(`/api/notes${force ? '?force=true' : ''}`, body);
      done.textContent = `Saved "${saved.title || 'the note'}".`;
      announce(done.textContent);
      reset();
      if (args[0]) app.go('#/notes'); else await load();
    } catch (e) {
      if (e.status === 409 && e.body?.similar) return offerSimilar(body, e.body.similar);
      notice.textContent = e.message;
    }
  }

  function offerSimilar(body, similar) {
    const update = h('button', { type: 'button', id: 'note-update-similar', onclick: () => save(body, 'PATCH', similar.id) },
      'Update that one instead');
    offer.replaceChildren(
      h('p', {}, 'You already have a note nearly like this: ', h('strong', {}, similar.title || '(untitled)'), '.'),
      card(similar),
      h('div', { class: 'row' }, update,
        h('button', { type: 'button', class: 'ghost', id: 'note-save-anyway', onclick: () => save(body, 'POST', null, true) }, 'Save as a new note'),
        h('button', { type: 'button', class: 'ghost', onclick: () => { offer.hidden = true; } }, 'Keep editing')));
    offer.hidden = false;
    update.focus();
  }
  document.getElementById('note-cancel').addEventListener('click', reset);

  let typing;
  const later = () => { clearTimeout(typing); typing = setTimeout(load, 250); };
  search.addEventListener('input', later);
  tagFilter.addEventListener('input', later);
  if (args[0]) await openOne(args[0]);
  await load();

  /** One note on its own above the board, as a chat citation opens it. */
  async function openOne(id) {
    try {
      const note = await api.get(`/api/notes/${encodeURIComponent(id)}`);
      const shown = card(note);
      shown.classList.add('opened');
      opened.replaceChildren(h('h2', { class: 'sr-only' }, 'Opened note'), shown,
        h('button', { type: 'button', class: 'ghost small', id: 'note-close', onclick: () => app.go('#/notes') }, 'Show all notes'));
      shown.scrollIntoView({ block: 'nearest' });
    } catch (e) {
      notice.textContent = e.message;
    }
  }
}
