// "Check a draft": the draft is split and checked by POST /api/v1/checks/draft; each sentence is
// highlighted by verdict (colour and a text label) and selecting one shows why.
import { h, codePoints, showError } from './dom.js';
import { t } from './i18n.js';
import { api } from './api.js';

const STORE = 'crosscheck.draft';

/** The example draft is content about the corpus, kept beside the page (example-draft.txt), not in code. */
async function example() {
  const res = await fetch('/desk/example-draft.txt');
  return res.ok ? (await res.text()).trim() : '';
}

// Kept while the page lives, so coming back from a source keeps the result.
const state = { text: sessionStorage.getItem(STORE) ?? '', result: null, checkedText: null, selected: null };

export async function draftView(container) {
  const textarea = h('textarea', { id: 'draft-text', rows: 8, 'aria-describedby': 'draft-hint', spellcheck: 'false' });
  textarea.value = state.text;
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const results = h('section', { class: 'results', 'aria-labelledby': 'result-heading' });
  const detail = h('aside', { class: 'detail', id: 'detail', 'aria-live': 'polite' });

  async function check() {
    state.text = textarea.value;
    sessionStorage.setItem(STORE, state.text);
    if (!state.text.trim()) {
      status.textContent = t('draft.empty');
      return;
    }
    status.textContent = t('draft.checking');
    try {
      state.result = await api.checkDraft(state.text);
      state.checkedText = state.text;
      state.selected = null;
      status.textContent = '';
      showResult(results, detail);
    } catch (e) {
      showError(status, e);
    }
  }

  textarea.addEventListener('input', () => { state.text = textarea.value; sessionStorage.setItem(STORE, state.text); });
  textarea.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(); } });

  container.append(
    h('h1', {}, t('draft.title')),
    h('p', { class: 'intro' }, t('draft.intro')),
    h('form', { class: 'draft-form', onsubmit: (e) => { e.preventDefault(); check(); } },
      h('label', { for: 'draft-text' }, t('draft.label')),
      textarea,
      h('p', { class: 'hint', id: 'draft-hint' }, t('draft.hint')),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', id: 'check' }, t('draft.check')),
        h('button', { type: 'button', class: 'secondary', onclick: async () => { textarea.value = await example(); check(); } },
          t('draft.example')))),
    status,
    h('div', { class: 'workspace' }, results, detail));
  if (state.result && state.checkedText === state.text) showResult(results, detail);
}

function showResult(results, detail) {
  const { result } = state;
  const cps = codePoints(state.checkedText);
  const s = result.summary;
  const counts = [['SUPPORTED', s.supported], ['CONTRADICTED', s.contradicted], ['CONTESTED', s.contested],
    ['NOT_ENOUGH_INFO', s.notEnoughInfo], ['NOTHING_TO_CHECK', s.nothingToCheck], ['TOO_LONG', s.tooLong]]
    .filter(([, n]) => n > 0);
  const text = h('div', { class: 'annotated', id: 'annotated' });
  let at = 0;
  result.sentences.forEach((sentence, i) => {
    if (sentence.start > at) text.append(cps.slice(at, sentence.start).join(''));
    const outcome = sentence.verdict || sentence.status;
    const el = h('span', {
      class: `sentence v-${outcome}`, tabindex: 0, role: 'button', 'aria-pressed': 'false',
      dataset: { index: i, verdict: outcome },
      onclick: () => select(i, results, detail),
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(i, results, detail); } },
    }, h('span', { class: 's-text' }, cps.slice(sentence.start, sentence.end).join('')),
    h('span', { class: 'badge' }, t(`v.${outcome}`)));
    text.append(el);
    at = sentence.end;
  });
  if (at < cps.length) text.append(cps.slice(at).join(''));
  results.replaceChildren(
    h('h2', { id: 'result-heading' }, t('draft.result')),
    h('ul', { class: 'summary', 'aria-label': t('draft.summary') },
      counts.map(([v, n]) => h('li', { class: `chip v-${v}`, dataset: { verdict: v } }, `${t(`v.${v}`)}: ${n}`))),
    text);
  if (state.selected !== null) select(state.selected, results, detail);
  else detail.replaceChildren(h('p', { class: 'muted' }, t('draft.select')));
}

