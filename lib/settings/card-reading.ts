import type { Settings } from './schema';

/**
 * The settings that shape how a card reads: who it is for, whose label facts come first, and its
 * text size. The page's card, the options preview and the popup's card all take exactly these.
 */
export type CardReading = Pick<Settings, 'audience' | 'region' | 'textSizePercent'>;

export function cardReadingOf({ audience, region, textSizePercent }: Settings): CardReading {
  return { audience, region, textSizePercent };
}
