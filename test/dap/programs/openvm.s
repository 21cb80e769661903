# openvm.s — an OpenVM guest: reads a hint (a word), prints with printstr, reveals a public value,
# terminates with 7. Launched with "environment": "openvm" and hints: ["hint.bin"].
	.data
buf:	.space	16
hello:	.ascii	"hi from openvm\n"
	.text
	.globl	_start
_start:
	phantom	zero, zero, 0		# hintinput
	la	a0, buf
	hintstore a0, zero, 0		# hintstorew
	lw	s0, 0(a0)
	la	a0, hello
	li	a1, 15
	phantom	a0, a1, 1		# printstr
	li	t0, 0
	reveal	t0, s0, 0		# @reveal
	terminate 7
