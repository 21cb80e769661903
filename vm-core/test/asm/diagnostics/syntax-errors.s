# Three syntax errors in one file: all are reported in one pass.
_start:
	addi a0, a0, (1 +
	li a1, 5 5
	sw a0, 4(sp
	nop
