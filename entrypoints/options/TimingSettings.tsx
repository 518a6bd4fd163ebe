/** How quickly cards open and how long they wait for the pointer: longer helps shaky or slow hands. */
import { DEFAULT_SETTINGS, Settings, FIELD_LABELS } from '../../lib/settings';
import { NumberField } from './NumberField';
import type { SectionProps } from './section-props';

export function TimingSettings({ settings, api }: SectionProps) {
  return (
    <section class="pm-section" aria-labelledby="timing-heading">
      <h2 id="timing-heading">Timing</h2>
      <NumberField
        id="hover-delay"
        label={FIELD_LABELS.hoverDelayMs}
        hint={`How long the pointer rests on a term before its card opens, in milliseconds (1000 is one second). Longer helps if your hand shakes. Normal: ${DEFAULT_SETTINGS.hoverDelayMs}.`}
        unit="milliseconds"
        lessLabel="Shorter"
        moreLabel="Longer"
        step={50}
        schema={Settings.shape.hoverDelayMs}
        value={settings.hoverDelayMs}
        onSave={(value) => void api.saveField('hoverDelayMs', value)}
        onInvalid={(reason) => api.reportInvalid(FIELD_LABELS.hoverDelayMs, reason)}
      />
      <NumberField
        id="grace"
        label={FIELD_LABELS.graceMs}
        hint={`How long a card stays open while you move the pointer from the term onto the card, in milliseconds. Longer helps if moving the pointer is slow. Normal: ${DEFAULT_SETTINGS.graceMs}.`}
        unit="milliseconds"
        lessLabel="Shorter"
        moreLabel="Longer"
        step={50}
        schema={Settings.shape.graceMs}
        value={settings.graceMs}
        onSave={(value) => void api.saveField('graceMs', value)}
        onInvalid={(reason) => api.reportInvalid(FIELD_LABELS.graceMs, reason)}
      />
    </section>
  );
}
