// A discovered model as a taxonomy file (the format `--topics` reads): per topic its terms with
// weights and the number of documents it had, plus the idf of every term, so another machine
// assigns new documents exactly as this one did.
import type { TopicModel } from './model.ts';
import { isWeighted, type Taxonomy } from './taxonomy.ts';

export interface TaxonomyFile {
	about: string;
	minWeight: number;
	topics: { id: string; label: string; documents?: number; terms: string[]; weights: number[] }[];
	idf: Record<string, number>;
}

const ABOUT =
	'Topics discovered by gazette (tf-idf + spherical k-means). Edit freely: rename a label, drop or add terms (lower-case words or two-word phrases; each weight says how much the term pulls a document to the topic), delete a topic. Use it with --topics FILE.';

export function taxonomyFromModel(model: TopicModel, documents?: ReadonlyMap<string, number>): TaxonomyFile {
	const idf: Record<string, number> = {};
	for (const term of Object.keys(model.idf).sort()) idf[term] = model.idf[term]!;
	return {
		about: ABOUT,
		minWeight: model.minWeight,
		topics: model.topics.map((topic) => ({
			id: topic.id,
			label: topic.label,
			...(documents ? { documents: documents.get(topic.id) ?? 0 } : {}),
			terms: topic.terms.map((t) => t.term),
			weights: topic.terms.map((t) => t.weight)
		})),
		idf
	};
}

/** Compact enough to review: one topic per line, terms and weights on their own lines. */
export function formatTaxonomyFile(file: TaxonomyFile): string {
	const topics = file.topics.map(
		(topic) =>
			`\t\t{ "id": ${JSON.stringify(topic.id)}, "label": ${JSON.stringify(topic.label)},${topic.documents === undefined ? '' : ` "documents": ${topic.documents},`}\n\t\t  "terms": ${JSON.stringify(topic.terms)},\n\t\t  "weights": ${JSON.stringify(topic.weights)} }`
	);
	return `{\n\t"about": ${JSON.stringify(file.about)},\n\t"minWeight": ${file.minWeight},\n\t"topics": [\n${topics.join(',\n')}\n\t],\n\t"idf": ${JSON.stringify(file.idf)}\n}\n`;
}

/** Any taxonomy (an edited one, say) back to the file format `parseTaxonomy` reads: parse(toFile(t)) equals t. */
export function taxonomyToFile(taxonomy: Taxonomy): Record<string, unknown> {
	const file: Record<string, unknown> = {};
	if (!isWeighted(taxonomy)) file.minDocumentHits = taxonomy.minDocumentHits;
	if (taxonomy.minWeight !== undefined) file.minWeight = taxonomy.minWeight;
	file.topics = taxonomy.topics.map((t) => ({
		id: t.id,
		label: t.label,
		...(t.hidden ? { hidden: true } : {}),
		...(t.pinned ? { pinned: true } : {}),
		terms: t.terms,
		...(t.weights ? { weights: t.weights } : {})
	}));
	if (taxonomy.idf) file.idf = taxonomy.idf;
	return file;
}

/** An edited taxonomy's text, laid out like a discovered file (one topic a block, idf on one line). */
export function formatTaxonomy(taxonomy: Taxonomy, about: string): string {
	const { topics, idf, ...settings } = taxonomyToFile(taxonomy) as { topics: Record<string, unknown>[]; idf?: Record<string, number> };
	const head = Object.entries({ about, ...settings }).map(([key, value]) => `\t${JSON.stringify(key)}: ${JSON.stringify(value)}`);
	const blocks = topics.map(({ terms, weights, ...rest }) => {
		const fields = Object.entries(rest).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
		return `\t\t{ ${fields.join(', ')},\n\t\t  "terms": ${JSON.stringify(terms)}${weights ? `,\n\t\t  "weights": ${JSON.stringify(weights)}` : ''} }`;
	});
	const tail = idf ? `,\n\t"idf": ${JSON.stringify(idf)}` : '';
	return `{\n${head.join(',\n')},\n\t"topics": [\n${blocks.join(',\n')}\n\t]${tail}\n}\n`;
}
