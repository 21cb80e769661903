# Tessera ISA conformance: SUB
#
# sub rd, rs1, rs2: 32-bit wrap-around difference
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, sub, 0x00000000, 0x00000000, 0x00000000
        TEST_RR_OP             2, sub, 0xffffffff, 0x00000000, 0x00000001
        TEST_RR_OP             3, sub, 0x00000001, 0x00000000, 0xffffffff
        TEST_RR_OP             4, sub, 0x80000000, 0x00000000, 0x80000000
        TEST_RR_OP             5, sub, 0x80000001, 0x00000000, 0x7fffffff
        TEST_RR_OP             6, sub, 0xedcba988, 0x00000000, 0x12345678
        TEST_RR_OP             7, sub, 0x00000001, 0x00000001, 0x00000000
        TEST_RR_OP             8, sub, 0x00000000, 0x00000001, 0x00000001
        TEST_RR_OP             9, sub, 0x00000002, 0x00000001, 0xffffffff
        TEST_RR_OP             10, sub, 0x80000001, 0x00000001, 0x80000000
        TEST_RR_OP             11, sub, 0x80000002, 0x00000001, 0x7fffffff
        TEST_RR_OP             12, sub, 0xedcba989, 0x00000001, 0x12345678
        TEST_RR_OP             13, sub, 0xffffffff, 0xffffffff, 0x00000000
        TEST_RR_OP             14, sub, 0xfffffffe, 0xffffffff, 0x00000001
        TEST_RR_OP             15, sub, 0x00000000, 0xffffffff, 0xffffffff
        TEST_RR_OP             16, sub, 0x7fffffff, 0xffffffff, 0x80000000
        TEST_RR_OP             17, sub, 0x80000000, 0xffffffff, 0x7fffffff
        TEST_RR_OP             18, sub, 0xedcba987, 0xffffffff, 0x12345678
        TEST_RR_OP             19, sub, 0x80000000, 0x80000000, 0x00000000
        TEST_RR_OP             20, sub, 0x7fffffff, 0x80000000, 0x00000001
        TEST_RR_OP             21, sub, 0x80000001, 0x80000000, 0xffffffff
        TEST_RR_OP             22, sub, 0x00000000, 0x80000000, 0x80000000
        TEST_RR_OP             23, sub, 0x00000001, 0x80000000, 0x7fffffff
        TEST_RR_OP             24, sub, 0x6dcba988, 0x80000000, 0x12345678
        TEST_RR_OP             25, sub, 0x7fffffff, 0x7fffffff, 0x00000000
        TEST_RR_OP             26, sub, 0x7ffffffe, 0x7fffffff, 0x00000001
        TEST_RR_OP             27, sub, 0x80000000, 0x7fffffff, 0xffffffff
        TEST_RR_OP             28, sub, 0xffffffff, 0x7fffffff, 0x80000000
        TEST_RR_OP             29, sub, 0x00000000, 0x7fffffff, 0x7fffffff
        TEST_RR_OP             30, sub, 0x6dcba987, 0x7fffffff, 0x12345678
        TEST_RR_OP             31, sub, 0x12345678, 0x12345678, 0x00000000
        TEST_RR_OP             32, sub, 0x12345677, 0x12345678, 0x00000001
        TEST_RR_OP             33, sub, 0x12345679, 0x12345678, 0xffffffff
        TEST_RR_OP             34, sub, 0x92345678, 0x12345678, 0x80000000
        TEST_RR_OP             35, sub, 0x92345679, 0x12345678, 0x7fffffff
        TEST_RR_OP             36, sub, 0x00000000, 0x12345678, 0x12345678

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   37, sub, 0x1fe0ff1a, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC2_EQ_DEST   38, sub, 0x1fe0ff1a, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC12_EQ_DEST  39, sub, 0x00000000, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       40, sub, 0x0ff00f0b, 0xf00ff0f5
        TEST_RR_ZEROSRC2       41, sub, 0x0ff0f00f, 0x0ff0f00f
        TEST_RR_ZEROSRC12      42, sub, 0x00000000
        TEST_RR_ZERODEST       43, sub, 0x0ff0f00f, 0xf00ff0f5

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    44, 0, sub, 0x1fe0ff1a, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    45, 1, sub, 0x1fe0ff1a, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    46, 2, sub, 0x1fe0ff1a, 0x0ff0f00f, 0xf00ff0f5

        RVTEST_CODE_END
