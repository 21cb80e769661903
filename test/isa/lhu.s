# Tessera ISA conformance: LHU
#
# lhu rd, offset(rs1): load a halfword and zero-extend it (0x8000 and 0xffff load positive)
#
# Data: tdat1..tdat8 hold the values below; offsets are taken from several bases, up to
# the largest (+2047, -2048); rd = base, rd = x0 and load-use variants follow.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Each item from its own label
        TEST_LD_OP             1, lhu, 0x000000ff, 0, tdat1
        TEST_LD_OP             2, lhu, 0x0000ff00, 0, tdat2
        TEST_LD_OP             3, lhu, 0x00000ff0, 0, tdat3
        TEST_LD_OP             4, lhu, 0x0000f00f, 0, tdat4
        TEST_LD_OP             5, lhu, 0x00008000, 0, tdat5
        TEST_LD_OP             6, lhu, 0x00007fff, 0, tdat6
        TEST_LD_OP             7, lhu, 0x0000ffff, 0, tdat7
        TEST_LD_OP             8, lhu, 0x00000001, 0, tdat8

        # Positive offsets from tdat1
        TEST_LD_OP             9, lhu, 0x000000ff, 0, tdat1
        TEST_LD_OP             10, lhu, 0x0000ff00, 2, tdat1
        TEST_LD_OP             11, lhu, 0x00000ff0, 4, tdat1
        TEST_LD_OP             12, lhu, 0x0000f00f, 6, tdat1
        TEST_LD_OP             13, lhu, 0x00008000, 8, tdat1
        TEST_LD_OP             14, lhu, 0x00007fff, 10, tdat1
        TEST_LD_OP             15, lhu, 0x0000ffff, 12, tdat1
        TEST_LD_OP             16, lhu, 0x00000001, 14, tdat1

        # Negative offsets from tdat8
        TEST_LD_OP             17, lhu, 0x000000ff, -14, tdat8
        TEST_LD_OP             18, lhu, 0x0000ff00, -12, tdat8
        TEST_LD_OP             19, lhu, 0x00000ff0, -10, tdat8
        TEST_LD_OP             20, lhu, 0x0000f00f, -8, tdat8
        TEST_LD_OP             21, lhu, 0x00008000, -6, tdat8
        TEST_LD_OP             22, lhu, 0x00007fff, -4, tdat8
        TEST_LD_OP             23, lhu, 0x0000ffff, -2, tdat8
        TEST_LD_OP             24, lhu, 0x00000001, 0, tdat8

        # Largest offsets: the base register points 2047 before / 2048 after the datum
        TEST_LD_OP             25, lhu, 0x000000ff, 2047, tdat1-2047
        TEST_LD_OP             26, lhu, 0x000000ff, -2048, tdat1+2048
        TEST_LD_OP             27, lhu, 0x00008000, 2047, tdat5-2047
        TEST_LD_OP             28, lhu, 0x00008000, -2048, tdat5+2048
        TEST_LD_OP             29, lhu, 0x00000001, 2047, tdat8-2047
        TEST_LD_OP             30, lhu, 0x00000001, -2048, tdat8+2048

        # Base and destination the same register; x0 as the destination
        TEST_LD_SRC1_EQ_DEST   31, lhu, 0x00008000, 0, tdat5
        TEST_LD_SRC1_EQ_DEST   32, lhu, 0x0000ffff, 2, tdat6
        TEST_LD_ZERODEST       33, lhu, 0, tdat7

        # Loaded value used at once and after nops, body executed twice
        TEST_LD_DEST_BYPASS    34, 0, lhu, 0x0000f00f, 2, tdat3
        TEST_LD_DEST_BYPASS    35, 1, lhu, 0x00008000, 2, tdat4
        TEST_LD_DEST_BYPASS    36, 2, lhu, 0x00007fff, 2, tdat5

        # Little-endian byte order
        TEST_LD_OP             37, lhu, 0x00002211, 0, tle
        TEST_LD_OP             38, lhu, 0x00004433, 2, tle
        TEST_LD_OP             39, lhu, 0x00008281, 4, tle
        TEST_LD_OP             40, lhu, 0x00008483, 6, tle

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
