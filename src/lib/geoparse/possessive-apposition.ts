// "Carlos Moya … Moya, Spain's Davis Cup hero", "Mr Chidambaram … Palaniappan Chidambaram, India's finance
// minister": a country in the possessive after the comma describes the one named before it; it is no
// qualifier that puts a small town of that name in the country (index.ts asks where the text gives the name
// to a person or a firm elsewhere).
import type { Candidate } from './candidates.ts';
import type { Token } from './tokens.ts';

/** The name after the candidate's comma (a qualifier's place) is in the possessive: "Moya, Spain's". */
export function possessiveAfterComma(candidate: Candidate, candidateAt: ReadonlyMap<number, Candidate>, tokens: readonly Token[]): boolean {
	const next = candidateAt.get(candidate.last + 1);
	if (!next || tokens[next.first]!.gapBefore.trim() !== ',') return false;
	const after = tokens[next.last + 1];
	return after !== undefined && after.lower === 's' && (after.gapBefore === "'" || after.gapBefore === '\u2019');
}
