# broken.s — two mistakes the Problems panel should show.
	.text
	.globl	_start
_start:
	adi	a0, a0, 1		# a typo: addi
	lw	a1, 8(q9)		# no register q9
	li	a7, 93
	ecall
