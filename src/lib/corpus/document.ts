// One document through the pure stages: toponyms → mentions, topics, and excerpts per place.
import type { DocumentFull, Excerpt, Mention, Toponym } from '../contracts.ts';
import type { ExtractedDocument } from '../read/extract.ts';
import { DEFAULT_EXCERPT_OPTIONS, excerptSpan, splitSentences, type ExcerptOptions, type Span } from './sentences.ts';
import type { TopicMatcher } from '../topics/taxonomy.ts';

/** A popup lists at most this many excerpts of one place from one document; counts stay exact. */
export const MAX_EXCERPTS_PER_DOCUMENT = 5;

export interface DocumentSource {
	id: string;
	/** output file name stem: docs/<file>.json */
	file: string;
	/** path of the source file inside the corpus (with #line for .jsonl records) */
	path: string;
	extracted: ExtractedDocument;
}

export interface ProcessedDocument {
	document: DocumentFull;
	/** excerpts per place id, in text order */
	excerpts: Map<string, Excerpt[]>;
	/** surface names the geoparser found but could not place */
	unresolved: string[];
}

/** Mappable toponyms: resolved, with coordinates or a shape, and not part of an organisation or treaty name. */
export function isMappable(toponym: Toponym): boolean {
	return (
		toponym.usage !== 'embedded' &&
		typeof toponym.placeId === 'string' &&
		toponym.placeId !== '' &&
		((Number.isFinite(toponym.lat) && Number.isFinite(toponym.lon)) || toponym.geometry !== undefined)
	);
}

/** Short briefs cannot repeat a term; under 100 words one occurrence is enough for a topic. */
export function documentMinHits(minDocumentHits: number, text: string): number {
	const words = text.split(/\s+/).filter(Boolean).length;
	return Math.min(minDocumentHits, Math.max(1, Math.ceil(words / 100)));
}

export function toMention(toponym: Toponym): Mention {
	return { start: toponym.start, end: toponym.end, name: toponym.name, placeId: toponym.placeId, usage: toponym.usage, score: Math.round(toponym.score * 1000) / 1000 };
}

/** An excerpt window already worked out for a mention (by mention start and end), or undefined. */
export type KnownSpans = (mentionStart: number, mentionEnd: number) => Span | undefined;

export function processDocument(
	source: DocumentSource,
	toponyms: Toponym[],
	matcher: TopicMatcher,
	excerptOptions: ExcerptOptions = DEFAULT_EXCERPT_OPTIONS,
	knownSpans: KnownSpans = () => undefined
): ProcessedDocument {
	const { text, meta, title } = source.extracted;
	const mappable = toponyms.filter(isMappable).sort((a, b) => a.start - b.start);
	const unresolved = toponyms.filter((t) => t.usage !== 'embedded' && !isMappable(t)).map((t) => t.name);
	const mentions = mappable.map(toMention);
	// The title counts too: a headline naming the topic is strong evidence for it.
	const topicText = text.startsWith(title) ? text : `${title}\n${text}`;
	const topics = matcher.document(topicText, documentMinHits(matcher.taxonomy.minDocumentHits, text));
	const placeIds = [...new Set(mentions.map((m) => m.placeId))];

	// split only when a window is not known already (a correction reuses the stored ones)
	let sentences: Span[] | null = null;
	const excerpts = new Map<string, Excerpt[]>();
	for (const mention of mentions) {
		const list = excerpts.get(mention.placeId) ?? [];
		if (list.length >= MAX_EXCERPTS_PER_DOCUMENT) continue;
		const span = knownSpans(mention.start, mention.end) ?? excerptSpan(text, (sentences ??= splitSentences(text)), mention, excerptOptions);
		// Two mentions of one place in one sentence make one excerpt.
		if (list.some((e) => e.offset === span.start)) continue;
		const excerptText = text.slice(span.start, span.end);
		list.push({
			text: excerptText,
			offset: span.start,
			start: mention.start - span.start,
			end: mention.end - span.start,
			mentionStart: mention.start,
			topics: matcher.excerpt(excerptText, topics)
		});
		excerpts.set(mention.placeId, list);
	}

	const document: DocumentFull = {
		id: source.id,
		file: source.file,
		title,
		date: meta.date,
		author: meta.author,
		source: meta.source,
		path: source.path,
		topics,
		placeIds,
		mentionCount: mentions.length,
		length: text.length,
		text,
		mentions
	};
	return { document, excerpts, unresolved };
}
