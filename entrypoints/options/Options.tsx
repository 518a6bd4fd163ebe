/**
 * The options page: every setting in plain words, saved as soon as it changes, with a live preview
 * of a card. Built for people with poor vision, fatigue or a tremor: large text and targets,
 * visible focus, every control labelled, all of it usable with the keyboard alone.
 */
import { useRef } from 'preact/hooks';
import { cardReadingOf } from '../../lib/settings/card-reading';
import { BackupSettings } from './BackupSettings';
import { CardSettings } from './CardSettings';
import { MarkSettings } from './MarkSettings';
import { Notice } from './Notice';
import { Preview } from './Preview';
import { SaveBar } from './SaveBar';
import { SiteSettings } from './SiteSettings';
import { TimingSettings } from './TimingSettings';
import { useSettings } from './use-settings';

export function Options() {
  const api = useSettings();
  const heading = useRef<HTMLHeadingElement>(null);
  const { settings } = api;

  return (
    <>
      <header class="pm-page-header">
        <h1 ref={heading} tabIndex={-1}>
          Plainly MS settings
        </h1>
        <p class="pm-lead">Every change is saved as soon as you make it. There is no save button.</p>
      </header>
      <main class="pm-options">
        {/* After dismissing, focus goes to the top of the page instead of being lost. */}
        <Notice onDismissed={() => heading.current?.focus()} />
        {settings ? (
          <div class="pm-layout">
            <CardSettings settings={settings} api={api} />
            <Preview {...cardReadingOf(settings)} />
            <MarkSettings settings={settings} api={api} />
            <TimingSettings settings={settings} api={api} />
            <SiteSettings settings={settings} api={api} />
            <BackupSettings settings={settings} api={api} />
          </div>
        ) : (
          <p>Loading your settings…</p>
        )}
      </main>
      <SaveBar status={api.status} />
    </>
  );
}
