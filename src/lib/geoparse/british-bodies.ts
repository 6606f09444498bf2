// "A man from Newcastle was jailed at Durham Crown Court", "patients of the local NHS trust": courts, services
// and taxes only Britain has say the country of a story that names none, as US roads and sheriffs' offices do
// for the US (us-road-words.ts): its towns are weighed against their British namesakes, not taken for the
// biggest of their name (Durham, North Carolina) by size alone.

// the words each form starts with, searched for before the pattern (most texts have none of them)
const STARTS = ['Crown ', 'Sheriff Court', 'NHS', 'council tax', 'GCSE', 'Ofsted'];
// England and Wales's criminal courts and prosecutors, Scotland's sheriff courts, the health service, the
// local tax, the school exams and inspectors ("Magistrates' Court", "MP" and "constituency" are Australia's,
// India's or Canada's as well)
const BRITISH_BODY = /\b(?:Crown Court|Crown Prosecution Service|Sheriff Court|NHS|council tax|GCSEs?|Ofsted)\b/;

/** Whether the text names a body, a service or a tax only Britain has. */
export function writesBritishBodies(text: string): boolean {
	return STARTS.some((start) => text.includes(start)) && BRITISH_BODY.test(text);
}
