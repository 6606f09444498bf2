// How `gazette serve` / `explore` save the topics shaped in the explorer: into the corpus's
// .gazette-topics.json, which the next ingest reads (a --topics file still wins over it); each save
// reruns ingest as it last ran, with the corrections the server saves.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { ingestSettingsOf } from './corrections-writer.ts';
import { CORPUS_TOPICS_FILE, DISCOVERED_TAXONOMY_FILE, taxonomySource } from './ingest/taxonomy-choice.ts';

export interface TopicsWriter {
	/** the ingest output the explorer shows */
	outDir: string;
	/** where shaped topics are saved */
	savedFile: string;
	/** the taxonomy text the explorer shows now, or why it cannot be shaped here */
	current(): Promise<{ text: string } | { reason: string }>;
	/** runs ingest with this saved-taxonomy text; throws InputFileError for a bad one */
	reapply(topicsText: string): Promise<unknown>;
}

/** The writer for `outDir`, or a reason why topics cannot be saved for it. */
export async function topicsWriterFor(outDir: string, correctionsFile?: string): Promise<TopicsWriter | string> {
	const summary = await ingestSettingsOf(outDir);
	if (!summary) return 'this output does not say which corpus it was made from (ingest it again to shape its topics)';
	const { corpusDir, settings } = summary;
	const { runIngest, DEFAULT_CORPUS_DIR, DEFAULT_TOPICS_FILE } = await import('./ingest/index.ts');
	const corrections = correctionsFile ?? settings.correctionsFile ?? undefined;
	return {
		outDir,
		savedFile: join(corpusDir, CORPUS_TOPICS_FILE),
		async current() {
			if (settings.topicsFile) return { reason: `the topics come from ${basename(settings.topicsFile)} (given with --topics, which wins over topics shaped here); edit that file` };
			const { file } = await taxonomySource(undefined, corpusDir, DEFAULT_CORPUS_DIR, DEFAULT_TOPICS_FILE);
			const text = await readFile(file ?? join(outDir, DISCOVERED_TAXONOMY_FILE), 'utf8').catch(() => null);
			return text === null ? { reason: 'this output has no topics to shape' } : { text };
		},
		reapply: (topicsText) =>
			runIngest({
				corpusDir,
				outDir,
				topicsText,
				// a --corrections file the server writes to exists only after the first correction
				correctionsFile: corrections && existsSync(resolve(corrections)) ? corrections : undefined,
				name: settings.name
			})
	};
}
