# Tessera ISA conformance: LW
#
# lw rd, offset(rs1): load a word
#
# Data: tdat1..tdat8 hold the values below; offsets are taken from several bases, up to
# the largest (+2047, -2048); rd = base, rd = x0 and load-use variants follow.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Each item from its own label
        TEST_LD_OP             1, lw, 0x00ff00ff, 0, tdat1
        TEST_LD_OP             2, lw, 0xff00ff00, 0, tdat2
        TEST_LD_OP             3, lw, 0x0ff00ff0, 0, tdat3
        TEST_LD_OP             4, lw, 0xf00ff00f, 0, tdat4
        TEST_LD_OP             5, lw, 0x80000000, 0, tdat5
        TEST_LD_OP             6, lw, 0x7fffffff, 0, tdat6
        TEST_LD_OP             7, lw, 0xffffffff, 0, tdat7
        TEST_LD_OP             8, lw, 0x00000001, 0, tdat8

        # Positive offsets from tdat1
        TEST_LD_OP             9, lw, 0x00ff00ff, 0, tdat1
        TEST_LD_OP             10, lw, 0xff00ff00, 4, tdat1
        TEST_LD_OP             11, lw, 0x0ff00ff0, 8, tdat1
        TEST_LD_OP             12, lw, 0xf00ff00f, 12, tdat1
        TEST_LD_OP             13, lw, 0x80000000, 16, tdat1
        TEST_LD_OP             14, lw, 0x7fffffff, 20, tdat1
        TEST_LD_OP             15, lw, 0xffffffff, 24, tdat1
        TEST_LD_OP             16, lw, 0x00000001, 28, tdat1

        # Negative offsets from tdat8
        TEST_LD_OP             17, lw, 0x00ff00ff, -28, tdat8
        TEST_LD_OP             18, lw, 0xff00ff00, -24, tdat8
        TEST_LD_OP             19, lw, 0x0ff00ff0, -20, tdat8
        TEST_LD_OP             20, lw, 0xf00ff00f, -16, tdat8
        TEST_LD_OP             21, lw, 0x80000000, -12, tdat8
        TEST_LD_OP             22, lw, 0x7fffffff, -8, tdat8
        TEST_LD_OP             23, lw, 0xffffffff, -4, tdat8
        TEST_LD_OP             24, lw, 0x00000001, 0, tdat8

        # Largest offsets: the base register points 2047 before / 2048 after the datum
        TEST_LD_OP             25, lw, 0x00ff00ff, 2047, tdat1-2047
        TEST_LD_OP             26, lw, 0x00ff00ff, -2048, tdat1+2048
        TEST_LD_OP             27, lw, 0x80000000, 2047, tdat5-2047
        TEST_LD_OP             28, lw, 0x80000000, -2048, tdat5+2048
        TEST_LD_OP             29, lw, 0x00000001, 2047, tdat8-2047
        TEST_LD_OP             30, lw, 0x00000001, -2048, tdat8+2048

        # Base and destination the same register; x0 as the destination
        TEST_LD_SRC1_EQ_DEST   31, lw, 0x80000000, 0, tdat5
        TEST_LD_SRC1_EQ_DEST   32, lw, 0xffffffff, 4, tdat6
        TEST_LD_ZERODEST       33, lw, 0, tdat7

        # Loaded value used at once and after nops, body executed twice
        TEST_LD_DEST_BYPASS    34, 0, lw, 0xf00ff00f, 4, tdat3
        TEST_LD_DEST_BYPASS    35, 1, lw, 0x80000000, 4, tdat4
        TEST_LD_DEST_BYPASS    36, 2, lw, 0x7fffffff, 4, tdat5

        # Little-endian byte order
        TEST_LD_OP             37, lw, 0x44332211, 0, tle
        TEST_LD_OP             38, lw, 0x84838281, 4, tle

        # Read-only data, and .bss, which starts out zero
        TEST_LD_OP             39, lw, 0x89abcdef, 0, trodata
        TEST_LD_OP             40, lw, 0x00000000, 0, tbss
        TEST_LD_OP             41, lw, 0x00000000, 12, tbss

        RVTEST_CODE_END

        RVTEST_DATA_BEGIN
tdat:
tdat1:  .word 0x00ff00ff
tdat2:  .word 0xff00ff00
tdat3:  .word 0x0ff00ff0
tdat4:  .word 0xf00ff00f
tdat5:  .word 0x80000000
tdat6:  .word 0x7fffffff
tdat7:  .word 0xffffffff
tdat8:  .word 0x00000001

        .balign 4
tle:    .byte 0x11, 0x22, 0x33, 0x44, 0x81, 0x82, 0x83, 0x84

        .section .rodata
        .balign 4
trodata: .word 0x89abcdef

        .bss
        .balign 4
tbss:   .skip 16
