// Interface labels in English and Simplified Chinese. Data (quotes, names) stays in its own language.
const STRINGS = {
  en: {
    skip: 'Skip to content',
    'nav.draft': 'Check a draft', 'nav.sources': 'Sources', 'nav.findings': 'Findings',
    foot: 'Reads the public API:', switchTo: '中文', switchLabel: '切换到中文',
    'draft.title': 'Check a draft',
    'draft.intro': 'Paste a draft in Chinese or English. Each sentence is checked against the curated claims of the sources.',
    'draft.label': 'Draft', 'draft.check': 'Check', 'draft.example': 'Use an example', 'draft.checking': 'Checking…',
    'draft.hint': 'Ctrl+Enter checks the draft.',
    'draft.empty': 'Paste or type a draft first.',
    'draft.summary': 'Summary', 'draft.result': 'The draft, sentence by sentence',
    'draft.select': 'Select a sentence to see what was checked, the evidence and the sources’ disagreements.',
    'detail.verdict': 'Verdict', 'detail.parts': 'Statement parts', 'detail.evidence': 'Evidence',
    'detail.noEvidence': 'No stored claim bears on this statement.', 'detail.related': 'Related claims ({n})',
    'detail.noDeciding': 'No stored claim supports or contradicts it.',
    'detail.findings': 'Between the sources', 'detail.uncovered': 'Not covered by the evidence',
    'detail.also': 'Also checked in this sentence', 'detail.open': 'Open in source',
    'detail.nothing': 'Nothing here a source could confirm or deny.',
    'source.list': 'Sources', 'source.claims': 'claims', 'source.chars': 'characters',
    'source.highlighted': 'Every highlighted passage is the exact quote of a curated claim.',
    'source.claim': 'Claim', 'source.pick': 'Select a highlighted passage to see its claim.',
    'source.back': 'All sources', 'source.notFound': 'No such source.',
    'findings.title': 'Findings between sources',
    'findings.intro': 'Where the sources agree, where they are in tension and where they conflict, with each side’s quote.',
    'findings.kind': 'Kind', 'findings.subject': 'Subject', 'findings.all': 'All', 'findings.none': 'No findings match.',
    'findings.count': '{n} findings',
    'kind.AGREEMENT': 'Agreement', 'kind.TENSION': 'Tension', 'kind.CONFLICT': 'Conflict',
    'v.SUPPORTED': 'Supported', 'v.CONTRADICTED': 'Contradicted', 'v.CONTESTED': 'Disputed by sources',
    'v.NOT_ENOUGH_INFO': 'Not enough info', 'v.NOTHING_TO_CHECK': 'Nothing to check', 'v.TOO_LONG': 'Too long to check',
    'rel.SUPPORTS': 'supports', 'rel.CONTRADICTS': 'contradicts', 'rel.RELATED': 'related',
    value: 'value', source: 'source', error: 'Something went wrong: {detail}', loading: 'Loading…',
  },
  zh: {
    skip: '跳到正文',
    'nav.draft': '核查草稿', 'nav.sources': '来源', 'nav.findings': '来源比对',
    foot: '本页只读取公开接口：', switchTo: 'English', switchLabel: 'Switch to English',
    'draft.title': '核查草稿',
    'draft.intro': '粘贴中文或英文草稿，逐句与各来源中经整理的陈述进行核对。',
    'draft.label': '草稿', 'draft.check': '核查', 'draft.example': '使用示例', 'draft.checking': '正在核查…',
    'draft.hint': '按 Ctrl+Enter 核查。',
    'draft.empty': '请先粘贴或输入草稿。',
    'draft.summary': '概览', 'draft.result': '逐句结果',
    'draft.select': '选择一个句子，查看核查内容、证据及来源之间的分歧。',
    'detail.verdict': '结论', 'detail.parts': '语句成分', 'detail.evidence': '证据',
    'detail.noEvidence': '没有与此陈述相关的已存陈述。', 'detail.related': '相关陈述（{n}）',
    'detail.noDeciding': '没有已存陈述支持或否定它。',
    'detail.findings': '来源之间', 'detail.uncovered': '证据未涵盖的部分',
    'detail.also': '本句中另行核查的陈述', 'detail.open': '在来源中查看',
    'detail.nothing': '没有来源可以证实或否定的内容。',
    'source.list': '来源', 'source.claims': '条陈述', 'source.chars': '字',
    'source.highlighted': '每处高亮都是一条经整理陈述的原文引语。',
    'source.claim': '陈述', 'source.pick': '选择一处高亮，查看对应的陈述。',
    'source.back': '全部来源', 'source.notFound': '没有这个来源。',
    'findings.title': '来源之间的比对',
    'findings.intro': '各来源在哪些事实上一致、存在张力或相互矛盾，并列出各方原文。',
    'findings.kind': '类型', 'findings.subject': '主体', 'findings.all': '全部', 'findings.none': '没有符合条件的结果。',
    'findings.count': '共 {n} 条',
    'kind.AGREEMENT': '一致', 'kind.TENSION': '张力', 'kind.CONFLICT': '矛盾',
    'v.SUPPORTED': '有依据', 'v.CONTRADICTED': '与来源矛盾', 'v.CONTESTED': '来源间有分歧',
    'v.NOT_ENOUGH_INFO': '信息不足', 'v.NOTHING_TO_CHECK': '无可核查内容', 'v.TOO_LONG': '过长未核查',
    'rel.SUPPORTS': '支持', 'rel.CONTRADICTS': '矛盾', 'rel.RELATED': '相关',
    value: '数值', source: '来源', error: '出错了：{detail}', loading: '加载中…',
  },
};

const KEY = 'crosscheck.lang';
let current = localStorage.getItem(KEY) || ((navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en');

export function lang() {
  return current;
}

export function setLang(l) {
  current = l;
  localStorage.setItem(KEY, l);
}

export function t(key, vars = {}) {
  const s = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? '');
}

/** A name of an entity or a property in the interface language, falling back to English. */
export function localName(names, fallback) {
  if (!names) return fallback;
  const zh = names['zh-Hans'];
  if (current === 'zh' && zh) return Array.isArray(zh) ? zh[0] : zh;
  const en = names.en;
  return (Array.isArray(en) ? en[0] : en) || fallback;
}
