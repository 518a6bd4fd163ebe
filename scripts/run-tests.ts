/**
 * `npm test`: type-check (project and core), then every vitest project (unit + e2e in real Chromium), then one line
 * `N passed, N failed` that CI counts. Expects a fresh build in .output/ (the npm script builds first).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

// The whole project, then the core alone without DOM types (tsconfig.core.json: lib/ stays DOM-free).
const typecheck = run('npx', ['tsc', '--noEmit']) || run('npx', ['tsc', '-p', 'tsconfig.core.json']);
if (typecheck !== 0) console.error('Type check failed.');

const reportFile = join(mkdtempSync(join(tmpdir(), 'plainly-tests-')), 'report.json');
const vitest = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`]);

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  if (report.numTotalTests === 0) failed += 1; // a run that executed nothing is not a pass
} catch {
  failed += 1; // vitest crashed before writing its report
}
if (typecheck !== 0) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || vitest !== 0 ? 1 : 0);
