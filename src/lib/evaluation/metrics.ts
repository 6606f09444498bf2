// Distance metrics shared by every evaluation set: pairs of gold and predicted toponyms as the
// GWN/EUPEG tooling makes them, and the error summaries (Acc@161, AUC, median, mean).
import { distance } from '@turf/turf';
import type { Toponym } from '../contracts.ts';

const EARTH_HALF_CIRCUMFERENCE_KM = 20039;
const MIDPOINT_TOLERANCE = 10;
export const ACCURATE_KM = 161;

/** A gold toponym with a point: the part of an annotation geocoding needs. */
export interface GoldPoint {
	start: number;
	end: number;
	name: string;
	lat: number | null;
	lon: number | null;
}

export interface GeocodingPair<G extends GoldPoint = GoldPoint> {
	gold: G;
	predicted: Toponym;
	km: number;
}

/** Geocoding pairs as in the GWN/EUPEG tooling: same lower-cased text, span midpoints < 10 characters apart. */
export function geocodingPairs<G extends GoldPoint>(gold: G[], predicted: Toponym[]): GeocodingPair<G>[] {
	const pairs: GeocodingPair<G>[] = [];
	const used = new Set<Toponym>();
	for (const g of gold) {
		if (g.lat === null || g.lon === null) continue;
		const middle = (g.start + g.end) / 2;
		const name = g.name.toLowerCase();
		const match = predicted.find((p) => !used.has(p) && p.name.toLowerCase() === name && Math.abs((p.start + p.end) / 2 - middle) < MIDPOINT_TOLERANCE);
		if (!match) continue;
		used.add(match);
		pairs.push({ gold: g, predicted: match, km: distance([g.lon, g.lat], [match.lon, match.lat], { units: 'kilometers' }) });
	}
	return pairs;
}

export interface DistanceSummary {
	gold: number;
	matched: number;
	recall: number;
	accuracyAt161: number;
	auc: number;
	meanKm: number;
	medianKm: number;
}

function median(sorted: number[]): number {
	if (sorted.length === 0) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Area under the curve of sorted ln(1+km)/ln(20039), trapezoid rule (0 is perfect, 1 the worst). */
function areaUnderErrorCurve(sorted: number[]): number {
	if (sorted.length < 2) return sorted.length ? Math.log(1 + sorted[0]!) / Math.log(EARTH_HALF_CIRCUMFERENCE_KM) : NaN;
	const scaled = sorted.map((km) => Math.log(1 + km) / Math.log(EARTH_HALF_CIRCUMFERENCE_KM));
	let area = 0;
	for (let i = 1; i < scaled.length; i++) area += (scaled[i - 1]! + scaled[i]!) / 2;
	return area / (scaled.length - 1);
}

/** Recall against the gold count and the distance metrics over the matched pairs (never multiplied by recall). */
export function summarizeDistances(gold: number, kilometres: number[]): DistanceSummary {
	const sorted = [...kilometres].sort((a, b) => a - b);
	return {
		gold,
		matched: sorted.length,
		recall: gold ? sorted.length / gold : 0,
		accuracyAt161: sorted.length ? sorted.filter((km) => km <= ACCURATE_KM).length / sorted.length : 0,
		auc: areaUnderErrorCurve(sorted),
		meanKm: sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : NaN,
		medianKm: median(sorted)
	};
}

export function formatDistances(label: string, s: DistanceSummary): string {
	const f = (x: number) => x.toFixed(3);
	return `${label}   recall ${f(s.recall)}  Acc@161 ${f(s.accuracyAt161)}  AUC ${f(s.auc)}  median ${s.medianKm.toFixed(1)} km  mean ${s.meanKm.toFixed(0)} km   (${s.matched} of ${s.gold} matched)`;
}
