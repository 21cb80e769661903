# Tessera ISA conformance: BLT
#
# blt rs1, rs2, target: branch if less than, signed
#
# Taken cases branch forward and then backward; the landing sites are counted, so a target
# one instruction off either way fails. Not-taken cases fall through in both directions.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values: taken or not taken as the comparison says
        TEST_BR2_OP_NOTTAKEN   1, blt, 0x00000000, 0x00000000
        TEST_BR2_OP_TAKEN      2, blt, 0x00000000, 0x00000001
        TEST_BR2_OP_NOTTAKEN   3, blt, 0x00000000, 0xffffffff
        TEST_BR2_OP_NOTTAKEN   4, blt, 0x00000000, 0xfffffffe
        TEST_BR2_OP_NOTTAKEN   5, blt, 0x00000000, 0x80000000
        TEST_BR2_OP_TAKEN      6, blt, 0x00000000, 0x7fffffff
        TEST_BR2_OP_NOTTAKEN   7, blt, 0x00000001, 0x00000000
        TEST_BR2_OP_NOTTAKEN   8, blt, 0x00000001, 0x00000001
        TEST_BR2_OP_NOTTAKEN   9, blt, 0x00000001, 0xffffffff
        TEST_BR2_OP_NOTTAKEN   10, blt, 0x00000001, 0xfffffffe
        TEST_BR2_OP_NOTTAKEN   11, blt, 0x00000001, 0x80000000
        TEST_BR2_OP_TAKEN      12, blt, 0x00000001, 0x7fffffff
        TEST_BR2_OP_TAKEN      13, blt, 0xffffffff, 0x00000000
        TEST_BR2_OP_TAKEN      14, blt, 0xffffffff, 0x00000001
        TEST_BR2_OP_NOTTAKEN   15, blt, 0xffffffff, 0xffffffff
        TEST_BR2_OP_NOTTAKEN   16, blt, 0xffffffff, 0xfffffffe
        TEST_BR2_OP_NOTTAKEN   17, blt, 0xffffffff, 0x80000000
        TEST_BR2_OP_TAKEN      18, blt, 0xffffffff, 0x7fffffff
        TEST_BR2_OP_TAKEN      19, blt, 0xfffffffe, 0x00000000
        TEST_BR2_OP_TAKEN      20, blt, 0xfffffffe, 0x00000001
        TEST_BR2_OP_TAKEN      21, blt, 0xfffffffe, 0xffffffff
        TEST_BR2_OP_NOTTAKEN   22, blt, 0xfffffffe, 0xfffffffe
        TEST_BR2_OP_NOTTAKEN   23, blt, 0xfffffffe, 0x80000000
        TEST_BR2_OP_TAKEN      24, blt, 0xfffffffe, 0x7fffffff
        TEST_BR2_OP_TAKEN      25, blt, 0x80000000, 0x00000000
        TEST_BR2_OP_TAKEN      26, blt, 0x80000000, 0x00000001
        TEST_BR2_OP_TAKEN      27, blt, 0x80000000, 0xffffffff
        TEST_BR2_OP_TAKEN      28, blt, 0x80000000, 0xfffffffe
        TEST_BR2_OP_NOTTAKEN   29, blt, 0x80000000, 0x80000000
        TEST_BR2_OP_TAKEN      30, blt, 0x80000000, 0x7fffffff
        TEST_BR2_OP_NOTTAKEN   31, blt, 0x7fffffff, 0x00000000
        TEST_BR2_OP_NOTTAKEN   32, blt, 0x7fffffff, 0x00000001
        TEST_BR2_OP_NOTTAKEN   33, blt, 0x7fffffff, 0xffffffff
        TEST_BR2_OP_NOTTAKEN   34, blt, 0x7fffffff, 0xfffffffe
        TEST_BR2_OP_NOTTAKEN   35, blt, 0x7fffffff, 0x80000000
        TEST_BR2_OP_NOTTAKEN   36, blt, 0x7fffffff, 0x7fffffff

        # Both operands the same register
        TEST_BR1_SAME_REG      37, blt, 0x00000000, 0
        TEST_BR1_SAME_REG      38, blt, 0xffffffff, 0
        TEST_BR1_SAME_REG      39, blt, 0x80000000, 0

        # x0 as an operand reads 0
        TEST_CASE 40
        li      x1, 0x00000000
        li      x5, 0
        blt     x0, x1, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 1

        TEST_CASE 41
        li      x1, 0x00000000
        li      x5, 0
        blt     x1, x0, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 1

        TEST_CASE 42
        li      x1, 0x00000001
        li      x5, 0
        blt     x0, x1, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 2

        TEST_CASE 43
        li      x1, 0x00000001
        li      x5, 0
        blt     x1, x0, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 1

        TEST_CASE 44
        li      x1, 0xffffffff
        li      x5, 0
        blt     x0, x1, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 1

        TEST_CASE 45
        li      x1, 0xffffffff
        li      x5, 0
        blt     x1, x0, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 2

        # Largest offsets: +4092 forward and -4096 backward (1022 and 1024 instructions)
        TEST_CASE 46
        li      x1, 0x00000001
        li      x2, 0x7fffffff
        li      x5, 0
        blt     x1, x2, 2f              # offset +4092
        .rept   1022
        j       fail
        .endr
2:      addi    x5, x5, 1
        TEST_EXPECT x5, 1

        TEST_CASE 47
        li      x1, 0x00000001
        li      x2, 0x7fffffff
        li      x5, 0
        j       3f
        j       fail
1:      addi    x5, x5, 1               # the target, 4096 bytes back
        j       4f
        .rept   1022
        j       fail
        .endr
3:      blt     x1, x2, 1b              # offset -4096
        j       fail
4:      TEST_EXPECT x5, 1

        # A counting loop closed by a backward branch (the same branch taken many times)
        TEST_CASE 48
        li      x1, 10
        li      x5, 0
1:      addi    x5, x5, 1
        blt     x5, x1, 1b
        TEST_EXPECT x5, 10

        RVTEST_CODE_END
