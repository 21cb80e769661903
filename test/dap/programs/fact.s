# fact.s — recursive factorial of 5 (exit status 120): call-aware stepping at depth.
	.text
	.globl	_start
_start:
	li	a0, 5
	call	fact			# @call-fact
	li	a7, 93			# @after-fact
	ecall

	.globl	fact
fact:
	addi	sp, sp, -16		# @fact
	sw	ra, 12(sp)
	sw	a0, 8(sp)
	li	t0, 1
	ble	a0, t0, base		# @test
	addi	a0, a0, -1
	call	fact			# @recurse
	lw	t1, 8(sp)		# @after-recurse
	mul	a0, a0, t1
	j	done
base:
	li	a0, 1			# @base
done:
	lw	ra, 12(sp)
	addi	sp, sp, 16
	ret				# @ret
