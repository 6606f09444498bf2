// The resolution reasons by what they say of which namesake the text means, weakest first, and the sets
// of them that the rules which undo or override a reading accept as "weak": a reading that rests on
// nothing but these is open to the rule. The rules differ on purpose in what they count as weak; they
// name their set here, so the differences read in one table:
//
//                                   size/kind  echo  lone  country  nearby
//   BIGGEST_ONLY     short-forms,       x        x     x
//                    home-country-
//                    namesakes,
//                    known-abroad
//                    (famousNameHead)
//   SIZE_OR_COUNTRY  list-strays        x              x      x
//   SIZE_ECHO_OR_    placed-towns-      x        x            x
//   COUNTRY          counties, cluster-
//                    namesakes, list-
//                    namesakes
//   UNPLACING        placed-later       x        x            x        x
//   NONE_NEAR        index.ts           x        x     x      x
//                    (surname after to/from;
//                    a town by another name)
//   NAME_ALONE_ONCE  containers-abroad  x              x      x        x
//   NAME_ALONE       country-parts,     x        x     x      x        x
//                    province-seat, far-from-subject,
//                    country-headings
import type { ResolutionReason } from '../contracts.ts';

/** the namesake's size, or its kind where the words name one: which homonym is biggest, not which the words mean */
const SIZE_OR_KIND: readonly ResolutionReason[] = ['population', 'feature-type'];
/** the reading of the same name earlier in the text, whatever chose that */
const ECHO: readonly ResolutionReason[] = ['same-name-earlier'];
/** the gazetteer has no other reading: says nothing of a place it lacks */
const LONE: readonly ResolutionReason[] = ['only-candidate'];
/** the country the text names: not where in it */
const COUNTRY: readonly ResolutionReason[] = ['country-context'];
/** close to places resolved near it: not placed by the text's words */
const NEARBY: readonly ResolutionReason[] = ['nearby-context'];

/** The text's own words place it: a parent, its region, a list, a stated size (placed-later.ts). */
export const PLACING: ReadonlySet<ResolutionReason> = new Set(['named-parent', 'region-context', 'list-context', 'stated-population']);

/**
 * short-forms.ts, home-country-namesakes.ts: what only says which homonym is biggest, not which place the words mean (the text's
 * country or nearby places do say it: "Santiago de Cuba … In Santiago the Chilean president" is Chile's Santiago).
 */
export const BIGGEST_ONLY: ReadonlySet<ResolutionReason> = new Set([...SIZE_OR_KIND, ...ECHO, ...LONE]);
/** list-strays.ts: a small town that nothing but its size or its country chose (here an echo of an earlier reading is not weak) */
export const SIZE_OR_COUNTRY: ReadonlySet<ResolutionReason> = new Set([...SIZE_OR_KIND, ...LONE, ...COUNTRY]);
/**
 * placed-towns-counties.ts: what says nothing of which county of the name is meant (a lone reading has no other
 * county); cluster-namesakes.ts, list-namesakes.ts: what says only which namesake is biggest, in which country, or
 * what an earlier mention was read as
 */
export const SIZE_ECHO_OR_COUNTRY: ReadonlySet<ResolutionReason> = new Set([...SIZE_OR_KIND, ...ECHO, ...COUNTRY]);
/** placed-later.ts: what resolves a name without the text placing it: its size, its country, names near it */
export const UNPLACING: ReadonlySet<ResolutionReason> = new Set([...SIZE_OR_KIND, ...ECHO, ...COUNTRY, ...NEARBY]);
/** country-parts.ts, province-seat.ts, far-from-subject.ts, country-headings.ts: what a namesake chosen for its name alone carries, not for the text's own area */
export const NAME_ALONE: ReadonlySet<ResolutionReason> = new Set([...SIZE_OR_KIND, ...ECHO, ...LONE, ...COUNTRY, ...NEARBY]);
/**
 * index.ts: a surname after "to" or "from" ("crossed to Fowler"), or a town named by another of its names after
 * any preposition ("at Google"), is unmapped where this chose the town; the text's other places near it ("from
 * Clinton to Davenport") or its words placing it keep the town
 */
export const NONE_NEAR: ReadonlySet<ResolutionReason> = new Set([...SIZE_OR_KIND, ...ECHO, ...LONE, ...COUNTRY]);
/** containers-abroad.ts: NAME_ALONE, but an echo of an earlier reading is not weak here */
export const NAME_ALONE_ONCE: ReadonlySet<ResolutionReason> = new Set([...SIZE_OR_KIND, ...LONE, ...COUNTRY, ...NEARBY]);

/** Whether a reading rests on nothing but the reasons of a weak set. */
export function restsOn(reasons: readonly ResolutionReason[], weak: ReadonlySet<ResolutionReason>): boolean {
	return reasons.every((r) => weak.has(r));
}
