/** What is marked on pages and how: kinds of terms, the look of the marks, every time or once. */
import type { MarkStyle } from '../../lib/settings/schema';
import { CategoriesField } from './CategoriesField';
import { ChoiceField, type Choice } from './ChoiceField';
import type { SectionProps } from './section-props';

const MARK_STYLES: Choice<MarkStyle>[] = [
  { value: 'underline', label: 'Underline', hint: 'A quiet line under each term.' },
  { value: 'background', label: 'Coloured background', hint: 'A light colour behind each term. Easier to spot.' },
  {
    value: 'none',
    label: 'No marks',
    hint: 'Nothing is marked. Cards open only with the keyboard shortcut: Alt+Shift+N for the next term, Alt+Shift+P for the one before.',
  },
];

const OCCURRENCES: Choice<boolean>[] = [
  { value: false, label: 'Every time it appears' },
  { value: true, label: 'Only the first time on each page', hint: 'Fewer marks, a calmer page.' },
];

export function MarkSettings({ settings, api }: SectionProps) {
  return (
    <section class="pm-section" aria-labelledby="marks-heading">
      <h2 id="marks-heading">Marks on pages</h2>
      <CategoriesField categories={settings.categories} onChange={(categories) => void api.saveField('categories', categories)} />
      <ChoiceField name="mark-style" legend="How are terms marked?" choices={MARK_STYLES} value={settings.markStyle} onChoose={(value) => void api.saveField('markStyle', value)} />
      <ChoiceField
        name="occurrences"
        legend="How often is a term marked?"
        choices={OCCURRENCES}
        value={settings.firstOccurrenceOnly}
        onChoose={(value) => void api.saveField('firstOccurrenceOnly', value)}
      />
    </section>
  );
}
