/**
 * The toolbar popup: switches for this site and everywhere, a search over every term, the terms
 * marked on the current tab (click one to go to it on the page), and "My questions".
 * Picking a term shows the same TermCard as the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { SearchBox } from '../../components/SearchBox';
import { TermCard } from '../../components/TermCard';
import type { TermResponse } from '../../lib/messages';
import type { Settings } from '../../lib/settings/schema';
import { getTerm, searchTerms } from '../../platform/background-client';
import { askPage } from '../../platform/page-requests';
import { addQuestion, readQuestions, removeQuestion, type SavedQuestion } from '../../platform/questions-store';
import { updateSettings } from '../../platform/settings-client';
import { onSettingsChanged, readSettings } from '../../platform/settings-reader';
import { MyQuestions } from './MyQuestions';
import { PageTerms } from './PageTerms';
import { SiteControls } from './SiteControls';
import { useCurrentTab } from './use-current-tab';

export function Popup() {
  const [selected, setSelected] = useState<TermResponse>(null);
  const [settings, setSettings] = useState<Settings>();
  const [questions, setQuestions] = useState<SavedQuestion[]>([]);
  const tab = useCurrentTab(settings?.runMode);

  useEffect(() => {
    onSettingsChanged(setSettings);
    void readQuestions().then(setQuestions);
    void readSettings().then(({ settings: loaded }) => setSettings(loaded));
  }, []);

  const pick = (id: string) => void getTerm(id).then(setSelected);
  const goToTerm = async (termId: string) => {
    if (tab.tabId !== undefined && (await askPage(tab.tabId, { type: 'show-term', termId })) === true) window.close();
    else pick(termId); // the page no longer has it: show the card here instead
  };
  const saveQuestion = async (term: Parameters<typeof addQuestion>[0]) => {
    await addQuestion(term);
    setQuestions(await readQuestions());
  };

  return (
    <main class="pm-popup">
      <h1>Plainly MS</h1>
      {selected ? (
        <>
          <button type="button" class="pm-back" onClick={() => setSelected(null)}>
            ← Back
          </button>
          {/* The person's text size here too, as on pages (--pm-scale, components/term-card.css). */}
          <div style={{ '--pm-scale': String((settings?.textSizePercent ?? 100) / 100) }}>
            <TermCard term={selected.term} studies={selected.studies} reading={settings} onSaveQuestion={saveQuestion} />
          </div>
        </>
      ) : (
        <>
          {settings && <SiteControls settings={settings} host={tab.host} onChange={(change) => void updateSettings(change)} />}
          <SearchBox search={searchTerms} onPick={pick} />
          <PageTerms terms={tab.terms} onPick={(id) => void goToTerm(id)} />
          <MyQuestions questions={questions} onRemove={(termId) => void removeQuestion(termId).then(readQuestions).then(setQuestions)} />
        </>
      )}
    </main>
  );
}
