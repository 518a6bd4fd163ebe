/**
 * The Firefox MV3 build: it builds, its manifest is what Firefox needs, and Mozilla's own linter
 * (web-ext lint, the checks addons.mozilla.org runs) finds no errors. The only warnings allowed are
 * the known ones from libraries we ship, named here with the reason; any other warning fails.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const FIREFOX_DIR = resolve('.output/firefox-mv3');

/** Warnings from bundled libraries, by code and file pattern, each with why it is accepted. */
const KNOWN_WARNINGS: { code: string; file: RegExp; why: string }[] = [
  // zod checks once whether `new Function` is allowed (to speed up parsing where it is); it never evals our data.
  { code: 'DANGEROUS_EVAL', file: /^(background\.js|content-scripts\/content\.js|chunks\/.+\.js)$/, why: 'zod feature test' },
  // preact's renderer supports dangerouslySetInnerHTML; no component of ours uses it (tests/unit/no-html.test.ts).
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(content-scripts\/content\.js|chunks\/.+\.js)$/, why: 'preact renderer' },
];

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

let report: { summary: { errors: number; warnings: number }; errors: LintMessage[]; warnings: LintMessage[] };

beforeAll(() => {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: 'ignore' });
  const output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
  });
  report = JSON.parse(output);
}, 120_000);

describe('Firefox build', () => {
  it('has a Firefox manifest with an add-on id, a minimum version and no data collection', () => {
    const manifest = JSON.parse(readFileSync(resolve(FIREFOX_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko).toMatchObject({ id: 'plainly-ms@plainly-ms.org', data_collection_permissions: { required: ['none'] } });
  });

  it('passes web-ext lint with no errors and only the known library warnings', () => {
    expect(report.errors).toEqual([]);
    const unexpected = report.warnings.filter((warning) => !KNOWN_WARNINGS.some((known) => known.code === warning.code && known.file.test(warning.file ?? '')));
    expect(unexpected.map((warning) => `${warning.code} ${warning.file}: ${warning.message}`)).toEqual([]);
  });
});
