# hello.s — the smallest complete program, written the way tutorials write it.
# Prints a greeting with the write system call and exits with status 0.

        .equ    SYS_WRITE, 64
        .equ    SYS_EXIT, 93
        .equ    STDOUT, 1

        .section .rodata
msg:
        .ascii  "Hello, RISC-V!\n"
        .equ    msg_len, . - msg

        .text
        .globl  _start
        .type   _start, @function
_start:
        li      a0, STDOUT
        la      a1, msg
        li      a2, msg_len
        li      a7, SYS_WRITE
        ecall

        li      a0, 0
        li      a7, SYS_EXIT
        ecall
        .size   _start, . - _start
