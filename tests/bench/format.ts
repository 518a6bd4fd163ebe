/** Text formatting shared by the bench's tables: missing figures print as "—", never as 0. */

export const ms = (value: number | null | undefined, digits = 0): string =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : `${value.toFixed(digits)} ms`;

export const times = (value: number, digits = 1): string => (Number.isFinite(value) ? `${value.toFixed(digits)}×` : '—');

/** Plain-text table: figures right-aligned, the first column (or all, with `allLeft`) left-aligned. */
export function table(header: string[], rows: string[][], allLeft = false): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 || allLeft ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
