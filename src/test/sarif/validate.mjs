// Validates SARIF logs with Microsoft's SARIF Multitool (`validate`, the SARIF rules and GitHub's), and
// fails on any error or warning: the Multitool itself exits 0 whatever it finds, so its own output log
// is read. Usage: node validate.mjs [--expect-rule-from-name] FILE.sarif...
// --expect-rule-from-name: each FILE is named after a check id (quote-not-found.sarif) and must hold
// a result of that rule, so a fixture that stopped failing is noticed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const expectRule = args[0] === '--expect-rule-from-name';
const files = (expectRule ? args.slice(1) : args).map((f) => resolve(f));
if (files.length === 0) {
  console.error('usage: node validate.mjs [--expect-rule-from-name] FILE.sarif...');
  process.exit(2);
}

// The package resolves to its platform's binary; run it directly, since its bin.js goes through a
// shell that would split the ';' of the rule kinds.
const multitool = createRequire(import.meta.url)('@microsoft/sarif-multitool');
try {
  accessSync(multitool, constants.X_OK);
} catch {
  chmodSync(multitool, 0o755); // what the package's postinstall does, where npm did not run it
}
const out = join(mkdtempSync(join(tmpdir(), 'sarif-validate-')), 'validation.sarif');
const run = spawnSync(multitool, [
  'validate', ...files,
  '--config', join(here, 'multitool.xml'),
  '--rule-kind', 'Sarif;Gh;Ghas',
  '--level', 'Error;Warning;Note',
  '--output', out, '--log', 'ForceOverwrite', '--quiet',
], {
  // Validation compares JSON and rule ids, never culture-specific text: invariant mode needs no ICU.
  env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
  encoding: 'utf8',
});
if (run.error || run.status !== 0) {
  console.error(run.error?.message ?? `${run.stdout}${run.stderr}Sarif.Multitool exited ${run.status}`);
  process.exit(2);
}

const log = JSON.parse(readFileSync(out, 'utf8')).runs[0];
const rules = log.tool.driver.rules ?? [];
// A result's message: its text, or the rule's message string with the arguments put in.
function text(message, rule) {
  const template = message?.text ?? rule?.messageStrings?.[message?.id]?.text ?? message?.id ?? '';
  return template.replace(/\{(\d+)\}/g, (_, i) => message?.arguments?.[Number(i)] ?? '');
}
const problems = [];
const notes = new Map(); // rule id -> [count, first message]: notes are advice, shown once per rule
for (const r of log.results ?? []) {
  // SARIF's default level is the rule's, else warning.
  const level = r.level ?? rules[r.ruleIndex]?.defaultConfiguration?.level ?? 'warning';
  const loc = r.locations?.[0]?.physicalLocation;
  const where = `${loc?.artifactLocation?.uri ?? '?'}:${loc?.region?.startLine ?? 0}`;
  const line = `${where}: ${level} ${r.ruleId}: ${text(r.message, rules[r.ruleIndex])}`;
  if (level === 'error' || level === 'warning') {
    problems.push(line);
  } else {
    const seen = notes.get(r.ruleId) ?? [0, line];
    notes.set(r.ruleId, [seen[0] + 1, seen[1]]);
  }
}
for (const inv of log.invocations ?? []) {
  if (inv.executionSuccessful === false) {
    problems.push('Sarif.Multitool: the validation did not complete');
  }
  for (const n of [...(inv.toolExecutionNotifications ?? []), ...(inv.toolConfigurationNotifications ?? [])]) {
    const id = n.descriptor?.id ?? '';
    // multitool.xml turns SARIF2006 (HTTP requests) off on purpose; the Multitool warns that it did.
    if (id === 'WRN999.RuleExplicitlyDisabled' && n.message?.text?.includes("'SARIF2006'")) continue;
    problems.push(`Sarif.Multitool: ${n.level ?? 'warning'} ${id}: ${n.message?.text}`);
  }
}
if (expectRule) {
  for (const f of files) {
    const rule = basename(f, '.sarif');
    const results = JSON.parse(readFileSync(f, 'utf8')).runs[0].results ?? [];
    if (!results.some((r) => r.ruleId === rule)) problems.push(`${f}: no result of rule ${rule}`);
  }
}

let noteCount = 0;
for (const [rule, [count, first]] of notes) {
  noteCount += count;
  console.log(`${count} × note ${rule}, e.g. ${first}`);
}
for (const p of problems) console.log(p);
console.log(`SARIF validation: ${files.length} files, ${problems.length} errors or warnings, ${noteCount} notes`);
process.exit(problems.length === 0 ? 0 : 1);
