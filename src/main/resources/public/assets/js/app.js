// The shell: theme, who is logged in, and which page shows. Pages are addressed by fragment (#/chat/<id>), so
// the node serves one document and every link works on whichever node the person opened.
import { api, whenSignedOut } from './api.js';
import { announce } from './dom.js';
import * as setupPage from './pages/setup.js';
import * as loginPage from './pages/login.js';
import * as chatPage from './pages/chat.js';
import * as sessionsPage from './pages/sessions.js';
import * as meshPage from './pages/mesh.js';
import * as adminPage from './pages/admin.js';
import * as notesPage from './pages/notes.js';
import * as usagePage from './pages/usage.js';
import * as monitorPage from './pages/monitor.js';
import * as trainingPage from './pages/training.js';

const PAGES = { setup: setupPage, login: loginPage, chat: chatPage, sessions: sessionsPage, mesh: meshPage, admin: adminPage, notes: notesPage, monitor: monitorPage, training: trainingPage, usage: usagePage };
const PUBLIC = new Set(['setup', 'login']);

const main = document.getElementById('main');
const state = { user: null, cleanup: null, notice: null };

/** What every page gets: the caller, navigation, and a way to end the session on this browser. */
const app = {
  get user() { return state.user; },
  go(hash) {
    if (location.hash === hash) route(); else location.hash = hash;
  },
  async signedIn() {
    state.user = await api.get('/api/auth/me');
    showUser();
  },
  signedOut(notice) {
    state.user = null;
    state.notice = notice ?? null;
    showUser();
    app.go('#/login');
  },
  /** A message the login page shows once, such as why the person was logged out. */
  takeNotice() {
    const notice = state.notice;
    state.notice = null;
    return notice;
  },
};

whenSignedOut(notice => {
  if (state.user) app.signedOut(notice);
});

function setTheme(theme) {
  document.documentElement.dataset.theme = theme;
  const toggle = document.getElementById('theme-toggle');
  toggle.setAttribute('aria-pressed', String(theme === 'light'));
  toggle.textContent = theme === 'light' ? 'Dark theme' : 'Light theme';
  try { localStorage.setItem('aura.theme', theme); } catch { /* private mode */ }
}

function showUser() {
  const signedIn = !!state.user;
  document.getElementById('nav').hidden = !signedIn;
  document.getElementById('logout').hidden = !signedIn;
  const whoami = document.getElementById('whoami');
  whoami.hidden = !signedIn;
  whoami.textContent = signedIn ? `Signed in as ${state.user.username}` : '';
  document.getElementById('nav-admin').hidden = !(signedIn && state.user.admin);
  const nodeName = document.getElementById('node-name');
  if (signedIn && !nodeName.textContent) {
    api.get('/api/node').then(node => { nodeName.textContent = `on ${node.name} (${node.role})`; }, () => {});
  }
}

function parseHash() {
  const [name, ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  return { name: name || 'chat', args: rest.map(decodeURIComponent) };
}

async function route() {
  let { name, args } = parseHash();
  if (!PAGES[name]) name = 'chat';
  if (!PUBLIC.has(name) && !state.user) name = 'login';
  if (name === 'admin' && !state.user?.admin) name = 'chat';
  if (state.cleanup) { try { state.cleanup(); } catch { /* page already gone */ } }
  state.cleanup = null;
  document.querySelectorAll('#nav a').forEach(a => {
    if (a.dataset.page === name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  main.replaceChildren();
  main.dataset.page = name;
  const page = PAGES[name];
  document.title = `${page.title} · Aura`;
  state.cleanup = (await page.render(main, app, args)) ?? null;
  announce(`${page.title} page`);
}

async function start() {
  let theme = 'dark';
  try { theme = localStorage.getItem('aura.theme') ?? 'dark'; } catch { /* private mode */ }
  setTheme(theme);
  document.getElementById('theme-toggle').addEventListener('click',
    () => setTheme(document.documentElement.dataset.theme === 'light' ? 'dark' : 'light'));
  document.getElementById('logout').addEventListener('click', async () => {
    try { await api.post('/api/auth/logout'); } catch { /* the session may already be gone */ }
    app.signedOut('You have logged out.');
  });
  window.addEventListener('hashchange', route);

  try {
    const status = await api.get('/api/auth/status');
    if (status.bootstrapNeeded) {
      history.replaceState(null, '', '#/setup');
    } else {
      try { await app.signedIn(); } catch { state.user = null; }
    }
  } catch (e) {
    main.replaceChildren(Object.assign(document.createElement('p'), { className: 'notice error', textContent: e.message }));
    return;
  }
  if (!state.user && parseHash().name !== 'setup') history.replaceState(null, '', '#/login');
  showUser();
  await route();
}

start();
