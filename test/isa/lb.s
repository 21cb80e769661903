# Tessera ISA conformance: LB
#
# lb rd, offset(rs1): load a byte and sign-extend it (0x80 and 0xff load negative)
#
# Data: tdat1..tdat8 hold the values below; offsets are taken from several bases, up to
# the largest (+2047, -2048); rd = base, rd = x0 and load-use variants follow.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Each item from its own label
        TEST_LD_OP             1, lb, 0xffffffff, 0, tdat1
        TEST_LD_OP             2, lb, 0x00000000, 0, tdat2
        TEST_LD_OP             3, lb, 0xfffffff0, 0, tdat3
        TEST_LD_OP             4, lb, 0x0000000f, 0, tdat4
        TEST_LD_OP             5, lb, 0xffffff80, 0, tdat5
        TEST_LD_OP             6, lb, 0x0000007f, 0, tdat6
        TEST_LD_OP             7, lb, 0x00000001, 0, tdat7
        TEST_LD_OP             8, lb, 0xfffffffe, 0, tdat8

        # Positive offsets from tdat1
        TEST_LD_OP             9, lb, 0xffffffff, 0, tdat1
        TEST_LD_OP             10, lb, 0x00000000, 1, tdat1
        TEST_LD_OP             11, lb, 0xfffffff0, 2, tdat1
        TEST_LD_OP             12, lb, 0x0000000f, 3, tdat1
        TEST_LD_OP             13, lb, 0xffffff80, 4, tdat1
        TEST_LD_OP             14, lb, 0x0000007f, 5, tdat1
        TEST_LD_OP             15, lb, 0x00000001, 6, tdat1
        TEST_LD_OP             16, lb, 0xfffffffe, 7, tdat1

        # Negative offsets from tdat8
        TEST_LD_OP             17, lb, 0xffffffff, -7, tdat8
        TEST_LD_OP             18, lb, 0x00000000, -6, tdat8
        TEST_LD_OP             19, lb, 0xfffffff0, -5, tdat8
        TEST_LD_OP             20, lb, 0x0000000f, -4, tdat8
        TEST_LD_OP             21, lb, 0xffffff80, -3, tdat8
        TEST_LD_OP             22, lb, 0x0000007f, -2, tdat8
        TEST_LD_OP             23, lb, 0x00000001, -1, tdat8
        TEST_LD_OP             24, lb, 0xfffffffe, 0, tdat8

        # Largest offsets: the base register points 2047 before / 2048 after the datum
        TEST_LD_OP             25, lb, 0xffffffff, 2047, tdat1-2047
        TEST_LD_OP             26, lb, 0xffffffff, -2048, tdat1+2048
        TEST_LD_OP             27, lb, 0xffffff80, 2047, tdat5-2047
        TEST_LD_OP             28, lb, 0xffffff80, -2048, tdat5+2048
        TEST_LD_OP             29, lb, 0xfffffffe, 2047, tdat8-2047
        TEST_LD_OP             30, lb, 0xfffffffe, -2048, tdat8+2048

        # Base and destination the same register; x0 as the destination
        TEST_LD_SRC1_EQ_DEST   31, lb, 0xffffff80, 0, tdat5
        TEST_LD_SRC1_EQ_DEST   32, lb, 0x00000001, 1, tdat6
        TEST_LD_ZERODEST       33, lb, 0, tdat7

        # Loaded value used at once and after nops, body executed twice
        TEST_LD_DEST_BYPASS    34, 0, lb, 0x0000000f, 1, tdat3
        TEST_LD_DEST_BYPASS    35, 1, lb, 0xffffff80, 1, tdat4
        TEST_LD_DEST_BYPASS    36, 2, lb, 0x0000007f, 1, tdat5

        # Little-endian byte order
        TEST_LD_OP             37, lb, 0x00000011, 0, tle
        TEST_LD_OP             38, lb, 0x00000022, 1, tle
        TEST_LD_OP             39, lb, 0x00000033, 2, tle
        TEST_LD_OP             40, lb, 0x00000044, 3, tle
        TEST_LD_OP             41, lb, 0xffffff81, 4, tle
        TEST_LD_OP             42, lb, 0xffffff82, 5, tle
        TEST_LD_OP             43, lb, 0xffffff83, 6, tle
        TEST_LD_OP             44, lb, 0xffffff84, 7, tle

        RVTEST_CODE_END

        RVTEST_DATA_BEGIN
tdat:
tdat1:  .byte 0xff
tdat2:  .byte 0x00
tdat3:  .byte 0xf0
tdat4:  .byte 0x0f
tdat5:  .byte 0x80
tdat6:  .byte 0x7f
tdat7:  .byte 0x01
tdat8:  .byte 0xfe

        .balign 4
tle:    .byte 0x11, 0x22, 0x33, 0x44, 0x81, 0x82, 0x83, 0x84
