/**
 * How settings are laid out in extension storage, so that every size the schema allows fits
 * storage.sync's quotas (8,192 bytes an item, about 100 kB in all, 512 items):
 *
 * - `settings.version`: the layout and record version;
 * - `settings.<key>`: one item per setting the person changed (defaults are not stored), so two
 *   devices that change different settings do not overwrite each other's;
 * - a site list is split into chunks, `settings.<key>.0`, `settings.<key>.1` …, and `settings.<key>`
 *   holds `{ chunks, device }`; when the lists would not fit in sync, their chunks are kept in
 *   storage.local (`device: true`) and the person is told they stay on this device.
 *
 * Version 1 kept everything in one sync item, `settings`, which overflowed at about 400 sites.
 * Pure: the platform's store reads and writes what this computes (platform/settings-reader.ts, platform/settings-writer.ts).
 */
import { LEGACY_SETTINGS_KEY, SETTINGS_PREFIX } from '../storage-keys';
import { DEFAULT_SETTINGS } from './defaults';
import { SETTING_KEYS } from './field-labels';
import { SETTINGS_VERSION, type SettingKey, type Settings } from './schema';

/** storage.sync's quotas in Chrome (Firefox allows the same or more), with room kept for growth. */
export const SYNC_LIMITS = { itemBytes: 8_192, totalBytes: 102_400, items: 512 } as const;
/** The share of sync's total the settings may use: the rest is headroom for later versions. */
const SYNC_BUDGET_BYTES = Math.floor(SYNC_LIMITS.totalBytes * 0.9);
/** Room left in each chunk for the item's key and JSON punctuation. */
const CHUNK_MARGIN_BYTES = 64;

export const VERSION_KEY = `${SETTINGS_PREFIX}version`;
export const LEGACY_KEY = LEGACY_SETTINGS_KEY;

const LIST_KEYS = ['neverOnSites', 'onlyOnSites'] as const satisfies readonly SettingKey[];
type ListKey = (typeof LIST_KEYS)[number];

export type StoredItems = Record<string, unknown>;

/** What a site list's own item says: how many chunks it has, and whether they are on this device only. */
interface ListDescriptor {
  chunks: number;
  device: boolean;
}

export const itemKey = (key: SettingKey): string => `${SETTINGS_PREFIX}${key}`;
const chunkKey = (key: ListKey, index: number): string => `${itemKey(key)}.${index}`;

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** How storage.sync counts an item against its quotas: the key plus the value as JSON. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + utf8Bytes(JSON.stringify(value));
}

function isListKey(key: SettingKey): key is ListKey {
  return (LIST_KEYS as readonly string[]).includes(key);
}

function isDescriptor(value: unknown): value is ListDescriptor {
  if (typeof value !== 'object' || value === null) return false;
  const { chunks, device } = value as Record<string, unknown>;
  return Number.isInteger(chunks) && (chunks as number) >= 0 && (chunks as number) <= SYNC_LIMITS.items && typeof device === 'boolean';
}

