// What an evaluation got wrong, for the next person tuning the geoparser: the resolutions farthest
// from gold, and the places reported where gold has none, grouped by what the text has there.
import type { Toponym } from '../contracts.ts';
import { ACCURATE_KM, geocodingPairs, type GoldPoint } from './metrics.ts';

export interface ErrorDocument {
	id: string;
	text: string;
	toponyms: (GoldPoint & { type?: string | null; title?: string })[];
}

export interface FarResolution {
	doc: string;
	name: string;
	km: number;
	got: string;
	gold: string;
	context: string;
}

export interface FalsePlaceClass {
	/** the gold label on the same span (Non_Toponym, Literal_Expression …, or "unannotated"), then the predicted usage and kind */
	label: string;
	count: number;
	examples: { doc: string; name: string; place: string; context: string }[];
}

/**
 * Where the work is: of the resolutions beyond 161 km, how many had a gazetteer entry of the gold
 * name within 161 km of the gold point (the resolver chose wrong) and how many had none (the
 * gazetteer lacks the place); the same for the gold toponyms no prediction matched.
 */
export interface CoverageSplit {
	wrong: number;
	resolvable: number;
	uncovered: number;
	unmatched: number;
	unmatchedCovered: number;
}

export interface ErrorReport {
	far: FarResolution[];
	falsePlaces: FalsePlaceClass[];
	/** only where the caller gave `homonymKm` */
	coverage: CoverageSplit | null;
}

/** Kilometres from the point to the nearest gazetteer entry bearing the name, null where none does. */
export type HomonymDistance = (name: string, lat: number, lon: number) => number | null;

const CONTEXT_CHARACTERS = 40;
const EXAMPLES_PER_CLASS = 5;

function contextOf(text: string, start: number, end: number): string {
	return text.slice(Math.max(0, start - CONTEXT_CHARACTERS), end + CONTEXT_CHARACTERS).replace(/\s+/g, ' ');
}

function placeLabel(t: Toponym): string {
	return `${t.placeName} (${t.country ?? '?'}, ${t.kind})`;
}

/**
 * The `limit` resolutions farthest from gold (beyond 161 km), and the predictions on spans that are no
 * gold toponym. `isToponym` says which gold labels count as toponyms; with subject-only sets (Hu2014,
 * Ju2016) pass null for falsePlaces: their other places are not annotated.
 */
export function errorReport(
	documents: ErrorDocument[],
	predictions: Map<string, Toponym[]>,
	options: { limit: number; isToponym: ((type: string | null | undefined) => boolean) | null; homonymKm?: HomonymDistance }
): ErrorReport {
	const far: FarResolution[] = [];
	const classes = new Map<string, FalsePlaceClass>();
	const { homonymKm } = options;
	const coverage: CoverageSplit | null = homonymKm ? { wrong: 0, resolvable: 0, uncovered: 0, unmatched: 0, unmatchedCovered: 0 } : null;
	const covered = (g: GoldPoint) => {
		const km = homonymKm!(g.name, g.lat!, g.lon!);
		return km !== null && km <= ACCURATE_KM;
	};
	for (const doc of documents) {
		const output = predictions.get(doc.id) ?? [];
		const pairs = geocodingPairs(doc.toponyms, output);
		if (coverage) {
			const matched = new Set(pairs.map((p) => p.gold));
			for (const g of doc.toponyms) {
				if (g.lat === null || g.lon === null || matched.has(g)) continue;
				coverage.unmatched++;
				if (covered(g)) coverage.unmatchedCovered++;
			}
		}
		for (const { gold, predicted, km } of pairs) {
			if (km <= ACCURATE_KM) continue;
			if (coverage) {
				coverage.wrong++;
				if (covered(gold)) coverage.resolvable++;
				else coverage.uncovered++;
			}
			far.push({ doc: doc.id, name: gold.name, km: Math.round(km), got: placeLabel(predicted), gold: gold.title ?? `${gold.lat}, ${gold.lon}`, context: contextOf(doc.text, gold.start, gold.end) });
		}
		const { isToponym } = options;
		if (!isToponym) continue;
		const goldSpans = new Set(doc.toponyms.filter((t) => isToponym(t.type)).map((t) => `${t.start}:${t.end}`));
		for (const p of output) {
			if (goldSpans.has(`${p.start}:${p.end}`)) continue;
			const gold = doc.toponyms.find((t) => t.start === p.start && t.end === p.end)?.type ?? 'unannotated';
			const label = `${gold} · ${p.usage} ${p.kind}`;
			let group = classes.get(label);
			if (!group) classes.set(label, (group = { label, count: 0, examples: [] }));
			group.count++;
			if (group.examples.length < EXAMPLES_PER_CLASS) group.examples.push({ doc: doc.id, name: p.name, place: placeLabel(p), context: contextOf(doc.text, p.start, p.end) });
		}
	}
	far.sort((a, b) => b.km - a.km);
	return { far: far.slice(0, options.limit), falsePlaces: [...classes.values()].sort((a, b) => b.count - a.count), coverage };
}

function coverageLine(title: string, c: CoverageSplit): string {
	const share = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)} %` : '–');
	return (
		`${title}: ${c.wrong} resolutions beyond 161 km: ${c.resolvable} (${share(c.resolvable, c.wrong)}) had a gazetteer entry of that name within 161 km of gold (resolution errors), ` +
		`${c.uncovered} (${share(c.uncovered, c.wrong)}) had none (coverage gaps); ${c.unmatched} gold toponyms unmatched, ${c.unmatchedCovered} of them with such an entry`
	);
}

export function formatErrorReport(title: string, report: ErrorReport): string {
	const lines = report.coverage ? [coverageLine(title, report.coverage)] : [];
	lines.push(`${title}: largest resolution errors`);
	for (const f of report.far) lines.push(`  ${String(f.km).padStart(6)} km  ${f.name} → ${f.got}, gold ${f.gold}  [doc ${f.doc}] …${f.context}…`);
	if (report.far.length === 0) lines.push('  none beyond 161 km');
	if (report.falsePlaces.length) {
		lines.push(`${title}: false places by class`);
		for (const group of report.falsePlaces) {
			lines.push(`  ${group.label}: ${group.count}`);
			for (const e of group.examples) lines.push(`      ${e.name} → ${e.place}  [doc ${e.doc}] …${e.context}…`);
		}
	}
	return lines.join('\n');
}
