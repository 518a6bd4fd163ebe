/** What every settings section gets: the current settings and the way to save them. */
import type { Settings } from '../../lib/settings/schema';
import type { SettingsApi } from './use-settings';

export interface SectionProps {
  settings: Settings;
  api: SettingsApi;
}
