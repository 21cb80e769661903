	.globl _start
_start:
	call missing_function
	la a1, missing_data
