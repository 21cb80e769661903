# meta.s — directives that carry metadata rather than code: .file (both forms), .ident,
# .attribute, .option (push/pop, norelax/relax, nopic, arch), .cfi_* (kept in .debug_frame
# so that no allocated section depends on them), .loc, .size/.type.
# An assembler may ignore them or honour them; the allocated bytes must not change.
# Exit status: 7.

        .file   "meta.s"
        .option nopic
        .attribute arch, "rv32i2p1_m2p0"
        .attribute unaligned_access, 0
        .attribute stack_align, 16
        .file   1 "meta.c"
        .cfi_sections .debug_frame

        .text
        .align  2
        .globl  _start
        .type   _start, @function
_start:
        .cfi_startproc
        .loc    1 3 0
        addi    sp, sp, -16
        .cfi_def_cfa_offset 16
        sw      ra, 12(sp)
        .cfi_offset ra, -4
        .loc    1 4 5 prologue_end
        call    seven
        .loc    1 5 1 is_stmt 0
        lw      ra, 12(sp)
        .cfi_restore ra
        addi    sp, sp, 16
        .cfi_def_cfa_offset 0
        li      a7, 93
        ecall
        .cfi_endproc
        .size   _start, .-_start

        .option push
        .option norelax
        .type   seven, @function
seven:
        .cfi_startproc
        .loc    1 10 0
        li      a0, 3
        .option push
        .option relax
        addi    a0, a0, 4
        .option pop
        ret
        .cfi_endproc
        .size   seven, .-seven
        .option pop

        .option push
        .option arch, +zicsr
        .type   not_called, @function
not_called:
        csrr    a0, cycle
        ret
        .size   not_called, .-not_called
        .option pop

        .ident  "GCC: (hand-written) 0.0"
        .ident  "a second .ident line"
        .section .note.GNU-stack,"",@progbits
