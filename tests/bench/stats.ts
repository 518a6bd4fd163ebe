/** Small number helpers shared by the measurements and the report. */

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Megabytes as 10^6 characters: the generated text is ASCII, so characters are bytes. */
export function megabytes(chars: number): number {
  return chars / 1_000_000;
}
