# Tessera ISA conformance: XOR
#
# xor rd, rs1, rs2: bitwise exclusive or
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, xor, 0x00000000, 0x00000000, 0x00000000
        TEST_RR_OP             2, xor, 0x00000001, 0x00000000, 0x00000001
        TEST_RR_OP             3, xor, 0xffffffff, 0x00000000, 0xffffffff
        TEST_RR_OP             4, xor, 0x80000000, 0x00000000, 0x80000000
        TEST_RR_OP             5, xor, 0x7fffffff, 0x00000000, 0x7fffffff
        TEST_RR_OP             6, xor, 0x12345678, 0x00000000, 0x12345678
        TEST_RR_OP             7, xor, 0x0f0f0f0f, 0x00000000, 0x0f0f0f0f
        TEST_RR_OP             8, xor, 0x00000001, 0x00000001, 0x00000000
        TEST_RR_OP             9, xor, 0x00000000, 0x00000001, 0x00000001
        TEST_RR_OP             10, xor, 0xfffffffe, 0x00000001, 0xffffffff
        TEST_RR_OP             11, xor, 0x80000001, 0x00000001, 0x80000000
        TEST_RR_OP             12, xor, 0x7ffffffe, 0x00000001, 0x7fffffff
        TEST_RR_OP             13, xor, 0x12345679, 0x00000001, 0x12345678
        TEST_RR_OP             14, xor, 0x0f0f0f0e, 0x00000001, 0x0f0f0f0f
        TEST_RR_OP             15, xor, 0xffffffff, 0xffffffff, 0x00000000
        TEST_RR_OP             16, xor, 0xfffffffe, 0xffffffff, 0x00000001
        TEST_RR_OP             17, xor, 0x00000000, 0xffffffff, 0xffffffff
        TEST_RR_OP             18, xor, 0x7fffffff, 0xffffffff, 0x80000000
        TEST_RR_OP             19, xor, 0x80000000, 0xffffffff, 0x7fffffff
        TEST_RR_OP             20, xor, 0xedcba987, 0xffffffff, 0x12345678
        TEST_RR_OP             21, xor, 0xf0f0f0f0, 0xffffffff, 0x0f0f0f0f
        TEST_RR_OP             22, xor, 0x80000000, 0x80000000, 0x00000000
        TEST_RR_OP             23, xor, 0x80000001, 0x80000000, 0x00000001
        TEST_RR_OP             24, xor, 0x7fffffff, 0x80000000, 0xffffffff
        TEST_RR_OP             25, xor, 0x00000000, 0x80000000, 0x80000000
        TEST_RR_OP             26, xor, 0xffffffff, 0x80000000, 0x7fffffff
        TEST_RR_OP             27, xor, 0x92345678, 0x80000000, 0x12345678
        TEST_RR_OP             28, xor, 0x8f0f0f0f, 0x80000000, 0x0f0f0f0f
        TEST_RR_OP             29, xor, 0x7fffffff, 0x7fffffff, 0x00000000
        TEST_RR_OP             30, xor, 0x7ffffffe, 0x7fffffff, 0x00000001
        TEST_RR_OP             31, xor, 0x80000000, 0x7fffffff, 0xffffffff
        TEST_RR_OP             32, xor, 0xffffffff, 0x7fffffff, 0x80000000
        TEST_RR_OP             33, xor, 0x00000000, 0x7fffffff, 0x7fffffff
        TEST_RR_OP             34, xor, 0x6dcba987, 0x7fffffff, 0x12345678
        TEST_RR_OP             35, xor, 0x70f0f0f0, 0x7fffffff, 0x0f0f0f0f
        TEST_RR_OP             36, xor, 0x12345678, 0x12345678, 0x00000000
        TEST_RR_OP             37, xor, 0x12345679, 0x12345678, 0x00000001
        TEST_RR_OP             38, xor, 0xedcba987, 0x12345678, 0xffffffff
        TEST_RR_OP             39, xor, 0x92345678, 0x12345678, 0x80000000
        TEST_RR_OP             40, xor, 0x6dcba987, 0x12345678, 0x7fffffff
        TEST_RR_OP             41, xor, 0x00000000, 0x12345678, 0x12345678
        TEST_RR_OP             42, xor, 0x1d3b5977, 0x12345678, 0x0f0f0f0f
        TEST_RR_OP             43, xor, 0x0f0f0f0f, 0x0f0f0f0f, 0x00000000
        TEST_RR_OP             44, xor, 0x0f0f0f0e, 0x0f0f0f0f, 0x00000001
        TEST_RR_OP             45, xor, 0xf0f0f0f0, 0x0f0f0f0f, 0xffffffff
        TEST_RR_OP             46, xor, 0x8f0f0f0f, 0x0f0f0f0f, 0x80000000
        TEST_RR_OP             47, xor, 0x70f0f0f0, 0x0f0f0f0f, 0x7fffffff
        TEST_RR_OP             48, xor, 0x1d3b5977, 0x0f0f0f0f, 0x12345678
        TEST_RR_OP             49, xor, 0x00000000, 0x0f0f0f0f, 0x0f0f0f0f

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   50, xor, 0xffff00fa, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC2_EQ_DEST   51, xor, 0xffff00fa, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC12_EQ_DEST  52, xor, 0x00000000, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       53, xor, 0xf00ff0f5, 0xf00ff0f5
        TEST_RR_ZEROSRC2       54, xor, 0x0ff0f00f, 0x0ff0f00f
        TEST_RR_ZEROSRC12      55, xor, 0x00000000
        TEST_RR_ZERODEST       56, xor, 0x0ff0f00f, 0xf00ff0f5

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    57, 0, xor, 0xffff00fa, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    58, 1, xor, 0xffff00fa, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    59, 2, xor, 0xffff00fa, 0x0ff0f00f, 0xf00ff0f5

        RVTEST_CODE_END
