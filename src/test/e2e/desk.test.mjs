// End-to-end tests of the journalist's desk in a real browser: Playwright (playwright-core) drives
// Debian's Chromium against a running service (BASE_URL, default http://127.0.0.1:8080).
// Screenshots of every view go to SCREENSHOTS (default ../../../target/e2e) on every run.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BASE = process.env.BASE_URL || 'http://127.0.0.1:8080';
const SHOTS = process.env.SCREENSHOTS || path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../target/e2e');
mkdirSync(SHOTS, { recursive: true });

// One statement the sources support, one they contradict, one they do not address.
const SUPPORTED = '群核科技平台合作客户超过4.5万家。';
const CONTRADICTED = '阿里巴巴是杭州六小龙之一。';
const UNSUPPORTED = '宇树科技的月活跃用户超过1000万。';
const DRAFT = `${SUPPORTED}${CONTRADICTED}\n${UNSUPPORTED}`;

let browser;
let page;
let problems;

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
});

beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  page = await context.newPage();
  problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
});

afterEach(async () => {
  await page.context().close();
  assert.deepEqual(problems, [], 'the page logged no errors or warnings');
});

async function checkDraft(text) {
  await page.goto(`${BASE}/`);
  await page.getByRole('textbox', { name: 'Draft' }).fill(text);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.locator('#annotated .sentence').first().waitFor();
}

/** The verdicts the API itself gives, so the page is held to the service, not to a copy of its answers. */
async function apiVerdicts(text) {
  const res = await page.request.post(`${BASE}/api/v1/checks/draft`, { data: { text } });
  assert.equal(res.status(), 200);
  return (await res.json()).sentences.map((s) => s.verdict || s.status);
}

test('each sentence of a draft is highlighted by its verdict, with a text label', async () => {
  await checkDraft(DRAFT);
  const sentences = page.locator('#annotated .sentence');
  assert.equal(await sentences.count(), 3);
  assert.deepEqual(await sentences.locator('.s-text').allTextContents(), [SUPPORTED, CONTRADICTED, UNSUPPORTED]);
  const expected = ['SUPPORTED', 'CONTRADICTED', 'NOT_ENOUGH_INFO'];
  assert.deepEqual(await apiVerdicts(DRAFT), expected, 'the service still answers as this test assumes');
  assert.deepEqual(await sentences.evaluateAll((els) => els.map((e) => e.dataset.verdict)), expected);
  assert.deepEqual(await sentences.locator('.badge').allTextContents(), ['Supported', 'Contradicted', 'Not enough info']);
  // Each verdict has its own highlight colour, taken from the stylesheet's verdict tokens.
  const colours = await sentences.evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  const tokens = await page.evaluate(() => ['--supported', '--contradicted', '--nei'].map((v) => {
    const probe = document.createElement('span');
    probe.style.backgroundColor = `var(${v})`;
    document.body.append(probe);
    const c = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return c;
  }));
  assert.deepEqual(colours, tokens);
  assert.equal(new Set(colours).size, 3);
  assert.match(await page.locator('.summary').innerText(), /Supported: 1[\s\S]*Contradicted: 1[\s\S]*Not enough info: 1/);
  await page.screenshot({ path: path.join(SHOTS, 'draft.png'), fullPage: true });
});

test('the example draft shows every verdict the service gives it', async () => {
  await page.goto(`${BASE}/`);
  await page.getByRole('button', { name: 'Use an example' }).click();
  await page.locator('#annotated .sentence').first().waitFor();
  const text = await page.getByRole('textbox', { name: 'Draft' }).inputValue();
  const verdicts = await apiVerdicts(text);
  const sentences = page.locator('#annotated .sentence');
  assert.deepEqual(await sentences.evaluateAll((els) => els.map((e) => e.dataset.verdict)), verdicts);
  assert.ok(new Set(verdicts).size >= 3, `an example shows several verdicts: ${verdicts}`);
  // The disputed sentence shows the sources' disagreement.
  const contested = verdicts.indexOf('CONTESTED');
  if (contested >= 0) {
    await sentences.nth(contested).click();
    assert.match(await page.locator('#detail .between').innerText(), /Tension/);
  }
  await page.screenshot({ path: path.join(SHOTS, 'draft-example.png') });
});

test('evidence leads into the source viewer, scrolled to the highlighted quote', async () => {
  await checkDraft(DRAFT);
  await page.locator('#annotated .sentence').first().click();
  const evidence = page.locator('#detail .evidence-item').first();
  await evidence.waitFor();
  const claimId = await evidence.getAttribute('data-claim');
  assert.match(await page.locator('#detail').innerText(), /Statement parts[\s\S]*Evidence/);
  await page.screenshot({ path: path.join(SHOTS, 'draft-detail.png'), fullPage: true });

  await evidence.getByRole('link', { name: 'Open in source' }).click();
  const target = page.locator('#source-text mark.target');
  await target.first().waitFor();
  const claim = await (await page.request.get(`${BASE}/api/v1/claims/${encodeURIComponent(claimId)}`)).json();
  assert.ok(page.url().includes(`#/sources/${claim.source.id}?claim=`), page.url());
  const highlighted = (await target.allTextContents()).join('');
  assert.equal(highlighted, claim.target.quoteSelector.exact);
  // The highlight sits where the position selector says: the text before it has exactly `start` code points.
  const before = await page.evaluate(() => {
    const box = document.getElementById('source-text');
    const range = document.createRange();
    range.setStart(box, 0);
    range.setEndBefore(box.querySelector('mark.target'));
    return Array.from(range.toString()).length;
  });
  assert.equal(before, claim.target.positionSelector.start);
  const inView = await target.first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  assert.ok(inView, 'the quote is scrolled into view');
  assert.match(await page.locator('.claim-panel').innerText(), new RegExp(claim.id));
  await page.screenshot({ path: path.join(SHOTS, 'source.png') });
});

