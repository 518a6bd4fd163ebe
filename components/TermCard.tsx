/**
 * The one card that explains a term, shown in the page's popover and in the toolbar popup.
 * Plain text first (what it is, why it matters, what to ask), then a medicine's label warnings and
 * region-specific label facts, the clinician's details folded away, research notes and sources. Text only: nothing is rendered as HTML.
 */
import { useState } from 'preact/hooks';
import { ownRegionFirst } from '../lib/index/own-region-first';
import type { StudyNote, TermEntry } from '../lib/index/schema';
import type { CardReading } from '../lib/settings/card-reading';
import type { LabelRegion } from '../lib/settings/schema';
import { LabelWarnings } from './LabelWarnings';
import { ResearchNote } from './ResearchNote';
import { SourceList } from './SourceList';

const CATEGORY_LABEL: Record<TermEntry['category'], string> = {
  drug: 'MS medicine',
  'symptom-treatment': 'Symptom treatment',
  test: 'Test or scan',
  disease: 'About MS',
  safety: 'Safety',
  research: 'Research term',
  pregnancy: 'Pregnancy and family',
};

export interface TermCardProps {
  term: TermEntry;
  studies: StudyNote[];
  /** Shown as a close button when the card can be dismissed. */
  onClose?: () => void;
  /** Heading id, so a dialog can be labelled by it. */
  headingId?: string;
  /** Who reads it (clinicians get their part open) and whose label facts come first; the text size is the caller's wrapper's. */
  reading?: Pick<CardReading, 'audience' | 'region'>;
  /** Adds this term to "My questions"; the button shows when given. */
  onSaveQuestion?: (term: TermEntry) => Promise<void>;
}

function SaveQuestionButton({ term, onSave }: { term: TermEntry; onSave: (term: TermEntry) => Promise<void> }) {
  const [saved, setSaved] = useState(false);
  return (
    <button
      type="button"
      class="pm-save-question"
      aria-pressed={saved}
      onClick={() => void onSave(term).then(() => setSaved(true))}
    >
      {saved ? 'Added to my questions ✓' : 'Add to my questions'}
    </button>
  );
}

function OtherNames({ term }: { term: TermEntry }) {
  if (term.aliases.length === 0) return null;
  const names = term.aliases.map((alias) => (alias.region ? `${alias.text} (${alias.region})` : alias.text));
  return <p class="pm-aliases">Also called: {names.join(', ')}</p>;
}

function ClinicianDetails({ term, open }: { term: TermEntry; open: boolean }) {
  const clinician = term.clinician;
  if (!clinician) return null;
  return (
    <details class="pm-clinician" open={open}>
      <summary>For clinicians</summary>
      {clinician.definition && (
        <p>
          <strong>Definition:</strong> {clinician.definition}
        </p>
      )}
      {clinician.inPractice && (
        <p>
          <strong>In practice:</strong> {clinician.inPractice}
        </p>
      )}
      {clinician.keyNumber && (
        <p>
          <strong>Key number:</strong> {clinician.keyNumber}
        </p>
      )}
      {clinician.mechanism && (
        <p>
          <strong>How it works:</strong> {clinician.mechanism}
        </p>
      )}
      {clinician.routeAndSchedule && (
        <p>
          <strong>Route and schedule:</strong> {clinician.routeAndSchedule}
        </p>
      )}
      {clinician.monitoring && (
        <p>
          <strong>Monitoring:</strong> {clinician.monitoring}
        </p>
      )}
      {clinician.keyTrials && clinician.keyTrials.length > 0 && (
        <ul>
          {clinician.keyTrials.map((trial) => (
            <li key={trial.name}>
              <strong>{trial.name}:</strong> {trial.result}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function RegionFacts({ term, region }: { term: TermEntry; region: LabelRegion }) {
  if (term.regionFacts.length === 0) return null;
  const facts = ownRegionFirst(term.regionFacts, region);
  return (
    <section aria-label="Label facts by region">
      <h3>Label facts by region</h3>
      <ul>
        {facts.map((fact) => (
          <li key={`${fact.region}-${fact.topic}-${fact.text}`}>
            <strong>
              {fact.region}, {fact.topic}:
            </strong>{' '}
            {fact.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TermCard({ term, studies, onClose, headingId, reading = { audience: 'patient', region: 'US' }, onSaveQuestion }: TermCardProps) {
  const { audience, region } = reading;
  return (
    <article class="pm-card" data-term-id={term.id}>
      <header class="pm-header">
        <div>
          <p class="pm-category">{CATEGORY_LABEL[term.category]}</p>
          <h2 id={headingId} class="pm-name">
            {term.name}
          </h2>
        </div>
        {onClose && (
          <button type="button" class="pm-close" onClick={onClose} aria-label="Close">
            ×
          </button>
        )}
      </header>
      <OtherNames term={term} />
      <p class="pm-summary">{term.summary}</p>
      <section aria-label="Why it matters">
        <h3>Why it matters</h3>
        <p>{term.whyItMatters}</p>
      </section>
      {term.askOrWatch && (
        <section aria-label="Ask or watch for">
          <h3>Ask or watch for</h3>
          <p>{term.askOrWatch}</p>
        </section>
      )}
      {onSaveQuestion && <SaveQuestionButton term={term} onSave={onSaveQuestion} />}
      {term.alsoUsedFor && <p class="pm-muted">Also used for: {term.alsoUsedFor}</p>}
      {term.safety && <LabelWarnings safety={term.safety} region={region} />}
      <RegionFacts term={term} region={region} />
      <ClinicianDetails term={term} open={audience === 'clinician'} />
      {studies.length > 0 && (
        <section aria-label="Research notes">
          <h3>Research notes</h3>
          {studies.map((note) => (
            <ResearchNote key={note.id} note={note} />
          ))}
        </section>
      )}
      <SourceList sources={term.sources} review={term.review} />
      <p class="pm-disclaimer">General information, not medical advice. Ask your MS team about your own care.</p>
    </article>
  );
}
