// "Carrizal is a municipality in the province of Guadalajara, Spain": a province named after its seat
// is read as the seat (the gazetteer has the city, not always the province), and the described place
// lies in the seat's first-level region. A reading of the subject in another region of the same
// country (Carrizal on Gran Canaria) that nothing but its size or country chose is a namesake: the
// subject, where it recurs too, is left unmapped.
import type { DocumentReading } from './read-document.ts';
import type { Resolution } from './resolve.ts';
import { tokenAt, type Token } from './tokens.ts';
import { NAME_ALONE, restsOn } from './weak-reasons.ts';

const PROVINCE_OF = /[Pp]rovince of /;

/** "the province of Guadalajara": the city mention after "province of". */
function provinceSeat(result: Resolution, tokens: Token[]): boolean {
	const first = result.mention.candidate.first;
	return result.place.kind === 'city' && tokenAt(tokens, first - 1)?.text === 'of' && tokenAt(tokens, first - 2)?.lower === 'province';
}

/** Indices of the described subject's readings that lie outside the region of the province seat its sentence names. */
export function outsideProvinceSeat(results: readonly Resolution[], reading: DocumentReading, tokens: Token[], text: string): number[] {
	// cheap exit: most texts name no province by its seat; asked first of the mentions (two tokens before each),
	// then of the text (a search through it costs more than that: the expression's character class rules out
	// the fast one, so a plain search goes before it)
	if (!results.some((r) => provinceSeat(r, tokens)) || !text.includes('rovince of ') || !PROVINCE_OF.test(text)) return [];
	for (let i = 0; i < results.length; i++) {
		const containers = reading.describedInMentions(i);
		if (containers.length === 0) continue;
		const subject = results[i]!;
		const seat = containers.map((j) => results[j]!).find((r) => provinceSeat(r, tokens));
		const { place } = subject;
		if (!seat || place.kind !== 'city' || place.country !== seat.place.country || !place.admin1 || !seat.place.admin1 || place.admin1 === seat.place.admin1) return [];
		if (!restsOn(subject.reasons, NAME_ALONE)) return [];
		const surface = subject.mention.surface;
		return results.flatMap((r, k) => (r.place === place && r.mention.surface === surface ? [k] : []));
	}
	return [];
}
