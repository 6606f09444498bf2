// A country's abbreviation that US sports writing also uses as a team's code or a standings column ("GB": Green Bay,
// games behind) is that code, not the country, in a listing's shape or in a text whose places all lie in the US.
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';

// the abbreviation and the country whose sports pages use it otherwise
const CODE_COUNTRY = new Map([['GB', 'US']]);

const SHORT_HEAD = /^\p{Lu}\p{L}{0,2}$/u;

/** "W L Pct GB", "Packers (GB)": among short column heads, or a code in brackets after a capitalised name. */
export function codeInListing(candidate: Candidate, tokens: readonly Token[], text: string): boolean {
	const token = tokens[candidate.first]!;
	if (candidate.first !== candidate.last || !CODE_COUNTRY.has(token.text)) return false;
	if (token.gapBefore === ' (' && text[token.end] === ')' && tokenAt(tokens, candidate.first - 1)?.capitalized) return true;
	// two short capitalised heads joined by single spaces right before or right after it
	return shortHeads(tokens, candidate.first - 1, -1) || shortHeads(tokens, candidate.last + 1, 1);
}

/** Two short capitalised words from `from` on in direction `step`, each parted from its neighbour by one space. */
function shortHeads(tokens: readonly Token[], from: number, step: 1 | -1): boolean {
	for (let i = from, n = 0; n < 2; i += step, n++) {
		const t = tokenAt(tokens, i);
		if (!t || !SHORT_HEAD.test(t.text) || (step < 0 ? tokens[i + 1]! : t).gapBefore !== ' ') return false;
	}
	return true;
}

/** "Green Bay beat Chicago … GB rushed": the text's other places all lie in the country whose sports use the code
 * (towns, not that country named as a side: "GB finished ahead of the US" is Britain's). Made once a text
 * (computed-once.ts): the answer is the code's, not the mention's, so a text that repeats the code reads its places
 * once for each code, not once for each mention of it. */
export function codesInTheirSportsCountry(resolutions: readonly { mention: { surface: string }; place: { country?: string | null; kind: string } }[]): (surface: string) => boolean {
	const answers = new Map<string, boolean>();
	return (surface) => {
		const home = CODE_COUNTRY.get(surface);
		if (home === undefined) return false;
		let answer = answers.get(surface);
		if (answer === undefined) answers.set(surface, (answer = othersAllIn(home, surface, resolutions)));
		return answer;
	};
}

/** Whether the places of the text's other names are all towns and regions of the country (and there are some). */
function othersAllIn(home: string, surface: string, resolutions: readonly { mention: { surface: string }; place: { country?: string | null; kind: string } }[]): boolean {
	const others = resolutions.filter((r) => r.mention.surface !== surface);
	return others.length > 0 && others.every((r) => r.place.country === home && r.place.kind !== 'country');
}