/** Splits a list into chunks that each fit one sync item under `key`'s chunk names. */
function chunked(key: ListKey, sites: string[]): string[][] {
  const room = SYNC_LIMITS.itemBytes - utf8Bytes(chunkKey(key, SYNC_LIMITS.items)) - CHUNK_MARGIN_BYTES;
  const chunks: string[][] = [];
  let current: string[] = [];
  let bytes = 2; // []
  for (const site of sites) {
    const siteBytes = utf8Bytes(JSON.stringify(site)) + 1; // and its comma
    if (current.length > 0 && bytes + siteBytes > room) {
      chunks.push(current);
      current = [];
      bytes = 2;
    }
    current.push(site);
    bytes += siteBytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export interface Layout {
  sync: StoredItems;
  local: StoredItems;
  /** The site lists did not fit in sync: they are kept on this device only. */
  listsOnDeviceOnly: boolean;
}

/** The items that hold `settings`: only what differs from the defaults. */
export function layoutOf(settings: Settings): Layout {
  const sync: StoredItems = { [VERSION_KEY]: SETTINGS_VERSION };
  const lists = new Map<ListKey, string[][]>();
  for (const key of SETTING_KEYS) {
    if (JSON.stringify(settings[key]) === JSON.stringify(DEFAULT_SETTINGS[key])) continue;
    if (isListKey(key)) lists.set(key, chunked(key, settings[key]));
    else sync[itemKey(key)] = settings[key];
  }
  const listItems: StoredItems = Object.fromEntries([...lists].flatMap(([key, chunks]) => chunks.map((chunk, index) => [chunkKey(key, index), chunk])));
  const descriptors = (device: boolean): StoredItems =>
    Object.fromEntries([...lists].map(([key, chunks]) => [itemKey(key), { chunks: chunks.length, device } satisfies ListDescriptor]));

  const inSync = { ...sync, ...descriptors(false), ...listItems };
  if (fitsSync(inSync)) return { sync: inSync, local: {}, listsOnDeviceOnly: false };
  return { sync: { ...sync, ...descriptors(true) }, local: listItems, listsOnDeviceOnly: true };
}

function fitsSync(items: StoredItems): boolean {
  const entries = Object.entries(items);
  const total = entries.reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  return entries.length <= SYNC_LIMITS.items && total <= SYNC_BUDGET_BYTES && entries.every(([key, value]) => itemBytes(key, value) <= SYNC_LIMITS.itemBytes);
}

/** Whether an item holds (part of) `setting`: its own item or one of its list's chunks. */
export function holdsSetting(key: string, setting: SettingKey): boolean {
  return key === itemKey(setting) || (isListKey(setting) && key.startsWith(`${itemKey(setting)}.`));
}

/**
 * Only the items of `settings` (the ones the person changed) in `changes`: what an older version
 * may write into a newer version's record, leaving its version and every other item as they are.
 */
export function onlyItemsOf(changes: StorageChanges, settings: readonly SettingKey[]): StorageChanges {
  const ours = (key: string) => settings.some((setting) => holdsSetting(key, setting));
  const pick = (items: StoredItems) => Object.fromEntries(Object.entries(items).filter(([key]) => ours(key)));
  return { syncSet: pick(changes.syncSet), syncRemove: changes.syncRemove.filter(ours), localSet: pick(changes.localSet), localRemove: changes.localRemove.filter(ours) };
}

/** Whether an item key is one this version of the layout writes (others, from newer versions, are left alone). */
export function isOwnKey(key: string): boolean {
  if (key === LEGACY_KEY || key === VERSION_KEY) return true;
  return SETTING_KEYS.some((setting) => holdsSetting(key, setting));
}

export interface ReadRecord {
  /** The record as stored, for migration and repair; undefined when nothing is stored. */
  record: unknown;
  listsOnDeviceOnly: boolean;
}

/**
 * The stored record from the items of both areas. Version 1's single item is returned as it was;
 * a record in this layout comes back as one object of the fields found, the rest left to defaults.
 * Fields this version does not know (a newer version's) are kept in the record, untouched.
 */
export function recordFrom(sync: StoredItems, local: StoredItems): ReadRecord {
  const ownItems = Object.keys(sync).some((key) => key.startsWith(SETTINGS_PREFIX));
  if (!ownItems) return { record: sync[LEGACY_KEY], listsOnDeviceOnly: false };
  // Items without their version item (a write cut short) are still this layout's, not version 1's.
  const record: Record<string, unknown> = { version: sync[VERSION_KEY] ?? SETTINGS_VERSION };
  let listsOnDeviceOnly = false;
  for (const [key, value] of Object.entries(sync)) {
    if (!key.startsWith(SETTINGS_PREFIX) || key === VERSION_KEY) continue;
    const name = key.slice(SETTINGS_PREFIX.length);
    if (name.includes('.')) continue; // a chunk: read through its list's descriptor
    const setting = SETTING_KEYS.find((known) => known === name);
    if (setting && isListKey(setting) && isDescriptor(value)) {
      listsOnDeviceOnly ||= value.device;
      const area = value.device ? local : sync;
      const chunks = Array.from({ length: value.chunks }, (_, index) => area[chunkKey(setting, index)]);
      // A missing or damaged chunk makes the list unreadable as a whole: repair says so and resets it.
      record[name] = chunks.every(Array.isArray) ? chunks.flat() : chunks;
    } else {
      record[name] = value;
    }
  }
  return { record, listsOnDeviceOnly };
}

export interface StorageChanges {
  syncSet: StoredItems;
  syncRemove: string[];
  localSet: StoredItems;
  localRemove: string[];
}

/**
 * What to write so storage holds `wanted`, given what it holds now: only changed items are set, and
 * only this version's own keys that are no longer wanted are removed (never a newer version's).
 */
export function changesFor(wanted: Layout, current: { sync: StoredItems; local: StoredItems }): StorageChanges {
  const changed = (want: StoredItems, have: StoredItems) =>
    Object.fromEntries(Object.entries(want).filter(([key, value]) => JSON.stringify(have[key]) !== JSON.stringify(value)));
  const stale = (want: StoredItems, have: StoredItems) => Object.keys(have).filter((key) => isOwnKey(key) && !(key in want));
  return {
    syncSet: changed(wanted.sync, current.sync),
    syncRemove: stale(wanted.sync, current.sync),
    localSet: changed(wanted.local, current.local),
    localRemove: stale(wanted.local, current.local),
  };
}
