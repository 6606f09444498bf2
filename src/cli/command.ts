import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command {
	name: string;
	summary: string;
	usage: string;
	/** Long help, printed by `gazette <command> --help`. */
	help: string;
	options: Options;
	run(args: ParsedArgs): Promise<number>;
}

export interface ParsedArgs {
	values: Record<string, string | boolean | string[] | undefined>;
	positionals: string[];
}

/** Parses argv for one command; unknown flags become a CliError with the command's usage. */
export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
	try {
		const { values, positionals } = parseArgs({
			args: argv,
			options: { ...command.options, help: { type: 'boolean', short: 'h' } },
			allowPositionals: true,
			strict: true
		});
		return { values: values as ParsedArgs['values'], positionals };
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '') : String(error);
		throw usageError(command, message);
	}
}

/** Bad usage: one line, with the command's usage in it. */
export function usageError(command: Pick<Command, 'usage'>, message: string): CliError {
	return new CliError(`${message} (usage: ${command.usage})`, 2);
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
	const value = args.values[name];
	return typeof value === 'string' ? value : undefined;
}

export function integerOption(args: ParsedArgs, name: string, fallback: number): number {
	const raw = stringOption(args, name);
	if (raw === undefined) return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 0) throw new CliError(`--${name} must be a whole number, got "${raw}"`, 2);
	return value;
}
