# ebreak.s — an ebreak (line 6) between two register writes, then exit 7.
	.text
	.globl	_start
_start:
	li	a0, 3
	ebreak			# @ebreak
	li	a0, 7
	li	a7, 93
	ecall
