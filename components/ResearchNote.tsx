/** A plain-language research note linked to a term: bottom line first, the rest on request. */
import type { StudyNote } from '../lib/index/schema';

export function ResearchNote({ note }: { note: StudyNote }) {
  const { citation } = note;
  return (
    <details class="pm-note">
      <summary>{note.title}</summary>
      <p>
        <strong>Bottom line:</strong> {note.bottomLine}
      </p>
      <p>
        <strong>What was done:</strong> {note.whatWasDone}
      </p>
      <p>
        <strong>Who should care:</strong> {note.whoShouldCare}
      </p>
      <p>
        <strong>Limits:</strong> {note.limits}
      </p>
      <p class="pm-muted">
        <a href={citation.url} target="_blank" rel="noopener noreferrer">
          {citation.authors}. {citation.title}. {citation.journal}, {citation.year}.
        </a>
      </p>
    </details>
  );
}
