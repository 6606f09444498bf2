// Readable topic labels: the 2–4 terms most particular to a topic ("election · labour · blair"),
// skipping a word already inside a chosen phrase and a phrase whose words are both already chosen.
import { foldText } from '../fold.ts';

export interface WeightedTerm {
	term: string;
	weight: number;
}

/**
 * Distinctiveness = weight in this topic × this topic's share of the term's weight over all topics:
 * frequent everywhere scores low, frequent here and rare elsewhere scores high.
 */
export function distinctiveTerms(topicTerms: readonly WeightedTerm[], totalWeight: (term: string) => number): WeightedTerm[] {
	return topicTerms
		.map(({ term, weight }) => ({ term, weight: (weight * weight) / Math.max(totalWeight(term), 1e-12) }))
		.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
}

/** a phrase stands in for its word when it weighs at least this share of the word ("united nations" for "united") */
const PHRASE_SHARE = 0.7;

export function labelTerms(distinctive: readonly WeightedTerm[], count = 3): string[] {
	const chosen: string[] = [];
	const words = new Set<string>();
	for (const candidate of distinctive) {
		const phrase = candidate.term.includes(' ')
			? undefined
			: distinctive.find((p) => p.weight >= PHRASE_SHARE * candidate.weight && p.term.split(' ').length > 1 && p.term.split(' ').includes(candidate.term));
		const term = phrase?.term ?? candidate.term;
		if (chosen.length >= count) break;
		if (chosen.includes(term)) continue;
		const parts = term.split(' ');
		if (parts.length === 1 && words.has(term)) continue;
		if (parts.length > 1 && parts.every((w) => words.has(w))) continue;
		// a phrase replaces the single words of it already chosen ("tony blair" over "blair")
		if (parts.length > 1) for (let i = chosen.length - 1; i >= 0; i--) if (parts.includes(chosen[i]!)) chosen.splice(i, 1);
		chosen.push(term);
		for (const w of parts) words.add(w);
	}
	return chosen;
}

export function topicLabel(terms: readonly string[]): string {
	return terms.join(' · ');
}

/** A taxonomy id from label terms: lower-case ASCII letters, digits and dashes, unique in `taken`. */
export function topicId(terms: readonly string[], taken: Set<string>): string {
	const slug =
		// the one folding (fold.ts), so an id agrees with search and slugs: Bakı → baki
		foldText(terms.join(' '))
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 48)
			.replace(/-+$/, '') || 'topic';
	let id = slug;
	for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
	taken.add(id);
	return id;
}
