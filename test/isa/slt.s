# Tessera ISA conformance: SLT
#
# slt rd, rs1, rs2: 1 if rs1 < rs2 as signed numbers, else 0
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, slt, 0x00000000, 0x00000000, 0x00000000
        TEST_RR_OP             2, slt, 0x00000001, 0x00000000, 0x00000001
        TEST_RR_OP             3, slt, 0x00000000, 0x00000000, 0xffffffff
        TEST_RR_OP             4, slt, 0x00000000, 0x00000000, 0xfffffffe
        TEST_RR_OP             5, slt, 0x00000000, 0x00000000, 0x80000000
        TEST_RR_OP             6, slt, 0x00000001, 0x00000000, 0x7fffffff
        TEST_RR_OP             7, slt, 0x00000000, 0x00000000, 0x80000001
        TEST_RR_OP             8, slt, 0x00000000, 0x00000001, 0x00000000
        TEST_RR_OP             9, slt, 0x00000000, 0x00000001, 0x00000001
        TEST_RR_OP             10, slt, 0x00000000, 0x00000001, 0xffffffff
        TEST_RR_OP             11, slt, 0x00000000, 0x00000001, 0xfffffffe
        TEST_RR_OP             12, slt, 0x00000000, 0x00000001, 0x80000000
        TEST_RR_OP             13, slt, 0x00000001, 0x00000001, 0x7fffffff
        TEST_RR_OP             14, slt, 0x00000000, 0x00000001, 0x80000001
        TEST_RR_OP             15, slt, 0x00000001, 0xffffffff, 0x00000000
        TEST_RR_OP             16, slt, 0x00000001, 0xffffffff, 0x00000001
        TEST_RR_OP             17, slt, 0x00000000, 0xffffffff, 0xffffffff
        TEST_RR_OP             18, slt, 0x00000000, 0xffffffff, 0xfffffffe
        TEST_RR_OP             19, slt, 0x00000000, 0xffffffff, 0x80000000
        TEST_RR_OP             20, slt, 0x00000001, 0xffffffff, 0x7fffffff
        TEST_RR_OP             21, slt, 0x00000000, 0xffffffff, 0x80000001
        TEST_RR_OP             22, slt, 0x00000001, 0xfffffffe, 0x00000000
        TEST_RR_OP             23, slt, 0x00000001, 0xfffffffe, 0x00000001
        TEST_RR_OP             24, slt, 0x00000001, 0xfffffffe, 0xffffffff
        TEST_RR_OP             25, slt, 0x00000000, 0xfffffffe, 0xfffffffe
        TEST_RR_OP             26, slt, 0x00000000, 0xfffffffe, 0x80000000
        TEST_RR_OP             27, slt, 0x00000001, 0xfffffffe, 0x7fffffff
        TEST_RR_OP             28, slt, 0x00000000, 0xfffffffe, 0x80000001
        TEST_RR_OP             29, slt, 0x00000001, 0x80000000, 0x00000000
        TEST_RR_OP             30, slt, 0x00000001, 0x80000000, 0x00000001
        TEST_RR_OP             31, slt, 0x00000001, 0x80000000, 0xffffffff
        TEST_RR_OP             32, slt, 0x00000001, 0x80000000, 0xfffffffe
        TEST_RR_OP             33, slt, 0x00000000, 0x80000000, 0x80000000
        TEST_RR_OP             34, slt, 0x00000001, 0x80000000, 0x7fffffff
        TEST_RR_OP             35, slt, 0x00000001, 0x80000000, 0x80000001
        TEST_RR_OP             36, slt, 0x00000000, 0x7fffffff, 0x00000000
        TEST_RR_OP             37, slt, 0x00000000, 0x7fffffff, 0x00000001
        TEST_RR_OP             38, slt, 0x00000000, 0x7fffffff, 0xffffffff
        TEST_RR_OP             39, slt, 0x00000000, 0x7fffffff, 0xfffffffe
        TEST_RR_OP             40, slt, 0x00000000, 0x7fffffff, 0x80000000
        TEST_RR_OP             41, slt, 0x00000000, 0x7fffffff, 0x7fffffff
        TEST_RR_OP             42, slt, 0x00000000, 0x7fffffff, 0x80000001
        TEST_RR_OP             43, slt, 0x00000001, 0x80000001, 0x00000000
        TEST_RR_OP             44, slt, 0x00000001, 0x80000001, 0x00000001
        TEST_RR_OP             45, slt, 0x00000001, 0x80000001, 0xffffffff
        TEST_RR_OP             46, slt, 0x00000001, 0x80000001, 0xfffffffe
        TEST_RR_OP             47, slt, 0x00000000, 0x80000001, 0x80000000
        TEST_RR_OP             48, slt, 0x00000001, 0x80000001, 0x7fffffff
        TEST_RR_OP             49, slt, 0x00000000, 0x80000001, 0x80000001

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   50, slt, 0x00000000, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC2_EQ_DEST   51, slt, 0x00000000, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC12_EQ_DEST  52, slt, 0x00000000, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       53, slt, 0x00000000, 0xf00ff0f5
        TEST_RR_ZEROSRC2       54, slt, 0x00000000, 0x0ff0f00f
        TEST_RR_ZEROSRC12      55, slt, 0x00000000
        TEST_RR_ZERODEST       56, slt, 0x0ff0f00f, 0xf00ff0f5

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    57, 0, slt, 0x00000000, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    58, 1, slt, 0x00000000, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    59, 2, slt, 0x00000000, 0x0ff0f00f, 0xf00ff0f5

        RVTEST_CODE_END
