/**
 * The kinds of label warnings in a safety section, in the order a card shows them. Apart from the
 * schema so the card can list them without loading zod into pages.
 */
export const SAFETY_KINDS = ['boxedWarnings', 'contraindications', 'seriousRisks', 'interactions', 'pregnancy', 'breastfeeding'] as const;
export type SafetyKind = (typeof SAFETY_KINDS)[number];
