# pseudo.s — the pseudo-instructions of the RISC-V assembly manual, executed and checked:
# li (every expansion size), la/lla, mv, not, neg, seqz/snez/sltz/sgtz, the branch
# pseudos (beqz bnez blez bgez bltz bgtz bgt ble bgtu bleu), j/jal/jr/jalr/ret/call/tail,
# nop. Each check that passes adds 1 to s11; a failed check exits with 200 + its number.
# Exit status: the number of checks (expected 42).

        .macro  expect reg, value
        li      t6, \value
        .set    check_no, check_no + 1
        li      t5, 200 + check_no
        bne     \reg, t6, fail
        addi    s11, s11, 1
        .endm
        .set    check_no, 0

        .data
        .p2align 2
datum:  .word   0x5eed

        .text
        .globl  _start
_start:
        li      s11, 0
        li      a1, 0
        expect  a1, 0
        li      a1, 2047
        expect  a1, 0x7ff
        li      a1, -2048
        expect  a1, -0x800
        li      a1, 0x1000
        expect  a1, 4096
        li      a1, 0x12345678
        expect  a1, 305419896
        li      a1, 0x7fffffff
        expect  a1, 2147483647
        li      a1, 0x80000000
        expect  a1, -2147483648
        li      a1, 0xffffffff
        expect  a1, -1
        li      a1, 0xfffff800
        expect  a1, -2048
        li      a1, 0x800
        expect  a1, 2048
        li      a1, 0xfffffffffffff000
        expect  a1, -4096

        la      a2, datum
        lw      a3, 0(a2)
        expect  a3, 0x5eed
        lla     a2, datum
        lw      a3, 0(a2)
        expect  a3, 0x5eed

        li      a1, 5
        mv      a2, a1
        expect  a2, 5
        not     a2, a1
        expect  a2, -6
        neg     a2, a1
        expect  a2, -5
        seqz    a2, a1
        expect  a2, 0
        seqz    a2, zero
        expect  a2, 1
        snez    a2, a1
        expect  a2, 1
        neg     a3, a1
        sltz    a2, a3
        expect  a2, 1
        sltz    a2, a1
        expect  a2, 0
        sgtz    a2, a1
        expect  a2, 1
        sgtz    a2, a3
        expect  a2, 0

        # branch pseudos: each taken branch skips a `j fail`
        li      t5, 100
        li      a1, 5
        li      a2, -5
        beqz    zero, 1f
        j       fail
1:      bnez    a1, 1f
        j       fail
1:      blez    a2, 1f
        j       fail
1:      bgez    a1, 1f
        j       fail
1:      bltz    a2, 1f
        j       fail
1:      bgtz    a1, 1f
        j       fail
1:      bgt     a1, a2, 1f
        j       fail
1:      ble     a2, a1, 1f
        j       fail
1:      bgtu    a2, a1, 1f              # unsigned: -5 is large
        j       fail
1:      bleu    a1, a2, 1f
        j       fail
1:      addi    s11, s11, 10
        # branches that must not be taken
        beqz    a1, fail
        bnez    zero, fail
        blez    a1, fail
        bgez    a2, fail
        bltz    a1, fail
        bgtz    a2, fail
        bgt     a2, a1, fail
        ble     a1, a2, fail
        bgtu    a1, a2, fail
        bleu    a2, a1, fail
        addi    s11, s11, 1

        # jumps and calls
        jal     ret_one
        expect  a0, 1
        jal     ra, ret_one
        expect  a0, 1
        call    ret_one
        expect  a0, 1
        la      t0, ret_one
        jalr    t0
        expect  a0, 1
        jalr    ra, t0
        expect  a0, 1
        jalr    ra, 0(t0)
        expect  a0, 1
        jalr    ra, t0, 0
        expect  a0, 1
        call    via_tail
        expect  a0, 1
        la      t0, 1f
        jr      t0
        j       fail
1:      j       2f
        j       fail
2:      nop
        mv      a0, s11
        li      a7, 93
        ecall

fail:   mv      a0, t5
        li      a7, 93
        ecall

ret_one:
        li      a0, 1
        ret
via_tail:
        tail    ret_one
