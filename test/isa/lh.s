# Tessera ISA conformance: LH
#
# lh rd, offset(rs1): load a halfword and sign-extend it (0x8000 and 0xffff load negative)
#
# Data: tdat1..tdat8 hold the values below; offsets are taken from several bases, up to
# the largest (+2047, -2048); rd = base, rd = x0 and load-use variants follow.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Each item from its own label
        TEST_LD_OP             1, lh, 0x000000ff, 0, tdat1
        TEST_LD_OP             2, lh, 0xffffff00, 0, tdat2
        TEST_LD_OP             3, lh, 0x00000ff0, 0, tdat3
        TEST_LD_OP             4, lh, 0xfffff00f, 0, tdat4
        TEST_LD_OP             5, lh, 0xffff8000, 0, tdat5
        TEST_LD_OP             6, lh, 0x00007fff, 0, tdat6
        TEST_LD_OP             7, lh, 0xffffffff, 0, tdat7
        TEST_LD_OP             8, lh, 0x00000001, 0, tdat8

        # Positive offsets from tdat1
        TEST_LD_OP             9, lh, 0x000000ff, 0, tdat1
        TEST_LD_OP             10, lh, 0xffffff00, 2, tdat1
        TEST_LD_OP             11, lh, 0x00000ff0, 4, tdat1
        TEST_LD_OP             12, lh, 0xfffff00f, 6, tdat1
        TEST_LD_OP             13, lh, 0xffff8000, 8, tdat1
        TEST_LD_OP             14, lh, 0x00007fff, 10, tdat1
        TEST_LD_OP             15, lh, 0xffffffff, 12, tdat1
        TEST_LD_OP             16, lh, 0x00000001, 14, tdat1

        # Negative offsets from tdat8
        TEST_LD_OP             17, lh, 0x000000ff, -14, tdat8
        TEST_LD_OP             18, lh, 0xffffff00, -12, tdat8
        TEST_LD_OP             19, lh, 0x00000ff0, -10, tdat8
        TEST_LD_OP             20, lh, 0xfffff00f, -8, tdat8
        TEST_LD_OP             21, lh, 0xffff8000, -6, tdat8
        TEST_LD_OP             22, lh, 0x00007fff, -4, tdat8
        TEST_LD_OP             23, lh, 0xffffffff, -2, tdat8
        TEST_LD_OP             24, lh, 0x00000001, 0, tdat8

        # Largest offsets: the base register points 2047 before / 2048 after the datum
        TEST_LD_OP             25, lh, 0x000000ff, 2047, tdat1-2047
        TEST_LD_OP             26, lh, 0x000000ff, -2048, tdat1+2048
        TEST_LD_OP             27, lh, 0xffff8000, 2047, tdat5-2047
        TEST_LD_OP             28, lh, 0xffff8000, -2048, tdat5+2048
        TEST_LD_OP             29, lh, 0x00000001, 2047, tdat8-2047
        TEST_LD_OP             30, lh, 0x00000001, -2048, tdat8+2048

        # Base and destination the same register; x0 as the destination
        TEST_LD_SRC1_EQ_DEST   31, lh, 0xffff8000, 0, tdat5
        TEST_LD_SRC1_EQ_DEST   32, lh, 0xffffffff, 2, tdat6
        TEST_LD_ZERODEST       33, lh, 0, tdat7

        # Loaded value used at once and after nops, body executed twice
        TEST_LD_DEST_BYPASS    34, 0, lh, 0xfffff00f, 2, tdat3
        TEST_LD_DEST_BYPASS    35, 1, lh, 0xffff8000, 2, tdat4
        TEST_LD_DEST_BYPASS    36, 2, lh, 0x00007fff, 2, tdat5

        # Little-endian byte order
        TEST_LD_OP             37, lh, 0x00002211, 0, tle
        TEST_LD_OP             38, lh, 0x00004433, 2, tle
        TEST_LD_OP             39, lh, 0xffff8281, 4, tle
        TEST_LD_OP             40, lh, 0xffff8483, 6, tle

        RVTEST_CODE_END

        RVTEST_DATA_BEGIN
tdat:
tdat1:  .half 0x00ff
tdat2:  .half 0xff00
tdat3:  .half 0x0ff0
tdat4:  .half 0xf00f
tdat5:  .half 0x8000
tdat6:  .half 0x7fff
tdat7:  .half 0xffff
tdat8:  .half 0x0001

        .balign 4
tle:    .byte 0x11, 0x22, 0x33, 0x44, 0x81, 0x82, 0x83, 0x84
