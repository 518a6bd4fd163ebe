/**
 * The Firefox MV3 build: it builds, its manifest is what Firefox needs, Mozilla's own linter
 * (web-ext lint, the checks addons.mozilla.org runs) finds no errors, and Debian's Firefox ESR
 * installs it as a temporary add-on. The only lint warnings allowed are the known ones from
 * libraries we ship, named here with the reason; any other warning fails.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const FIREFOX_DIR = resolve('.output/firefox-mv3');
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));

/** Warnings from bundled libraries, by code and file pattern, each with why it is accepted. */
const KNOWN_WARNINGS: { code: string; file: RegExp; why: string }[] = [
  // preact's renderer supports dangerouslySetInnerHTML; no component of ours uses it (tests/unit/no-html.test.ts).
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(card-ui\.js|chunks\/.+\.js)$/, why: 'preact renderer' },
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

/** Runs `web-ext run` headless until Firefox reports the add-on installed (or fails), then stops it. */
function installInFirefox(firefox: string): Promise<string> {
  return new Promise((done) => {
    const run = spawn('npx', ['web-ext', 'run', '--source-dir', FIREFOX_DIR, `--firefox=${firefox}`, '--arg=--headless', '--no-reload', '--no-input'], {
      detached: true,
    });
    let output = '';
    const finish = () => {
      clearTimeout(timer);
      try {
        process.kill(-run.pid!, 'SIGKILL'); // web-ext and the Firefox it started
      } catch {
        // already gone
      }
      done(output);
    };
    const timer = setTimeout(finish, 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Installed .* as a temporary add-on|error/i.test(output)) finish();
    };
    run.stdout.on('data', read);
    run.stderr.on('data', read);
  });
}

describe('Firefox ESR', () => {
  it('installs the build as a temporary add-on', async () => {
    expect(FIREFOX, 'Firefox is installed by scripts/setup.sh').toBeDefined();
    const output = await installInFirefox(FIREFOX!);
    expect(output).toMatch(/Installed .*firefox-mv3 as a temporary add-on/);
  }, 120_000);
});
