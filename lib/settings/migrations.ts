/**
 * The chain that carries a stored or imported settings record from the version that wrote it to
 * this one, one step per version. A record from a newer version is read for what this version
 * understands; its version is reported so the store never writes over it as an older one.
 */
import { SETTINGS_VERSION } from './schema';

type SettingsRecord = Record<string, unknown>;

/** `STEPS[n - 1]` takes a record of version n to version n + 1. */
const STEPS: ReadonlyArray<(record: SettingsRecord) => SettingsRecord> = [
  // 1 → 2: the fields stayed the same; only where they are stored changed (stored-layout.ts).
  (record) => ({ ...record, version: 2 }),
];

export interface MigratedRecord {
  /** The record at this version's number, for the schema to check field by field. */
  record: SettingsRecord;
  /** The version that wrote it; a record without one (a hand-made file) counts as the first. */
  storedVersion: number;
}

export function migrate(record: SettingsRecord): MigratedRecord {
  const written = record.version;
  const storedVersion = typeof written === 'number' && Number.isInteger(written) && written >= 1 ? written : 1;
  let current = record;
  for (let version = storedVersion; version < SETTINGS_VERSION; version++) current = STEPS[version - 1](current);
  return { record: { ...current, version: SETTINGS_VERSION }, storedVersion };
}

/** For the test that every version has its step. */
export const MIGRATION_STEPS = STEPS.length;
