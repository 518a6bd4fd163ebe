/**
 * Import: settings from a file or pasted text, read through `loadSettings` (lib/settings/settings-file.ts).
 * What was repaired or missing is said; the settings from before can be brought back with one button.
 */
import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings/schema';
import { MAX_IMPORT_CHARS, readImport } from '../../lib/settings/settings-file';

type Outcome =
  | { kind: 'imported'; notice?: string; missing: string[]; previous: Settings }
  | { kind: 'undone' }
  | { kind: 'error'; message: string };

export interface ImportSettingsProps {
  current: Settings;
  replace: (settings: Settings, label: string) => Promise<boolean>;
}

function OutcomeText({ outcome }: { outcome: Outcome | undefined }) {
  if (!outcome) return null;
  if (outcome.kind === 'error') return <p class="pm-error">{outcome.message}</p>;
  if (outcome.kind === 'undone') return <p>Your settings from before the import are back.</p>;
  return (
    <>
      <p>
        <strong>Settings loaded.</strong>
      </p>
      {outcome.notice && <p>{outcome.notice}</p>}
      {outcome.missing.length > 0 && <p>Not in the file, so set to their defaults: {outcome.missing.join(', ')}.</p>}
    </>
  );
}

export function ImportSettings({ current, replace }: ImportSettingsProps) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [pasted, setPasted] = useState('');

  const apply = async (text: string, from: string) => {
    const result = readImport(text);
    if (!result.ok) {
      setOutcome({ kind: 'error', message: result.error });
      return;
    }
    const previous = current;
    const saved = await replace(result.settings, `settings from ${from}`);
    setOutcome(
      saved
        ? { kind: 'imported', notice: result.notice, missing: result.missing, previous }
        : { kind: 'error', message: 'The settings could not be saved. Nothing was changed.' },
    );
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again is noticed too.
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setOutcome({ kind: 'error', message: 'This file is too large to be a Plainly MS settings file. Nothing was changed.' });
      return;
    }
    try {
      await apply(await file.text(), 'the file');
    } catch {
      setOutcome({ kind: 'error', message: 'This file could not be opened. Nothing was changed.' });
    }
  };

  const undo = async () => {
    if (outcome?.kind !== 'imported') return;
    if (await replace(outcome.previous, 'your settings from before the import')) setOutcome({ kind: 'undone' });
  };

  return (
    <div class="pm-field">
      <h3>Bring settings back</h3>
      <label class="pm-label" for="import-file">
        Load settings from a file
      </label>
      <p class="pm-hint" id="import-file-hint">
        A file saved with “Save settings to a file”. Your settings change as soon as you pick it.
      </p>
      <input
        id="import-file"
        type="file"
        accept="application/json,.json,text/plain"
        aria-describedby="import-file-hint"
        onChange={(event) => void onFile(event.currentTarget)}
      />
      <label class="pm-label" for="import-text">
        Or paste settings text
      </label>
      <textarea id="import-text" rows={4} spellcheck={false} value={pasted} onInput={(event) => setPasted(event.currentTarget.value)} />
      <div class="pm-buttons">
        <button type="button" class="pm-button" onClick={() => void apply(pasted, 'the pasted text')}>
          Use the pasted settings
        </button>
      </div>
      <div class="pm-import-outcome" role="status">
        <OutcomeText outcome={outcome} />
      </div>
      {outcome?.kind === 'imported' && (
        <div class="pm-buttons">
          <button type="button" class="pm-button" onClick={() => void undo()}>
            Undo: bring back my settings from before
          </button>
        </div>
      )}
    </div>
  );
}
