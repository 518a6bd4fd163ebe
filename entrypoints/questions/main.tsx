/** A printable page of "My questions", to bring to the next appointment. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { QuestionList } from '../../components/QuestionList';
import { readQuestions, type SavedQuestion } from '../../platform/questions-store';
import './questions.css';

function QuestionsPage() {
  const [questions, setQuestions] = useState<SavedQuestion[]>([]);
  useEffect(() => void readQuestions().then(setQuestions), []);
  return (
    <main>
      <h1>Questions for my MS team</h1>
      <p class="pm-no-print">
        <button type="button" onClick={() => window.print()}>
          Print this list
        </button>
      </p>
      <QuestionList questions={questions} />
      <p class="pm-muted">From Plainly MS. General information, not medical advice.</p>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<QuestionsPage />, app);
