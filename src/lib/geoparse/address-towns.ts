// "Estate of Ruth Lane, 55 Market Street, Marietta; household goods", "real estate, 4410 Old Philadelphia Pike, Gap",
// "visitation at 210 E. Main St., Hope": a house number, a street and a comma before a name that closes the item name
// the town the address lies in, whatever word or first name the town's name also is. A transfer's seller after its
// address ("412 E. Maumee St., Kerr to Walsh, $118,000") is read first (deed-parties.ts) and stays a person.
import { ADDRESS_COMMA, streetAddressEndsAt } from './deed-parties.ts';
import type { Candidate } from './candidates.ts';
import type { Token } from './tokens.ts';

/** Whether the candidate follows a street address's comma and closes its item ("55 Market Street, Marietta;"). */
export function townAfterAddress(candidate: Candidate, tokens: readonly Token[]): boolean {
	if (!ADDRESS_COMMA.test(tokens[candidate.first]!.gapBefore)) return false;
	const after = tokens[candidate.last + 1];
	if (after !== undefined && (after.gapBefore === ' ' || after.gapBefore === '-')) return false;
	return candidate.first > 0 && streetAddressEndsAt(tokens, candidate.first - 1);
}
