# hello.s — the smallest complete Tessera program: print a line, exit with status 0.
# Assemble and look at it:   npx tessera asm examples/hello.s -o examples/hello.elf
#                            npx tessera disasm examples/hello.elf
# It is a Linux user-mode program: `qemu-riscv32 examples/hello.elf` runs it too.

	.equ	SYS_WRITE, 64
	.equ	SYS_EXIT, 93
	.equ	STDOUT, 1

	.section .rodata
message:
	.ascii	"Hello from Tessera!\n"
	.equ	MESSAGE_LEN, . - message

	.text
	.globl	_start
	.type	_start, @function
_start:
	li	a0, STDOUT		# write(1, message, MESSAGE_LEN)
	la	a1, message
	li	a2, MESSAGE_LEN
	li	a7, SYS_WRITE
	ecall

	li	a0, 0			# exit(0)
	li	a7, SYS_EXIT
	ecall
	.size	_start, . - _start
