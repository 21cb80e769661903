# Tessera ISA conformance: JALR
#
# jalr rd, offset(rs1): target = (rs1 + sext(offset)) with bit 0 cleared; rd = pc + 4; pc = target.
# rs1 is read before rd is written (rd = rs1 works). Targets are built with lui/addi of absolute
# addresses. Cases: offsets 0, +-8, +2047, -2048; an odd rs1 or odd offset (bit 0 cleared, bit 1
# kept); rd = rs1; rd = x0 (jr/ret) writing nothing; %hi/%lo addressing (lui + jalr); call/ret
# through auipc + jalr (the `call` pseudo); a jump table read from .data; a jalr executed twice.
# Both sides of each target are `j fail`, so a target one instruction off fails the case.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Offsets: rs1 + offset is the target
        TEST_CASE 1
        li      x1, 0
        lui     x6, %hi(.Lt1 - (0))
        addi    x6, x6, %lo(.Lt1 - (0))
        jalr    x1, 0(x6)
.Lr1:   j       fail
        j       fail
.Lt1:
        lui     x7, %hi(.Lr1)
        addi    x7, x7, %lo(.Lr1)
        bne     x1, x7, fail
        lui     x7, %hi(.Lt1 - (0))
        addi    x7, x7, %lo(.Lt1 - (0))
        bne     x6, x7, fail            # rs1 unchanged

        TEST_CASE 2
        li      x1, 0
        lui     x6, %hi(.Lt2 - (8))
        addi    x6, x6, %lo(.Lt2 - (8))
        jalr    x1, 8(x6)
.Lr2:   j       fail
        j       fail
.Lt2:
        lui     x7, %hi(.Lr2)
        addi    x7, x7, %lo(.Lr2)
        bne     x1, x7, fail
        lui     x7, %hi(.Lt2 - (8))
        addi    x7, x7, %lo(.Lt2 - (8))
        bne     x6, x7, fail            # rs1 unchanged

        TEST_CASE 3
        li      x1, 0
        lui     x6, %hi(.Lt3 - (-8))
        addi    x6, x6, %lo(.Lt3 - (-8))
        jalr    x1, -8(x6)
.Lr3:   j       fail
        j       fail
.Lt3:
        lui     x7, %hi(.Lr3)
        addi    x7, x7, %lo(.Lr3)
        bne     x1, x7, fail
        lui     x7, %hi(.Lt3 - (-8))
        addi    x7, x7, %lo(.Lt3 - (-8))
        bne     x6, x7, fail            # rs1 unchanged

        TEST_CASE 4
        li      x1, 0
        lui     x6, %hi(.Lt4 - (2047))
        addi    x6, x6, %lo(.Lt4 - (2047))
        jalr    x1, 2047(x6)
.Lr4:   j       fail
        j       fail
.Lt4:
        lui     x7, %hi(.Lr4)
        addi    x7, x7, %lo(.Lr4)
        bne     x1, x7, fail
        lui     x7, %hi(.Lt4 - (2047))
        addi    x7, x7, %lo(.Lt4 - (2047))
        bne     x6, x7, fail            # rs1 unchanged

        TEST_CASE 5
        li      x1, 0
        lui     x6, %hi(.Lt5 - (-2048))
        addi    x6, x6, %lo(.Lt5 - (-2048))
        jalr    x1, -2048(x6)
.Lr5:   j       fail
        j       fail
.Lt5:
        lui     x7, %hi(.Lr5)
        addi    x7, x7, %lo(.Lr5)
        bne     x1, x7, fail
        lui     x7, %hi(.Lt5 - (-2048))
        addi    x7, x7, %lo(.Lt5 - (-2048))
        bne     x6, x7, fail            # rs1 unchanged

        TEST_CASE 6
        li      x1, 0
        lui     x6, %hi(.Lt6 - (4))
        addi    x6, x6, %lo(.Lt6 - (4))
        jalr    x1, 4(x6)
.Lr6:   j       fail
        j       fail
