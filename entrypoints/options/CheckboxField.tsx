/** One labelled checkbox with an optional plain hint. */
export interface CheckboxFieldProps {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onToggle: (checked: boolean) => void;
}

export function CheckboxField({ id, label, hint, checked, onToggle }: CheckboxFieldProps) {
  return (
    <div class="pm-choice">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onToggle(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p class="pm-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
