/** Site lists as people type them, and settings files as people import them. */
import { describe, expect, it } from 'vitest';
import { exportText, readImport } from '../../lib/settings/settings-file';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { describeProblems, parseSiteLines } from '../../lib/settings/site-lines';

describe('parseSiteLines', () => {
  it('keeps host names, turns pasted addresses into hosts, drops duplicates and blank lines', () => {
    expect(parseSiteLines('bank.example\n\nhttps://www.Mail.example/inbox?x=1\nbank.example\n').hosts).toEqual(['bank.example', 'www.mail.example']);
  });

  it('points out the lines that are not sites, by line number, and says the others are saved', () => {
    const lines = parseSiteLines('good.example\nnot a site!\nftp://files.example');
    expect(lines.hosts).toEqual(['good.example']);
    expect(lines.invalid).toEqual([
      { line: 2, text: 'not a site!' },
      { line: 3, text: 'ftp://files.example' },
    ]);
    expect(describeProblems(lines)).toMatch(/line 2.*line 3.*The other sites are saved\.$/);
    expect(describeProblems(parseSiteLines('good.example'))).toBeUndefined();
  });
});

describe('readImport', () => {
  it('changes nothing for text that is not JSON or holds no settings', () => {
    expect(readImport('{"audience": ')).toMatchObject({ ok: false, error: expect.stringContaining('Nothing was changed') });
    expect(readImport('{"colour": "blue"}')).toMatchObject({ ok: false, error: expect.stringContaining('no Plainly MS settings') });
    expect(readImport('')).toMatchObject({ ok: false });
  });

  it('repairs unreadable values, keeps readable ones and names what the file lacked', () => {
    const result = readImport(JSON.stringify({ version: 1, audience: 'clinician', hoverDelayMs: 'soon' }));
    expect(result).toMatchObject({ ok: true, settings: { audience: 'clinician', hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs } });
    if (result.ok) {
      expect(result.notice).toContain('Wait before a card opens');
      expect(result.missing).toContain('Card text size');
    }
  });

  it('reads back exactly what it exported, also in the shape storage holds', () => {
    const settings = { ...DEFAULT_SETTINGS, region: 'EU/UK' as const, neverOnSites: ['bank.example'] };
    expect(readImport(exportText(settings))).toEqual({ ok: true, settings, notice: undefined, missing: [] });
    expect(readImport(JSON.stringify({ settings }))).toMatchObject({ ok: true, settings });
  });
});
