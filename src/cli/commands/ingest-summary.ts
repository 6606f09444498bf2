import { relative } from 'node:path';
import type { IngestSummary } from '../../lib/server/ingest/index.ts';
import { terminalSafeLines } from '../terminal-safe.ts';

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** The end-of-run report: what was written, what was skipped and why, what corrections did. Paths and
 * names come from the user's files: each line is printed terminal-safe. */
export function formatSummary(summary: IngestSummary): string {
	const out = summary.store ?? (relative(process.cwd(), summary.outDir) || '.');
	const lines = [
		summary.upToDate
			? `ingest: up to date, nothing changed since the last run (${out})`
			: `ingest: ${plural(summary.documents, 'document')}, ${plural(summary.places, 'place')}, ${plural(summary.mentions, 'mention')} → ${out}`,
		`  documents ${summary.documents} (${summary.geoparsed} geoparsed, ${summary.cached} from cache), places ${summary.places}, mentions ${summary.mentions}`
	];
	if (summary.unresolved > 0) {
		const names = summary.unresolvedNames.slice(0, 8).map((n) => `${n.name} ×${n.count}`);
		lines.push(`  unresolved names ${summary.unresolved}: ${names.join(', ')}${summary.unresolvedNames.length > 8 ? ', …' : ''}`);
	} else lines.push('  unresolved names 0');
	if (summary.topics) {
		const from = { file: 'from the taxonomy file', saved: 'as shaped in the explorer (the corpus\'s .gazette-topics.json)', discovered: summary.store ? 'discovered from the corpus (kept in the store; --rediscover to fit again)' : `discovered from the corpus (saved as ${out}/topics.discovered.json: edit it and pass --topics)`, reused: 'as discovered earlier, new documents assigned (--rediscover to fit again)' }[summary.topics.source];
		lines.push(`  topics ${summary.topics.count} ${from}`);
	}
	for (const correction of summary.corrections) lines.push(`  correction ${correction.correction}: ${plural(correction.changed, 'mention')} changed`);
	for (const problem of summary.invalidPlaces) lines.push(`  dropped invalid place: ${problem}`);
	for (const cap of summary.capped ?? []) lines.push(`  warning: ${cap.path}: ${plural(cap.found, 'toponym')}, more than one document may keep; the first ${cap.kept.toLocaleString('en')} were kept`);
	if (summary.skipped.length > 0) {
		lines.push(`  skipped ${plural(summary.skipped.length, 'input')}:`);
		for (const skip of summary.skipped) lines.push(`    ${skip.path}: ${skip.reason}`);
	} else lines.push('  skipped 0');
	if (summary.incremental && !summary.upToDate)
		lines.push(`  incremental: ${plural(summary.incremental.changed, 'file')} read again, ${plural(summary.incremental.removed, 'file')} removed; only their rows written (the JSON files are made again by publish and export)`);
	lines.push(`  time ${(summary.durationMs / 1000).toFixed(2)} s, output ${(summary.outputBytes / 1048576).toFixed(2)} MB`);
	return terminalSafeLines(lines);
}
