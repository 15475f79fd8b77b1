// Findings between sources, one card per fact with the sources side by side and their quotes;
// filtered by kind and subject through the API's own filters (kept in the URL so a view can be shared).
import { h } from './dom.js';
import { t, localName } from './i18n.js';
import { api } from './api.js';

const KINDS = ['TENSION', 'CONFLICT', 'AGREEMENT'];

export async function findingsView(container, query) {
  const kind = query.get('kind') || '';
  const subject = query.get('subject') || '';
  const highlight = query.get('finding');
  const [entities, properties, sources, { items, body }] = await Promise.all([api.entities(), api.properties(), api.sources(),
    api.findings(Object.fromEntries(Object.entries({ kind, subject }).filter(([, v]) => v)))]);
  const names = new Map(entities.map((e) => [e.id, e]));
  const labels = new Map(properties.map((p) => [p.id, p]));
  const titles = new Map(sources.map((s) => [s.id, s.title]));

  const update = (key, value) => {
    const q = new URLSearchParams({ kind, subject });
    q.set(key, value);
    [...q.keys()].forEach((k) => { if (!q.get(k)) q.delete(k); });
    location.hash = `#/findings${q.toString() ? `?${q}` : ''}`;
  };
  const byType = new Map();
  entities.forEach((e) => { if (!byType.has(e.type)) byType.set(e.type, []); byType.get(e.type).push(e); });
  const subjectSelect = h('select', { id: 'filter-subject', onchange: (e) => update('subject', e.target.value) },
    h('option', { value: '' }, t('findings.all')),
    [...byType.entries()].sort().map(([type, list]) => h('optgroup', { label: type },
      list.map((e) => localName(e.names, e.name)).map((label, i) => [label, list[i]]).sort((a, b) => a[0].localeCompare(b[0]))
        .map(([label, e]) => h('option', { value: e.id, selected: e.id === subject }, label)))));
  const kindSelect = h('select', { id: 'filter-kind', onchange: (e) => update('kind', e.target.value) },
    h('option', { value: '' }, t('findings.all')),
    KINDS.map((k) => h('option', { value: k, selected: k === kind }, t(`kind.${k}`))));

  // Tensions and conflicts first: they are what a journalist has to handle.
  const sorted = [...items].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  container.append(
    h('h1', {}, t('findings.title')),
    h('p', { class: 'intro' }, t('findings.intro')),
    h('form', { class: 'filters', onsubmit: (e) => e.preventDefault() },
      h('label', { for: 'filter-kind' }, t('findings.kind')), kindSelect,
      h('label', { for: 'filter-subject' }, t('findings.subject')), subjectSelect,
      h('span', { class: 'muted', role: 'status' }, t('findings.count', { n: body.total }))),
    sorted.length ? h('div', { class: 'findings' }, sorted.map((f) => findingCard(f, names, labels, titles, f.id === highlight)))
      : h('p', { class: 'muted' }, t('findings.none')));
  const target = container.querySelector('.finding.target');
  if (target) target.scrollIntoView({ block: 'start' });
}

export function findingCard(f, names, labels, titles, target = false) {
  const subject = localName(names.get(f.subject)?.names, f.subject);
  const property = localName(labels.get(f.property)?.label, f.property);
  const qualifiers = Object.entries(f.qualifiers || {}).map(([k, v]) => `${k}: ${v}`).join(' · ');
  return h('article', { class: `finding k-${f.kind}${target ? ' target' : ''}`, id: `finding-${f.id}`, dataset: { finding: f.id, kind: f.kind, subject: f.subject } },
    h('header', {}, h('span', { class: `chip k-${f.kind}` }, t(`kind.${f.kind}`)), ' ',
      h('strong', {}, subject), ' · ', property, qualifiers ? h('span', { class: 'muted' }, ` (${qualifiers})`) : null),
    h('p', { class: 'explanation' }, f.explanation),
    h('div', { class: 'sides' }, f.claims.map((c) => h('div', { class: 'side', dataset: { claim: c.id } },
      h('p', { class: 'side-head' }, h('span', { title: titles.get(c.source) || '' }, `${t('source')} ${c.source}`), ' · ',
        h('strong', {}, String(c.value))),
      h('p', { class: 'side-title muted' }, titles.get(c.source) || ''),
      h('blockquote', { class: 'quote' }, c.quoteSelector.exact),
      h('a', { class: 'open-source', href: `#/sources/${encodeURIComponent(c.source)}?claim=${encodeURIComponent(c.id)}` }, t('detail.open'))))));
}
