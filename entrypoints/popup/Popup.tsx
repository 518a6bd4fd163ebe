/**
 * The toolbar popup: switches for this site and everywhere, a search over every term, the terms
 * marked on the current tab (click one to go to it on the page), and "My questions".
 * Picking a term shows the same TermCard as the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { QuestionList } from '../../components/QuestionList';
import { SearchBox } from '../../components/SearchBox';
import { TermCard } from '../../components/TermCard';
import { getTabTerms, getTerm, searchTerms } from '../../platform/background-client';
import { addQuestion, questionsAsText, readQuestions, removeQuestion, type SavedQuestion } from '../../platform/questions-store';
import { onSettingsChanged, readSettings, updateSettings } from '../../platform/settings-store';
import { asPageInfoResponse } from '../../lib/content-messages';
import { askPage, tellAllFrames } from '../../platform/page-requests';
import type { TabTermsResponse, TermResponse } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { SiteControls } from './SiteControls';

/** A little longer than the content script's report delay (plainly-page.ts), plus a first scan. */
const PAGE_REPORT_WAIT_MS = 1_200;

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}


function PageTerms({ terms, onPick }: { terms: TabTermsResponse; onPick: (id: string) => void }) {
  return (
    <section class="pm-page-terms" aria-label="On this page">
      <h2>On this page</h2>
      {terms.length === 0 ? (
        <p class="pm-muted">No MS terms marked on this page.</p>
      ) : (
        <ul>
          {terms.map((term) => (
            <li key={term.id}>
              <button type="button" onClick={() => onPick(term.id)}>
                {term.name} <span class="pm-count">×{term.count}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MyQuestions({ questions, onRemove }: { questions: SavedQuestion[]; onRemove: (termId: string) => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <section class="pm-my-questions" aria-label="My questions">
      <h2>My questions</h2>
      <QuestionList questions={questions} onRemove={onRemove} />
      {questions.length > 0 && (
        <p class="pm-actions">
          <button type="button" onClick={() => void navigator.clipboard.writeText(questionsAsText(questions)).then(() => setCopied(true))}>
            {copied ? 'Copied ✓' : 'Copy as text'}
          </button>
          <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/questions.html') })}>
            Print…
          </button>
        </p>
      )}
    </section>
  );
}

export function Popup() {
  const [selected, setSelected] = useState<TermResponse>(null);
  const [pageTerms, setPageTerms] = useState<TabTermsResponse>([]);
  const [tabId, setTabId] = useState<number>();
  const [host, setHost] = useState<string>();
  const [settings, setSettings] = useState<Settings>();
  const [questions, setQuestions] = useState<SavedQuestion[]>([]);

  useEffect(() => {
    onSettingsChanged(setSettings);
    void readQuestions().then(setQuestions);
    void Promise.all([readSettings(), activeTabId()]).then(async ([{ settings: loaded }, id]) => {
      setSettings(loaded);
      if (id === undefined) return;
      setTabId(id);
      // Opening the toolbar button is the click "on-click" mode waits for: every frame of the tab may read now.
      if (loaded.runMode === 'on-click') {
        await tellAllFrames(id, { type: 'activate' });
        // The page reports its terms shortly after it has been read: ask again then.
        window.setTimeout(() => void getTabTerms(id).then(setPageTerms), PAGE_REPORT_WAIT_MS);
      }
      setPageTerms(await getTabTerms(id));
      const info = asPageInfoResponse(await askPage(id, { type: 'page-info' }));
      if (info) setHost(info.host);
    });
  }, []);

  const pick = (id: string) => void getTerm(id).then(setSelected);
  const goToTerm = async (termId: string) => {
    if (tabId !== undefined && (await askPage(tabId, { type: 'show-term', termId })) === true) window.close();
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
          <TermCard term={selected.term} studies={selected.studies} audience={settings?.audience} region={settings?.region} onSaveQuestion={saveQuestion} />
        </>
      ) : (
        <>
          {settings && <SiteControls settings={settings} host={host} onChange={(change) => void updateSettings(change)} />}
          <SearchBox search={searchTerms} onPick={pick} />
          <PageTerms terms={pageTerms} onPick={(id) => void goToTerm(id)} />
          <MyQuestions questions={questions} onRemove={(termId) => void removeQuestion(termId).then(readQuestions).then(setQuestions)} />
        </>
      )}
    </main>
  );
}
