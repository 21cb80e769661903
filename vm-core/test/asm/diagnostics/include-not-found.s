	.include "no-such-file.inc"
	nop
