/**
 * The options page's hold on the settings: reads them, has the background save each change at once,
 * one save after another, and says what happened in one polite status line. A save the browser
 * refuses keeps what the person entered on the page and says why.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SaveResult } from '../../lib/messages';
import { saveSettings, updateSettings } from '../../platform/settings-client';
import { onSettingsChanged, readSettings } from '../../platform/settings-reader';
import { Settings, type SettingKey } from '../../lib/settings/schema';
import { FIELD_LABELS } from '../../lib/settings/field-labels';

export interface SaveStatus {
  kind: 'saved' | 'error';
  message: string;
}

export interface SettingsApi {
  /** Undefined until storage has answered. */
  settings: Settings | undefined;
  /** The site lists are too long for synced storage and are kept on this device only. */
  listsOnDeviceOnly: boolean;
  status: SaveStatus | undefined;
  /** Saves a validated change of one or more fields; `label` names it in the status line, `note` adds to it. */
  save: (change: Partial<Settings>, label: string, note?: string) => Promise<boolean>;
  /** Checks one field with its zod schema and saves it, or says why not. */
  saveField: <K extends SettingKey>(key: K, value: Settings[K], note?: string) => Promise<boolean>;
  /** Replaces every setting (import, undo). */
  replace: (settings: Settings, label: string) => Promise<boolean>;
  /** Says that a field was not saved, and why. */
  reportInvalid: (label: string, reason: string) => void;
}

/** Screen readers do not announce a live region whose text did not change: clear it first. */
const ANNOUNCE_GAP_MS = 80;

export function useSettings(): SettingsApi {
  const [settings, setSettings] = useState<Settings>();
  const [status, setStatus] = useState<SaveStatus>();
  const [listsOnDeviceOnly, setListsOnDeviceOnly] = useState(false);
  // Saves run one after another, so quick changes (three checkboxes in a row) never overwrite each other.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);
  const announceTimer = useRef<number>();

  useEffect(() => {
    let live = true;
    void readSettings().then((loaded) => {
      if (!live) return;
      setSettings(loaded.settings);
      setListsOnDeviceOnly(loaded.listsOnDeviceOnly);
    });
    // Changes from other tabs or contexts; ignored while our own saves are under way.
    onSettingsChanged((next) => {
      if (live && pending.current === 0) setSettings(next);
    });
    return () => {
      live = false;
    };
  }, []);

  const announce = useCallback((next: SaveStatus) => {
    window.clearTimeout(announceTimer.current);
    setStatus(undefined);
    announceTimer.current = window.setTimeout(() => setStatus(next), ANNOUNCE_GAP_MS);
  }, []);

  const run = useCallback(
    (optimistic: (current: Settings) => Settings, write: () => Promise<SaveResult>, label: string, note?: string): Promise<boolean> => {
      pending.current += 1;
      setSettings((current) => (current ? optimistic(current) : current));
      const done = queue.current.then(write).then((result) => {
        pending.current -= 1;
        if (!result.ok) {
          // What the person entered stays on the page, unsaved, with the reason beside it.
          announce({ kind: 'error', message: `Not saved: ${label}. ${result.reason}` });
          return false;
        }
        if (pending.current === 0) setSettings(result.settings);
        setListsOnDeviceOnly(result.listsOnDeviceOnly);
        const where = result.listsOnDeviceOnly ? ' Your site lists are too long to sync, so they are kept on this device only.' : '';
        announce({ kind: 'saved', message: `Saved: ${label}.${note ? ` ${note}` : ''}${where}` });
        return true;
      });
      queue.current = done;
      return done;
    },
    [announce],
  );

  const save = useCallback(
    (change: Partial<Settings>, label: string, note?: string) =>
      run((current) => ({ ...current, ...change }), () => updateSettings(change), label, note),
    [run],
  );

  const replace = useCallback(
    (next: Settings, label: string) =>
      run(
        () => next,
        () => saveSettings(next),
        label,
      ),
    [run],
  );

  const reportInvalid = useCallback(
    (label: string, reason: string) => announce({ kind: 'error', message: `Not saved: ${label}. ${reason}` }),
    [announce],
  );

  const saveField = useCallback(
    <K extends SettingKey>(key: K, value: Settings[K], note?: string): Promise<boolean> => {
      const checked = Settings.shape[key].safeParse(value);
      if (!checked.success) {
        reportInvalid(FIELD_LABELS[key], 'That value is not allowed.');
        return Promise.resolve(false);
      }
      return save({ [key]: checked.data } as Partial<Settings>, FIELD_LABELS[key], note);
    },
    [save, reportInvalid],
  );

  return { settings, listsOnDeviceOnly, status, save, saveField, replace, reportInvalid };
}
