import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Command } from '../command.ts';
import { integerOption, stringOption } from '../command.ts';
import { CliError } from '../errors.ts';

export const topicsCommand: Command = {
	name: 'topics',
	summary: 'discover the topics of JSON lines of text, or assign them with a taxonomy',
	usage: 'gazette topics --jsonl [--k N] [--topics FILE] [--topics-out FILE] < in.jsonl > out.jsonl',
	help: `
Reads {"id": "...", "text": "..."} lines on stdin, discovers topics over the whole input (tf-idf over
words and two-word phrases, spherical k-means, the number of topics chosen by stability unless --k),
and writes one {"id": "...", "topics": [{"topic", "label", "weight"}]} line per input line, in order,
best topic first (none when a text has no topic words). A summary goes to stderr.

A bad input line (not JSON, no "text") is reported on stderr with its line number and skipped;
the exit status is then 3.

options:
  --jsonl              JSON lines on stdin and stdout (required)
  --k N                the number of topics (default: chosen from the data)
  --topics FILE        assign with this taxonomy instead of discovering (a file --topics-out wrote,
                       edited or not, or a curated one like data/topics.json)
  --topics-out FILE    write the discovered taxonomy (the format --topics reads)`,
	options: { jsonl: { type: 'boolean' }, k: { type: 'string' }, topics: { type: 'string' }, 'topics-out': { type: 'string' } },
	async run(args) {
		if (!args.values.jsonl) throw new CliError('give --jsonl and {"id","text"} lines on stdin', 2);
		if (args.positionals.length) throw new CliError('--jsonl reads standard input; give no files', 2);
		const k = stringOption(args, 'k') === undefined ? undefined : integerOption(args, 'k', 0);
		if (k !== undefined && k < 1) throw new CliError('--k must be at least 1', 2);
		const topicsFile = stringOption(args, 'topics');
		const topicsOut = stringOption(args, 'topics-out');
		if (topicsFile && (k !== undefined || topicsOut)) throw new CliError('--topics assigns with a given taxonomy; --k and --topics-out are for discovery', 2);
		const { parseTaxonomy, compileTaxonomy } = await import('../../lib/topics/taxonomy.ts');
		const { InputFileError } = await import('../../lib/corpus/input-error.ts');
		let taxonomy = null;
		if (topicsFile) {
			const raw = await readFile(topicsFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
				throw new CliError(`cannot read ${topicsFile}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
			});
			try {
				taxonomy = parseTaxonomy(JSON.parse(raw));
			} catch (error) {
				const message = error instanceof InputFileError || error instanceof SyntaxError ? error.message.split('\n')[0] : String(error);
				throw new CliError(`${topicsFile}: ${message}`);
			}
		}

		const { records, bad } = await readRecords();
		const texts = records.map((r) => r.text);
		const started = performance.now();
		let summary: string;
		if (!taxonomy) {
			const { discoverTopics } = await import('../../lib/topics/discover.ts');
			const { taxonomyFromModel, formatTaxonomyFile } = await import('../../lib/topics/taxonomy-file.ts');
			const discovery = discoverTopics(texts, { k });
			taxonomy = parseTaxonomy(taxonomyFromModel(discovery.model));
			summary = `${discovery.model.topics.length} topics (${k === undefined ? 'number chosen by stability' : `--k ${k}`}; fitted on ${discovery.sampleSize} of ${texts.length} documents, ${discovery.vocabularySize} terms)`;
			if (discovery.model.topics.length === 0) summary = `no topics: too few documents with words in common (${texts.length})`;
			const labels = new Map(taxonomy.topics.map((t) => [t.id, t.label]));
			const assigned = writeAssignments(records, compileTaxonomy(taxonomy), labels);
			const counts = await assigned;
			if (topicsOut) {
				const { writeFileAtomic } = await import('../../lib/server/atomic.ts');
				await writeFileAtomic(topicsOut, formatTaxonomyFile(taxonomyFromModel(discovery.model, counts.perTopic)));
			}
			report(summary, taxonomy.topics, counts, texts.length, performance.now() - started);
		} else {
			const labels = new Map(taxonomy.topics.map((t) => [t.id, t.label]));
			const counts = await writeAssignments(records, compileTaxonomy(taxonomy), labels);
			report(`${taxonomy.topics.length} topics from ${topicsFile}`, taxonomy.topics, counts, texts.length, performance.now() - started);
		}
		if (bad) process.stderr.write(`gazette: ${bad} bad line${bad === 1 ? '' : 's'} skipped\n`);
		return bad ? 3 : 0;
	}
};

interface InputRecord {
	id: unknown;
	text: string;
}

async function readRecords(): Promise<{ records: InputRecord[]; bad: number }> {
	const records: InputRecord[] = [];
	let bad = 0;
	let lineNumber = 0;
	for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
		lineNumber++;
		if (!line.trim()) continue;
		let record: unknown;
		try {
			record = JSON.parse(line);
		} catch {
			bad++;
			process.stderr.write(`gazette: line ${lineNumber}: not JSON, skipped\n`);
			continue;
		}
		const { id, text } = (record ?? {}) as { id?: unknown; text?: unknown };
		if (typeof text !== 'string') {
			bad++;
			process.stderr.write(`gazette: line ${lineNumber}: no "text" string, skipped\n`);
			continue;
		}
		records.push({ id: id ?? null, text });
	}
	return { records, bad };
}

interface AssignmentCounts {
	perTopic: Map<string, number>;
	withTopic: number;
}

async function writeAssignments(
	records: InputRecord[],
	matcher: { document(text: string, minHits: number): { topic: string; weight?: number }[] },
	labels: Map<string, string>
): Promise<AssignmentCounts> {
	const perTopic = new Map<string, number>();
	let withTopic = 0;
	let buffer = '';
	for (const { id, text } of records) {
		const topics = matcher.document(text, 1).map(({ topic, weight }) => ({ topic, label: labels.get(topic) ?? topic, weight: weight ?? 1 }));
		if (topics.length) withTopic++;
		for (const { topic } of topics) perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1);
		buffer += JSON.stringify({ id, topics }) + '\n';
		if (buffer.length > 1 << 16) {
			if (!process.stdout.write(buffer)) await new Promise((resolve) => process.stdout.once('drain', resolve));
			buffer = '';
		}
	}
	if (buffer) process.stdout.write(buffer);
	return { perTopic, withTopic };
}

function report(summary: string, topics: { id: string; label: string }[], counts: AssignmentCounts, total: number, ms: number): void {
	const lines = [`gazette: ${summary}; ${counts.withTopic} of ${total} documents have a topic (${(ms / 1000).toFixed(1)} s)`];
	for (const topic of topics) lines.push(`  ${String(counts.perTopic.get(topic.id) ?? 0).padStart(7)}  ${topic.label}`);
	process.stderr.write(lines.join('\n') + '\n');
}
