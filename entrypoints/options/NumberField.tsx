/**
 * A whole number within the schema's range, typed or changed with two large buttons (easier than
 * the browser's tiny spinner arrows with a tremor). Checked with the field's zod schema: an invalid
 * value shows an error beside the field and is not saved.
 */
import { useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import { FIELD_LABELS } from '../../lib/settings/field-labels';
import { Settings } from '../../lib/settings/schema';
import { FieldFrame } from './FieldFrame';
import type { SectionProps } from './section-props';
import { useDraft } from './use-draft';

/** The settings that are whole numbers: their label, range, value and saving all come from the key. */
export type NumberSetting = 'hoverDelayMs' | 'graceMs' | 'textSizePercent';

export interface NumberFieldProps extends SectionProps {
  field: NumberSetting;
  id: string;
  hint: string;
  /** Shown after the box, in words ("milliseconds", "percent"). */
  unit: string;
  /** Button words, such as "Shorter" / "Longer". */
  lessLabel: string;
  moreLabel: string;
  step: number;
}

/** The whole-number range a schema's gte / lte checks allow (read from the checks themselves). */
function rangeOf(schema: z.ZodMiniType<number>): { min: number; max: number } {
  let min = 0;
  let max = Number.MAX_SAFE_INTEGER;
  for (const check of schema._zod.def.checks ?? []) {
    const { check: kind, value, inclusive } = check._zod.def as { check: string; value?: number; inclusive?: boolean };
    if (typeof value !== 'number') continue;
    if (kind === 'greater_than') min = inclusive ? value : value + 1;
    if (kind === 'less_than') max = inclusive ? value : value - 1;
  }
  return { min, max };
}

export function NumberField({ field, settings, api, id, hint, unit, lessLabel, moreLabel, step }: NumberFieldProps) {
  const label = FIELD_LABELS[field];
  const schema = Settings.shape[field];
  const value = settings[field];
  const onSave = (next: number) => void api.saveField(field, next);
  const onInvalid = (reason: string) => api.reportInvalid(label, reason);
  const { min, max } = rangeOf(schema);
  const [error, setError] = useState<string>();

  const commit = (text: string): string | undefined => {
    const parsed = schema.safeParse(text.trim() === '' ? Number.NaN : Number(text));
    if (!parsed.success) {
      const reason = `Use a whole number from ${min} to ${max}.`;
      setError(reason);
      onInvalid(reason);
      return undefined;
    }
    setError(undefined);
    if (parsed.data !== value) onSave(parsed.data);
    return String(parsed.data);
  };
  const draft = useDraft(String(value), commit, () => setError(undefined));

  const nudge = (direction: -1 | 1) => {
    const from = schema.safeParse(Number(draft.text)).success ? Number(draft.text) : value;
    // Snap to the step, then stay inside the range.
    const next = Math.min(max, Math.max(min, (direction > 0 ? Math.floor(from / step) + 1 : Math.ceil(from / step) - 1) * step));
    draft.edit(String(next));
    draft.flush();
  };

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <div class="pm-number">
          <button type="button" class="pm-button" onClick={() => nudge(-1)}>
            {lessLabel}
            <span class="pm-visually-hidden"> ({label})</span>
          </button>
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={step}
            value={draft.text}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onInput={(event) => draft.edit(event.currentTarget.value)}
            onChange={draft.flush}
            onBlur={draft.flush}
          />
          <span class="pm-unit">{unit}</span>
          <button type="button" class="pm-button" onClick={() => nudge(1)}>
            {moreLabel}
            <span class="pm-visually-hidden"> ({label})</span>
          </button>
        </div>
      )}
    </FieldFrame>
  );
}
