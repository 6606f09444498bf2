import { candidateKey, type Candidate } from './candidates.ts';
import type { Verdict } from './judge.ts';
import { FIRM_POSSESSION } from './firm-cues.ts';
import type { Token } from './tokens.ts';
import { subjectOfSpeech } from './phrase-cues.ts';
import { personCue } from './person-elsewhere.ts';

// verdicts that read a name as a person or as something named after a place (or a people named like a town)
const PERSON_VERDICTS = new Set(['surname', 'person-title', 'first-name', 'full-name', 'person-name', 'after-name', 'possessive-name', 'after-article', 'organisation', 'compound-name', 'listed-surname', 'population-group']);
// the verdict on a small place's name as the subject of a reporting verb ("Johnson said": judge.ts), among others
const SPEECH_PERSON = 'person-name';
// verdicts that read a name as a surname: after a first name ("Robbie Fowler") or in a line-up
const SURNAME_VERDICTS = new Set(['surname', 'full-name', 'listed-surname']);
// the verdict of a name hyphened into another capitalised word ("Melbourne-Blake")
const HYPHENED = 'compound-name';

/** The names the recogniser read as something other than a place at some mention, which the text's other mentions of them heed. */
export function namesReadOtherwise(text: string, candidates: readonly Candidate[], verdicts: readonly Verdict[], tokens: Token[]) {
	// A name read as a person once ("Zacharie Gross") is that person throughout ("Gross wrote"), and
	// a team or firm once ("Notre Dame's Arike Ogunbowale") is that throughout ("Notre Dame won").
	const people = new Set<string>();
	// ... but a name hyphened into another once ("the Dublin-Laurens Chamber", "Shin-Soo") is that other
	// thing throughout only where the name alone is no well-known place's ("Dublin, the seat of Laurens County")
	const hyphened = new Set<string>();
	// ... and a firm read by its possessions once ("X's chief executive") is not the place that "the city of
	// X" or "X's mayor" names elsewhere in the text
	const firms = new Set<string>();
	// ... and a surname read once ("Robbie Fowler") is the person after "to" or "from" too (personAfterToOrFrom)
	const surnames = new Set<string>();
	// ... and a name an honorific gives a person ("Mr Kerry"), or a well-known town's read as a first name
	// ("David Hollins"), is that person at another mention where nothing but its size chose the place
	// ("Kerry supporters", "worked with David for years": person-elsewhere.ts)
	const peopleHere = new Set<string>();
	// ... and a name the recogniser read as a person or a firm at another mention ("Google's chief executive",
	// "Howard Hughes") is not put on the map by a preposition ("at Google") where it names a town
	// only by another of that town's names (byOtherNameOnly)
	const readAsOther = new Set<string>();
	candidates.forEach((candidate, i) => {
		const verdict = verdicts[i]!;
		if (verdict.keep) return;
		const person = PERSON_VERDICTS.has(verdict.why);
		const firm = verdict.why === FIRM_POSSESSION;
		if (person) (verdict.why === HYPHENED ? hyphened : people).add(candidateKey(text, candidate));
		// (a name read as a person only for being the subject of "said", "Ypres said it would pay", is no other
		// reading: a town's council speaks by its town's name; "Howard Hughes said" is read so by its first name)
		if ((person || firm) && !(verdict.why === SPEECH_PERSON && subjectOfSpeech(candidate, tokens))) readAsOther.add(candidateKey(text, candidate));
		if (personCue(verdict.why, candidate, tokens)) peopleHere.add(candidateKey(text, candidate));
		if (SURNAME_VERDICTS.has(verdict.why)) surnames.add(candidateKey(text, candidate));
		if (firm) firms.add(candidateKey(text, candidate));
	});
	return { people, hyphened, firms, surnames, peopleHere, readAsOther };
}
