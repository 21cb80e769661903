# include.s — .include of files in a subfolder (inc/), including a nested include
# (inc/io.inc includes inc/syscalls.inc) and an include inside a section, with symbols
# flowing both ways (INC_BASE is defined here and used by inc/data.inc).
# Prints two lines and exits with the sum of the included table (expected 36).

        .include "inc/io.inc"

        .equ    INC_BASE, 10

        .data
        .word   0x11111111
        .include "inc/data.inc"
        .word   0x22222222

        .text
        .globl  _start
_start:
        print   "included macros work\n"
        la      t0, included_table
        la      t1, included_table_end
        li      s0, 0
1:      lw      t2, 0(t0)
        add     s0, s0, t2
        addi    t0, t0, 4
        bltu    t0, t1, 1b
        print   "sum computed\n"
        mv      a0, s0
        li      a7, SYS_EXIT
        ecall
        exit    1                       # not reached
