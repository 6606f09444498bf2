import { parseCommandArgs, type Command } from './command.ts';
import { CliError } from './errors.ts';
import { commands } from './commands.ts';

function overview(): string {
	const width = Math.max(...commands.map((c) => c.name.length));
	const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
	return [
		'gazette: turn a folder of articles into an explorable map',
		'',
		'usage: gazette <command> [options]',
		'',
		'commands:',
		...lines,
		'',
		'Run `gazette <command> --help` for the options of a command.'
	].join('\n');
}

function commandHelp(command: Command): string {
	return `usage: ${command.usage}\n\n${command.help.trim()}\n`;
}

/** The single top-level catch: CliErrors print one line, anything else is a bug and keeps its stack. */
export async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	try {
		if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
			process.stdout.write(overview() + '\n');
			return name === undefined ? 2 : 0;
		}
		if (name === '--version' || name === '-v') {
			const { readFile } = await import('node:fs/promises');
			const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
			process.stdout.write(`${pkg.version}\n`);
			return 0;
		}
		const command = commands.find((c) => c.name === name);
		if (!command) throw new CliError(`unknown command "${name}" (run \`gazette --help\` for the list)`, 2);
		const args = parseCommandArgs(command, rest);
		if (args.values.help) {
			process.stdout.write(commandHelp(command));
			return 0;
		}
		return await command.run(args);
	} catch (error) {
		if (error instanceof CliError) {
			process.stderr.write(`gazette: ${error.message}\n`);
			return error.exitCode;
		}
		throw error;
	}
}
