# spin.s — counts forever (until paused or terminated).
	.text
	.globl	_start
_start:
	li	a0, 0
spin:
	addi	a0, a0, 1		# @spin
	j	spin
