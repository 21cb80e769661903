# Tessera ISA conformance: JAL
#
# jal rd, target: rd = pc + 4, pc = pc + offset (a signed, even, 21-bit offset, +-1 MiB).
# The link is compared with the absolute address of the instruction after the jal (lui/addi).
# Offsets go forward and backward, small and large, chosen so that every bit of the scrambled
# J immediate (imm[20|10:1|11|19:12]) is exercised: 0x7fc, 0x800, 0x1000, 0xf800, 0x2aaa8,
# 0x40000 forward; 8, 0x7fc, 0x800, 0x1004, 0x15554, 0x40000 back. The instructions on both
# sides of a target are `j fail`, so landing one instruction off fails the case; large gaps are
# filled with zero words (illegal instructions), so landing in them faults.
# Also: rd = x0 (j) writes nothing, other link registers, a jal to the next instruction, call and
# return twice, a jal executed twice.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Forward and backward by a few instructions
        TEST_CASE 1
        li      x1, 0
        jal     x1, .Lt1
.Lr1:   j       fail
        j       fail
.Lt1:   nop
        lui     x7, %hi(.Lr1)
        addi    x7, x7, %lo(.Lr1)
        bne     x1, x7, fail

        TEST_CASE 2
        li      x1, 0
        j       .Lf2
        j       fail
.Lt2:   j       .Lc2                  # target
        j       fail
.Lf2:   jal     x1, .Lt2
.Lr2:   j       fail
.Lc2:
        lui     x7, %hi(.Lr2)
        addi    x7, x7, %lo(.Lr2)
        bne     x1, x7, fail

        # A jal to the very next instruction (offset 4)
        TEST_CASE 3
        jal     x5, .Lr3
.Lr3:
        lui     x7, %hi(.Lr3)
        addi    x7, x7, %lo(.Lr3)
        bne     x5, x7, fail

        # Other link registers; rd = x0 (j) writes nothing
        TEST_CASE 4
        li      x31, 0
        jal     x31, .Lt4
.Lr4:   j       fail
.Lt4:
        lui     x7, %hi(.Lr4)
        addi    x7, x7, %lo(.Lr4)
        bne     x31, x7, fail

        TEST_CASE 5
        li      x14, 0
        jal     x14, .Lt5
.Lr5:   j       fail
.Lt5:
        lui     x7, %hi(.Lr5)
        addi    x7, x7, %lo(.Lr5)
        bne     x14, x7, fail

        TEST_CASE 6
        li      x2, 0
        jal     x2, .Lt6
.Lr6:   j       fail
.Lt6:
        mv      x6, x2
        li      x2, 0
        lui     x7, %hi(.Lr6)
        addi    x7, x7, %lo(.Lr6)
        bne     x6, x7, fail

        TEST_CASE 7
        jal     x0, 1f
        j       fail
1:      TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # Call and return twice (jal ra / jalr x0, 0(ra)); the function adds 5 to x6
        TEST_CASE 8
        li      x6, 0
        j       1f
.Lfn8:  addi    x6, x6, 5
        ret
1:      jal     ra, .Lfn8
        jal     ra, .Lfn8
        TEST_EXPECT x6, 10

        # The same jal executed twice (a loop)
        TEST_CASE 9
        li      x4, 0
        li      x6, 0
1:      jal     x1, .Lt9
.Lr9:   j       fail
.Lt9:   add     x6, x6, x1
        addi    x4, x4, 1
        li      x5, 2
        bne     x4, x5, 1b
        lui     x7, %hi(.Lr9)
        addi    x7, x7, %lo(.Lr9)
        add     x7, x7, x7
        bne     x6, x7, fail

        # Forward jumps over large gaps
        TEST_CASE 10
        li      x1, 0
        jal     x1, .Lt10                # offset +0x7fc
.Lr10:
        .rept   510
        j       fail
        .endr
.Lt10:
        lui     x7, %hi(.Lr10)
        addi    x7, x7, %lo(.Lr10)
        bne     x1, x7, fail

        TEST_CASE 11
        li      x1, 0
        jal     x1, .Lt11                # offset +0x800
.Lr11:
        .rept   511
        j       fail
        .endr
