import type { GazetteerPlace } from './types.ts';

/**
 * How likely a place is to be meant when nothing else is known: population, with capitals and
 * administrative seats lifted (news names capitals far beyond their size). Non-city entries carry
 * an importance on the same scale in their population field.
 */
export function importance(place: Pick<GazetteerPlace, 'population' | 'featureCode' | 'knownAbroad'>): number {
	const base = Math.max(place.population, 1);
	switch (place.featureCode) {
		case 'PPLC':
			return base * 4;
		case 'PPLA':
			return base * 1.5;
		case 'PPLX': // sections of a city: rarely meant by a bare name, unless named in many languages ("a Hollywood producer")
			return place.knownAbroad ? base : base * 0.3;
		case 'PPLH': // historical places
		case 'PPLQ': // abandoned places
			return base * 0.1;
		default:
			return base;
	}
}
