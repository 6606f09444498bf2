// `gazette topics --jsonl`: discovery over stdin, one line per document, the taxonomy it writes
// read back with --topics, and clear errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';

const BIN = join(PACKAGE_ROOT, 'bin', 'gazette.js');
const dir = mkdtempSync(join(tmpdir(), 'gazette-topics-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function gazette(args: string[], input?: string) {
	const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: dir });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SUBJECTS = [
	['striker', 'goal', 'league', 'referee', 'stadium', 'penalty', 'coach'],
	['vaccine', 'hospital', 'nurses', 'patients', 'clinical trial', 'doses', 'infection'],
	['copper', 'ore', 'deposit', 'tonnes', 'quarry', 'gold', 'extraction']
];
const lines = SUBJECTS.flatMap((words, s) =>
	Array.from({ length: 8 }, (_, i) => JSON.stringify({ id: `s${s}-${i}`, text: words.filter((_, j) => (i + j) % 3 !== 0).map((w) => `There was the ${w} again.`).join(' ') }))
);

describe('gazette topics --jsonl', () => {
	it('writes one line per document, best topic first, and a taxonomy that --topics reproduces', () => {
		const taxonomy = join(dir, 'found.json');
		const input = [...lines.slice(0, 3), 'not json', '{"id":"x"}', ...lines.slice(3)].join('\n') + '\n';
		const result = gazette(['topics', '--jsonl', '--topics-out', taxonomy], input);
		expect(result.status).toBe(3);
		expect(result.stderr).toContain('line 4: not JSON');
		expect(result.stderr).toContain('line 5: no "text"');
		expect(result.stderr).toMatch(/3 topics .*24 of 24 documents have a topic/);
		const output = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
		expect(output.map((o) => o.id)).toEqual(lines.map((l) => JSON.parse(l).id));
		const first = output[0].topics[0];
		expect(Object.keys(first)).toEqual(['topic', 'label', 'weight']);
		expect(first.weight).toBeGreaterThan(0);
		const topicOfSubject = (s: number) => new Set(output.filter((o) => o.id.startsWith(`s${s}-`)).map((o) => o.topics[0].topic));
		expect([0, 1, 2].map((s) => topicOfSubject(s).size)).toEqual([1, 1, 1]);

		const saved = JSON.parse(readFileSync(taxonomy, 'utf8'));
		expect(saved.topics).toHaveLength(3);
		expect(saved.topics[0].terms.length).toBe(saved.topics[0].weights.length);
		const again = gazette(['topics', '--jsonl', '--topics', taxonomy], lines.join('\n'));
		expect(again.status).toBe(0);
		expect(again.stdout).toBe(output.map((o) => JSON.stringify(o)).join('\n') + '\n');
	});

	it('takes --k', () => {
		const result = gazette(['topics', '--jsonl', '--k', '2'], lines.join('\n'));
		expect(result.status).toBe(0);
		expect(result.stderr).toMatch(/^gazette: 2 topics \(--k 2/);
	});

	it.each([
		[['topics'], 'give --jsonl'],
		[['topics', '--jsonl', '--k', '0'], '--k must be at least 1'],
		[['topics', '--jsonl', '--k', 'five'], '--k must be a whole number'],
		[['topics', '--jsonl', '--topics', 'x.json', '--k', '3'], '--k and --topics-out are for discovery'],
		[['topics', '--jsonl', '--topics', '/nonexistent/x.json'], 'cannot read /nonexistent/x.json: no such file']
	])('%j is one clear error line', (args, message) => {
		const result = gazette(args, '');
		expect(result.status).not.toBe(0);
		expect(result.stderr.trim().split('\n')[0]).toContain(message);
		expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
	});
});
