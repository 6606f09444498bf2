// "(207) 255-3127", "580-227-4416", "563.927.4141": a North American phone number's area code says which
// US state the number rings in, and a local text's numbers are its own town's (the town hall, the
// library, the chamber of commerce). The state speaks for the text's towns as a state it names does.
// Facts: the area codes in service in each state and DC, from NANPA's geographic area code assignments
// (nationalnanpa.com, "Area Code Maps" and the NPA database, as of 2024); toll-free and non-geographic
// codes (800, 888, 900, 500, …) name no state and are left out.

const CODES_BY_STATE = `
AL 205 251 256 334 659 938|AK 907|AZ 480 520 602 623 928|AR 327 479 501 870|
CA 209 213 279 310 323 341 408 415 424 442 510 530 559 562 619 626 628 650 657 661 669 707 714 747 760 805 818 820 831 840 858 909 916 925 949 951|
CO 303 719 720 970 983|CT 203 475 860 959|DC 202 771|DE 302|FL 239 305 321 324 352 386 407 448 561 645 656 689 727 754 772 786 813 850 863 904 941 954|
GA 229 404 470 478 678 706 762 770 912|HI 808|ID 208 986|IL 217 224 309 312 331 447 464 618 630 708 730 773 779 815 847 872|
IN 219 260 317 463 574 765 812 930|IA 319 515 563 641 712|KS 316 620 785 913|KY 270 364 502 606 859|LA 225 318 337 504 985|
ME 207|MD 240 301 410 443 667|MA 339 351 413 508 617 774 781 857 978|MI 231 248 269 313 517 586 616 679 734 810 906 947 989|
MN 218 320 507 612 651 763 952|MS 228 601 662 769|MO 235 314 417 557 573 636 660 816 975|MT 406|NE 308 402 531|NV 702 725 775|NH 603|
NJ 201 551 609 640 732 848 856 862 908 973|NM 505 575|
NY 212 315 329 332 347 363 516 518 585 607 624 631 646 680 716 718 838 845 914 917 929 934|NC 252 336 472 704 743 828 910 919 980 984|ND 701|
OH 216 220 234 283 326 330 380 419 436 440 513 567 614 740 937|OK 405 539 572 580 918|OR 458 503 541 971|
PA 215 223 267 272 412 445 484 570 582 610 717 724 814 835 878|RI 401|SC 803 839 843 854 864|SD 605|TN 423 615 629 731 865 901 931|
TX 210 214 254 281 325 346 361 409 430 432 469 512 682 713 726 737 806 817 830 832 903 915 936 940 945 956 972 979|UT 385 435 801|VT 802|
VA 276 434 540 571 686 703 757 804 826|WA 206 253 360 425 509 564|WV 304 681|WI 262 274 353 414 534 608 715 920|WY 307`;

let stateByCode: Map<string, string> | null = null;

function statesByCode(): Map<string, string> {
	if (stateByCode) return stateByCode;
	stateByCode = new Map();
	for (const entry of CODES_BY_STATE.split('|')) {
		const [state, ...codes] = entry.trim().split(/\s+/);
		for (const code of codes) stateByCode.set(code, state!);
	}
	return stateByCode;
}

// "(207) 255-3127", "207-255-3127", "207.255.3127", "207/255-3127": an area code, then a seven-digit
// number whose exchange starts with 2–9, standing alone (not inside a longer run of digits or an ISBN)
const PHONE = /(?<![\d-])(?:\((\d{3})\)\s?|(\d{3})[-./]\s?)[2-9]\d{2}[-.]\d{4}(?![\d-])/g;
// seven digits with a separator: what every phone number above holds, tested before the full pattern
const LOCAL_NUMBER = /\d{3}[-.]\d{4}/;
// more states than this: a directory or a list of offices, which says nothing of one town
const MAX_STATES = 2;

/** The US states (postal codes) whose area codes the text's phone numbers carry; none for a directory. */
export function phoneStatesIn(text: string): string[] {
	if (!LOCAL_NUMBER.test(text)) return [];
	const codes = statesByCode();
	const found = new Set<string>();
	for (const match of text.matchAll(PHONE)) {
		const state = codes.get(match[1] ?? match[2]!);
		if (state === undefined) continue;
		found.add(state);
		if (found.size > MAX_STATES) return [];
	}
	return [...found];
}