function select(i, results, detail) {
  state.selected = i;
  results.querySelectorAll('.sentence').forEach((el) => {
    el.setAttribute('aria-pressed', String(Number(el.dataset.index) === i));
  });
  const sentence = state.result.sentences[i];
  const outcome = sentence.verdict || sentence.status;
  const check = sentence.check;
  const body = [h('h2', {}, h('span', { class: `chip v-${outcome}` }, t(`v.${outcome}`))),
    h('blockquote', { class: 'sentence-quote' }, sentence.text)];
  if (sentence.reason) body.push(h('p', { class: 'muted' }, sentence.reason));
  if (check) {
    if (check.explanation) body.push(h('p', { class: 'explanation' }, check.explanation));
    body.push(parts(check.interpretation));
    body.push(evidence(check.evidence));
    if (check.alsoChecked?.length) {
      body.push(h('section', {}, h('h3', {}, t('detail.also')),
        h('ul', {}, check.alsoChecked.map((p) => h('li', {}, h('span', { class: `chip v-${p.verdict}` }, t(`v.${p.verdict}`)), ' ',
          p.interpretation.text || describe(p.interpretation))))));
    }
    const between = (check.findings || []);
    if (between.length) {
      body.push(h('section', { class: 'between' }, h('h3', {}, t('detail.findings')),
        between.map((f) => h('p', { class: 'finding-line' }, h('span', { class: `chip k-${f.kind}` }, t(`kind.${f.kind}`)), ' ', f.explanation,
          ' ', h('a', { href: `#/findings?finding=${encodeURIComponent(f.id)}` }, '→')))));
    }
    if (check.uncovered?.length) {
      body.push(h('section', { class: 'uncovered' }, h('h3', {}, t('detail.uncovered')),
        h('ul', {}, check.uncovered.map((u) => h('li', {}, h('mark', { class: 'part' }, u.text), ' — ', u.reason)))));
    }
  }
  detail.replaceChildren(...body);
}

function describe(interpretation) {
  return [interpretation.subject?.name, interpretation.property?.label, interpretation.value?.text].filter(Boolean).join(' · ');
}

function parts(interpretation) {
  const recognised = interpretation?.recognised || [];
  if (!recognised.length) return h('p', { class: 'muted' }, t('detail.nothing'));
  return h('section', { class: 'parts' }, h('h3', {}, t('detail.parts')),
    h('ul', { class: 'part-list' }, recognised.map((r) => h('li', { class: `part role-${r.role}` },
      h('span', { class: 'part-text' }, r.text), ' ', h('span', { class: 'part-role' }, `${r.kind} · ${r.role}`)))));
}

function evidence(list) {
  const heading = h('h3', {}, t('detail.evidence'));
  if (!list?.length) return h('section', { class: 'evidence' }, heading, h('p', { class: 'muted' }, t('detail.noEvidence')));
  // Claims that decide the verdict first; merely related ones folded away, they are context.
  const deciding = list.filter((e) => e.relation !== 'RELATED');
  const related = list.filter((e) => e.relation === 'RELATED');
  return h('section', { class: 'evidence' }, heading,
    deciding.length ? h('ol', {}, deciding.map(evidenceItem)) : h('p', { class: 'muted' }, t('detail.noDeciding')),
    related.length ? h('details', { class: 'related' }, h('summary', {}, t('detail.related', { n: related.length })),
      h('ol', {}, related.map(evidenceItem))) : null);
}

function evidenceItem(e) {
  const c = e.claim;
  return h('li', { class: `evidence-item r-${e.relation}`, dataset: { claim: c.id } },
    h('p', {}, h('span', { class: `chip r-${e.relation}` }, t(`rel.${e.relation}`)), ' ', e.reason),
    h('blockquote', { class: 'quote' }, c.target?.quoteSelector?.exact || c.quote),
    h('p', { class: 'cite' }, `${c.source.name} (${c.source.id})`, ' · ', h('code', {}, c.id), ' · ',
      h('a', { class: 'open-source', href: `#/sources/${encodeURIComponent(c.source.id)}?claim=${encodeURIComponent(c.id)}` },
        t('detail.open'))));
}
