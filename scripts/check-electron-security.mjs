// `npm run security`: runs the Electronegativity scanner on the Electron shell's sources and fails on
// any finding that is not justified. Electronegativity exits 0 whatever it finds, so this reads its
// CSV report. Offline it spends ~10 s on connection time-outs (release and translation look-ups).
//
// A finding is justified by a comment on its line or in the 6 lines above it:
//   // electronegativity-justified: CHECK_NAME the reason this is safe here
// Findings with no place in the code (global checks) are justified in GLOBAL_JUSTIFICATIONS below.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED_FOLDER = 'electron';
const TARGET_ELECTRON_VERSION = '41.0.0';
const LINES_ABOVE = 6;
const MARKER = /electronegativity-justified:\s*([A-Z0-9_]+)\s+(\S.*)$/;

/** Checks that look at the app as a whole and cannot be answered by a comment on one line. */
const GLOBAL_JUSTIFICATIONS = {
  CSP_GLOBAL_CHECK:
    'The CSP is sent as a response header on every app:// response (electron/main/contentSecurityPolicy.ts, ' +
    'rendererRequestHandler.ts, tested in tests/unit/electron); the scanner only looks for <meta> tags and webRequest hooks.',
};

/** A CSV parser for the scanner's report: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field.trim());
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field.trim());
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  row.push(field.trim());
  if (row.some((value) => value !== '')) rows.push(row);
  return rows;
}

function runScanner(reportPath) {
  const require = createRequire(join(projectRoot, 'package.json'));
  const packageJsonPath = require.resolve('@doyensec/electronegativity/package.json');
  const { bin } = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
  const cli = join(dirname(packageJsonPath), typeof bin === 'string' ? bin : bin.electronegativity);
  const args = [cli, '-i', SCANNED_FOLDER, '-r', '-e', TARGET_ELECTRON_VERSION, '-o', reportPath];
  console.log(`Running electronegativity on ${SCANNED_FOLDER}/ (offline this takes ~10 s of time-outs)...`);
  const run = spawnSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8', timeout: 180_000 });
  if (run.status !== 0 || !existsSync(reportPath)) {
    console.error(run.stdout, run.stderr);
    throw new Error(`electronegativity did not produce a report (exit ${run.status ?? run.signal})`);
  }
}

function readFindings(reportPath) {
  const [header, ...rows] = parseCsv(readFileSync(reportPath, 'utf8'));
  if (!header) return [];
  const column = (name) => header.findIndex((title) => title.toLowerCase() === name);
  const columns = { issue: column('issue'), severity: column('severity'), confidence: column('confidence'), file: column('filename'), location: column('location'), description: column('description') };
  if (Object.values(columns).some((index) => index < 0)) throw new Error(`Unexpected report columns: ${header.join(', ')}`);
  return rows.map((row) => ({
    check: row[columns.issue] ?? '',
    severity: row[columns.severity] ?? '',
    confidence: row[columns.confidence] ?? '',
    file: row[columns.file] ?? '',
    line: Number.parseInt((row[columns.location] ?? '0').split(':')[0] ?? '0', 10),
    description: row[columns.description] ?? '',
  }));
}

function justificationFor(finding, fileCache) {
  if (finding.file === 'N/A' || !finding.file) return GLOBAL_JUSTIFICATIONS[finding.check] ?? null;
  const filePath = join(projectRoot, SCANNED_FOLDER, finding.file);
  if (!fileCache.has(filePath)) fileCache.set(filePath, existsSync(filePath) ? readFileSync(filePath, 'utf8').split(/\r?\n/) : []);
  const lines = fileCache.get(filePath);
  for (let lineNumber = finding.line; lineNumber >= Math.max(1, finding.line - LINES_ABOVE); lineNumber -= 1) {
    const match = MARKER.exec(lines[lineNumber - 1] ?? '');
    if (match && match[1] === finding.check) return match[2].trim();
  }
  return null;
}

function main() {
  const workFolder = mkdtempSync(join(tmpdir(), 'dsrs-electronegativity-'));
  try {
    const reportPath = join(workFolder, 'report.csv');
    runScanner(reportPath);
    const findings = readFindings(reportPath);
    const fileCache = new Map();
    const judged = findings.map((finding) => ({ ...finding, justification: justificationFor(finding, fileCache) }));
    const unjustified = judged.filter((finding) => finding.justification === null);

    console.log(`\nElectronegativity: ${findings.length} finding(s), ${findings.length - unjustified.length} justified, ${unjustified.length} not justified.`);
    for (const finding of judged) {
      const where = finding.file === 'N/A' ? '(global)' : `${SCANNED_FOLDER}/${finding.file}:${finding.line}`;
      const verdict = finding.justification === null ? 'NOT JUSTIFIED' : 'justified';
      console.log(`  [${verdict}] ${finding.check} (${finding.severity}/${finding.confidence}) ${where}`);
      console.log(`      ${finding.justification ?? finding.description}`);
    }
    if (unjustified.length > 0) {
      console.error(`\n${unjustified.length} finding(s) need a fix or a "// electronegativity-justified: CHECK reason" comment.`);
      process.exitCode = 1;
    } else {
      console.log('\nNo unjustified findings.');
    }
  } finally {
    rmSync(workFolder, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
