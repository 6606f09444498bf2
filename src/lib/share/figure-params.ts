// The figure options of an embed or snapshot URL: `figure=1` (every place labelled, no clusters) and
// `inset=1|0` (the locator inset; by default on for figures smaller than a country).

export interface FigureParams {
	figure: boolean;
	/** null: decide from the frame */
	inset: boolean | null;
}

const flag = (value: string | null): boolean | null => (value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : null);

export function parseFigureParams(params: URLSearchParams): FigureParams {
	return { figure: flag(params.get('figure')) ?? false, inset: flag(params.get('inset')) };
}

export function setFigureParams(params: URLSearchParams, options: FigureParams): URLSearchParams {
	if (options.figure) params.set('figure', '1');
	if (options.inset !== null) params.set('inset', options.inset ? '1' : '0');
	return params;
}
