import { t } from './i18n.js';

// A minimal element builder: text goes in as text nodes, never as HTML, so source texts and
// claims cannot inject markup.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Code points of a string: the API's offsets count code points, JavaScript strings count UTF-16 units. */
export function codePoints(text) {
  return Array.from(text);
}

/** An error of the API (a problem document's detail) in place of the view's content. */
export function showError(container, error) {
  container.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('error', { detail: error.message })));
}
