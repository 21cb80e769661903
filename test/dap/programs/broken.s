# broken.s — does not assemble: two errors the launch must report with file:line:col.
	.text
	.globl	_start
_start:
	adi	a0, a0, 1
	li	a7, 93
	lw	a0, 0(q9)
	ecall
