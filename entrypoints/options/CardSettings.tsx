/** How cards read: who they are for, whose label facts come first, how large the text is. */
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { type Audience, type LabelRegion } from '../../lib/settings/schema';
import { ChoiceField, type Choice } from './ChoiceField';
import { NumberField } from './NumberField';
import type { SectionProps } from './section-props';

const AUDIENCES: Choice<Audience>[] = [
  { value: 'patient', label: 'A person with MS', hint: 'Plain words. The part for clinicians stays folded; you can still open it.' },
  { value: 'caregiver', label: 'A family member, friend or carer', hint: 'Plain words, the same as for a person with MS.' },
  {
    value: 'clinician',
    label: 'A doctor, nurse or other clinician',
    hint: 'The “For clinicians” part opens by itself: how it works, dosing, monitoring and trial results.',
  },
];

const REGIONS: Choice<LabelRegion>[] = [
  { value: 'US', label: 'United States', hint: 'FDA drug labels.' },
  { value: 'EU/UK', label: 'European Union and United Kingdom', hint: 'EMA and MHRA drug labels.' },
];

export function CardSettings({ settings, api }: SectionProps) {
  return (
    <section class="pm-section" aria-labelledby="cards-heading">
      <h2 id="cards-heading">Cards</h2>
      <ChoiceField name="audience" legend="Who reads the cards?" choices={AUDIENCES} value={settings.audience} onChoose={(value) => void api.saveField('audience', value)} />
      <ChoiceField
        name="region"
        legend="Whose drug label facts come first?"
        hint="Cards show the label facts of every region; the ones you pick come first."
        choices={REGIONS}
        value={settings.region}
        onChoose={(value) => void api.saveField('region', value)}
      />
      <NumberField
        field="textSizePercent"
        settings={settings}
        api={api}
        id="text-size"
        hint={`In percent: 100 is the normal size, 200 is twice as large. Normal: ${DEFAULT_SETTINGS.textSizePercent}.`}
        unit="percent"
        lessLabel="Smaller"
        moreLabel="Larger"
        step={10}
      />
    </section>
  );
}