.Lt11:
        lui     x7, %hi(.Lr11)
        addi    x7, x7, %lo(.Lr11)
        bne     x1, x7, fail

        TEST_CASE 12
        li      x1, 0
        jal     x1, .Lt12                # offset +0x1000
.Lr12:
        .rept   1023
        j       fail
        .endr
.Lt12:
        lui     x7, %hi(.Lr12)
        addi    x7, x7, %lo(.Lr12)
        bne     x1, x7, fail

        TEST_CASE 13
        li      x1, 0
        jal     x1, .Lt13                # offset +0xf800
.Lr13:
        j       fail
        j       fail
        .skip   0xf7ec
        j       fail
        j       fail
.Lt13:
        lui     x7, %hi(.Lr13)
        addi    x7, x7, %lo(.Lr13)
        bne     x1, x7, fail

        TEST_CASE 14
        li      x1, 0
        jal     x1, .Lt14                # offset +0x2aaa8
.Lr14:
        j       fail
        j       fail
        .skip   0x2aa94
        j       fail
        j       fail
.Lt14:
        lui     x7, %hi(.Lr14)
        addi    x7, x7, %lo(.Lr14)
        bne     x1, x7, fail

        TEST_CASE 15
        li      x1, 0
        jal     x1, .Lt15                # offset +0x40000
.Lr15:
        j       fail
        j       fail
        .skip   0x3ffec
        j       fail
        j       fail
.Lt15:
        lui     x7, %hi(.Lr15)
        addi    x7, x7, %lo(.Lr15)
        bne     x1, x7, fail

        # Backward jumps over large gaps
        TEST_CASE 16
        li      x1, 0
        j       .Lf16
        j       fail
.Lt16:   j       .Lc16                  # target
        .rept   1
        j       fail
        .endr
.Lf16:   jal     x1, .Lt16                # offset -0x8
.Lr16:   j       fail
.Lc16:
        lui     x7, %hi(.Lr16)
        addi    x7, x7, %lo(.Lr16)
        bne     x1, x7, fail

        TEST_CASE 17
        li      x1, 0
        j       .Lf17
        j       fail
.Lt17:   j       .Lc17                  # target
        .rept   510
        j       fail
        .endr
.Lf17:   jal     x1, .Lt17                # offset -0x7fc
.Lr17:   j       fail
.Lc17:
        lui     x7, %hi(.Lr17)
        addi    x7, x7, %lo(.Lr17)
        bne     x1, x7, fail

        TEST_CASE 18
        li      x1, 0
        j       .Lf18
        j       fail
.Lt18:   j       .Lc18                  # target
        .rept   511
        j       fail
        .endr
.Lf18:   jal     x1, .Lt18                # offset -0x800
.Lr18:   j       fail
.Lc18:
        lui     x7, %hi(.Lr18)
        addi    x7, x7, %lo(.Lr18)
        bne     x1, x7, fail

        TEST_CASE 19
        li      x1, 0
        j       .Lf19
        j       fail
.Lt19:   j       .Lc19                  # target
        .rept   1024
        j       fail
        .endr
.Lf19:   jal     x1, .Lt19                # offset -0x1004
.Lr19:   j       fail
.Lc19:
        lui     x7, %hi(.Lr19)
        addi    x7, x7, %lo(.Lr19)
        bne     x1, x7, fail

        TEST_CASE 20
        li      x1, 0
        j       .Lf20
        j       fail
.Lt20:   j       .Lc20                  # target
        j       fail
        j       fail
        .skip   0x15540
        j       fail
        j       fail
.Lf20:   jal     x1, .Lt20                # offset -0x15554
.Lr20:   j       fail
.Lc20:
        lui     x7, %hi(.Lr20)
        addi    x7, x7, %lo(.Lr20)
        bne     x1, x7, fail

        TEST_CASE 21
        li      x1, 0
        j       .Lf21
        j       fail
.Lt21:   j       .Lc21                  # target
        j       fail
        j       fail
        .skip   0x3ffec
        j       fail
        j       fail
.Lf21:   jal     x1, .Lt21                # offset -0x40000
.Lr21:   j       fail
.Lc21:
        lui     x7, %hi(.Lr21)
        addi    x7, x7, %lo(.Lr21)
        bne     x1, x7, fail

        RVTEST_CODE_END
