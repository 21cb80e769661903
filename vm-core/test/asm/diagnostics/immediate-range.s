_start:
	addi a0, a0, 2048
	addi a0, a0, -2049
	slli a0, a0, 32
	lui a0, 0x100000
	lw a0, 4096(sp)
	csrrwi a0, cycle, 32
	addi a0, a0, LATER
	.equ LATER, 5000
