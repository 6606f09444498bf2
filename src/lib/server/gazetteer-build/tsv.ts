import { readFile } from 'node:fs/promises';

/** Reads a curated TSV: '#' lines are comments, the first other line names the columns. */
export async function readTsv(path: string): Promise<Record<string, string>[]> {
	const text = await readFile(path, 'utf8');
	const lines = text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
	const header = lines.shift()?.split('\t');
	if (!header) return [];
	return lines.map((line, n) => {
		const cells = line.split('\t');
		if (cells.length > header.length) throw new Error(`${path}: row ${n + 2} has ${cells.length} cells, the header ${header.length}`);
		return Object.fromEntries(header.map((column, i) => [column, (cells[i] ?? '').trim()]));
	});
}

export function splitList(value: string | undefined): string[] {
	return (value ?? '')
		.split(';')
		.map((s) => s.trim())
		.filter(Boolean);
}
