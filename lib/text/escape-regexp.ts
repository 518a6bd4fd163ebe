/** Text made safe to put inside a regular expression as itself ("95% CI (0.5)" matches literally). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
