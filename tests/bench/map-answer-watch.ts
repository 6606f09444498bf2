// When the map drew a new answer, from the map's own events rather than by polling frames. A toggle's or
// a search's "map" time was the moment a poll (two animation frames, a check, two more frames) saw the
// map loaded: 4–6 frames after the frame that drew the answer. Installed in the page as text (the benches
// run under tsx, whose helpers the page lacks); `start()` at the reader's action, then `drawn` is when a
// frame was rendered with the places' (or shapes') new data loaded, and `idle` when the map then went idle.
export const MAP_ANSWER_WATCH = `
window.gazetteAnswer = {
	content: false,
	drawn: null,
	idle: null,
	start() {
		this.content = false;
		this.drawn = null;
		this.idle = null;
	},
	follow(map) {
		// nothing of the answer still on its way: every place source loaded, no server features asked for
		const loaded = () => document.documentElement.dataset.mapPending !== '1' && ['places', 'areas'].every((id) => !map.getSource(id) || map.isSourceLoaded(id));
		map.on('sourcedata', (event) => {
			if ((event.sourceId === 'places' || event.sourceId === 'areas') && event.sourceDataType === 'content') this.content = true;
		});
		map.on('render', () => {
			if (this.content && this.drawn === null && loaded()) this.drawn = performance.now();
		});
		map.on('idle', () => {
			if (this.drawn !== null && this.idle === null) this.idle = performance.now();
		});
	}
};
`;
