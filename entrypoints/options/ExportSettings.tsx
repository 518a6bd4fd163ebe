/** Export: the stored settings as a JSON file in the downloads folder, or copied as text. */
import { useState } from 'preact/hooks';
import { readSettings } from '../../platform/settings-reader';
import { exportText } from '../../lib/settings/settings-file';

export const EXPORT_FILE_NAME = 'plainly-ms-settings.json';

/** Long enough for the download to start reading the blob. */
const REVOKE_AFTER_MS = 60_000;

async function storedText(): Promise<string> {
  return exportText((await readSettings()).settings);
}

export function ExportSettings() {
  const [message, setMessage] = useState<string>();

  const download = async () => {
    const url = URL.createObjectURL(new Blob([await storedText()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = EXPORT_FILE_NAME;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    setMessage(`Your settings were saved as ${EXPORT_FILE_NAME} in your downloads.`);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(await storedText());
      setMessage('Your settings were copied. Paste them somewhere safe, such as a note to yourself.');
    } catch {
      setMessage('Copying did not work here. Please use “Save settings to a file” instead.');
    }
  };

  return (
    <div class="pm-field">
      <h3>Keep a copy</h3>
      <div class="pm-buttons">
        <button type="button" class="pm-button" onClick={() => void download()}>
          Save settings to a file
        </button>
        <button type="button" class="pm-button" onClick={() => void copy()}>
          Copy settings as text
        </button>
      </div>
      <p class="pm-hint" role="status">
        {message}
      </p>
    </div>
  );
}
