_start:
loop:	nop
loop:	nop
	.equ N, 1
N:	nop
