/**
 * The message the background leaves when it had to repair stored settings (storage.local,
 * NOTICE_KEY), shown until the person dismisses it.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NOTICE_KEY } from '../../platform/settings-reader';

function asNotice(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function Notice({ onDismissed }: { onDismissed: () => void }) {
  const [notice, setNotice] = useState<string>();

  useEffect(() => {
    let live = true;
    void browser.storage.local
      .get(NOTICE_KEY)
      .then((stored) => {
        if (live) setNotice(asNotice(stored[NOTICE_KEY]));
      })
      .catch(() => undefined);
    // The background may write one while this page is open (it repairs what another device syncs in).
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (live && area === 'local' && NOTICE_KEY in changes) setNotice(asNotice(changes[NOTICE_KEY].newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);

  if (!notice) return null;
  const dismiss = () => {
    setNotice(undefined);
    void browser.storage.local.remove(NOTICE_KEY).catch(() => undefined);
    onDismissed();
  };
  return (
    <div class="pm-notice" role="status">
      <p>
        <strong>About what Plainly MS saved for you:</strong> {notice}
      </p>
      <button type="button" class="pm-button" onClick={dismiss}>
        Dismiss this message
      </button>
    </div>
  );
}
