// "Catriel is a town in Río Negro Province, Argentina, on the left bank of the Colorado River", "Pakenham is a
// village in Lanark County, Ontario, on the Mississippi River": a text that describes a place names the rivers and
// lakes by it. A water feature the gazetteer holds in one other country only, thousands of kilometres from the
// subject, in a text that never names that country, is a namesake there of a river of the subject's own land the
// gazetteer lacks (the Colorado of Patagonia, the Mississippi of Ontario, the Thames of Ontario): better no dot
// than one on another continent. Rivers of several countries have no country in the gazetteer and are left alone,
// as is a river whose country the text names ("the Indus flows on into Pakistan").
import type { ResolutionReason } from '../contracts.ts';
import { describedSubject } from './far-from-subject.ts';
import { kilometres } from './qualifies.ts';
import type { DocumentReading } from './read-document.ts';
import type { Resolution } from './resolve.ts';
import { NAME_ALONE } from './weak-reasons.ts';

// farther than a long river's own reach from a place on its bank: the Indus' point (its delta, Pakistan) lies
// some 1,500 km from the villages of Ladakh, the Mississippi's 2,000 km from the Ottawa valley
const FAR_KM = 1800;

/** A reading chosen by the name alone, or as the curated feature of that name. */
function byNameAlone(reasons: readonly ResolutionReason[]): boolean {
	return reasons.every((r) => r === 'curated' || NAME_ALONE.has(r));
}

/** Indices of the water features to leave unmapped: one country's rivers far from a described subject in another. */
export function riversAbroad(results: Resolution[], reading: DocumentReading, text: string): number[] {
	if (!results.some((r) => r.place.kind === 'water' && r.place.country)) return [];
	const subject = describedSubject(results, reading, text);
	if (!subject?.point) return [];
	const named = new Set<string>();
	for (const { place, mention } of results) if (place.kind === 'country' && place.country && mention.usage === 'literal') named.add(place.country);
	const far: number[] = [];
	for (let j = 0; j < results.length; j++) {
		const { place, reasons, mention } = results[j]!;
		if (place.kind !== 'water' || !place.country || place.country === subject.country || named.has(place.country)) continue;
		if (mention.usage !== 'literal' || !byNameAlone(reasons) || kilometres(place, subject.point) <= FAR_KM) continue;
		far.push(j);
	}
	return far;
}
