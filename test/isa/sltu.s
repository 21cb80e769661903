# Tessera ISA conformance: SLTU
#
# sltu rd, rs1, rs2: 1 if rs1 < rs2 as unsigned numbers, else 0
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, sltu, 0x00000000, 0x00000000, 0x00000000
        TEST_RR_OP             2, sltu, 0x00000001, 0x00000000, 0x00000001
        TEST_RR_OP             3, sltu, 0x00000001, 0x00000000, 0xffffffff
        TEST_RR_OP             4, sltu, 0x00000001, 0x00000000, 0xfffffffe
        TEST_RR_OP             5, sltu, 0x00000001, 0x00000000, 0x80000000
        TEST_RR_OP             6, sltu, 0x00000001, 0x00000000, 0x7fffffff
        TEST_RR_OP             7, sltu, 0x00000001, 0x00000000, 0x80000001
        TEST_RR_OP             8, sltu, 0x00000000, 0x00000001, 0x00000000
        TEST_RR_OP             9, sltu, 0x00000000, 0x00000001, 0x00000001
        TEST_RR_OP             10, sltu, 0x00000001, 0x00000001, 0xffffffff
        TEST_RR_OP             11, sltu, 0x00000001, 0x00000001, 0xfffffffe
        TEST_RR_OP             12, sltu, 0x00000001, 0x00000001, 0x80000000
        TEST_RR_OP             13, sltu, 0x00000001, 0x00000001, 0x7fffffff
        TEST_RR_OP             14, sltu, 0x00000001, 0x00000001, 0x80000001
        TEST_RR_OP             15, sltu, 0x00000000, 0xffffffff, 0x00000000
        TEST_RR_OP             16, sltu, 0x00000000, 0xffffffff, 0x00000001
        TEST_RR_OP             17, sltu, 0x00000000, 0xffffffff, 0xffffffff
        TEST_RR_OP             18, sltu, 0x00000000, 0xffffffff, 0xfffffffe
        TEST_RR_OP             19, sltu, 0x00000000, 0xffffffff, 0x80000000
        TEST_RR_OP             20, sltu, 0x00000000, 0xffffffff, 0x7fffffff
        TEST_RR_OP             21, sltu, 0x00000000, 0xffffffff, 0x80000001
        TEST_RR_OP             22, sltu, 0x00000000, 0xfffffffe, 0x00000000
        TEST_RR_OP             23, sltu, 0x00000000, 0xfffffffe, 0x00000001
        TEST_RR_OP             24, sltu, 0x00000001, 0xfffffffe, 0xffffffff
        TEST_RR_OP             25, sltu, 0x00000000, 0xfffffffe, 0xfffffffe
        TEST_RR_OP             26, sltu, 0x00000000, 0xfffffffe, 0x80000000
        TEST_RR_OP             27, sltu, 0x00000000, 0xfffffffe, 0x7fffffff
        TEST_RR_OP             28, sltu, 0x00000000, 0xfffffffe, 0x80000001
        TEST_RR_OP             29, sltu, 0x00000000, 0x80000000, 0x00000000
        TEST_RR_OP             30, sltu, 0x00000000, 0x80000000, 0x00000001
        TEST_RR_OP             31, sltu, 0x00000001, 0x80000000, 0xffffffff
        TEST_RR_OP             32, sltu, 0x00000001, 0x80000000, 0xfffffffe
        TEST_RR_OP             33, sltu, 0x00000000, 0x80000000, 0x80000000
        TEST_RR_OP             34, sltu, 0x00000000, 0x80000000, 0x7fffffff
        TEST_RR_OP             35, sltu, 0x00000001, 0x80000000, 0x80000001
        TEST_RR_OP             36, sltu, 0x00000000, 0x7fffffff, 0x00000000
        TEST_RR_OP             37, sltu, 0x00000000, 0x7fffffff, 0x00000001
        TEST_RR_OP             38, sltu, 0x00000001, 0x7fffffff, 0xffffffff
        TEST_RR_OP             39, sltu, 0x00000001, 0x7fffffff, 0xfffffffe
        TEST_RR_OP             40, sltu, 0x00000001, 0x7fffffff, 0x80000000
        TEST_RR_OP             41, sltu, 0x00000000, 0x7fffffff, 0x7fffffff
        TEST_RR_OP             42, sltu, 0x00000001, 0x7fffffff, 0x80000001
        TEST_RR_OP             43, sltu, 0x00000000, 0x80000001, 0x00000000
        TEST_RR_OP             44, sltu, 0x00000000, 0x80000001, 0x00000001
        TEST_RR_OP             45, sltu, 0x00000001, 0x80000001, 0xffffffff
        TEST_RR_OP             46, sltu, 0x00000001, 0x80000001, 0xfffffffe
        TEST_RR_OP             47, sltu, 0x00000000, 0x80000001, 0x80000000
        TEST_RR_OP             48, sltu, 0x00000000, 0x80000001, 0x7fffffff
        TEST_RR_OP             49, sltu, 0x00000000, 0x80000001, 0x80000001

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   50, sltu, 0x00000001, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC2_EQ_DEST   51, sltu, 0x00000001, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC12_EQ_DEST  52, sltu, 0x00000000, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       53, sltu, 0x00000001, 0xf00ff0f5
        TEST_RR_ZEROSRC2       54, sltu, 0x00000000, 0x0ff0f00f
        TEST_RR_ZEROSRC12      55, sltu, 0x00000000
        TEST_RR_ZERODEST       56, sltu, 0x0ff0f00f, 0xf00ff0f5

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    57, 0, sltu, 0x00000001, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    58, 1, sltu, 0x00000001, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    59, 2, sltu, 0x00000001, 0x0ff0f00f, 0xf00ff0f5

        RVTEST_CODE_END
