# Tessera ISA conformance: BNE
#
# bne rs1, rs2, target: branch if not equal
#
# Taken cases branch forward and then backward; the landing sites are counted, so a target
# one instruction off either way fails. Not-taken cases fall through in both directions.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values: taken or not taken as the comparison says
        TEST_BR2_OP_NOTTAKEN   1, bne, 0x00000000, 0x00000000
        TEST_BR2_OP_TAKEN      2, bne, 0x00000000, 0x00000001
        TEST_BR2_OP_TAKEN      3, bne, 0x00000000, 0xffffffff
        TEST_BR2_OP_TAKEN      4, bne, 0x00000000, 0xfffffffe
        TEST_BR2_OP_TAKEN      5, bne, 0x00000000, 0x80000000
        TEST_BR2_OP_TAKEN      6, bne, 0x00000000, 0x7fffffff
        TEST_BR2_OP_TAKEN      7, bne, 0x00000001, 0x00000000
        TEST_BR2_OP_NOTTAKEN   8, bne, 0x00000001, 0x00000001
        TEST_BR2_OP_TAKEN      9, bne, 0x00000001, 0xffffffff
        TEST_BR2_OP_TAKEN      10, bne, 0x00000001, 0xfffffffe
        TEST_BR2_OP_TAKEN      11, bne, 0x00000001, 0x80000000
        TEST_BR2_OP_TAKEN      12, bne, 0x00000001, 0x7fffffff
        TEST_BR2_OP_TAKEN      13, bne, 0xffffffff, 0x00000000
        TEST_BR2_OP_TAKEN      14, bne, 0xffffffff, 0x00000001
        TEST_BR2_OP_NOTTAKEN   15, bne, 0xffffffff, 0xffffffff
        TEST_BR2_OP_TAKEN      16, bne, 0xffffffff, 0xfffffffe
        TEST_BR2_OP_TAKEN      17, bne, 0xffffffff, 0x80000000
        TEST_BR2_OP_TAKEN      18, bne, 0xffffffff, 0x7fffffff
        TEST_BR2_OP_TAKEN      19, bne, 0xfffffffe, 0x00000000
        TEST_BR2_OP_TAKEN      20, bne, 0xfffffffe, 0x00000001
        TEST_BR2_OP_TAKEN      21, bne, 0xfffffffe, 0xffffffff
        TEST_BR2_OP_NOTTAKEN   22, bne, 0xfffffffe, 0xfffffffe
        TEST_BR2_OP_TAKEN      23, bne, 0xfffffffe, 0x80000000
        TEST_BR2_OP_TAKEN      24, bne, 0xfffffffe, 0x7fffffff
        TEST_BR2_OP_TAKEN      25, bne, 0x80000000, 0x00000000
        TEST_BR2_OP_TAKEN      26, bne, 0x80000000, 0x00000001
        TEST_BR2_OP_TAKEN      27, bne, 0x80000000, 0xffffffff
        TEST_BR2_OP_TAKEN      28, bne, 0x80000000, 0xfffffffe
        TEST_BR2_OP_NOTTAKEN   29, bne, 0x80000000, 0x80000000
        TEST_BR2_OP_TAKEN      30, bne, 0x80000000, 0x7fffffff
        TEST_BR2_OP_TAKEN      31, bne, 0x7fffffff, 0x00000000
        TEST_BR2_OP_TAKEN      32, bne, 0x7fffffff, 0x00000001
        TEST_BR2_OP_TAKEN      33, bne, 0x7fffffff, 0xffffffff
        TEST_BR2_OP_TAKEN      34, bne, 0x7fffffff, 0xfffffffe
        TEST_BR2_OP_TAKEN      35, bne, 0x7fffffff, 0x80000000
        TEST_BR2_OP_NOTTAKEN   36, bne, 0x7fffffff, 0x7fffffff

        # Both operands the same register
        TEST_BR1_SAME_REG      37, bne, 0x00000000, 0
        TEST_BR1_SAME_REG      38, bne, 0xffffffff, 0
        TEST_BR1_SAME_REG      39, bne, 0x80000000, 0

        # x0 as an operand reads 0
        TEST_CASE 40
        li      x1, 0x00000000
        li      x5, 0
        bne     x0, x1, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 1

        TEST_CASE 41
        li      x1, 0x00000000
        li      x5, 0
        bne     x1, x0, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 1

        TEST_CASE 42
        li      x1, 0x00000001
        li      x5, 0
        bne     x0, x1, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 2

        TEST_CASE 43
        li      x1, 0x00000001
        li      x5, 0
        bne     x1, x0, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 2

        TEST_CASE 44
        li      x1, 0xffffffff
        li      x5, 0
        bne     x0, x1, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 2

        TEST_CASE 45
        li      x1, 0xffffffff
        li      x5, 0
        bne     x1, x0, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 2

        # Largest offsets: +4092 forward and -4096 backward (1022 and 1024 instructions)
        TEST_CASE 46
        li      x1, 0x00000001
        li      x2, 0x00000000
        li      x5, 0
        bne     x1, x2, 2f              # offset +4092
        .rept   1022
        j       fail
        .endr
2:      addi    x5, x5, 1
        TEST_EXPECT x5, 1

        TEST_CASE 47
        li      x1, 0x00000001
        li      x2, 0x00000000
        li      x5, 0
        j       3f
        j       fail
1:      addi    x5, x5, 1               # the target, 4096 bytes back
        j       4f
        .rept   1022
        j       fail
        .endr
3:      bne     x1, x2, 1b              # offset -4096
        j       fail
4:      TEST_EXPECT x5, 1

        # A counting loop closed by a backward branch (the same branch taken many times)
        TEST_CASE 48
        li      x1, 10
        li      x5, 0
1:      addi    x5, x5, 1
        bne     x5, x1, 1b
        TEST_EXPECT x5, 10

        RVTEST_CODE_END
