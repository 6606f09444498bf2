// Sentence spans and the excerpt shown in a place's popup around each mention.

export interface Span {
	start: number;
	end: number;
}

// Words whose trailing full stop rarely ends a sentence.
const ABBREVIATIONS = new Set(
	(
		'mr mrs ms dr prof st sr jr gen col lt sgt capt cpt maj gov sen rep pres amb adm cmdr hon rev fr ' +
		'inc ltd co corp plc dept est approx vs etc e.g i.e cf al no nos vol fig ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec mt ft u.s u.k u.n e.u a.m p.m'
	).split(' ')
);

const ENDS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/**
 * Sentence ends: a run of `.!?…`, closing quotes or brackets, then whitespace. A scan rather than a
 * regular expression, which retries every start inside a long run of dots (quadratic).
 */
function* terminators(line: string): Generator<{ index: number; end: number }> {
	let at = 0;
	while (at < line.length) {
		if (!ENDS.has(line[at]!)) {
			at++;
			continue;
		}
		const index = at;
		while (at < line.length && ENDS.has(line[at]!)) at++;
		while (at < line.length && CLOSERS.has(line[at]!)) at++;
		if (at < line.length && /\s/.test(line[at]!)) yield { index, end: at };
	}
}

function isAbbreviation(text: string, dotIndex: number): boolean {
	if (text[dotIndex] !== '.') return false;
	const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex))?.[1] ?? '';
	if (!before) return false;
	// Initials such as "J." in "J. Smith".
	if (/^\p{Lu}$/u.test(before)) return true;
	return ABBREVIATIONS.has(before.toLowerCase().replace(/^\./, ''));
}

/** Whether the text after a terminator starts a new sentence (capital, digit or opening quote). */
function startsSentence(text: string, index: number): boolean {
	const next = /^\s+(["'“‘([]?)(\S)/u.exec(text.slice(index, index + 12));
	if (!next) return true;
	return /[\p{Lu}\p{N}]/u.test(next[2]!);
}

function trimmed(text: string, start: number, end: number): Span | null {
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	return end > start ? { start, end } : null;
}

/** Sentences in order, trimmed; line breaks always end a sentence (headlines, section titles). */
export function splitSentences(text: string): Span[] {
	const spans: Span[] = [];
	const lines = /[^\n]+/g;
	for (let line = lines.exec(text); line; line = lines.exec(text)) {
		const lineText = line[0];
		let sentenceStart = 0;
		for (const stop of terminators(lineText)) {
			const end = stop.end;
			if (isAbbreviation(lineText, stop.index) || !startsSentence(lineText, end)) continue;
			const span = trimmed(text, line.index + sentenceStart, line.index + end);
			if (span) spans.push(span);
			sentenceStart = end;
		}
		const rest = trimmed(text, line.index + sentenceStart, line.index + lineText.length);
		if (rest) spans.push(rest);
	}
	return spans;
}

/** Index of the sentence containing `offset`, or the closest one before it. */
export function sentenceAt(sentences: Span[], offset: number): number {
	let low = 0;
	let high = sentences.length - 1;
	let found = 0;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (sentences[mid]!.start <= offset) {
			found = mid;
			low = mid + 1;
		} else high = mid - 1;
	}
	return found;
}

export interface ExcerptOptions {
	/** a sentence shorter than this (a section title, "He agreed.") gets its neighbours */
	minLength: number;
	/** longer excerpts are cut around the mention at word boundaries */
	maxLength: number;
}

export const DEFAULT_EXCERPT_OPTIONS: ExcerptOptions = { minLength: 60, maxLength: 360 };

function cutAroundMention(text: string, span: Span, mention: Span, maxLength: number): Span {
	const room = Math.max(0, maxLength - (mention.end - mention.start));
	let start = Math.max(span.start, mention.start - Math.floor(room / 2));
	let end = Math.min(span.end, start + Math.max(maxLength, mention.end - mention.start));
	start = Math.max(span.start, Math.min(start, end - maxLength));
	// Move inward to whole words so the excerpt does not start or end mid-word. The search stays
	// between the cut and the mention: unbounded, it would cross the whole text for every mention.
	if (start > span.start) {
		const space = text.slice(start, mention.start).indexOf(' ');
		if (space !== -1) start += space + 1;
	}
	if (end < span.end) {
		const space = text.slice(mention.end, end + 1).lastIndexOf(' ');
		if (space !== -1) end = mention.end + space;
	}
	return trimmed(text, start, end) ?? mention;
}

/** The sentence(s) around a mention, as a span of the document text. */
export function excerptSpan(text: string, sentences: Span[], mention: Span, options: ExcerptOptions = DEFAULT_EXCERPT_OPTIONS): Span {
	if (sentences.length === 0) return mention;
	let first = sentenceAt(sentences, mention.start);
	let last = sentenceAt(sentences, Math.max(mention.start, mention.end - 1));
	const length = () => sentences[last]!.end - sentences[first]!.start;
	// Neighbours come from the same paragraph; a mention in a heading line borrows the next line.
	const sameLine = (a: number, b: number) => !text.slice(sentences[a]!.end, sentences[b]!.start).includes('\n');
	const heading = (first === 0 || !sameLine(first - 1, first)) && (last + 1 >= sentences.length || !sameLine(last, last + 1));
	if (heading && length() < options.minLength && last + 1 < sentences.length) last++;
	while (length() < options.minLength) {
		if (last + 1 < sentences.length && sameLine(last, last + 1)) last++;
		else if (first > 0 && sameLine(first - 1, first)) first--;
		else break;
	}
	const span = { start: Math.min(sentences[first]!.start, mention.start), end: Math.max(sentences[last]!.end, mention.end) };
	if (span.end - span.start <= options.maxLength) return span;
	return cutAroundMention(text, span, mention, options.maxLength);
}
