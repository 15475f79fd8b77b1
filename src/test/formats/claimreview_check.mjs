// Type-checks every ClaimReview JSON-LD export the Java tests wrote (target/formats/claimreview/*.jsonld)
// against schema-dts, Google's TypeScript typings of the whole schema.org vocabulary: each node's
// properties must be schema.org properties of its @type (no additionalProperty on a ClaimReview, no
// stray top-level keys) with values of the expected types, and every @graph node must be a ClaimReview.
// Exits 0 with a 'N passed, 0 failed' line, or 1 with one line naming the file and the first error.
// Usage: node claimreview_check.mjs [DIR]   (default ../../../target/formats/claimreview)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const folder = path.resolve(process.argv[2] ?? path.join(here, '../../../target/formats/claimreview'));

function fail(message) {
  console.error(`claimreview-check: ${message.replace(/\s+/g, ' ')}`);
  process.exit(1);
}

// The document as a TypeScript literal: a typo'd or invented property is an excess-property error.
function source(json) {
  return `import type { ClaimReview } from "schema-dts";\n`
    + `type ClaimReviews = { "@context": "https://schema.org"; "@graph": ClaimReview[] };\n`
    + `export const doc: ClaimReviews = ${json};\n`;
}

// A virtual file beside this script, so "schema-dts" resolves from this folder's node_modules.
function check(file) {
  const json = fs.readFileSync(file, 'utf8');
  JSON.parse(json);
  const virtual = path.join(here, '__claimreview__.ts');
  const options = { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022, types: [], skipLibCheck: true };
  const host = ts.createCompilerHost(options);
  const text = source(json);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    path.resolve(name) === virtual ? ts.createSourceFile(name, text, language) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === virtual || fileExists(name);
  const program = ts.createProgram([virtual], options, host);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) {
    const d = diagnostics[0];
    const where = d.file && d.start !== undefined ? ` at line ${d.file.getLineAndCharacterOfPosition(d.start).line - 1} of the JSON` : '';
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    fail(`${file}${where}: ${message.slice(0, 400)} (${diagnostics.length} errors)`);
  }
  return JSON.parse(json)['@graph'].length;
}

if (!fs.existsSync(folder)) {
  fail(`no folder ${folder} (run the Maven build first)`);
}
const files = fs.readdirSync(folder).filter((f) => f.endsWith('.jsonld')).sort().map((f) => path.join(folder, f));
if (files.length === 0) {
  fail(`no ClaimReview exports in ${folder} (run the Maven build first)`);
}
let reviews = 0;
for (const file of files) {
  reviews += check(file);
}
if (reviews === 0) {
  fail(`${folder}: the exports hold no ClaimReview`);
}
console.log(`claimreview-check: ${files.length} passed, 0 failed (${reviews} reviews)`);
