// "A man from Newcastle was jailed at Durham Crown Court", "patients of the local NHS trust": courts, services
// and taxes only Britain has say the country of a story that names none, as US roads and sheriffs' offices do
// for the US (us-road-words.ts): its towns are weighed against their British namesakes, not taken for the
// biggest of their name (Durham, North Carolina) by size alone.

import { writesUsRoads } from './us-road-words.ts';

// the words each form starts with, searched for before the pattern (most texts have none of them)
const STARTS = ['Crown ', 'Sheriff Court', 'NHS ', 'council tax', 'GCSE', 'Ofsted'];
// England and Wales's criminal courts and prosecutors, Scotland's sheriff courts, the health service with a
// word of its (bare "NHS" is also a US school's National Honor Society), the local tax, the school exams and
// inspectors ("Magistrates' Court", "MP" and "constituency" are Australia's, India's or Canada's as well)
const BRITISH_BODY =
	/\b(?:Crown Court|Crown Prosecution Service|Sheriff Court|NHS (?:trusts?|England|Scotland|Wales|hospitals?|waiting|figures|boards?|staff|services?|funding|dentists?|patients|treatment)|council tax|GCSEs?|Ofsted)\b/;
const HONOR_SOCIETY = 'Honor Society';

/** Whether the text names a body, a service or a tax only Britain has. */
export function writesBritishBodies(text: string): boolean {
	return STARTS.some((start) => text.includes(start)) && BRITISH_BODY.test(text) && !text.includes(HONOR_SOCIETY);
}

/** The country the text's roads and offices (the US: us-road-words.ts) or its courts and services (Britain) are of. */
export function saidCountryOf(text: string): string | null {
	return writesUsRoads(text) ? 'US' : writesBritishBodies(text) ? 'GB' : null;
}

const US_WORDS = ['US'];
const GB_WORDS = ['GB'];
const NONE: string[] = [];

/** The said country as the list mention-context.ts takes (one array each, made once). */
export function saidCountryWords(country: string | null): readonly string[] {
	return country === 'US' ? US_WORDS : country === 'GB' ? GB_WORDS : NONE;
}
