/**
 * On/off for the site in the current tab, and pause everywhere. The site's host comes from the
 * tab's own content script (no "tabs" permission needed); pages where it cannot run show no switch.
 */
import type { Settings } from '../../lib/settings/schema';
import { siteAllowed, switchSite } from '../../lib/settings/site-rules';

export interface SiteControlsProps {
  settings: Settings;
  host: string | undefined;
  onChange: (change: Partial<Settings>) => void;
}

export function SiteControls({ settings, host, onChange }: SiteControlsProps) {
  // The rule marking follows: a listed parent domain or an "only on" list decides here too.
  const onHere = host !== undefined && siteAllowed(settings, host);
  return (
    <section class="pm-site" aria-label="Where it runs">
      {host !== undefined && (
        <label class="pm-switch">
          <input
            type="checkbox"
            checked={onHere}
            onChange={(event) => onChange(switchSite(settings, host, event.currentTarget.checked))}
          />
          Mark terms on {host}
        </label>
      )}
      <label class="pm-switch">
        <input type="checkbox" checked={settings.paused} onChange={(event) => onChange({ paused: event.currentTarget.checked })} />
        Pause everywhere
      </label>
    </section>
  );
}
