# Tessera ISA conformance: AND
#
# and rd, rs1, rs2: bitwise and
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, and, 0x00000000, 0x00000000, 0x00000000
        TEST_RR_OP             2, and, 0x00000000, 0x00000000, 0x00000001
        TEST_RR_OP             3, and, 0x00000000, 0x00000000, 0xffffffff
        TEST_RR_OP             4, and, 0x00000000, 0x00000000, 0x80000000
        TEST_RR_OP             5, and, 0x00000000, 0x00000000, 0x7fffffff
        TEST_RR_OP             6, and, 0x00000000, 0x00000000, 0x12345678
        TEST_RR_OP             7, and, 0x00000000, 0x00000000, 0x0f0f0f0f
        TEST_RR_OP             8, and, 0x00000000, 0x00000001, 0x00000000
        TEST_RR_OP             9, and, 0x00000001, 0x00000001, 0x00000001
        TEST_RR_OP             10, and, 0x00000001, 0x00000001, 0xffffffff
        TEST_RR_OP             11, and, 0x00000000, 0x00000001, 0x80000000
        TEST_RR_OP             12, and, 0x00000001, 0x00000001, 0x7fffffff
        TEST_RR_OP             13, and, 0x00000000, 0x00000001, 0x12345678
        TEST_RR_OP             14, and, 0x00000001, 0x00000001, 0x0f0f0f0f
        TEST_RR_OP             15, and, 0x00000000, 0xffffffff, 0x00000000
        TEST_RR_OP             16, and, 0x00000001, 0xffffffff, 0x00000001
        TEST_RR_OP             17, and, 0xffffffff, 0xffffffff, 0xffffffff
        TEST_RR_OP             18, and, 0x80000000, 0xffffffff, 0x80000000
        TEST_RR_OP             19, and, 0x7fffffff, 0xffffffff, 0x7fffffff
        TEST_RR_OP             20, and, 0x12345678, 0xffffffff, 0x12345678
        TEST_RR_OP             21, and, 0x0f0f0f0f, 0xffffffff, 0x0f0f0f0f
        TEST_RR_OP             22, and, 0x00000000, 0x80000000, 0x00000000
        TEST_RR_OP             23, and, 0x00000000, 0x80000000, 0x00000001
        TEST_RR_OP             24, and, 0x80000000, 0x80000000, 0xffffffff
        TEST_RR_OP             25, and, 0x80000000, 0x80000000, 0x80000000
        TEST_RR_OP             26, and, 0x00000000, 0x80000000, 0x7fffffff
        TEST_RR_OP             27, and, 0x00000000, 0x80000000, 0x12345678
        TEST_RR_OP             28, and, 0x00000000, 0x80000000, 0x0f0f0f0f
        TEST_RR_OP             29, and, 0x00000000, 0x7fffffff, 0x00000000
        TEST_RR_OP             30, and, 0x00000001, 0x7fffffff, 0x00000001
        TEST_RR_OP             31, and, 0x7fffffff, 0x7fffffff, 0xffffffff
        TEST_RR_OP             32, and, 0x00000000, 0x7fffffff, 0x80000000
        TEST_RR_OP             33, and, 0x7fffffff, 0x7fffffff, 0x7fffffff
        TEST_RR_OP             34, and, 0x12345678, 0x7fffffff, 0x12345678
        TEST_RR_OP             35, and, 0x0f0f0f0f, 0x7fffffff, 0x0f0f0f0f
        TEST_RR_OP             36, and, 0x00000000, 0x12345678, 0x00000000
        TEST_RR_OP             37, and, 0x00000000, 0x12345678, 0x00000001
        TEST_RR_OP             38, and, 0x12345678, 0x12345678, 0xffffffff
        TEST_RR_OP             39, and, 0x00000000, 0x12345678, 0x80000000
        TEST_RR_OP             40, and, 0x12345678, 0x12345678, 0x7fffffff
        TEST_RR_OP             41, and, 0x12345678, 0x12345678, 0x12345678
        TEST_RR_OP             42, and, 0x02040608, 0x12345678, 0x0f0f0f0f
        TEST_RR_OP             43, and, 0x00000000, 0x0f0f0f0f, 0x00000000
        TEST_RR_OP             44, and, 0x00000001, 0x0f0f0f0f, 0x00000001
        TEST_RR_OP             45, and, 0x0f0f0f0f, 0x0f0f0f0f, 0xffffffff
        TEST_RR_OP             46, and, 0x00000000, 0x0f0f0f0f, 0x80000000
        TEST_RR_OP             47, and, 0x0f0f0f0f, 0x0f0f0f0f, 0x7fffffff
        TEST_RR_OP             48, and, 0x02040608, 0x0f0f0f0f, 0x12345678
        TEST_RR_OP             49, and, 0x0f0f0f0f, 0x0f0f0f0f, 0x0f0f0f0f

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   50, and, 0x0000f005, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC2_EQ_DEST   51, and, 0x0000f005, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC12_EQ_DEST  52, and, 0x0ff0f00f, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       53, and, 0x00000000, 0xf00ff0f5
        TEST_RR_ZEROSRC2       54, and, 0x00000000, 0x0ff0f00f
        TEST_RR_ZEROSRC12      55, and, 0x00000000
        TEST_RR_ZERODEST       56, and, 0x0ff0f00f, 0xf00ff0f5

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    57, 0, and, 0x0000f005, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    58, 1, and, 0x0000f005, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    59, 2, and, 0x0000f005, 0x0ff0f00f, 0xf00ff0f5

        RVTEST_CODE_END
