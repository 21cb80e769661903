# Tessera ISA conformance: BEQ
#
# beq rs1, rs2, target: branch if equal
#
# Taken cases branch forward and then backward; the landing sites are counted, so a target
# one instruction off either way fails. Not-taken cases fall through in both directions.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values: taken or not taken as the comparison says
        TEST_BR2_OP_TAKEN      1, beq, 0x00000000, 0x00000000
        TEST_BR2_OP_NOTTAKEN   2, beq, 0x00000000, 0x00000001
        TEST_BR2_OP_NOTTAKEN   3, beq, 0x00000000, 0xffffffff
        TEST_BR2_OP_NOTTAKEN   4, beq, 0x00000000, 0xfffffffe
        TEST_BR2_OP_NOTTAKEN   5, beq, 0x00000000, 0x80000000
        TEST_BR2_OP_NOTTAKEN   6, beq, 0x00000000, 0x7fffffff
        TEST_BR2_OP_NOTTAKEN   7, beq, 0x00000001, 0x00000000
        TEST_BR2_OP_TAKEN      8, beq, 0x00000001, 0x00000001
        TEST_BR2_OP_NOTTAKEN   9, beq, 0x00000001, 0xffffffff
        TEST_BR2_OP_NOTTAKEN   10, beq, 0x00000001, 0xfffffffe
        TEST_BR2_OP_NOTTAKEN   11, beq, 0x00000001, 0x80000000
        TEST_BR2_OP_NOTTAKEN   12, beq, 0x00000001, 0x7fffffff
        TEST_BR2_OP_NOTTAKEN   13, beq, 0xffffffff, 0x00000000
        TEST_BR2_OP_NOTTAKEN   14, beq, 0xffffffff, 0x00000001
        TEST_BR2_OP_TAKEN      15, beq, 0xffffffff, 0xffffffff
        TEST_BR2_OP_NOTTAKEN   16, beq, 0xffffffff, 0xfffffffe
        TEST_BR2_OP_NOTTAKEN   17, beq, 0xffffffff, 0x80000000
        TEST_BR2_OP_NOTTAKEN   18, beq, 0xffffffff, 0x7fffffff
        TEST_BR2_OP_NOTTAKEN   19, beq, 0xfffffffe, 0x00000000
        TEST_BR2_OP_NOTTAKEN   20, beq, 0xfffffffe, 0x00000001
        TEST_BR2_OP_NOTTAKEN   21, beq, 0xfffffffe, 0xffffffff
        TEST_BR2_OP_TAKEN      22, beq, 0xfffffffe, 0xfffffffe
        TEST_BR2_OP_NOTTAKEN   23, beq, 0xfffffffe, 0x80000000
        TEST_BR2_OP_NOTTAKEN   24, beq, 0xfffffffe, 0x7fffffff
        TEST_BR2_OP_NOTTAKEN   25, beq, 0x80000000, 0x00000000
        TEST_BR2_OP_NOTTAKEN   26, beq, 0x80000000, 0x00000001
        TEST_BR2_OP_NOTTAKEN   27, beq, 0x80000000, 0xffffffff
        TEST_BR2_OP_NOTTAKEN   28, beq, 0x80000000, 0xfffffffe
        TEST_BR2_OP_TAKEN      29, beq, 0x80000000, 0x80000000
        TEST_BR2_OP_NOTTAKEN   30, beq, 0x80000000, 0x7fffffff
        TEST_BR2_OP_NOTTAKEN   31, beq, 0x7fffffff, 0x00000000
        TEST_BR2_OP_NOTTAKEN   32, beq, 0x7fffffff, 0x00000001
        TEST_BR2_OP_NOTTAKEN   33, beq, 0x7fffffff, 0xffffffff
        TEST_BR2_OP_NOTTAKEN   34, beq, 0x7fffffff, 0xfffffffe
        TEST_BR2_OP_NOTTAKEN   35, beq, 0x7fffffff, 0x80000000
        TEST_BR2_OP_TAKEN      36, beq, 0x7fffffff, 0x7fffffff

        # Both operands the same register
        TEST_BR1_SAME_REG      37, beq, 0x00000000, 1
        TEST_BR1_SAME_REG      38, beq, 0xffffffff, 1
        TEST_BR1_SAME_REG      39, beq, 0x80000000, 1

        # x0 as an operand reads 0
        TEST_CASE 40
        li      x1, 0x00000000
        li      x5, 0
        beq     x0, x1, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 2

        TEST_CASE 41
        li      x1, 0x00000000
        li      x5, 0
        beq     x1, x0, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 2

        TEST_CASE 42
        li      x1, 0x00000001
        li      x5, 0
        beq     x0, x1, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 1

        TEST_CASE 43
        li      x1, 0x00000001
        li      x5, 0
        beq     x1, x0, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 1

        TEST_CASE 44
        li      x1, 0xffffffff
        li      x5, 0
        beq     x0, x1, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 1

        TEST_CASE 45
        li      x1, 0xffffffff
        li      x5, 0
        beq     x1, x0, 1f
        addi    x5, x5, 1               # not taken
        j       2f
1:      addi    x5, x5, 2               # taken
2:      TEST_EXPECT x5, 1

        # Largest offsets: +4092 forward and -4096 backward (1022 and 1024 instructions)
        TEST_CASE 46
        li      x1, 0x00000001
        li      x2, 0x00000001
        li      x5, 0
        beq     x1, x2, 2f              # offset +4092
        .rept   1022
        j       fail
        .endr
2:      addi    x5, x5, 1
        TEST_EXPECT x5, 1

        TEST_CASE 47
        li      x1, 0x00000001
        li      x2, 0x00000001
        li      x5, 0
        j       3f
        j       fail
1:      addi    x5, x5, 1               # the target, 4096 bytes back
        j       4f
        .rept   1022
        j       fail
        .endr
3:      beq     x1, x2, 1b              # offset -4096
        j       fail
4:      TEST_EXPECT x5, 1

        # A counting loop closed by a backward branch (the same branch taken many times)
        TEST_CASE 48
        li      x1, 10
        li      x5, 0
1:      addi    x5, x5, 1
        sub     x6, x5, x1              # 0 on the tenth pass
        snez    x6, x6
        xori    x6, x6, 1               # 0 until the tenth pass
        beq     x6, x0, 1b
        TEST_EXPECT x5, 10

        RVTEST_CODE_END
