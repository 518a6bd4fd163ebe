/**
 * Look-alike rules (lib/match/look-alike-rules.ts) are keyed by a form exactly as its entry writes
 * it: the page matcher looks a match's rule up as LOOK_ALIKE_RULES[match.form], where match.form is
 * the form's text in the matcher table, case and all, with no folding. A key that no form of the
 * index has, because an alias was renamed or re-cased in data/, is a rule that never applies, and
 * nothing else would notice.
 */
import { describe, expect, it } from 'vitest';
import { LOOK_ALIKE_RULES } from '../../lib/match/look-alike-rules';
import { shippedTable } from './shipped-index';

/** The index's form texts that equal `key` but for case: the failure then shows a near miss, if any. */
const formsLike = (key: string) => [...new Set(shippedTable().map((form) => form.text))].filter((text) => text.toLowerCase() === key.toLowerCase());

describe('look-alike rules', () => {
  it.each(Object.keys(LOOK_ALIKE_RULES))('the rule for "%s" is keyed by a form the index has, as written', (key) => {
    expect(formsLike(key)).toContain(key);
  });
});
