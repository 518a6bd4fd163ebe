/**
 * A regular expression as data: the build writes the source and flags into a JSON literal, the page
 * turns them back into a RegExp (compiling a literal source is cheap; building it was not).
 */
export interface RegExpSource {
  source: string;
  flags: string;
}

export function toRegExp({ source, flags }: RegExpSource): RegExp {
  return new RegExp(source, flags);
}
