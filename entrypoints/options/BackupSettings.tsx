/** Keep a copy of the settings, or bring settings back from one. */
import { ExportSettings } from './ExportSettings';
import { ImportSettings } from './ImportSettings';
import type { SectionProps } from './section-props';

export function BackupSettings({ settings, api }: SectionProps) {
  return (
    <section class="pm-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Keep or move your settings</h2>
      <ExportSettings />
      <ImportSettings current={settings} replace={api.replace} />
    </section>
  );
}
