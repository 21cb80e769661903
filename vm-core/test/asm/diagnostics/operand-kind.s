_start:
	addi a0, 5, a1
	lw a0, a1
	add a0, a1, a9
	sw 4(sp), a0
