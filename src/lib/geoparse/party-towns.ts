// "Sen. Carol Meeks, R-Guymon,", "Rep. Ann Lee (D-Harlan)": US news names a legislator's party by its initial
// and hyphens it to the home town the member represents. The town after the initial is where the member lives,
// not the end of a hyphened name ("Melbourne-Blake"): other-names.ts and phrase-cues.ts read it so.
import { tokenAt, type Token } from './tokens.ts';

// Republican, Democrat, independent
const PARTY_INITIALS = new Set(['R', 'D', 'I']);

/** The name starting at this token follows a party's initial and a hyphen, the initial after a comma or a bracket. */
export function afterPartyInitial(tokens: readonly Token[], first: number): boolean {
	if (tokens[first]!.gapBefore !== '-') return false;
	const initial = tokenAt(tokens, first - 1);
	if (!initial || !PARTY_INITIALS.has(initial.text)) return false;
	const gap = initial.gapBefore;
	return gap === ', ' || gap.endsWith('(') || gap.endsWith('[');
}
