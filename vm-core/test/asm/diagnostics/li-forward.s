_start:
	li a0, LATER
	li a1, UNKNOWN
	.equ LATER, 5
