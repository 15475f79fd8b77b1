// The source viewer: the full text as stored (inline pinyin and PDF line breaks included), every
// anchored claim highlighted at its exact code point span; ?claim=<id> scrolls to that claim.
import { h, codePoints } from './dom.js';
import { t, localName } from './i18n.js';
import { api } from './api.js';

export async function sourceListView(container) {
  const sources = await api.sources();
  container.append(h('h1', {}, t('source.list')),
    h('ul', { class: 'source-list' }, sources.map((s) => h('li', {},
      h('a', { href: `#/sources/${encodeURIComponent(s.id)}` }, s.title), ' ',
      h('span', { class: 'muted' }, `${s.id} · ${s.scripts.join(', ')} · ${s.length} ${t('source.chars')}`)))));
}

export async function sourceView(container, id, claimId) {
  container.append(h('p', { class: 'muted' }, t('loading')));
  const [source, text, claims, entities] = await Promise.all([api.source(id), api.sourceText(id), api.claimsOf(id), api.entities()]);
  const names = new Map(entities.map((e) => [e.id, e]));
  const panel = h('aside', { class: 'detail claim-panel', 'aria-live': 'polite' }, h('p', { class: 'muted' }, t('source.pick')));
  const body = h('div', { class: 'source-text', id: 'source-text', lang: source.scripts[0] || source.language });
  body.append(...highlighted(codePoints(text), claims, claimId, (ids) => showClaims(panel, ids, claims, names)));
  container.replaceChildren(
    h('p', {}, h('a', { href: '#/sources' }, `← ${t('source.back')}`)),
    h('h1', { lang: source.scripts[0] || source.language }, source.title),
    h('p', { class: 'muted' }, [source.authors?.join(', '), source.publisher, source.id, `${claims.length} ${t('source.claims')}`]
      .filter(Boolean).join(' · '), source.url ? [' · ', h('a', { href: source.url, rel: 'noopener noreferrer' }, source.url)] : null),
    h('p', { class: 'hint' }, t('source.highlighted')),
    h('div', { class: 'workspace' }, body, panel));
  const target = body.querySelector('mark.target');
  if (target) {
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    showClaims(panel, [claimId], claims, names);
  }
}

/**
 * The text cut at every claim boundary (a sweep over the sorted boundaries); each piece inside
 * one or more claims becomes a mark naming them.
 */
function highlighted(cps, claims, targetId, onSelect) {
  const spans = claims.map((c) => ({ id: c.id, start: c.target.positionSelector.start, end: c.target.positionSelector.end }))
    .filter((s) => s.start < s.end && s.end <= cps.length);
  const cuts = [...new Set([0, cps.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const starting = new Map();
  spans.forEach((s) => { if (!starting.has(s.start)) starting.set(s.start, []); starting.get(s.start).push(s); });
  const active = new Set();
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    for (const s of active) if (s.end <= a) active.delete(s);
    (starting.get(a) || []).forEach((s) => active.add(s));
    const piece = cps.slice(a, b).join('');
    if (!active.size) {
      out.push(piece);
      continue;
    }
    const ids = [...active].map((s) => s.id);
    out.push(h('mark', {
      class: `claim${ids.includes(targetId) ? ' target' : ''}${ids.length > 1 ? ' overlap' : ''}`,
      tabindex: 0, dataset: { claims: ids.join(' ') },
      onclick: () => onSelect(ids),
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelect(ids); } },
    }, piece));
  }
  return out;
}

function showClaims(panel, ids, claims, names) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  panel.replaceChildren(...ids.map((id) => byId.get(id)).filter(Boolean).map((c) => h('article', { class: 'claim-card', dataset: { claim: c.id } },
    h('h2', {}, t('source.claim'), ' ', h('code', {}, c.id)),
    h('p', {}, h('strong', {}, localName(names.get(c.subject.id)?.names, c.subject.name)), ' · ', c.property, ' · ',
      `${t('value')}: ${typeof c.value === 'object' ? JSON.stringify(c.value) : c.value}${c.unit ? ` ${c.unit}` : ''}`),
    Object.keys(c.qualifiers || {}).length
      ? h('p', { class: 'muted' }, Object.entries(c.qualifiers).map(([k, v]) => `${k}: ${v}`).join(' · ')) : null,
    h('blockquote', { class: 'quote' }, c.target.quoteSelector.exact),
    h('p', { class: 'muted' }, `${c.target.positionSelector.start}–${c.target.positionSelector.end} · `,
      h('a', { href: `/api/v1/claims/${encodeURIComponent(c.id)}/provenance` }, 'PROV')))));
}
