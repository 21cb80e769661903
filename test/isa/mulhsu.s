# Tessera ISA conformance: MULHSU
#
# mulhsu rd, rs1, rs2 (M): high 32 bits of signed rs1 x unsigned rs2
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, mulhsu, 0x00000000, 0x00000000, 0x00000000
        TEST_RR_OP             2, mulhsu, 0x00000000, 0x00000000, 0x00000001
        TEST_RR_OP             3, mulhsu, 0x00000000, 0x00000000, 0xffffffff
        TEST_RR_OP             4, mulhsu, 0x00000000, 0x00000000, 0x00000002
        TEST_RR_OP             5, mulhsu, 0x00000000, 0x00000000, 0x80000000
        TEST_RR_OP             6, mulhsu, 0x00000000, 0x00000000, 0x7fffffff
        TEST_RR_OP             7, mulhsu, 0x00000000, 0x00000000, 0x12345678
        TEST_RR_OP             8, mulhsu, 0x00000000, 0x00000000, 0xfedcba98
        TEST_RR_OP             9, mulhsu, 0x00000000, 0x00000001, 0x00000000
        TEST_RR_OP             10, mulhsu, 0x00000000, 0x00000001, 0x00000001
        TEST_RR_OP             11, mulhsu, 0x00000000, 0x00000001, 0xffffffff
        TEST_RR_OP             12, mulhsu, 0x00000000, 0x00000001, 0x00000002
        TEST_RR_OP             13, mulhsu, 0x00000000, 0x00000001, 0x80000000
        TEST_RR_OP             14, mulhsu, 0x00000000, 0x00000001, 0x7fffffff
        TEST_RR_OP             15, mulhsu, 0x00000000, 0x00000001, 0x12345678
        TEST_RR_OP             16, mulhsu, 0x00000000, 0x00000001, 0xfedcba98
        TEST_RR_OP             17, mulhsu, 0x00000000, 0xffffffff, 0x00000000
        TEST_RR_OP             18, mulhsu, 0xffffffff, 0xffffffff, 0x00000001
        TEST_RR_OP             19, mulhsu, 0xffffffff, 0xffffffff, 0xffffffff
        TEST_RR_OP             20, mulhsu, 0xffffffff, 0xffffffff, 0x00000002
        TEST_RR_OP             21, mulhsu, 0xffffffff, 0xffffffff, 0x80000000
        TEST_RR_OP             22, mulhsu, 0xffffffff, 0xffffffff, 0x7fffffff
        TEST_RR_OP             23, mulhsu, 0xffffffff, 0xffffffff, 0x12345678
        TEST_RR_OP             24, mulhsu, 0xffffffff, 0xffffffff, 0xfedcba98
        TEST_RR_OP             25, mulhsu, 0x00000000, 0x00000002, 0x00000000
        TEST_RR_OP             26, mulhsu, 0x00000000, 0x00000002, 0x00000001
        TEST_RR_OP             27, mulhsu, 0x00000001, 0x00000002, 0xffffffff
        TEST_RR_OP             28, mulhsu, 0x00000000, 0x00000002, 0x00000002
        TEST_RR_OP             29, mulhsu, 0x00000001, 0x00000002, 0x80000000
        TEST_RR_OP             30, mulhsu, 0x00000000, 0x00000002, 0x7fffffff
        TEST_RR_OP             31, mulhsu, 0x00000000, 0x00000002, 0x12345678
        TEST_RR_OP             32, mulhsu, 0x00000001, 0x00000002, 0xfedcba98
        TEST_RR_OP             33, mulhsu, 0x00000000, 0x80000000, 0x00000000
        TEST_RR_OP             34, mulhsu, 0xffffffff, 0x80000000, 0x00000001
        TEST_RR_OP             35, mulhsu, 0x80000000, 0x80000000, 0xffffffff
        TEST_RR_OP             36, mulhsu, 0xffffffff, 0x80000000, 0x00000002
        TEST_RR_OP             37, mulhsu, 0xc0000000, 0x80000000, 0x80000000
        TEST_RR_OP             38, mulhsu, 0xc0000000, 0x80000000, 0x7fffffff
        TEST_RR_OP             39, mulhsu, 0xf6e5d4c4, 0x80000000, 0x12345678
        TEST_RR_OP             40, mulhsu, 0x8091a2b4, 0x80000000, 0xfedcba98
        TEST_RR_OP             41, mulhsu, 0x00000000, 0x7fffffff, 0x00000000
        TEST_RR_OP             42, mulhsu, 0x00000000, 0x7fffffff, 0x00000001
        TEST_RR_OP             43, mulhsu, 0x7ffffffe, 0x7fffffff, 0xffffffff
        TEST_RR_OP             44, mulhsu, 0x00000000, 0x7fffffff, 0x00000002
        TEST_RR_OP             45, mulhsu, 0x3fffffff, 0x7fffffff, 0x80000000
        TEST_RR_OP             46, mulhsu, 0x3fffffff, 0x7fffffff, 0x7fffffff
        TEST_RR_OP             47, mulhsu, 0x091a2b3b, 0x7fffffff, 0x12345678
        TEST_RR_OP             48, mulhsu, 0x7f6e5d4b, 0x7fffffff, 0xfedcba98
        TEST_RR_OP             49, mulhsu, 0x00000000, 0x12345678, 0x00000000
        TEST_RR_OP             50, mulhsu, 0x00000000, 0x12345678, 0x00000001
        TEST_RR_OP             51, mulhsu, 0x12345677, 0x12345678, 0xffffffff
        TEST_RR_OP             52, mulhsu, 0x00000000, 0x12345678, 0x00000002
        TEST_RR_OP             53, mulhsu, 0x091a2b3c, 0x12345678, 0x80000000
        TEST_RR_OP             54, mulhsu, 0x091a2b3b, 0x12345678, 0x7fffffff
        TEST_RR_OP             55, mulhsu, 0x014b66dc, 0x12345678, 0x12345678
        TEST_RR_OP             56, mulhsu, 0x121fa00a, 0x12345678, 0xfedcba98
        TEST_RR_OP             57, mulhsu, 0x00000000, 0xfedcba98, 0x00000000
        TEST_RR_OP             58, mulhsu, 0xffffffff, 0xfedcba98, 0x00000001
        TEST_RR_OP             59, mulhsu, 0xfedcba98, 0xfedcba98, 0xffffffff
        TEST_RR_OP             60, mulhsu, 0xffffffff, 0xfedcba98, 0x00000002
        TEST_RR_OP             61, mulhsu, 0xff6e5d4c, 0xfedcba98, 0x80000000
        TEST_RR_OP             62, mulhsu, 0xff6e5d4c, 0xfedcba98, 0x7fffffff
        TEST_RR_OP             63, mulhsu, 0xffeb4992, 0xfedcba98, 0x12345678
        TEST_RR_OP             64, mulhsu, 0xfede05fe, 0xfedcba98, 0xfedcba98

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   65, mulhsu, 0x0ef2df2d, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC2_EQ_DEST   66, mulhsu, 0x0ef2df2d, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC12_EQ_DEST  67, mulhsu, 0x00fe1ee4, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       68, mulhsu, 0x00000000, 0xf00ff0f5
        TEST_RR_ZEROSRC2       69, mulhsu, 0x00000000, 0x0ff0f00f
        TEST_RR_ZEROSRC12      70, mulhsu, 0x00000000
        TEST_RR_ZERODEST       71, mulhsu, 0x0ff0f00f, 0xf00ff0f5

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    72, 0, mulhsu, 0x0ef2df2d, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    73, 1, mulhsu, 0x0ef2df2d, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    74, 2, mulhsu, 0x0ef2df2d, 0x0ff0f00f, 0xf00ff0f5

        RVTEST_CODE_END
