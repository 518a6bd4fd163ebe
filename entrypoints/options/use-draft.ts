/**
 * Text a person is typing into a field whose value is saved as they go: saved after a short pause
 * and when they leave the field, never on every key (sync storage limits writes, and half-typed
 * values are not worth an error). A change from elsewhere (an import, another tab) replaces the
 * text, unless it is the value this field has just saved.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** Long enough to finish typing a number or a host name, short enough to feel immediate. */
export const TYPING_PAUSE_MS = 800;

export interface Draft {
  text: string;
  /** Call on every input. */
  edit: (text: string) => void;
  /** Call when the person leaves the field or confirms (change, blur): saves now if anything is unsaved. */
  flush: () => void;
}

/**
 * @param saved the stored value as text
 * @param commit validates and saves `text`; returns the text form of what was saved (to recognise
 *   it when it comes back), or undefined when nothing was saved
 * @param onReplaced called when a change from elsewhere replaced the text
 */
export function useDraft(saved: string, commit: (text: string) => string | undefined, onReplaced?: () => void): Draft {
  const [text, setText] = useState(saved);
  const lastSaved = useRef(saved);
  const current = useRef(saved);
  const dirty = useRef(false);
  const timer = useRef<number>();
  const commitRef = useRef(commit);
  commitRef.current = commit;
  const replacedRef = useRef(onReplaced);
  replacedRef.current = onReplaced;

  useEffect(() => {
    if (saved === lastSaved.current) return;
    lastSaved.current = saved;
    current.current = saved;
    dirty.current = false;
    window.clearTimeout(timer.current);
    setText(saved);
    replacedRef.current?.();
  }, [saved]);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    const savedForm = commitRef.current(current.current);
    if (savedForm !== undefined) lastSaved.current = savedForm;
  }, []);

  // Closing the tab right after typing: save what was typed rather than drop it with the timer.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.clearTimeout(timer.current);
    };
  }, [flush]);

  const edit = useCallback(
    (next: string) => {
      current.current = next;
      dirty.current = true;
      setText(next);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, TYPING_PAUSE_MS);
    },
    [flush],
  );

  return { text, edit, flush };
}
