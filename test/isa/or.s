# Tessera ISA conformance: OR
#
# or rd, rs1, rs2: bitwise or
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, or, 0x00000000, 0x00000000, 0x00000000
        TEST_RR_OP             2, or, 0x00000001, 0x00000000, 0x00000001
        TEST_RR_OP             3, or, 0xffffffff, 0x00000000, 0xffffffff
        TEST_RR_OP             4, or, 0x80000000, 0x00000000, 0x80000000
        TEST_RR_OP             5, or, 0x7fffffff, 0x00000000, 0x7fffffff
        TEST_RR_OP             6, or, 0x12345678, 0x00000000, 0x12345678
        TEST_RR_OP             7, or, 0x0f0f0f0f, 0x00000000, 0x0f0f0f0f
        TEST_RR_OP             8, or, 0x00000001, 0x00000001, 0x00000000
        TEST_RR_OP             9, or, 0x00000001, 0x00000001, 0x00000001
        TEST_RR_OP             10, or, 0xffffffff, 0x00000001, 0xffffffff
        TEST_RR_OP             11, or, 0x80000001, 0x00000001, 0x80000000
        TEST_RR_OP             12, or, 0x7fffffff, 0x00000001, 0x7fffffff
        TEST_RR_OP             13, or, 0x12345679, 0x00000001, 0x12345678
        TEST_RR_OP             14, or, 0x0f0f0f0f, 0x00000001, 0x0f0f0f0f
        TEST_RR_OP             15, or, 0xffffffff, 0xffffffff, 0x00000000
        TEST_RR_OP             16, or, 0xffffffff, 0xffffffff, 0x00000001
        TEST_RR_OP             17, or, 0xffffffff, 0xffffffff, 0xffffffff
        TEST_RR_OP             18, or, 0xffffffff, 0xffffffff, 0x80000000
        TEST_RR_OP             19, or, 0xffffffff, 0xffffffff, 0x7fffffff
        TEST_RR_OP             20, or, 0xffffffff, 0xffffffff, 0x12345678
        TEST_RR_OP             21, or, 0xffffffff, 0xffffffff, 0x0f0f0f0f
        TEST_RR_OP             22, or, 0x80000000, 0x80000000, 0x00000000
        TEST_RR_OP             23, or, 0x80000001, 0x80000000, 0x00000001
        TEST_RR_OP             24, or, 0xffffffff, 0x80000000, 0xffffffff
        TEST_RR_OP             25, or, 0x80000000, 0x80000000, 0x80000000
        TEST_RR_OP             26, or, 0xffffffff, 0x80000000, 0x7fffffff
        TEST_RR_OP             27, or, 0x92345678, 0x80000000, 0x12345678
        TEST_RR_OP             28, or, 0x8f0f0f0f, 0x80000000, 0x0f0f0f0f
        TEST_RR_OP             29, or, 0x7fffffff, 0x7fffffff, 0x00000000
        TEST_RR_OP             30, or, 0x7fffffff, 0x7fffffff, 0x00000001
        TEST_RR_OP             31, or, 0xffffffff, 0x7fffffff, 0xffffffff
        TEST_RR_OP             32, or, 0xffffffff, 0x7fffffff, 0x80000000
        TEST_RR_OP             33, or, 0x7fffffff, 0x7fffffff, 0x7fffffff
        TEST_RR_OP             34, or, 0x7fffffff, 0x7fffffff, 0x12345678
        TEST_RR_OP             35, or, 0x7fffffff, 0x7fffffff, 0x0f0f0f0f
        TEST_RR_OP             36, or, 0x12345678, 0x12345678, 0x00000000
        TEST_RR_OP             37, or, 0x12345679, 0x12345678, 0x00000001
        TEST_RR_OP             38, or, 0xffffffff, 0x12345678, 0xffffffff
        TEST_RR_OP             39, or, 0x92345678, 0x12345678, 0x80000000
        TEST_RR_OP             40, or, 0x7fffffff, 0x12345678, 0x7fffffff
        TEST_RR_OP             41, or, 0x12345678, 0x12345678, 0x12345678
        TEST_RR_OP             42, or, 0x1f3f5f7f, 0x12345678, 0x0f0f0f0f
        TEST_RR_OP             43, or, 0x0f0f0f0f, 0x0f0f0f0f, 0x00000000
        TEST_RR_OP             44, or, 0x0f0f0f0f, 0x0f0f0f0f, 0x00000001
        TEST_RR_OP             45, or, 0xffffffff, 0x0f0f0f0f, 0xffffffff
        TEST_RR_OP             46, or, 0x8f0f0f0f, 0x0f0f0f0f, 0x80000000
        TEST_RR_OP             47, or, 0x7fffffff, 0x0f0f0f0f, 0x7fffffff
        TEST_RR_OP             48, or, 0x1f3f5f7f, 0x0f0f0f0f, 0x12345678
        TEST_RR_OP             49, or, 0x0f0f0f0f, 0x0f0f0f0f, 0x0f0f0f0f

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   50, or, 0xfffff0ff, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC2_EQ_DEST   51, or, 0xfffff0ff, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC12_EQ_DEST  52, or, 0x0ff0f00f, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       53, or, 0xf00ff0f5, 0xf00ff0f5
        TEST_RR_ZEROSRC2       54, or, 0x0ff0f00f, 0x0ff0f00f
        TEST_RR_ZEROSRC12      55, or, 0x00000000
        TEST_RR_ZERODEST       56, or, 0x0ff0f00f, 0xf00ff0f5

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    57, 0, or, 0xfffff0ff, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    58, 1, or, 0xfffff0ff, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    59, 2, or, 0xfffff0ff, 0x0ff0f00f, 0xf00ff0f5

        RVTEST_CODE_END
