/**
 * A medicine's label warnings on its card, kind by kind, each with the region whose label says it;
 * the reader's own region first. Kinds the labels do not have are left out; pregnancy and
 * breastfeeding are always there (the schema requires them).
 */
import { ownRegionFirst } from '../lib/index/own-region-first';
import { SAFETY_KINDS, type SafetyKind } from '../lib/index/safety-kinds';
import type { SafetySection } from '../lib/index/schema';
import type { LabelRegion } from '../lib/settings/schema';

const KIND_HEADINGS: Record<SafetyKind, string> = {
  boxedWarnings: 'Most serious warnings',
  contraindications: 'Do not use it if',
  seriousRisks: 'Serious risks',
  interactions: 'Other medicines and vaccines',
  pregnancy: 'Pregnancy',
  breastfeeding: 'Breastfeeding',
};

export function LabelWarnings({ safety, region }: { safety: SafetySection; region: LabelRegion }) {
  return (
    <section class="pm-safety" aria-label="Label warnings">
      <h3>Label warnings</h3>
      {safety.partial && (
        <p class="pm-muted">This list may not hold every warning on the label. Read the leaflet that comes with the medicine, or ask your pharmacist.</p>
      )}
      {SAFETY_KINDS.filter((kind) => safety[kind].length > 0).map((kind) => (
        <section key={kind} aria-label={KIND_HEADINGS[kind]}>
          <h4>{KIND_HEADINGS[kind]}</h4>
          <ul>
            {ownRegionFirst(safety[kind], region).map((item) => (
              <li key={`${item.region}-${item.text}`}>
                <strong>{item.region}:</strong> {item.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
