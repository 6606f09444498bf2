// Scoring on the resolution sets Hu2014 and Ju2016 (see ../shared/eval/README.md): only each text's
// subject place is annotated, so they measure recall and accuracy, never precision (WikToR protocol).
import type { Toponym } from '../contracts.ts';
import { formatDistances, geocodingPairs, summarizeDistances, type DistanceSummary, type GoldPoint } from './metrics.ts';

export interface SubjectToponym extends GoldPoint {
	/** the place meant, "Washington, Arkansas" */
	title: string;
}

export interface SubjectDocument {
	id: string;
	text: string;
	toponyms: SubjectToponym[];
}

export interface ResolutionScores extends DistanceSummary {
	documents: number;
}

export function scoreResolutionSet(documents: SubjectDocument[], predictions: Map<string, Toponym[]>): ResolutionScores {
	let gold = 0;
	const kilometres: number[] = [];
	for (const doc of documents) {
		const located = doc.toponyms.filter((t) => t.lat !== null && t.lon !== null);
		gold += located.length;
		for (const pair of geocodingPairs(located, predictions.get(doc.id) ?? [])) kilometres.push(pair.km);
	}
	return { documents: documents.length, ...summarizeDistances(gold, kilometres) };
}

export function formatResolutionScores(name: string, protocol: string, s: ResolutionScores): string {
	return [`${name} (${s.documents} documents, ${protocol})`, formatDistances('resolution', s)].join('\n');
}
