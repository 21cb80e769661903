# sum.s — adds 1..5 in a loop and exits with the sum (15). The e2e test stops in the loop.
	.text
	.globl	_start
_start:
	li	t0, 1			# i
	li	a0, 0			# sum
loop:
	add	a0, a0, t0		# sum += i (breakpoint here)
	addi	t0, t0, 1
	li	t1, 6
	blt	t0, t1, loop
	li	a7, 93			# exit(sum)
	ecall
