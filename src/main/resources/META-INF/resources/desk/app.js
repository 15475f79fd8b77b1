// The journalist's desk: a hash router over three views (draft, sources, findings).
import { h, showError } from './dom.js';
import { lang, setLang, t } from './i18n.js';
import { draftView } from './draft.js';
import { sourceListView, sourceView } from './source.js';
import { findingsView } from './findings.js';

const main = document.getElementById('main');

/** The route of the current hash: "#/sources/002?claim=x" → {path: ['sources','002'], query}. */
function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(query || '') };
}

function chrome(view) {
  document.documentElement.lang = lang() === 'zh' ? 'zh-Hans' : 'en';
  document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('nav [data-view]').forEach((a) => {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  const button = document.getElementById('lang-switch');
  button.textContent = t('switchTo');
  button.setAttribute('aria-label', t('switchLabel'));
}

async function render() {
  const { path, query } = route();
  const view = path[0] === 'sources' ? 'sources' : path[0] === 'findings' ? 'findings' : 'draft';
  chrome(view);
  const container = h('div', { class: `view view-${view}` });
  main.replaceChildren(container);
  try {
    if (view === 'sources' && path[1]) await sourceView(container, path[1], query.get('claim'));
    else if (view === 'sources') await sourceListView(container);
    else if (view === 'findings') await findingsView(container, query);
    else await draftView(container);
  } catch (e) {
    showError(container, e);
  }
}

document.getElementById('lang-switch').addEventListener('click', () => {
  setLang(lang() === 'zh' ? 'en' : 'zh');
  render();
});
window.addEventListener('hashchange', render);
render();
