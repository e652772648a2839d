// Sticky notes: a board (pinned first), search as you type with the matching words marked, create, edit, delete.
import { api } from '../api.js';
import { h, announce } from '../dom.js';

export const title = 'Notes';
const COLOURS = ['yellow', 'pink', 'blue', 'green', 'purple', 'orange'];

/** The snippet as text nodes, each word of the query it holds in a <mark> (never HTML from the note). */
export function marked(snippet, query) {
  const words = (query.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
  if (!words.length) return [snippet];
  const pattern = new RegExp(`(${words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  return snippet.split(pattern).map((part, i) => i % 2 ? h('mark', {}, part) : part);
}

export async function render(main) {
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
    h('button', { type: 'submit', id: 'note-save' }, 'Save note'),
    h('button', { type: 'button', id: 'note-cancel', hidden: true }, 'Cancel edit'));
  main.append(h('div', { class: 'page' },
    h('h1', {}, 'Notes'),
    h('p', { class: 'muted' }, 'Notes you keep for yourself, searched by their words and their meaning on every node. Chat reads the ones that bear on a question.'),
    notice, done, form, h('div', { class: 'row' }, search, tagFilter), board));

  let editing = null;
  const field = name => form.elements[name];

  function card(note, hit) {
    return h('article', { class: `note note-${note.colour}${note.pinned ? ' pinned' : ''}`, 'data-note': note.id },
      h('h2', {}, note.pinned ? '📌 ' : '', note.title || '(untitled)'),
      hit ? h('p', { class: 'snippet' }, ...marked(hit.snippet, search.value))
        : h('p', { class: 'body' }, note.body),
      note.tags.length ? h('p', { class: 'tags' }, ...note.tags.map(t => h('span', { class: 'badge' }, t))) : null,
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
    document.getElementById('note-cancel').hidden = false;
    field('title').focus();
  }

  function reset() {
    editing = null;
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
    const body = {
      title: field('title').value, body: field('body').value,
      tags: field('tags').value.split(/[\s,]+/).filter(Boolean), colour: field('colour').value, pinned: field('pinned').checked,
    };
    try {
      const saved = editing ? await api.patch(`/api/notes/${encodeURIComponent(editing)}`, body) : await api.post('/api/notes', body);
      done.textContent = `Saved "${saved.title || 'the note'}".`;
      announce(done.textContent);
      reset();
      await load();
    } catch (e) {
      notice.textContent = e.message;
    }
  });
  document.getElementById('note-cancel').addEventListener('click', reset);

  let typing;
  const later = () => { clearTimeout(typing); typing = setTimeout(load, 250); };
  search.addEventListener('input', later);
  tagFilter.addEventListener('input', later);
  await load();
}
