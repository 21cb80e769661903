# echo.s — reads up to 64 bytes of standard input and writes them back, then exits with the
# number of bytes read.
	.bss
buf:
	.space	64
	.text
	.globl	_start
_start:
	li	a0, 0
	la	a1, buf
	li	a2, 64
	li	a7, 63			# read(0, buf, 64)
	ecall
	mv	s0, a0
	mv	a2, a0
	li	a0, 1
	la	a1, buf
	li	a7, 64			# write(1, buf, n)
	ecall
	mv	a0, s0
	li	a7, 93
	ecall
