/**
 * The frame every typed field shares: its label, its hint, and its error beside it. The control
 * inside gets the ids to point at (aria-describedby), so screen readers read hint and error with it.
 */
import type { ComponentChildren } from 'preact';

export interface FieldFrameProps {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  /** Renders the control, given the value for its aria-describedby. */
  children: (describedBy: string) => ComponentChildren;
}

export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return (
    <div class="pm-field">
      <label class="pm-label" for={id}>
        {label}
      </label>
      <p class="pm-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {children(describedBy)}
      {error && (
        <p class="pm-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
