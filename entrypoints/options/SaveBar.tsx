/** The one polite status line at the foot of the window: what was just saved, or why not. */
import { useRef } from 'preact/hooks';
import type { SaveStatus } from './use-settings';

export function SaveBar({ status }: { status: SaveStatus | undefined }) {
  // Until the first change the bar stays out of sight; the live region itself is there from the start,
  // so the first message is announced too.
  const used = useRef(false);
  if (status) used.current = true;
  return (
    <footer class={used.current ? 'pm-savebar' : 'pm-savebar pm-savebar-unused'}>
      <p role="status" class={status?.kind === 'error' ? 'pm-savebar-text pm-savebar-error' : 'pm-savebar-text'}>
        {status?.message ?? ''}
      </p>
    </footer>
  );
}