.Lt6:
        lui     x7, %hi(.Lr6)
        addi    x7, x7, %lo(.Lr6)
        bne     x1, x7, fail
        lui     x7, %hi(.Lt6 - (4))
        addi    x7, x7, %lo(.Lt6 - (4))
        bne     x6, x7, fail            # rs1 unchanged

        TEST_CASE 7
        li      x1, 0
        lui     x6, %hi(.Lt7 - (-4))
        addi    x6, x6, %lo(.Lt7 - (-4))
        jalr    x1, -4(x6)
.Lr7:   j       fail
        j       fail
.Lt7:
        lui     x7, %hi(.Lr7)
        addi    x7, x7, %lo(.Lr7)
        bne     x1, x7, fail
        lui     x7, %hi(.Lt7 - (-4))
        addi    x7, x7, %lo(.Lt7 - (-4))
        bne     x6, x7, fail            # rs1 unchanged

        # Bit 0 of the sum is cleared: rs1 + offset is the target + 1, with rs1 or the offset odd
        TEST_CASE 8
        li      x1, 0
        lui     x6, %hi(.Lt8 + (1))
        addi    x6, x6, %lo(.Lt8 + (1))
        jalr    x1, 0(x6)                # .Lt8 + (1) + (0)
.Lr8:   j       fail
        j       fail
.Lt8:
        lui     x7, %hi(.Lr8)
        addi    x7, x7, %lo(.Lr8)
        bne     x1, x7, fail
        j       1f
        j       fail
1:

        TEST_CASE 9
        li      x1, 0
        lui     x6, %hi(.Lt9 + (0))
        addi    x6, x6, %lo(.Lt9 + (0))
        jalr    x1, 1(x6)                # .Lt9 + (0) + (1)
.Lr9:   j       fail
        j       fail
.Lt9:
        lui     x7, %hi(.Lr9)
        addi    x7, x7, %lo(.Lr9)
        bne     x1, x7, fail
        j       1f
        j       fail
1:

        TEST_CASE 10
        li      x1, 0
        lui     x6, %hi(.Lt10 + (3))
        addi    x6, x6, %lo(.Lt10 + (3))
        jalr    x1, -2(x6)                # .Lt10 + (3) + (-2)
.Lr10:   j       fail
        j       fail
.Lt10:
        lui     x7, %hi(.Lr10)
        addi    x7, x7, %lo(.Lr10)
        bne     x1, x7, fail
        j       1f
        j       fail
1:

        TEST_CASE 11
        li      x1, 0
        lui     x6, %hi(.Lt11 + (-1))
        addi    x6, x6, %lo(.Lt11 + (-1))
        jalr    x1, 2(x6)                # .Lt11 + (-1) + (2)
.Lr11:   j       fail
        j       fail
.Lt11:
        lui     x7, %hi(.Lr11)
        addi    x7, x7, %lo(.Lr11)
        bne     x1, x7, fail
        j       1f
        j       fail
1:

        TEST_CASE 12
        li      x1, 0
        lui     x6, %hi(.Lt12 + (2))
        addi    x6, x6, %lo(.Lt12 + (2))
        jalr    x1, -1(x6)                # .Lt12 + (2) + (-1)
.Lr12:   j       fail
        j       fail
.Lt12:
        lui     x7, %hi(.Lr12)
        addi    x7, x7, %lo(.Lr12)
        bne     x1, x7, fail
        j       1f
        j       fail
1:

        TEST_CASE 13
        li      x1, 0
        lui     x6, %hi(.Lt13 + (257))
        addi    x6, x6, %lo(.Lt13 + (257))
        jalr    x1, -256(x6)                # .Lt13 + (257) + (-256)
.Lr13:   j       fail
        j       fail
.Lt13:
        lui     x7, %hi(.Lr13)
        addi    x7, x7, %lo(.Lr13)
        bne     x1, x7, fail
        j       1f
        j       fail
1:

        # rd = rs1: the target comes from the old value, the link replaces it
        TEST_CASE 14
        lui     x6, %hi(.Lt14)
        addi    x6, x6, %lo(.Lt14)
        jalr    x6, 0(x6)
