# Tessera ISA conformance: ADD
#
# add rd, rs1, rs2: 32-bit wrap-around sum
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, add, 0x00000000, 0x00000000, 0x00000000
        TEST_RR_OP             2, add, 0x00000001, 0x00000000, 0x00000001
        TEST_RR_OP             3, add, 0xffffffff, 0x00000000, 0xffffffff
        TEST_RR_OP             4, add, 0x80000000, 0x00000000, 0x80000000
        TEST_RR_OP             5, add, 0x7fffffff, 0x00000000, 0x7fffffff
        TEST_RR_OP             6, add, 0x12345678, 0x00000000, 0x12345678
        TEST_RR_OP             7, add, 0x00000001, 0x00000001, 0x00000000
        TEST_RR_OP             8, add, 0x00000002, 0x00000001, 0x00000001
        TEST_RR_OP             9, add, 0x00000000, 0x00000001, 0xffffffff
        TEST_RR_OP             10, add, 0x80000001, 0x00000001, 0x80000000
        TEST_RR_OP             11, add, 0x80000000, 0x00000001, 0x7fffffff
        TEST_RR_OP             12, add, 0x12345679, 0x00000001, 0x12345678
        TEST_RR_OP             13, add, 0xffffffff, 0xffffffff, 0x00000000
        TEST_RR_OP             14, add, 0x00000000, 0xffffffff, 0x00000001
        TEST_RR_OP             15, add, 0xfffffffe, 0xffffffff, 0xffffffff
        TEST_RR_OP             16, add, 0x7fffffff, 0xffffffff, 0x80000000
        TEST_RR_OP             17, add, 0x7ffffffe, 0xffffffff, 0x7fffffff
        TEST_RR_OP             18, add, 0x12345677, 0xffffffff, 0x12345678
        TEST_RR_OP             19, add, 0x80000000, 0x80000000, 0x00000000
        TEST_RR_OP             20, add, 0x80000001, 0x80000000, 0x00000001
        TEST_RR_OP             21, add, 0x7fffffff, 0x80000000, 0xffffffff
        TEST_RR_OP             22, add, 0x00000000, 0x80000000, 0x80000000
        TEST_RR_OP             23, add, 0xffffffff, 0x80000000, 0x7fffffff
        TEST_RR_OP             24, add, 0x92345678, 0x80000000, 0x12345678
        TEST_RR_OP             25, add, 0x7fffffff, 0x7fffffff, 0x00000000
        TEST_RR_OP             26, add, 0x80000000, 0x7fffffff, 0x00000001
        TEST_RR_OP             27, add, 0x7ffffffe, 0x7fffffff, 0xffffffff
        TEST_RR_OP             28, add, 0xffffffff, 0x7fffffff, 0x80000000
        TEST_RR_OP             29, add, 0xfffffffe, 0x7fffffff, 0x7fffffff
        TEST_RR_OP             30, add, 0x92345677, 0x7fffffff, 0x12345678
        TEST_RR_OP             31, add, 0x12345678, 0x12345678, 0x00000000
        TEST_RR_OP             32, add, 0x12345679, 0x12345678, 0x00000001
        TEST_RR_OP             33, add, 0x12345677, 0x12345678, 0xffffffff
        TEST_RR_OP             34, add, 0x92345678, 0x12345678, 0x80000000
        TEST_RR_OP             35, add, 0x92345677, 0x12345678, 0x7fffffff
        TEST_RR_OP             36, add, 0x2468acf0, 0x12345678, 0x12345678

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   37, add, 0x0000e104, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC2_EQ_DEST   38, add, 0x0000e104, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC12_EQ_DEST  39, add, 0x1fe1e01e, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       40, add, 0xf00ff0f5, 0xf00ff0f5
        TEST_RR_ZEROSRC2       41, add, 0x0ff0f00f, 0x0ff0f00f
        TEST_RR_ZEROSRC12      42, add, 0x00000000
        TEST_RR_ZERODEST       43, add, 0x0ff0f00f, 0xf00ff0f5

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    44, 0, add, 0x0000e104, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    45, 1, add, 0x0000e104, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    46, 2, add, 0x0000e104, 0x0ff0f00f, 0xf00ff0f5

        RVTEST_CODE_END
