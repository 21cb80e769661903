_start:
	addi a0, a1
	ret a0
	jal
