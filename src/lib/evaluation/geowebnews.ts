// Scoring on GeoWebNews with the protocol of Gritta et al. (2020), "A Pragmatic Guide to Geoparsing
// Evaluation": geotagging by exact span, geocoding over recognised toponyms with a GeoNames id.
import { distance } from '@turf/turf';
import type { Toponym } from '../contracts.ts';

export interface GoldToponym {
	start: number;
	end: number;
	name: string;
	type: string;
	lat: number | null;
	lon: number | null;
	geonameid: string | null;
}

export interface GoldDocument {
	id: string;
	text: string;
	toponyms: GoldToponym[];
}

/** Auxiliary labels, never counted as toponyms. */
const AUXILIARY = new Set(['Non_Toponym', 'Literal_Expression', 'Non_Lit_Expression']);
const LITERAL_GROUP = new Set(['Literal', 'Mixed', 'Coercion', 'Embedded_Literal', 'Literal_Modifier']);
const EARTH_HALF_CIRCUMFERENCE_KM = 20039;
const MIDPOINT_TOLERANCE = 10;

export interface Scores {
	documents: number;
	geotagging: { gold: number; predicted: number; correct: number; precision: number; recall: number; f1: number };
	literalRecall: { gold: number; found: number; recall: number };
	geocoding: { gold: number; matched: number; recall: number; accuracyAt161: number; auc: number; meanKm: number; medianKm: number };
}

/** Gold toponyms that geotagging counts: every label but the auxiliary ones. */
export function countedForGeotagging(t: GoldToponym): boolean {
	return !AUXILIARY.has(t.type);
}

function spanKey(start: number, end: number): string {
	return `${start}:${end}`;
}

/** Geotagging: a prediction is correct when a not-yet-matched gold toponym has exactly its span. */
function matchSpans(gold: GoldToponym[], predicted: Toponym[]): { correct: number; found: Set<GoldToponym> } {
	const open = new Map<string, GoldToponym[]>();
	for (const g of gold) {
		const key = spanKey(g.start, g.end);
		open.set(key, [...(open.get(key) ?? []), g]);
	}
	const found = new Set<GoldToponym>();
	let correct = 0;
	for (const p of predicted) {
		const candidates = open.get(spanKey(p.start, p.end));
		const g = candidates?.shift();
		if (g) {
			correct++;
			found.add(g);
			// coinciding gold spans (e.g. two labels on one name) all count as found
			for (const same of candidates ?? []) found.add(same);
		}
	}
	return { correct, found };
}

/** Geocoding pairs as in the GWN/EUPEG tooling: same lower-cased text, span midpoints < 10 characters apart. */
function geocodingErrors(gold: GoldToponym[], predicted: Toponym[]): number[] {
	const errors: number[] = [];
	const used = new Set<Toponym>();
	for (const g of gold) {
		const middle = (g.start + g.end) / 2;
		const name = g.name.toLowerCase();
		const match = predicted.find((p) => !used.has(p) && p.name.toLowerCase() === name && Math.abs((p.start + p.end) / 2 - middle) < MIDPOINT_TOLERANCE);
		if (!match) continue;
		used.add(match);
		errors.push(distance([g.lon!, g.lat!], [match.lon, match.lat], { units: 'kilometers' }));
	}
	return errors;
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

export function scoreGeoWebNews(documents: GoldDocument[], predictions: Map<string, Toponym[]>): Scores {
	let gold = 0;
	let predicted = 0;
	let correct = 0;
	let literalGold = 0;
	let literalFound = 0;
	let geocodingGold = 0;
	const errors: number[] = [];
	for (const doc of documents) {
		const toponyms = doc.toponyms.filter(countedForGeotagging);
		const output = predictions.get(doc.id) ?? [];
		const spans = matchSpans(toponyms, output);
		gold += toponyms.length;
		predicted += output.length;
		correct += spans.correct;
		for (const t of toponyms) {
			if (!LITERAL_GROUP.has(t.type)) continue;
			literalGold++;
			if (spans.found.has(t)) literalFound++;
		}
		const geocodable = doc.toponyms.filter((t) => t.geonameid !== null && t.lat !== null && t.lon !== null);
		geocodingGold += geocodable.length;
		errors.push(...geocodingErrors(geocodable, output));
	}
	const precision = predicted ? correct / predicted : 0;
	const recall = gold ? correct / gold : 0;
	errors.sort((a, b) => a - b);
	return {
		documents: documents.length,
		geotagging: { gold, predicted, correct, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 },
		literalRecall: { gold: literalGold, found: literalFound, recall: literalGold ? literalFound / literalGold : 0 },
		geocoding: {
			gold: geocodingGold,
			matched: errors.length,
			recall: geocodingGold ? errors.length / geocodingGold : 0,
			accuracyAt161: errors.length ? errors.filter((km) => km <= 161).length / errors.length : 0,
			auc: areaUnderErrorCurve(errors),
			meanKm: errors.length ? errors.reduce((a, b) => a + b, 0) / errors.length : NaN,
			medianKm: median(errors)
		}
	};
}

export function formatScores(s: Scores): string {
	const f = (x: number) => x.toFixed(3);
	return [
		`GeoWebNews (${s.documents} documents)`,
		`geotagging   P ${f(s.geotagging.precision)}  R ${f(s.geotagging.recall)}  F1 ${f(s.geotagging.f1)}   (${s.geotagging.correct} correct of ${s.geotagging.predicted} predicted, ${s.geotagging.gold} gold)`,
		`literal-only recall ${f(s.literalRecall.recall)}   (${s.literalRecall.found} of ${s.literalRecall.gold})`,
		`end-to-end   recall ${f(s.geocoding.recall)}  Acc@161 ${f(s.geocoding.accuracyAt161)}  AUC ${f(s.geocoding.auc)}  median ${s.geocoding.medianKm.toFixed(1)} km  mean ${s.geocoding.meanKm.toFixed(0)} km   (${s.geocoding.matched} of ${s.geocoding.gold} matched)`
	].join('\n');
}
