_start:
	j far
	.space 0x100000
far:	ret
	beq a0, a1, . + 3
