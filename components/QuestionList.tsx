/**
 * "My questions": the terms a person saved from cards, with the question each suggests. Shared by
 * the popup and the printable page. Kept in this browser only.
 */
import type { SavedQuestion } from '../platform/questions-store';

export interface QuestionListProps {
  questions: SavedQuestion[];
  /** Shows a remove button per question when given. */
  onRemove?: (termId: string) => void;
}

export function QuestionList({ questions, onRemove }: QuestionListProps) {
  if (questions.length === 0) {
    return <p class="pm-muted">No questions yet. Use “Add to my questions” on any card.</p>;
  }
  return (
    <ol class="pm-questions">
      {questions.map((saved) => (
        <li key={saved.termId}>
          <strong>{saved.name}:</strong> {saved.question}
          {onRemove && (
            <button type="button" class="pm-remove" onClick={() => onRemove(saved.termId)} aria-label={`Remove the question about ${saved.name}`}>
              Remove
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
