/**
 * The card for ocrelizumab as it will look with the chosen audience, region and text size: the same
 * TermCard as on pages, scaled the way the content script scales it (--pm-scale on a wrapper).
 */
import { useEffect, useState } from 'preact/hooks';
import { TermCard } from '../../components/TermCard';
import { getTerm } from '../../platform/background-client';
import type { TermResponse } from '../../lib/messages';
import type { CardReading } from '../../lib/settings/card-reading';

const PREVIEW_TERM = 'ocrelizumab';

export function Preview({ audience, region, textSizePercent }: CardReading) {
  // undefined: still asking; null: the background had no answer.
  const [answer, setAnswer] = useState<TermResponse | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void getTerm(PREVIEW_TERM).then((response) => {
      if (live) setAnswer(response);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <section class="pm-section pm-preview-section" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      <p class="pm-hint">A card as it will look with your settings.</p>
      <div class="pm-preview" style={{ '--pm-scale': String(textSizePercent / 100) }}>
        {answer === undefined && <p>Loading the preview…</p>}
        {answer === null && <p>The preview could not be loaded. Your settings still work.</p>}
        {answer && <TermCard term={answer.term} studies={answer.studies} reading={{ audience, region }} headingId="preview-card-name" />}
      </div>
    </section>
  );
}
