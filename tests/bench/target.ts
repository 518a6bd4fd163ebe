/** A target from an issue next to the figure measured for it. The verdict is computed, never written in. */

export type Verdict = 'met' | 'missed' | 'no figure';

export interface Target {
  name: string;
  goal: string;
  result: string;
  verdict: Verdict;
}

const missing = (value: number | null | undefined): value is null | undefined => value === null || value === undefined || Number.isNaN(value);

export function atMost(value: number | null | undefined, limit: number): Verdict {
  return missing(value) ? 'no figure' : value <= limit ? 'met' : 'missed';
}

export function atLeast(value: number | null | undefined, limit: number): Verdict {
  return missing(value) ? 'no figure' : value >= limit ? 'met' : 'missed';
}
