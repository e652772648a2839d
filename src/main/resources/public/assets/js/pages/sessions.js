// The person's live sessions across the mesh: where each was opened, from what, and when it was last used.
import { api } from '../api.js';
import { h, ago, dateTime, announce } from '../dom.js';

export const title = 'Sessions';

/** "Chrome on Linux" from a user agent, so the list is readable; the whole string stays in the tooltip. */
export function device(userAgent) {
  if (!userAgent) return 'Unknown device';
  const ua = userAgent;
  const browser = /Edg\//.test(ua) ? 'Edge' : /OPR\//.test(ua) ? 'Opera' : /Firefox\//.test(ua) ? 'Firefox'
    : /Chrom(e|ium)\//.test(ua) ? (/HeadlessChrome/.test(ua) ? 'Headless Chrome' : 'Chrome')
    : /Safari\//.test(ua) ? 'Safari' : /curl\//.test(ua) ? 'curl' : /Java|HttpClient/.test(ua) ? 'Java client' : null;
  const os = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Windows/.test(ua) ? 'Windows'
    : /Mac OS X|Macintosh/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : null;
  if (!browser) return ua.length > 40 ? `${ua.slice(0, 40)}…` : ua;
  return os ? `${browser} on ${os}` : browser;
}

export async function render(main, app) {
  const notice = h('p', { class: 'notice error', role: 'alert', id: 'sessions-notice' });
  const done = h('p', { class: 'notice ok', role: 'status' });
  const body = h('tbody', { id: 'sessions' });
  const endOthers = h('button', { type: 'button', class: 'danger', id: 'end-others' }, 'End all other sessions');
  main.append(h('div', { class: 'page' },
    h('h1', {}, 'Your sessions'),
    h('p', { class: 'muted' }, 'Every place you are logged in, on any node of the mesh. Ending a session logs that browser or program out everywhere at once.'),
    notice, done,
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ...['Device', 'Node', 'Address', 'Started', 'Last used', ''].map(t => h('th', { scope: 'col' }, t)))),
      body)),
    h('div', { class: 'row actions' }, endOthers)));

  let sessions = [];
  async function load() {
    try {
      sessions = await api.get('/api/auth/sessions');
    } catch (e) {
      notice.textContent = e.message;
      return;
    }
    body.replaceChildren(...sessions.map(s => h('tr', { 'data-session': s.id, class: s.current ? 'current' : null },
      h('td', { title: s.userAgent ?? '' }, device(s.userAgent), s.current ? ' ' : null,
        s.current ? h('span', { class: 'badge current' }, 'this browser') : null),
      h('td', {}, s.node),
      h('td', {}, s.clientAddress ?? ''),
      h('td', {}, dateTime(s.created)),
      h('td', {}, h('time', { datetime: s.lastSeen, title: dateTime(s.lastSeen) }, ago(s.lastSeen))),
      h('td', {}, h('button', { type: 'button', class: 'danger small', 'data-end': s.id,
        'aria-label': s.current ? 'End this session and log out' : `End the session of ${device(s.userAgent)} on ${s.node}`,
        onclick: () => end(s) }, s.current ? 'End (log out)' : 'End')))));
    endOthers.disabled = sessions.filter(s => !s.current).length === 0;
  }

  async function end(session) {
    notice.textContent = '';
    try {
      await api.del(`/api/auth/sessions/${encodeURIComponent(session.id)}`);
    } catch (e) {
      notice.textContent = e.message;
      return;
    }
    if (session.current) {
      app.signedOut('You ended this session, so you are logged out.');
      return;
    }
    done.textContent = `Ended the session of ${device(session.userAgent)} on ${session.node}.`;
    announce(done.textContent);
    await load();
  }

  endOthers.addEventListener('click', async () => {
    notice.textContent = '';
    const others = sessions.filter(s => !s.current);
    const results = await Promise.allSettled(others.map(s => api.del(`/api/auth/sessions/${encodeURIComponent(s.id)}`)));
    const failed = results.filter(r => r.status === 'rejected');
    if (failed.length) notice.textContent = failed[0].reason.message;
    done.textContent = `Ended ${others.length - failed.length} other session${others.length - failed.length === 1 ? '' : 's'}.`;
    announce(done.textContent);
    await load();
  });

  await load();
}
