# Tessera ISA conformance: x0 is hard-wired to zero
#
# Every instruction that writes a register is given rd = x0 with a non-zero result; x0 must
# still read 0 afterwards (compared with a register loaded with 0, and through add x14, x0, x0).
# Also: x0 as a source reads 0 in every operand position, sw x0 stores zeros, and writes to
# x0 leave the other registers alone.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN
        li      x11, 0x12345678
        li      x12, 0x00000007

        # addi    x0, x0, 1
        TEST_CASE 1
        addi    x0, x0, 1
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # addi    x0, x11, -1
        TEST_CASE 2
        addi    x0, x11, -1
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # slti    x0, x0, 1
        TEST_CASE 3
        slti    x0, x0, 1
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # sltiu   x0, x0, -1
        TEST_CASE 4
        sltiu   x0, x0, -1
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # xori    x0, x11, -1
        TEST_CASE 5
        xori    x0, x11, -1
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # ori     x0, x11, 0x7ff
        TEST_CASE 6
        ori     x0, x11, 0x7ff
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # andi    x0, x11, -1
        TEST_CASE 7
        andi    x0, x11, -1
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # slli    x0, x11, 3
        TEST_CASE 8
        slli    x0, x11, 3
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # srli    x0, x11, 3
        TEST_CASE 9
        srli    x0, x11, 3
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # srai    x0, x11, 3
        TEST_CASE 10
        srai    x0, x11, 3
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # add     x0, x11, x12
        TEST_CASE 11
        add     x0, x11, x12
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # sub     x0, x11, x12
        TEST_CASE 12
        sub     x0, x11, x12
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # sll     x0, x11, x12
        TEST_CASE 13
        sll     x0, x11, x12
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # slt     x0, x0, x12
        TEST_CASE 14
        slt     x0, x0, x12
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # sltu    x0, x0, x12
        TEST_CASE 15
        sltu    x0, x0, x12
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # xor     x0, x11, x12
        TEST_CASE 16
        xor     x0, x11, x12
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # srl     x0, x11, x12
        TEST_CASE 17
        srl     x0, x11, x12
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # sra     x0, x11, x12
        TEST_CASE 18
        sra     x0, x11, x12
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # or      x0, x11, x12
        TEST_CASE 19
        or      x0, x11, x12
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # and     x0, x11, x11
        TEST_CASE 20
        and     x0, x11, x11
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # lui     x0, 0xfffff
        TEST_CASE 21
        lui     x0, 0xfffff
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # auipc   x0, 0x12345
        TEST_CASE 22
        auipc   x0, 0x12345
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # mul     x0, x11, x12
        TEST_CASE 23
        mul     x0, x11, x12
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # mulh    x0, x11, x11
        TEST_CASE 24
        mulh    x0, x11, x11
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # mulhsu  x0, x11, x11
        TEST_CASE 25
        mulhsu  x0, x11, x11
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # mulhu   x0, x11, x11
        TEST_CASE 26
        mulhu   x0, x11, x11
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # div     x0, x11, x12
        TEST_CASE 27
        div     x0, x11, x12
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # divu    x0, x11, x12
        TEST_CASE 28
        divu    x0, x11, x12
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # rem     x0, x11, x12
        TEST_CASE 29
        rem     x0, x11, x12
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # remu    x0, x11, x12
        TEST_CASE 30
        remu    x0, x11, x12
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # div     x0, x11, x0
        TEST_CASE 31
        div     x0, x11, x0
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # divu    x0, x11, x0
        TEST_CASE 32
        divu    x0, x11, x0
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # rem     x0, x11, x0
        TEST_CASE 33
        rem     x0, x11, x0
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # remu    x0, x11, x0
        TEST_CASE 34
        remu    x0, x11, x0
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # lb x0, 0(x15) of 0xffffffff
        TEST_CASE 35
        la      x15, tdat
        lb      x0, 0(x15)
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # lbu x0, 0(x15) of 0xffffffff
        TEST_CASE 36
        la      x15, tdat
        lbu     x0, 0(x15)
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # lh x0, 0(x15) of 0xffffffff
        TEST_CASE 37
        la      x15, tdat
        lh      x0, 0(x15)
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # lhu x0, 0(x15) of 0xffffffff
        TEST_CASE 38
        la      x15, tdat
        lhu     x0, 0(x15)
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # lw x0, 0(x15) of 0xffffffff
        TEST_CASE 39
        la      x15, tdat
        lw      x0, 0(x15)
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # jal x0 and jalr x0 write no link
        TEST_CASE 40
        jal     x0, 1f
        j       fail
1:      TEST_EXPECT x0, 0
        la      x6, 2f
        jalr    x0, 0(x6)
        j       fail
2:
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # x0 read as every source: rs1, rs2, both, the base of a jalr target sum, a branch operand
        TEST_CASE 41
        add     x14, x0, x11
        TEST_EXPECT x14, 0x12345678
        sub     x14, x0, x12
        TEST_EXPECT x14, -7
        sub     x14, x11, x0
        TEST_EXPECT x14, 0x12345678
        or      x14, x0, x0
        TEST_EXPECT x14, 0
        sltu    x14, x0, x12               # snez
        TEST_EXPECT x14, 1
        beq     x0, x0, 1f
        j       fail
1:      bne     x0, x0, fail
        blt     x0, x0, fail
        bltu    x0, x0, fail

        # sw/sh/sb x0 store zeros
        TEST_CASE 42
        la      x15, tscratch
        li      x2, -1
        sw      x2, 0(x15)
        sw      x2, 4(x15)
        sw      x0, 0(x15)
        sh      x0, 4(x15)
        sb      x0, 7(x15)
        lw      x14, 0(x15)
        TEST_EXPECT x14, 0
        lw      x14, 4(x15)
        TEST_EXPECT x14, 0x00ff0000

        # A burst of writes to x0 leaves x1..x31 as they were
        TEST_CASE 43
        li      x1, 101
        li      x14, 114
        li      x31, 131
        addi    x0, x1, 1
        add     x0, x14, x31
        lui     x0, 1
        mul     x0, x1, x14
        TEST_EXPECT x1, 101
        TEST_EXPECT x14, 114
        TEST_EXPECT x31, 131
        TEST_EXPECT x0, 0

        # Twice through a loop (a decode cache must not remember a value for x0)
        TEST_CASE 44
        li      x4, 0
1:      addi    x0, x0, 5
        add     x6, x0, x0
        bnez    x6, fail
        addi    x4, x4, 1
        li      x5, 2
        bne     x4, x5, 1b

        RVTEST_CODE_END

        RVTEST_DATA_BEGIN
tdat:   .word   0xffffffff
        .balign 8
tscratch: .word 0, 0
