import type { Command } from '../command.ts';
import { CliError } from '../errors.ts';

export const geoparseCommand: Command = {
	name: 'geoparse',
	summary: 'not yet implemented',
	usage: 'gazette geoparse',
	help: 'Not yet implemented.',
	options: {},
	async run() {
		throw new CliError('geoparse is not implemented yet');
	}
};
