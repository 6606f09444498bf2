import type { Command } from '../command.ts';
import { CliError } from '../errors.ts';

export const evalCommand: Command = {
	name: 'eval',
	summary: 'not yet implemented',
	usage: 'gazette eval',
	help: 'Not yet implemented.',
	options: {},
	async run() {
		throw new CliError('eval is not implemented yet');
	}
};
