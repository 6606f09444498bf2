// "Canton\tMontmorillon", "Country United States", "County Franklin": a rendered article's infobox comes
// through as lines of a field's label and its value. The label is no place, even where a place bears
// its word (Canton, the old name of Guangzhou); the value is read as any name is ("State Ohio" is Ohio).
import type { Candidate } from './candidates.ts';
import type { Token } from './tokens.ts';

// the labels of administrative fields in place infoboxes
const LABELS = new Set(
	'country state county township canton arrondissement department region province district municipality parish borough commune prefecture voivodeship gmina powiat barangay locality subdivision division'.split(' ')
);
// a field's line is short and no sentence: "Canton Montmorillon", not "Canton police said on Monday."
const MAX_FIELD_LINE = 60;

/** Whether the candidate is an infobox field's label at the start of its line, before the field's value. */
export function infoboxLabel(candidate: Candidate, tokens: Token[], text: string): boolean {
	if (candidate.first !== candidate.last) return false;
	const head = tokens[candidate.first]!;
	if (!LABELS.has(head.lower) || (candidate.start > 0 && !head.gapBefore.includes('\n'))) return false;
	const value = tokens[candidate.first + 1];
	if (!value || !value.capitalized || (value.gapBefore !== '\t' && value.gapBefore !== ' ')) return false;
	if (value.gapBefore === '\t') return true;
	const lineEnd = text.indexOf('\n', candidate.end);
	const line = text.slice(candidate.start, lineEnd < 0 ? Math.min(text.length, candidate.start + MAX_FIELD_LINE + 1) : lineEnd);
	return line.length <= MAX_FIELD_LINE && !/[.!?]\s|[.!?]$/.test(line);
}
