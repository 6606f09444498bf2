// Scoring on GeoWebNews with the protocol of Gritta et al. (2020), "A Pragmatic Guide to Geoparsing
// Evaluation": geotagging by exact span, geocoding over recognised toponyms with a GeoNames id.
import type { Toponym } from '../contracts.ts';
import { formatDistances, geocodingPairs, summarizeDistances, type DistanceSummary } from './metrics.ts';

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

export interface Scores {
	documents: number;
	geotagging: { gold: number; predicted: number; correct: number; precision: number; recall: number; f1: number };
	literalRecall: { gold: number; found: number; recall: number };
	geocoding: DistanceSummary;
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
		for (const pair of geocodingPairs(geocodable, output)) errors.push(pair.km);
	}
	const precision = predicted ? correct / predicted : 0;
	const recall = gold ? correct / gold : 0;
	return {
		documents: documents.length,
		geotagging: { gold, predicted, correct, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 },
		literalRecall: { gold: literalGold, found: literalFound, recall: literalGold ? literalFound / literalGold : 0 },
		geocoding: summarizeDistances(geocodingGold, errors)
	};
}

export function formatScores(s: Scores): string {
	const f = (x: number) => x.toFixed(3);
	return [
		`GeoWebNews (${s.documents} documents)`,
		`geotagging   P ${f(s.geotagging.precision)}  R ${f(s.geotagging.recall)}  F1 ${f(s.geotagging.f1)}   (${s.geotagging.correct} correct of ${s.geotagging.predicted} predicted, ${s.geotagging.gold} gold)`,
		`literal-only recall ${f(s.literalRecall.recall)}   (${s.literalRecall.found} of ${s.literalRecall.gold})`,
		formatDistances('end-to-end', s.geocoding)
	].join('\n');
}
