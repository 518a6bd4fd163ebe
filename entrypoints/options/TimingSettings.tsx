/** How quickly cards open and how long they wait for the pointer: longer helps shaky or slow hands. */
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { NumberField } from './NumberField';
import type { SectionProps } from './section-props';

export function TimingSettings({ settings, api }: SectionProps) {
  return (
    <section class="pm-section" aria-labelledby="timing-heading">
      <h2 id="timing-heading">Timing</h2>
      <NumberField
        field="hoverDelayMs"
        settings={settings}
        api={api}
        id="hover-delay"
        hint={`How long the pointer rests on a term before its card opens, in milliseconds (1000 is one second). Longer helps if your hand shakes. Normal: ${DEFAULT_SETTINGS.hoverDelayMs}.`}
        unit="milliseconds"
        lessLabel="Shorter"
        moreLabel="Longer"
        step={50}
      />
      <NumberField
        field="graceMs"
        settings={settings}
        api={api}
        id="grace"
        hint={`How long a card stays open while you move the pointer from the term onto the card, in milliseconds. Longer helps if moving the pointer is slow. Normal: ${DEFAULT_SETTINGS.graceMs}.`}
        unit="milliseconds"
        lessLabel="Shorter"
        moreLabel="Longer"
        step={50}
      />
    </section>
  );
}