.Lr14:   j       fail
        j       fail
.Lt14:
        lui     x7, %hi(.Lr14)
        addi    x7, x7, %lo(.Lr14)
        bne     x6, x7, fail

        TEST_CASE 15
        lui     x1, %hi(.Lt15)
        addi    x1, x1, %lo(.Lt15)
        jalr    x1, 0(x1)
.Lr15:   j       fail
        j       fail
.Lt15:
        lui     x7, %hi(.Lr15)
        addi    x7, x7, %lo(.Lr15)
        bne     x1, x7, fail

        # rd = x0 writes nothing; other link registers
        TEST_CASE 16
        li      x1, 0x5a5a5a5a
        lui     x6, %hi(.Lt16)
        addi    x6, x6, %lo(.Lt16)
        jalr    x0, 0(x6)
        j       fail
.Lt16:   TEST_EXPECT x0, 0
        TEST_EXPECT x1, 0x5a5a5a5a
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        TEST_CASE 17
        lui     x6, %hi(.Lt17)
        addi    x6, x6, %lo(.Lt17)
        jalr    x31, 0(x6)
.Lr17:   j       fail
.Lt17:
        lui     x7, %hi(.Lr17)
        addi    x7, x7, %lo(.Lr17)
        bne     x31, x7, fail

        TEST_CASE 18
        lui     x6, %hi(.Lt18)
        addi    x6, x6, %lo(.Lt18)
        jalr    x15, 0(x6)
.Lr18:   j       fail
.Lt18:
        lui     x7, %hi(.Lr18)
        addi    x7, x7, %lo(.Lr18)
        bne     x15, x7, fail

        # lui %hi + jalr %lo (the far-jump idiom), and a backward target
        TEST_CASE 19
        lui     x6, %hi(.Lt19)
        jalr    x1, %lo(.Lt19)(x6)
.Lr19:   j       fail
.Lt19:
        lui     x7, %hi(.Lr19)
        addi    x7, x7, %lo(.Lr19)
        bne     x1, x7, fail

        TEST_CASE 20
        j       .Lf20
        j       fail
.Lt20:   j       .Lc20                  # target
        j       fail
.Lf20:
        lui     x6, %hi(.Lt20)
        addi    x6, x6, %lo(.Lt20)
        jalr    x1, 0(x6)
.Lr20:   j       fail
.Lc20:
        lui     x7, %hi(.Lr20)
        addi    x7, x7, %lo(.Lr20)
        bne     x1, x7, fail

        # call (auipc ra + jalr ra) and ret (jalr x0, 0(ra)), twice; the function adds 3 to x6
        TEST_CASE 21
        li      x6, 0
        j       1f
.Lfn21:  addi    x6, x6, 3
        jalr    x0, 0(ra)
        j       fail
1:      call    .Lfn21
        call    .Lfn21
        TEST_EXPECT x6, 6

        # A jump table in .data: the same jalr reaches three targets in turn (x6 = 1 + 20 + 300)
        TEST_CASE 22
        li      x6, 0
        li      x4, 0                   # index
1:      la      x8, jump_table
        slli    x9, x4, 2
        add     x8, x8, x9
        lw      x8, 0(x8)
        jalr    x1, 0(x8)
.Lr22:   addi    x4, x4, 1
        li      x5, 3
        bne     x4, x5, 1b
        j       2f
        j       fail
.Ljt0:  addi    x6, x6, 1
        jr      x1
        j       fail
.Ljt1:  addi    x6, x6, 20
        jr      x1
        j       fail
.Ljt2:  addi    x6, x6, 300
        jr      x1
        j       fail
2:      TEST_EXPECT x6, 321
        lui     x7, %hi(.Lr22)
        addi    x7, x7, %lo(.Lr22)
        bne     x1, x7, fail

        RVTEST_CODE_END

        RVTEST_DATA_BEGIN
jump_table:
        .word   .Ljt0, .Ljt1, .Ljt2
