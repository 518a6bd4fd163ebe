/** Stored settings from any source become valid settings: kept where readable, reset with a notice where not. */
import { describe, expect, it } from 'vitest';
import { runsOn } from '../../lib/settings/run-rules';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { loadSettings } from '../../lib/settings/repair';

describe('loadSettings', () => {
  it('gives the defaults, quietly, when nothing is stored', () => {
    expect(loadSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('keeps valid settings exactly', () => {
    const stored = { ...DEFAULT_SETTINGS, audience: 'clinician', hoverDelayMs: 400, neverOnSites: ['bank.example'] };
    expect(loadSettings(stored)).toEqual({ settings: stored, storedVersion: 2 });
  });

  it('keeps every readable field of a damaged record and names what was reset', () => {
    const { settings, notice } = loadSettings({ ...DEFAULT_SETTINGS, audience: 'clinician', hoverDelayMs: -5, region: 'Mars' });
    expect(settings.audience).toBe('clinician');
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(settings.region).toBe(DEFAULT_SETTINGS.region);
    expect(notice).toContain('Wait before a card opens');
    expect(notice).toContain('Drug label facts');
  });

  it('carries an older version forward with a notice', () => {
    const { settings, notice } = loadSettings({ version: 0, audience: 'caregiver', textSizePercent: 150 });
    expect(settings).toMatchObject({ version: 2, audience: 'caregiver', textSizePercent: 150, markStyle: 'underline' });
    expect(notice).toMatch(/updated/);
  });

  it('fills categories added since the record was saved', () => {
    const { settings } = loadSettings({ ...DEFAULT_SETTINGS, categories: { drug: false } });
    expect(settings.categories.drug).toBe(false);
    expect(settings.categories.test).toBe(true);
  });

  it.each([['a string'], [42], [[1, 2]]])('resets unreadable storage (%j) with a notice', (stored) => {
    expect(loadSettings(stored)).toEqual({ settings: DEFAULT_SETTINGS, notice: expect.stringContaining('could not be read') });
  });
});

describe('runsOn', () => {
  it('follows pause, never-lists (with sub-domains) and only-lists', () => {
    expect(runsOn(DEFAULT_SETTINGS, 'pubmed.ncbi.nlm.nih.gov')).toBe(true);
    expect(runsOn({ ...DEFAULT_SETTINGS, paused: true }, 'pubmed.ncbi.nlm.nih.gov')).toBe(false);
    expect(runsOn({ ...DEFAULT_SETTINGS, neverOnSites: ['bank.example'] }, 'online.bank.example')).toBe(false);
    expect(runsOn({ ...DEFAULT_SETTINGS, neverOnSites: ['bank.example'] }, 'notbank.example')).toBe(true);
    expect(runsOn({ ...DEFAULT_SETTINGS, onlyOnSites: ['nih.gov'] }, 'pubmed.ncbi.nlm.nih.gov')).toBe(true);
    expect(runsOn({ ...DEFAULT_SETTINGS, onlyOnSites: ['nih.gov'] }, 'example.org')).toBe(false);
  });
});
