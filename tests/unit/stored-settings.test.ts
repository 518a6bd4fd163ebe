/**
 * Settings in storage: every size the schema allows fits storage.sync's quotas (or moves the site
 * lists to this device, saying so), reads back exactly, and records of every earlier version and
 * of newer versions are read without loss.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { MIGRATION_STEPS } from '../../lib/settings/migrations';
import { loadSettings } from '../../lib/settings/repair';
import { SETTINGS_VERSION, type Settings } from '../../lib/settings/schema';
import { changesFor, itemBytes, layoutOf, LEGACY_KEY, onlyItemsOf, recordFrom, SYNC_LIMITS, VERSION_KEY, type Layout } from '../../lib/settings/stored-layout';

/** `count` distinct host names of `length` characters each. */
function hosts(count: number, length: number, tag: string): string[] {
  return Array.from({ length: count }, (_, index) => {
    const head = `${tag}${index}.`;
    return `${head}${'a'.repeat(length - head.length - 4)}.org`;
  });
}

const REALISTIC: Settings = { ...DEFAULT_SETTINGS, neverOnSites: hosts(500, 22, 'n'), onlyOnSites: hosts(500, 22, 'o') };
const LONGEST: Settings = { ...DEFAULT_SETTINGS, neverOnSites: hosts(500, 253, 'n'), onlyOnSites: hosts(500, 253, 'o') };

function readBack(layout: Layout) {
  const { record, listsOnDeviceOnly } = recordFrom(layout.sync, layout.local);
  return { ...loadSettings(record), listsOnDeviceOnly };
}

function expectWithinSyncQuotas(layout: Layout): void {
  const entries = Object.entries(layout.sync);
  const sizes = entries.map(([key, value]) => itemBytes(key, value));
  expect(Math.max(...sizes)).toBeLessThanOrEqual(SYNC_LIMITS.itemBytes);
  expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(SYNC_LIMITS.totalBytes);
  expect(entries.length).toBeLessThanOrEqual(SYNC_LIMITS.items);
}

describe('the storage layout', () => {
  it('stores nothing but the version for the defaults', () => {
    expect(layoutOf(DEFAULT_SETTINGS)).toEqual({ sync: { [VERSION_KEY]: SETTINGS_VERSION }, local: {}, listsOnDeviceOnly: false });
  });

  it('stores one item per changed setting, and reads them back exactly', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, audience: 'clinician', textSizePercent: 200, neverOnSites: ['bank.example'] };
    const layout = layoutOf(settings);
    expect(Object.keys(layout.sync).sort()).toEqual(['settings.audience', 'settings.neverOnSites', 'settings.neverOnSites.0', 'settings.textSizePercent', 'settings.version']);
    expect(readBack(layout)).toEqual({ settings, storedVersion: SETTINGS_VERSION, listsOnDeviceOnly: false });
  });

  it('keeps 500 + 500 ordinary sites in sync, in chunks within every quota', () => {
    const layout = layoutOf(REALISTIC);
    expect(layout.listsOnDeviceOnly).toBe(false);
    expectWithinSyncQuotas(layout);
    // The one-item layout of version 1 could not hold them.
    expect(itemBytes(LEGACY_KEY, REALISTIC)).toBeGreaterThan(SYNC_LIMITS.itemBytes);
    expect(readBack(layout).settings).toEqual(REALISTIC);
  });

  it('keeps the longest lists the schema allows on this device, says so, and loses none', () => {
    const layout = layoutOf(LONGEST);
    expect(layout.listsOnDeviceOnly).toBe(true);
    expectWithinSyncQuotas(layout);
    const read = readBack(layout);
    expect(read.listsOnDeviceOnly).toBe(true);
    expect(read.settings).toEqual(LONGEST);
  });

  it('reads items whose version item is missing (a write cut short) as this layout, not as nothing', () => {
    const layout = layoutOf({ ...DEFAULT_SETTINGS, audience: 'clinician' });
    delete layout.sync[VERSION_KEY];
    expect(readBack(layout).settings.audience).toBe('clinician');
  });

  it('resets a list whose chunk is missing, with a notice naming it, and keeps the rest', () => {
    const layout = layoutOf({ ...REALISTIC, audience: 'clinician' });
    delete layout.sync['settings.neverOnSites.1'];
    const read = readBack(layout);
    expect(read.settings.neverOnSites).toEqual([]);
    expect(read.settings.onlyOnSites).toEqual(REALISTIC.onlyOnSites);
    expect(read.settings.audience).toBe('clinician');
    expect(read.notice).toContain('Sites where it never runs');
  });
});

