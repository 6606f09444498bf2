// Golden test: the topics discovered in the sample corpus (data/corpus) and in the seed articles
// (../shared/seeds, never copied here) stay the same across runs and input orders.
// `REGEN=1 npx vitest run tests/topics` rewrites the golden files; review them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/lib/read/extract.ts';
import { readCorpus } from '../../src/lib/server/ingest/read-corpus.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';
import { discoverTopics } from '../../src/lib/topics/discover.ts';
import { taxonomyFromModel } from '../../src/lib/topics/taxonomy-file.ts';
import { compileTaxonomy, parseTaxonomy } from '../../src/lib/topics/taxonomy.ts';
import { SEEDS_FOLDER, sharedAvailable } from '../helpers/gazetteer.ts';
import { expectGolden } from '../helpers/golden.ts';

const GOLDEN = join(import.meta.dirname, '..', 'golden', 'topics-discovered');

interface NamedText {
	id: string;
	text: string;
}

function discoverAndAssign(documents: NamedText[]) {
	const discovery = discoverTopics(documents.map((d) => d.text));
	const matcher = compileTaxonomy(parseTaxonomy(taxonomyFromModel(discovery.model)));
	return {
		k: discovery.k,
		topics: discovery.model.topics.map((t) => ({ id: t.id, label: t.label, terms: t.terms.slice(0, 8).map((w) => `${w.term} ${w.weight}`) })),
		documents: Object.fromEntries(documents.map((d) => [d.id, matcher.document(d.text, 1).map((m) => `${m.topic} ${m.weight}: ${m.terms.join(', ')}`)]))
	};
}

function checkStable(documents: NamedText[], golden: string) {
	const first = discoverAndAssign(documents);
	expectGolden(join(GOLDEN, golden), first);
	// the same documents in another order give the same topics
	const reversed = discoverAndAssign([...documents].reverse());
	expect(reversed.topics).toEqual(first.topics);
	expect(reversed.documents).toEqual(first.documents);
	return first;
}

describe('golden: discovered topics', () => {
	it('of the sample corpus', async () => {
		const corpus = await readCorpus(join(PACKAGE_ROOT, 'data', 'corpus'));
		const documents = corpus.entries.map((entry) => ({ id: entry.path, text: extractDocument(entry.content, entry.format, entry.hints).text }));
		const result = checkStable(documents, 'sample-corpus.json');
		expect(result.topics.length).toBeGreaterThan(1);
	});

	const seeds = sharedAvailable('the seed-article topic golden test', SEEDS_FOLDER);
	it.skipIf(!seeds)('of the seed articles', () => {
		const documents = readdirSync(SEEDS_FOLDER)
			.filter((f) => f.endsWith('.txt'))
			.sort()
			.map((file) => ({ id: file, text: readFileSync(join(SEEDS_FOLDER, file), 'utf8') }));
		const result = checkStable(documents, 'seeds.json');
		expect(result.topics.length).toBeGreaterThan(1);
	});
});
