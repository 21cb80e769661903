# Unterminated .rept/.irp/.irpc are reported and not expanded (as gas does), however deeply
# they nest: nested ones used to re-expand each other's copies up to the expansion limit.
	.text
	nop
	.rept 3
	nop
	.rept 3
	nop
	.irp r, a0, a1
	mv \r, zero
	.irpc c, 012
	li a0, \c
