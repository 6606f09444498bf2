// "Salem, Indiana is small. We drove to Pekin.": a town whose size alone chose a namesake abroad (Beijing,
// once called Pekin) while the text's places lie in one country, and a namesake there lies among them
// (Pekin, Indiana, beside Salem), is left to the context, which weighs that namesake's neighbours.
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { DocumentContext } from './document-context.ts';
import type { Homonyms } from './read-document.ts';
import type { Resolution } from './resolve.ts';
import { admin1Key } from './region-key.ts';

// close enough to be the same area: a town and its neighbours (as mention-context.ts)
const NEIGHBOUR_KM = 50;
// ... or of one county and the next, where the text names the state they share ("Ohio corn growers near
// Findlay and Lima": the two seats lie 51 km apart)
const STATE_NEIGHBOUR_KM = 100;
// the text's places lie in one country: at least this share of them
const LEADING_SHARE = 0.5;

/** The country most of the document's anchored places lie in, where at least half do. */
function leadingCountry(ctx: DocumentContext): string | null {
	let leading: string | null = null;
	let share = 0;
	for (const [country, s] of ctx.countries) if (s > share) [leading, share] = [country, s];
	return share >= LEADING_SHARE ? leading : null;
}

export function abroadFromNeighbours(result: Resolution, homonyms: Homonyms, ctx: DocumentContext): boolean {
	const { place } = result;
	if (place.kind !== 'city') return false;
	const country = leadingCountry(ctx);
	if (country === null || place.country === country) return false;
	// a namesake that bears the name only as another name counts where the one abroad does too (Beijing, once Pekin)
	const otherName = homonyms.alternateNames.has(place);
	// (the wider reach only where the text names nothing else in the country abroad: "flew to Lima, Peru")
	const abroadUnnamed = !place.country || (ctx.anchorsIn.get(place.country) ?? 0) <= 1;
	return homonyms.places.some((h: GazetteerPlace) => h.kind === 'city' && h.country === country && (otherName || !homonyms.alternateNames.has(h)) && (ctx.townAnchors.hasNear(h, NEIGHBOUR_KM) || (abroadUnnamed && inNamedStateBeside(h, ctx))));
}

/** A town of a state the text names, with one of the text's towns of that state within STATE_NEIGHBOUR_KM. */
function inNamedStateBeside(town: GazetteerPlace, ctx: DocumentContext): boolean {
	if (!town.country || !town.admin1 || !ctx.regions.has(admin1Key(town.country, town.admin1))) return false;
	return ctx.townAnchors.hasNear(town, STATE_NEIGHBOUR_KM, (anchor) => anchor.country === town.country && anchor.admin1 === town.admin1);
}
