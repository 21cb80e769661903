# align.s — alignment inside code, the way hand-written loops and functions use it.
# With linker relaxation on (GNU as's default) a code alignment is padded with the
# worst-case number of nops and marked with R_RISCV_ALIGN; `ld --no-relax` still deletes
# the excess nops (alignment relaxation always runs), so the final code is aligned.
# A region under `.option push; .option norelax ... .option pop` is padded by the assembler
# without R_RISCV_ALIGN: deletions earlier in the section can shift it off its alignment,
# and because relaxation is back on when the file ends, gas fills that padding with zeros
# rather than nops (so no padding of that region is ever executed here).
# align_norelax.s shows the exact, nop-filled padding of a file that stays norelax.
# Exit status: 40.

        .text
        .globl  _start
_start:
        li      s0, 0
        li      t0, 10
        .p2align 3                      # 4 bytes of nops + R_RISCV_ALIGN in the object
1:      addi    s0, s0, 1
        addi    t0, t0, -1
        bnez    t0, 1b
        call    aligned_fn
        add     s0, s0, a0
        call    exact_fn
        add     s0, s0, a0
        la      t1, ro_value
        lw      t1, 0(t1)
        add     s0, s0, t1
        mv      a0, s0
        li      a7, 93
        ecall

        .align  4                       # 12 bytes of nops in the object
aligned_fn:
        li      a0, 10
        .balign 8                       # executed padding: nops
        ret

        .option push
        .option norelax
        .p2align 4                      # not executed: zeros
exact_fn:
        li      a0, 15
        ret
        .p2align 5,,8                   # max-skip: only if at most 8 bytes are needed
        .p2align 3,,4
        .balign 16, 0                   # an explicit fill byte in code
        .word   0x600d600d
        .option pop

        .section .rodata
        .byte   1
        .p2align 2
ro_value:
        .word   5
        .byte   2
        .balign 16, 0xff
        .byte   3
