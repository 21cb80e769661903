# Tessera ISA conformance: LBU
#
# lbu rd, offset(rs1): load a byte and zero-extend it (0x80 and 0xff load positive)
#
# Data: tdat1..tdat8 hold the values below; offsets are taken from several bases, up to
# the largest (+2047, -2048); rd = base, rd = x0 and load-use variants follow.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Each item from its own label
        TEST_LD_OP             1, lbu, 0x000000ff, 0, tdat1
        TEST_LD_OP             2, lbu, 0x00000000, 0, tdat2
        TEST_LD_OP             3, lbu, 0x000000f0, 0, tdat3
        TEST_LD_OP             4, lbu, 0x0000000f, 0, tdat4
        TEST_LD_OP             5, lbu, 0x00000080, 0, tdat5
        TEST_LD_OP             6, lbu, 0x0000007f, 0, tdat6
        TEST_LD_OP             7, lbu, 0x00000001, 0, tdat7
        TEST_LD_OP             8, lbu, 0x000000fe, 0, tdat8

        # Positive offsets from tdat1
        TEST_LD_OP             9, lbu, 0x000000ff, 0, tdat1
        TEST_LD_OP             10, lbu, 0x00000000, 1, tdat1
        TEST_LD_OP             11, lbu, 0x000000f0, 2, tdat1
        TEST_LD_OP             12, lbu, 0x0000000f, 3, tdat1
        TEST_LD_OP             13, lbu, 0x00000080, 4, tdat1
        TEST_LD_OP             14, lbu, 0x0000007f, 5, tdat1
        TEST_LD_OP             15, lbu, 0x00000001, 6, tdat1
        TEST_LD_OP             16, lbu, 0x000000fe, 7, tdat1

        # Negative offsets from tdat8
        TEST_LD_OP             17, lbu, 0x000000ff, -7, tdat8
        TEST_LD_OP             18, lbu, 0x00000000, -6, tdat8
        TEST_LD_OP             19, lbu, 0x000000f0, -5, tdat8
        TEST_LD_OP             20, lbu, 0x0000000f, -4, tdat8
        TEST_LD_OP             21, lbu, 0x00000080, -3, tdat8
        TEST_LD_OP             22, lbu, 0x0000007f, -2, tdat8
        TEST_LD_OP             23, lbu, 0x00000001, -1, tdat8
        TEST_LD_OP             24, lbu, 0x000000fe, 0, tdat8

        # Largest offsets: the base register points 2047 before / 2048 after the datum
        TEST_LD_OP             25, lbu, 0x000000ff, 2047, tdat1-2047
        TEST_LD_OP             26, lbu, 0x000000ff, -2048, tdat1+2048
        TEST_LD_OP             27, lbu, 0x00000080, 2047, tdat5-2047
        TEST_LD_OP             28, lbu, 0x00000080, -2048, tdat5+2048
        TEST_LD_OP             29, lbu, 0x000000fe, 2047, tdat8-2047
        TEST_LD_OP             30, lbu, 0x000000fe, -2048, tdat8+2048

        # Base and destination the same register; x0 as the destination
        TEST_LD_SRC1_EQ_DEST   31, lbu, 0x00000080, 0, tdat5
        TEST_LD_SRC1_EQ_DEST   32, lbu, 0x00000001, 1, tdat6
        TEST_LD_ZERODEST       33, lbu, 0, tdat7

        # Loaded value used at once and after nops, body executed twice
        TEST_LD_DEST_BYPASS    34, 0, lbu, 0x0000000f, 1, tdat3
        TEST_LD_DEST_BYPASS    35, 1, lbu, 0x00000080, 1, tdat4
        TEST_LD_DEST_BYPASS    36, 2, lbu, 0x0000007f, 1, tdat5

        # Little-endian byte order
        TEST_LD_OP             37, lbu, 0x00000011, 0, tle
        TEST_LD_OP             38, lbu, 0x00000022, 1, tle
        TEST_LD_OP             39, lbu, 0x00000033, 2, tle
        TEST_LD_OP             40, lbu, 0x00000044, 3, tle
        TEST_LD_OP             41, lbu, 0x00000081, 4, tle
        TEST_LD_OP             42, lbu, 0x00000082, 5, tle
        TEST_LD_OP             43, lbu, 0x00000083, 6, tle
        TEST_LD_OP             44, lbu, 0x00000084, 7, tle

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
