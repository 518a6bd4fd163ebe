import type { Region } from './schema';
import type { LabelRegion } from '../settings/schema';

/**
 * Whether a label fact's region is the person's own: "EU/UK" readers own EU, UK and EU/UK facts, and
 * an "International" fact (the labels agree) belongs to everyone.
 */
export function isOwnRegion(region: Region, own: LabelRegion): boolean {
  if (region === 'International') return true;
  return own === 'US' ? region === 'US' : region === 'EU' || region === 'UK' || region === 'EU/UK';
}

/** The person's region first, the rest in the entry's order (a stable sort). */
export function ownRegionFirst<Fact extends { region: Region }>(facts: readonly Fact[], own: LabelRegion): Fact[] {
  return [...facts].sort((a, b) => Number(isOwnRegion(b.region, own)) - Number(isOwnRegion(a.region, own)));
}
