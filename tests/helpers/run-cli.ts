// Runs the CLI's main() in this process and captures what it writes to stdout and stderr.
import { vi } from 'vitest';
import { main } from '../../src/cli/main.ts';

export interface CliRun {
	status: number;
	stdout: string;
	stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
	let stdout = '';
	let stderr = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
	const status = await main(argv);
	vi.restoreAllMocks();
	return { status, stdout, stderr };
}
