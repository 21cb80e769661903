# loop.s — the debugger tests' main program: a loop that adds squares into a counter in memory,
# a call/ret helper, output through write(2), exit status 30 (1+4+9+16).
# test/dap finds lines by their `@name` markers.
	.equ	SYS_WRITE, 64
	.equ	SYS_EXIT, 93

	.data
	.globl	total
	.type	total, @object
	.size	total, 4
total:
	.word	0
	.type	squares, @object
	.size	squares, 16
squares:
	.word	0, 0, 0, 0
	.section .rodata
	.type	greeting, @object
	.size	greeting, 6
greeting:
	.string	"sums\n"

	.text
	.globl	_start
	.type	_start, @function
_start:
	li	s0, 1			# @start i = 1
	li	s1, 5
	la	s2, total
	la	s3, squares
loop:
	mv	a0, s0			# @loop a0 = square(i)
	call	square		# @call
	lw	t0, 0(s2)		# @after-call total += a0
	add	t0, t0, a0
	sw	t0, 0(s2)		# @store-total
	addi	t1, s0, -1
	slli	t1, t1, 2
	add	t1, s3, t1
	sw	a0, 0(t1)		# @store-square squares[i-1] = a0
	addi	s0, s0, 1
	blt	s0, s1, loop		# @branch

	li	a0, 1			# @write write(1, greeting, 5)
	la	a1, greeting
	li	a2, 5
	li	a7, SYS_WRITE
	ecall
	lw	a0, 0(s2)		# @exit exit(total)
	li	a7, SYS_EXIT
	ecall
	.size	_start, . - _start

	.globl	square
	.type	square, @function
square:
	mul	a0, a0, a0		# @square
	ret
	.size	square, . - square
