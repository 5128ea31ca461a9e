// `npm run security`: runs the Electronegativity scanner on the Electron shell's sources and fails on
// any finding that is not justified. Electronegativity exits 0 whatever it finds, so this reads its
// SARIF report. Offline it spends ~10 s on connection time-outs (release and translation look-ups).
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

/**
 * Reads the SARIF report. (The scanner writes its CSV header and rows in two racing writes, which
 * once garbled the report and could even drop every row; its SARIF is one JSON document.)
 */
function readFindings(reportPath) {
  const sarif = JSON.parse(readFileSync(reportPath, 'utf8'));
  const run = sarif?.runs?.[0];
  if (!run || !Array.isArray(run.results)) throw new Error('The electronegativity report has no results list');
  return run.results.map((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    const uri = location?.artifactLocation?.uri ?? '';
    return {
      check: result.ruleId ?? '',
      severity: result.level ?? '',
      confidence: result.properties?.confidence ?? '',
      file: uri === '' || uri.startsWith('file:///') ? 'N/A' : uri,
      line: location?.region?.startLine ?? 0,
      description: result.message?.text ?? '',
    };
  });
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
    const reportPath = join(workFolder, 'report.sarif');
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
