# cat-file.s — prints the file /data.txt of the guest's file system (launch attribute fsRoot),
# or "no file\n" when it cannot open it; exits 0 when it printed the file, 1 otherwise.
	.equ	SYS_OPENAT, 56
	.equ	SYS_CLOSE, 57
	.equ	SYS_READ, 63
	.equ	SYS_WRITE, 64
	.equ	SYS_EXIT, 93
	.equ	AT_FDCWD, -100

	.data
path:	.string	"/data.txt"
nofile:	.string	"no file\n"
	.bss
buf:	.space	64

	.text
	.globl	_start
_start:
	li	a0, AT_FDCWD
	la	a1, path
	li	a2, 0
	li	a3, 0
	li	a7, SYS_OPENAT
	ecall				# @open
	bltz	a0, missing
	mv	s0, a0
	la	a1, buf
	li	a2, 64
	li	a7, SYS_READ
	ecall				# @read
	mv	a2, a0
	li	a0, 1
	la	a1, buf
	li	a7, SYS_WRITE
	ecall
	mv	a0, s0
	li	a7, SYS_CLOSE
	ecall
	li	a0, 0
	li	a7, SYS_EXIT
	ecall
missing:
	li	a0, 1
	la	a1, nofile
	li	a2, 8
	li	a7, SYS_WRITE
	ecall
	li	a0, 1
	li	a7, SYS_EXIT
	ecall