describe('writing over what is stored', () => {
  it('sets only what changed and removes the chunks a shorter list no longer needs', () => {
    const before = layoutOf(REALISTIC);
    const after = layoutOf({ ...REALISTIC, neverOnSites: ['bank.example'] });
    const changes = changesFor(after, before);
    expect(Object.keys(changes.syncSet).sort()).toEqual(['settings.neverOnSites', 'settings.neverOnSites.0']);
    expect(changes.syncRemove.length).toBeGreaterThan(0);
    expect(changes.syncRemove.every((key) => key.startsWith('settings.neverOnSites.'))).toBe(true);
  });

  it('moves lists between sync and this device without leaving copies behind', () => {
    const inSync = layoutOf(REALISTIC);
    const onDevice = layoutOf(LONGEST);
    const changes = changesFor(onDevice, inSync);
    expect(changes.syncRemove.filter((key) => /\.\d+$/.test(key)).length).toBe(Object.keys(inSync.sync).filter((key) => /\.\d+$/.test(key)).length);
    expect(Object.keys(changes.localSet).length).toBe(Object.keys(onDevice.local).length);
  });

  it("never removes a newer version's items, and removes version 1's single item once moved", () => {
    const current = { sync: { [LEGACY_KEY]: { version: 1 }, 'settings.readingRuler': true, 'settings.version': 3 }, local: {} };
    const changes = changesFor(layoutOf(DEFAULT_SETTINGS), current);
    expect(changes.syncRemove).toEqual([LEGACY_KEY]);
  });
});

describe("writing into a newer version's record", () => {
  it('touches only the items of the settings named, never the version or the rest', () => {
    const current = { sync: { [VERSION_KEY]: SETTINGS_VERSION + 1, 'settings.region': 'Canada', 'settings.audience': 'clinician' }, local: {} };
    const all = changesFor(layoutOf({ ...DEFAULT_SETTINGS, audience: 'caregiver' }), current);
    expect(all.syncRemove).toContain('settings.region'); // what a plain write would drop
    const mine = onlyItemsOf(all, ['audience']);
    expect(mine).toEqual({ syncSet: { 'settings.audience': 'caregiver' }, syncRemove: [], localSet: {}, localRemove: [] });
  });
});

describe('records of other versions', () => {
  it('has a migration step for every earlier version', () => {
    expect(MIGRATION_STEPS).toBe(SETTINGS_VERSION - 1);
  });

  it('reads a version 1 record (one sync item) with every field kept, and says it was updated', () => {
    const v1 = JSON.parse(readFileSync('tests/fixtures/settings/v1.json', 'utf8')) as Record<string, unknown>;
    const { record } = recordFrom({ [LEGACY_KEY]: v1 }, {});
    const loaded = loadSettings(record);
    expect(loaded.settings).toEqual({ ...v1, version: SETTINGS_VERSION });
    expect(loaded.storedVersion).toBe(1);
    expect(loaded.notice).toMatch(/updated/);
  });

  it('reads what it understands of a newer record, keeps its version, and leaves its new fields alone', () => {
    const sync = { ...layoutOf({ ...DEFAULT_SETTINGS, audience: 'clinician' }).sync, [VERSION_KEY]: SETTINGS_VERSION + 1, 'settings.readingRuler': true };
    const loaded = loadSettings(recordFrom(sync, {}).record);
    expect(loaded.settings.audience).toBe('clinician');
    expect(loaded.storedVersion).toBe(SETTINGS_VERSION + 1);
    expect(loaded.notice).toBeUndefined();
    expect(changesFor(layoutOf(loaded.settings), { sync, local: {} }).syncRemove).not.toContain('settings.readingRuler');
  });
});