test('every anchored claim of a source is highlighted at its exact span', async () => {
  await page.goto(`${BASE}/#/sources/001`);
  await page.locator('#source-text mark.claim').first().waitFor();
  const res = await page.request.get(`${BASE}/api/v1/claims?source=001&size=200`);
  const claims = (await res.json()).items;
  const text = await (await page.request.get(`${BASE}/api/v1/sources/001/text`)).text();
  // The page shows the stored text unchanged, inline pinyin and line breaks included.
  assert.equal(await page.locator('#source-text').evaluate((el) => el.textContent), text);
  const spans = await page.locator('#source-text').evaluate((box) => {
    const out = {};
    let at = 0;
    for (const node of box.childNodes) {
      const length = Array.from(node.textContent).length;
      if (node.nodeType === 1) {
        for (const id of node.dataset.claims.split(' ')) {
          out[id] = out[id] || [at, at + length];
          out[id][1] = at + length;
        }
      }
      at += length;
    }
    return out;
  });
  assert.equal(Object.keys(spans).length, claims.length);
  for (const c of claims) {
    assert.deepEqual(spans[c.id], [c.target.positionSelector.start, c.target.positionSelector.end], c.id);
  }
});

test('the findings view lists the sources’ tensions side by side and filters them', async () => {
  await page.goto(`${BASE}/#/findings`);
  await page.locator('.finding').first().waitFor();
  const all = await page.locator('.finding').count();
  await page.getByLabel('Kind').selectOption('TENSION');
  await page.waitForFunction(() => location.hash.includes('kind=TENSION'));
  await page.locator('.finding').first().waitFor();
  const kinds = await page.locator('.finding').evaluateAll((els) => els.map((e) => e.dataset.kind));
  assert.ok(kinds.length > 0 && kinds.length < all);
  assert.ok(kinds.every((k) => k === 'TENSION'));
  // The known tension on how many of the firms come from Zhejiang University: both sides, each with its quote.
  const zju = page.locator('.finding', { has: page.locator('[data-claim="001-six-little-dragons-zju-genes"]') })
    .filter({ has: page.locator('[data-claim="002-six-little-dragons-zju-count"]') });
  assert.equal(await zju.count(), 1);
  assert.equal(await zju.locator('.chip').first().innerText(), 'Tension');
  const quotes = await zju.locator('.quote').allTextContents();
  const exact = await Promise.all(['001-six-little-dragons-zju-genes', '002-six-little-dragons-zju-count'].map(async (id) =>
    (await (await page.request.get(`${BASE}/api/v1/claims/${id}`)).json()).target.quoteSelector.exact));
  assert.deepEqual(quotes.sort(), exact.sort());
  await page.screenshot({ path: path.join(SHOTS, 'findings.png'), fullPage: true });

  // Filters combine, through the API's own filters.
  await page.getByLabel('Kind').selectOption('AGREEMENT');
  await page.waitForFunction(() => location.hash.includes('kind=AGREEMENT'));
  await page.getByLabel('Subject').selectOption('unitree');
  await page.waitForFunction(() => location.hash.includes('subject=unitree'));
  await page.locator('.finding').first().waitFor();
  const shown = await page.locator('.finding').evaluateAll((els) => els.map((e) => [e.dataset.kind, e.dataset.subject]));
  const api = await (await page.request.get(`${BASE}/api/v1/findings?kind=AGREEMENT&subject=unitree&size=200`)).json();
  assert.ok(shown.length > 0);
  assert.deepEqual(shown, api.items.map((f) => [f.kind, f.subject]));
});

test('the interface switches to Chinese and works from the keyboard', async () => {
  await checkDraft(DRAFT);
  await page.getByRole('button', { name: '切换到中文' }).click();
  await page.locator('#annotated .sentence .badge').first().waitFor();
  assert.deepEqual(await page.locator('#annotated .sentence .badge').allTextContents(), ['有依据', '与来源矛盾', '信息不足']);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
  await page.locator('#annotated .sentence').nth(1).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#annotated .sentence').nth(1).getAttribute('aria-pressed'), 'true');
  assert.match(await page.locator('#detail').innerText(), /与来源矛盾[\s\S]*证据/);
  await page.screenshot({ path: path.join(SHOTS, 'draft-zh.png'), fullPage: true });
});

test('at a phone’s width nothing overflows sideways', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await checkDraft(DRAFT);
  await page.locator('#annotated .sentence').first().click();
  for (const hash of ['#/', '#/sources/002', '#/findings']) {
    await page.goto(`${BASE}/${hash}`);
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `${hash} overflows by ${overflow}px`);
  }
  await page.goto(`${BASE}/#/`);
  await page.locator('#annotated .sentence').first().waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'phone.png'), fullPage: true });
});
