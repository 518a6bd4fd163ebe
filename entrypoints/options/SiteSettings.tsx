/** Where Plainly MS runs: paused everywhere, never on some sites, or only on some. */
import { CheckboxField } from './CheckboxField';
import { ChoiceField } from './ChoiceField';
import { FIELD_LABELS } from '../../lib/settings/field-labels';
import type { SectionProps } from './section-props';
import { SiteListField } from './SiteListField';

export function SiteSettings({ settings, api }: SectionProps) {
  return (
    <section class="pm-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Where it runs</h2>
      <ChoiceField
        name="run-mode"
        legend={FIELD_LABELS.runMode}
        value={settings.runMode}
        choices={[
          { value: 'every-site', label: 'On every page I open', hint: 'Terms are marked as pages load.' },
          {
            value: 'on-click',
            label: 'Only when I click the Plainly MS button',
            hint: 'Pages are not read until you open the toolbar button on them.',
          },
        ]}
        onChoose={(value) => void api.saveField('runMode', value)}
      />
      <div class="pm-field">
        <CheckboxField
          id="paused"
          label="Pause Plainly MS on every site"
          hint="Nothing is marked anywhere until you switch this off."
          checked={settings.paused}
          onToggle={(checked) => void api.saveField('paused', checked)}
        />
      </div>
      <SiteListField
        id="never-sites"
        label={FIELD_LABELS.neverOnSites}
        hint="One site per line, such as example.org. Its sub-domains count too (www.example.org)."
        sites={settings.neverOnSites}
        onSave={(sites, problem) => void api.saveField('neverOnSites', sites, problem)}
        onInvalid={(reason) => api.reportInvalid(FIELD_LABELS.neverOnSites, reason)}
      />
      <SiteListField
        id="only-sites"
        label={FIELD_LABELS.onlyOnSites}
        hint="Leave this empty to run on every site. One site per line. A site in both lists is left alone."
        sites={settings.onlyOnSites}
        onSave={(sites, problem) => void api.saveField('onlyOnSites', sites, problem)}
        onInvalid={(reason) => api.reportInvalid(FIELD_LABELS.onlyOnSites, reason)}
      />
      {api.listsOnDeviceOnly && (
        <p class="pm-hint" id="sites-on-device">
          These lists are too long for the browser to sync, so they are kept on this device only. Your other settings still sync.
        </p>
      )}
    </section>
  );
}
