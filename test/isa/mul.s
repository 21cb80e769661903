# Tessera ISA conformance: MUL
#
# mul rd, rs1, rs2 (M): low 32 bits of the product (the same for signed and unsigned)
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, mul, 0x00000000, 0x00000000, 0x00000000
        TEST_RR_OP             2, mul, 0x00000000, 0x00000000, 0x00000001
        TEST_RR_OP             3, mul, 0x00000000, 0x00000000, 0xffffffff
        TEST_RR_OP             4, mul, 0x00000000, 0x00000000, 0x00000002
        TEST_RR_OP             5, mul, 0x00000000, 0x00000000, 0x80000000
        TEST_RR_OP             6, mul, 0x00000000, 0x00000000, 0x7fffffff
        TEST_RR_OP             7, mul, 0x00000000, 0x00000000, 0x12345678
        TEST_RR_OP             8, mul, 0x00000000, 0x00000000, 0xfedcba98
        TEST_RR_OP             9, mul, 0x00000000, 0x00000001, 0x00000000
        TEST_RR_OP             10, mul, 0x00000001, 0x00000001, 0x00000001
        TEST_RR_OP             11, mul, 0xffffffff, 0x00000001, 0xffffffff
        TEST_RR_OP             12, mul, 0x00000002, 0x00000001, 0x00000002
        TEST_RR_OP             13, mul, 0x80000000, 0x00000001, 0x80000000
        TEST_RR_OP             14, mul, 0x7fffffff, 0x00000001, 0x7fffffff
        TEST_RR_OP             15, mul, 0x12345678, 0x00000001, 0x12345678
        TEST_RR_OP             16, mul, 0xfedcba98, 0x00000001, 0xfedcba98
        TEST_RR_OP             17, mul, 0x00000000, 0xffffffff, 0x00000000
        TEST_RR_OP             18, mul, 0xffffffff, 0xffffffff, 0x00000001
        TEST_RR_OP             19, mul, 0x00000001, 0xffffffff, 0xffffffff
        TEST_RR_OP             20, mul, 0xfffffffe, 0xffffffff, 0x00000002
        TEST_RR_OP             21, mul, 0x80000000, 0xffffffff, 0x80000000
        TEST_RR_OP             22, mul, 0x80000001, 0xffffffff, 0x7fffffff
        TEST_RR_OP             23, mul, 0xedcba988, 0xffffffff, 0x12345678
        TEST_RR_OP             24, mul, 0x01234568, 0xffffffff, 0xfedcba98
        TEST_RR_OP             25, mul, 0x00000000, 0x00000002, 0x00000000
        TEST_RR_OP             26, mul, 0x00000002, 0x00000002, 0x00000001
        TEST_RR_OP             27, mul, 0xfffffffe, 0x00000002, 0xffffffff
        TEST_RR_OP             28, mul, 0x00000004, 0x00000002, 0x00000002
        TEST_RR_OP             29, mul, 0x00000000, 0x00000002, 0x80000000
        TEST_RR_OP             30, mul, 0xfffffffe, 0x00000002, 0x7fffffff
        TEST_RR_OP             31, mul, 0x2468acf0, 0x00000002, 0x12345678
        TEST_RR_OP             32, mul, 0xfdb97530, 0x00000002, 0xfedcba98
        TEST_RR_OP             33, mul, 0x00000000, 0x80000000, 0x00000000
        TEST_RR_OP             34, mul, 0x80000000, 0x80000000, 0x00000001
        TEST_RR_OP             35, mul, 0x80000000, 0x80000000, 0xffffffff
        TEST_RR_OP             36, mul, 0x00000000, 0x80000000, 0x00000002
        TEST_RR_OP             37, mul, 0x00000000, 0x80000000, 0x80000000
        TEST_RR_OP             38, mul, 0x80000000, 0x80000000, 0x7fffffff
        TEST_RR_OP             39, mul, 0x00000000, 0x80000000, 0x12345678
        TEST_RR_OP             40, mul, 0x00000000, 0x80000000, 0xfedcba98
        TEST_RR_OP             41, mul, 0x00000000, 0x7fffffff, 0x00000000
        TEST_RR_OP             42, mul, 0x7fffffff, 0x7fffffff, 0x00000001
        TEST_RR_OP             43, mul, 0x80000001, 0x7fffffff, 0xffffffff
        TEST_RR_OP             44, mul, 0xfffffffe, 0x7fffffff, 0x00000002
        TEST_RR_OP             45, mul, 0x80000000, 0x7fffffff, 0x80000000
        TEST_RR_OP             46, mul, 0x00000001, 0x7fffffff, 0x7fffffff
        TEST_RR_OP             47, mul, 0xedcba988, 0x7fffffff, 0x12345678
        TEST_RR_OP             48, mul, 0x01234568, 0x7fffffff, 0xfedcba98
        TEST_RR_OP             49, mul, 0x00000000, 0x12345678, 0x00000000
        TEST_RR_OP             50, mul, 0x12345678, 0x12345678, 0x00000001
        TEST_RR_OP             51, mul, 0xedcba988, 0x12345678, 0xffffffff
        TEST_RR_OP             52, mul, 0x2468acf0, 0x12345678, 0x00000002
        TEST_RR_OP             53, mul, 0x00000000, 0x12345678, 0x80000000
        TEST_RR_OP             54, mul, 0xedcba988, 0x12345678, 0x7fffffff
        TEST_RR_OP             55, mul, 0x1df4d840, 0x12345678, 0x12345678
        TEST_RR_OP             56, mul, 0x35068740, 0x12345678, 0xfedcba98
        TEST_RR_OP             57, mul, 0x00000000, 0xfedcba98, 0x00000000
        TEST_RR_OP             58, mul, 0xfedcba98, 0xfedcba98, 0x00000001
        TEST_RR_OP             59, mul, 0x01234568, 0xfedcba98, 0xffffffff
        TEST_RR_OP             60, mul, 0xfdb97530, 0xfedcba98, 0x00000002
        TEST_RR_OP             61, mul, 0x00000000, 0xfedcba98, 0x80000000
        TEST_RR_OP             62, mul, 0x01234568, 0xfedcba98, 0x7fffffff
        TEST_RR_OP             63, mul, 0x35068740, 0xfedcba98, 0x12345678
        TEST_RR_OP             64, mul, 0xdd413a40, 0xfedcba98, 0xfedcba98

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   65, mul, 0x4384ce5b, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC2_EQ_DEST   66, mul, 0x4384ce5b, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC12_EQ_DEST  67, mul, 0xbf3c20e1, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       68, mul, 0x00000000, 0xf00ff0f5
        TEST_RR_ZEROSRC2       69, mul, 0x00000000, 0x0ff0f00f
        TEST_RR_ZEROSRC12      70, mul, 0x00000000
        TEST_RR_ZERODEST       71, mul, 0x0ff0f00f, 0xf00ff0f5

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    72, 0, mul, 0x4384ce5b, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    73, 1, mul, 0x4384ce5b, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    74, 2, mul, 0x4384ce5b, 0x0ff0f00f, 0xf00ff0f5

        RVTEST_CODE_END
