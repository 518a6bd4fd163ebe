import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { QuestionList } from '../../components/QuestionList';
import { questionsAsText, type SavedQuestion } from '../../platform/questions-store';

/** The questions saved from cards, to copy or print for the next appointment. */
export function MyQuestions({ questions, onRemove }: { questions: SavedQuestion[]; onRemove: (termId: string) => void }) {
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
