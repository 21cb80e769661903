# fault.s — loads from an unmapped address (line 6), then would exit 0.
	.text
	.globl	_start
_start:
	li	a2, 8
	lw	a3, 0(a2)		# @fault
	li	a0, 0
	li	a7, 93
	ecall
