# main-inc.s — calls a function that lives in an .include'd file.
	.text
	.globl	_start
_start:
	li	a0, 20
	call	twice
	li	a7, 93
	ecall
	.include "twice.inc"
