# align_norelax.s — a file assembled entirely under `.option norelax`: every code alignment
# is padded exactly, with nops, by the assembler; no R_RISCV_ALIGN, no linker deletions.
# Compare with align.s. Exit status: 21.

        .option norelax

        .text
        .globl  _start
_start:
        li      s0, 0
        .p2align 3                      # executed nop padding
        li      t0, 3
        .p2align 4
1:      addi    s0, s0, 7
        addi    t0, t0, -1
        bnez    t0, 1b
        .balign 16
        call    fn
        add     s0, s0, a0
        .p2align 5,,8                   # not done: needs more than 8 bytes
        .p2align 5,,28
        mv      a0, s0
        li      a7, 93
        ecall

        .p2align 4, 0                   # explicit zero fill in code
fn:     li      a0, 0
        .p2align 3,,4
        ret
        .balignw 16, 0x0001             # 2-byte pattern fill
        .balignl 32, 0x00000013         # nop-word pattern fill
end:
