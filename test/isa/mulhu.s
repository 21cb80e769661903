# Tessera ISA conformance: MULHU
#
# mulhu rd, rs1, rs2 (M): high 32 bits of unsigned x unsigned
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, mulhu, 0x00000000, 0x00000000, 0x00000000
        TEST_RR_OP             2, mulhu, 0x00000000, 0x00000000, 0x00000001
        TEST_RR_OP             3, mulhu, 0x00000000, 0x00000000, 0xffffffff
        TEST_RR_OP             4, mulhu, 0x00000000, 0x00000000, 0x00000002
        TEST_RR_OP             5, mulhu, 0x00000000, 0x00000000, 0x80000000
        TEST_RR_OP             6, mulhu, 0x00000000, 0x00000000, 0x7fffffff
        TEST_RR_OP             7, mulhu, 0x00000000, 0x00000000, 0x12345678
        TEST_RR_OP             8, mulhu, 0x00000000, 0x00000000, 0xfedcba98
        TEST_RR_OP             9, mulhu, 0x00000000, 0x00000001, 0x00000000
        TEST_RR_OP             10, mulhu, 0x00000000, 0x00000001, 0x00000001
        TEST_RR_OP             11, mulhu, 0x00000000, 0x00000001, 0xffffffff
        TEST_RR_OP             12, mulhu, 0x00000000, 0x00000001, 0x00000002
        TEST_RR_OP             13, mulhu, 0x00000000, 0x00000001, 0x80000000
        TEST_RR_OP             14, mulhu, 0x00000000, 0x00000001, 0x7fffffff
        TEST_RR_OP             15, mulhu, 0x00000000, 0x00000001, 0x12345678
        TEST_RR_OP             16, mulhu, 0x00000000, 0x00000001, 0xfedcba98
        TEST_RR_OP             17, mulhu, 0x00000000, 0xffffffff, 0x00000000
        TEST_RR_OP             18, mulhu, 0x00000000, 0xffffffff, 0x00000001
        TEST_RR_OP             19, mulhu, 0xfffffffe, 0xffffffff, 0xffffffff
        TEST_RR_OP             20, mulhu, 0x00000001, 0xffffffff, 0x00000002
        TEST_RR_OP             21, mulhu, 0x7fffffff, 0xffffffff, 0x80000000
        TEST_RR_OP             22, mulhu, 0x7ffffffe, 0xffffffff, 0x7fffffff
        TEST_RR_OP             23, mulhu, 0x12345677, 0xffffffff, 0x12345678
        TEST_RR_OP             24, mulhu, 0xfedcba97, 0xffffffff, 0xfedcba98
        TEST_RR_OP             25, mulhu, 0x00000000, 0x00000002, 0x00000000
        TEST_RR_OP             26, mulhu, 0x00000000, 0x00000002, 0x00000001
        TEST_RR_OP             27, mulhu, 0x00000001, 0x00000002, 0xffffffff
        TEST_RR_OP             28, mulhu, 0x00000000, 0x00000002, 0x00000002
        TEST_RR_OP             29, mulhu, 0x00000001, 0x00000002, 0x80000000
        TEST_RR_OP             30, mulhu, 0x00000000, 0x00000002, 0x7fffffff
        TEST_RR_OP             31, mulhu, 0x00000000, 0x00000002, 0x12345678
        TEST_RR_OP             32, mulhu, 0x00000001, 0x00000002, 0xfedcba98
        TEST_RR_OP             33, mulhu, 0x00000000, 0x80000000, 0x00000000
        TEST_RR_OP             34, mulhu, 0x00000000, 0x80000000, 0x00000001
        TEST_RR_OP             35, mulhu, 0x7fffffff, 0x80000000, 0xffffffff
        TEST_RR_OP             36, mulhu, 0x00000001, 0x80000000, 0x00000002
        TEST_RR_OP             37, mulhu, 0x40000000, 0x80000000, 0x80000000
        TEST_RR_OP             38, mulhu, 0x3fffffff, 0x80000000, 0x7fffffff
        TEST_RR_OP             39, mulhu, 0x091a2b3c, 0x80000000, 0x12345678
        TEST_RR_OP             40, mulhu, 0x7f6e5d4c, 0x80000000, 0xfedcba98
        TEST_RR_OP             41, mulhu, 0x00000000, 0x7fffffff, 0x00000000
        TEST_RR_OP             42, mulhu, 0x00000000, 0x7fffffff, 0x00000001
        TEST_RR_OP             43, mulhu, 0x7ffffffe, 0x7fffffff, 0xffffffff
        TEST_RR_OP             44, mulhu, 0x00000000, 0x7fffffff, 0x00000002
        TEST_RR_OP             45, mulhu, 0x3fffffff, 0x7fffffff, 0x80000000
        TEST_RR_OP             46, mulhu, 0x3fffffff, 0x7fffffff, 0x7fffffff
        TEST_RR_OP             47, mulhu, 0x091a2b3b, 0x7fffffff, 0x12345678
        TEST_RR_OP             48, mulhu, 0x7f6e5d4b, 0x7fffffff, 0xfedcba98
        TEST_RR_OP             49, mulhu, 0x00000000, 0x12345678, 0x00000000
        TEST_RR_OP             50, mulhu, 0x00000000, 0x12345678, 0x00000001
        TEST_RR_OP             51, mulhu, 0x12345677, 0x12345678, 0xffffffff
        TEST_RR_OP             52, mulhu, 0x00000000, 0x12345678, 0x00000002
        TEST_RR_OP             53, mulhu, 0x091a2b3c, 0x12345678, 0x80000000
        TEST_RR_OP             54, mulhu, 0x091a2b3b, 0x12345678, 0x7fffffff
        TEST_RR_OP             55, mulhu, 0x014b66dc, 0x12345678, 0x12345678
        TEST_RR_OP             56, mulhu, 0x121fa00a, 0x12345678, 0xfedcba98
        TEST_RR_OP             57, mulhu, 0x00000000, 0xfedcba98, 0x00000000
        TEST_RR_OP             58, mulhu, 0x00000000, 0xfedcba98, 0x00000001
        TEST_RR_OP             59, mulhu, 0xfedcba97, 0xfedcba98, 0xffffffff
        TEST_RR_OP             60, mulhu, 0x00000001, 0xfedcba98, 0x00000002
        TEST_RR_OP             61, mulhu, 0x7f6e5d4c, 0xfedcba98, 0x80000000
        TEST_RR_OP             62, mulhu, 0x7f6e5d4b, 0xfedcba98, 0x7fffffff
        TEST_RR_OP             63, mulhu, 0x121fa00a, 0xfedcba98, 0x12345678
        TEST_RR_OP             64, mulhu, 0xfdbac096, 0xfedcba98, 0xfedcba98

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   65, mulhu, 0x0ef2df2d, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC2_EQ_DEST   66, mulhu, 0x0ef2df2d, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC12_EQ_DEST  67, mulhu, 0x00fe1ee4, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       68, mulhu, 0x00000000, 0xf00ff0f5
        TEST_RR_ZEROSRC2       69, mulhu, 0x00000000, 0x0ff0f00f
        TEST_RR_ZEROSRC12      70, mulhu, 0x00000000
        TEST_RR_ZERODEST       71, mulhu, 0x0ff0f00f, 0xf00ff0f5

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    72, 0, mulhu, 0x0ef2df2d, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    73, 1, mulhu, 0x0ef2df2d, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    74, 2, mulhu, 0x0ef2df2d, 0x0ff0f00f, 0xf00ff0f5

        RVTEST_CODE_END
