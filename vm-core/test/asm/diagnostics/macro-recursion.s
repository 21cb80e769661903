	.macro forever n
	addi a0, a0, \n
	forever \n
	.endm
_start:
	forever 1
