/** Which kinds of terms are marked on pages: one checkbox per category, in plain words with examples. */
import { Category } from '../../lib/index/schema';
import type { Settings } from '../../lib/settings/schema';
import { CheckboxField } from './CheckboxField';

const CATEGORY_CHOICES: Record<Category, { label: string; hint: string }> = {
  drug: { label: 'MS medicines', hint: 'Such as Ocrevus, Tysabri, cladribine.' },
  'symptom-treatment': { label: 'Symptom treatments', hint: 'Medicines for symptoms and relapses.' },
  test: { label: 'Tests and scans', hint: 'Such as MRI, OCT, EDSS.' },
  disease: { label: 'About MS', hint: 'Such as relapse, optic neuritis, PIRA.' },
  safety: { label: 'Safety', hint: 'Such as PML, JC virus.' },
  research: { label: 'Research terms', hint: 'Such as placebo, hazard ratio.' },
  pregnancy: { label: 'Pregnancy and family', hint: 'Pregnancy and breastfeeding terms.' },
};

export interface CategoriesFieldProps {
  categories: Settings['categories'];
  onChange: (categories: Settings['categories']) => void;
}

export function CategoriesField({ categories, onChange }: CategoriesFieldProps) {
  const noneChosen = Category.options.every((category) => !categories[category]);
  return (
    <fieldset class="pm-field">
      <legend>Kinds of terms to mark</legend>
      {Category.options.map((category) => (
        <CheckboxField
          key={category}
          id={`category-${category}`}
          label={CATEGORY_CHOICES[category].label}
          hint={CATEGORY_CHOICES[category].hint}
          checked={categories[category] ?? true}
          onToggle={(checked) => onChange({ ...categories, [category]: checked })}
        />
      ))}
      {noneChosen && <p class="pm-hint pm-warning">No kind is chosen, so nothing will be marked.</p>}
    </fieldset>
  );
}
