# Tessera ISA conformance: MULH
#
# mulh rd, rs1, rs2 (M): high 32 bits of signed x signed
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, mulh, 0x00000000, 0x00000000, 0x00000000
        TEST_RR_OP             2, mulh, 0x00000000, 0x00000000, 0x00000001
        TEST_RR_OP             3, mulh, 0x00000000, 0x00000000, 0xffffffff
        TEST_RR_OP             4, mulh, 0x00000000, 0x00000000, 0x00000002
        TEST_RR_OP             5, mulh, 0x00000000, 0x00000000, 0x80000000
        TEST_RR_OP             6, mulh, 0x00000000, 0x00000000, 0x7fffffff
        TEST_RR_OP             7, mulh, 0x00000000, 0x00000000, 0x12345678
        TEST_RR_OP             8, mulh, 0x00000000, 0x00000000, 0xfedcba98
        TEST_RR_OP             9, mulh, 0x00000000, 0x00000001, 0x00000000
        TEST_RR_OP             10, mulh, 0x00000000, 0x00000001, 0x00000001
        TEST_RR_OP             11, mulh, 0xffffffff, 0x00000001, 0xffffffff
        TEST_RR_OP             12, mulh, 0x00000000, 0x00000001, 0x00000002
        TEST_RR_OP             13, mulh, 0xffffffff, 0x00000001, 0x80000000
        TEST_RR_OP             14, mulh, 0x00000000, 0x00000001, 0x7fffffff
        TEST_RR_OP             15, mulh, 0x00000000, 0x00000001, 0x12345678
        TEST_RR_OP             16, mulh, 0xffffffff, 0x00000001, 0xfedcba98
        TEST_RR_OP             17, mulh, 0x00000000, 0xffffffff, 0x00000000
        TEST_RR_OP             18, mulh, 0xffffffff, 0xffffffff, 0x00000001
        TEST_RR_OP             19, mulh, 0x00000000, 0xffffffff, 0xffffffff
        TEST_RR_OP             20, mulh, 0xffffffff, 0xffffffff, 0x00000002
        TEST_RR_OP             21, mulh, 0x00000000, 0xffffffff, 0x80000000
        TEST_RR_OP             22, mulh, 0xffffffff, 0xffffffff, 0x7fffffff
        TEST_RR_OP             23, mulh, 0xffffffff, 0xffffffff, 0x12345678
        TEST_RR_OP             24, mulh, 0x00000000, 0xffffffff, 0xfedcba98
        TEST_RR_OP             25, mulh, 0x00000000, 0x00000002, 0x00000000
        TEST_RR_OP             26, mulh, 0x00000000, 0x00000002, 0x00000001
        TEST_RR_OP             27, mulh, 0xffffffff, 0x00000002, 0xffffffff
        TEST_RR_OP             28, mulh, 0x00000000, 0x00000002, 0x00000002
        TEST_RR_OP             29, mulh, 0xffffffff, 0x00000002, 0x80000000
        TEST_RR_OP             30, mulh, 0x00000000, 0x00000002, 0x7fffffff
        TEST_RR_OP             31, mulh, 0x00000000, 0x00000002, 0x12345678
        TEST_RR_OP             32, mulh, 0xffffffff, 0x00000002, 0xfedcba98
        TEST_RR_OP             33, mulh, 0x00000000, 0x80000000, 0x00000000
        TEST_RR_OP             34, mulh, 0xffffffff, 0x80000000, 0x00000001
        TEST_RR_OP             35, mulh, 0x00000000, 0x80000000, 0xffffffff
        TEST_RR_OP             36, mulh, 0xffffffff, 0x80000000, 0x00000002
        TEST_RR_OP             37, mulh, 0x40000000, 0x80000000, 0x80000000
        TEST_RR_OP             38, mulh, 0xc0000000, 0x80000000, 0x7fffffff
        TEST_RR_OP             39, mulh, 0xf6e5d4c4, 0x80000000, 0x12345678
        TEST_RR_OP             40, mulh, 0x0091a2b4, 0x80000000, 0xfedcba98
        TEST_RR_OP             41, mulh, 0x00000000, 0x7fffffff, 0x00000000
        TEST_RR_OP             42, mulh, 0x00000000, 0x7fffffff, 0x00000001
        TEST_RR_OP             43, mulh, 0xffffffff, 0x7fffffff, 0xffffffff
        TEST_RR_OP             44, mulh, 0x00000000, 0x7fffffff, 0x00000002
        TEST_RR_OP             45, mulh, 0xc0000000, 0x7fffffff, 0x80000000
        TEST_RR_OP             46, mulh, 0x3fffffff, 0x7fffffff, 0x7fffffff
        TEST_RR_OP             47, mulh, 0x091a2b3b, 0x7fffffff, 0x12345678
        TEST_RR_OP             48, mulh, 0xff6e5d4c, 0x7fffffff, 0xfedcba98
        TEST_RR_OP             49, mulh, 0x00000000, 0x12345678, 0x00000000
        TEST_RR_OP             50, mulh, 0x00000000, 0x12345678, 0x00000001
        TEST_RR_OP             51, mulh, 0xffffffff, 0x12345678, 0xffffffff
        TEST_RR_OP             52, mulh, 0x00000000, 0x12345678, 0x00000002
        TEST_RR_OP             53, mulh, 0xf6e5d4c4, 0x12345678, 0x80000000
        TEST_RR_OP             54, mulh, 0x091a2b3b, 0x12345678, 0x7fffffff
        TEST_RR_OP             55, mulh, 0x014b66dc, 0x12345678, 0x12345678
        TEST_RR_OP             56, mulh, 0xffeb4992, 0x12345678, 0xfedcba98
        TEST_RR_OP             57, mulh, 0x00000000, 0xfedcba98, 0x00000000
        TEST_RR_OP             58, mulh, 0xffffffff, 0xfedcba98, 0x00000001
        TEST_RR_OP             59, mulh, 0x00000000, 0xfedcba98, 0xffffffff
        TEST_RR_OP             60, mulh, 0xffffffff, 0xfedcba98, 0x00000002
        TEST_RR_OP             61, mulh, 0x0091a2b4, 0xfedcba98, 0x80000000
        TEST_RR_OP             62, mulh, 0xff6e5d4c, 0xfedcba98, 0x7fffffff
        TEST_RR_OP             63, mulh, 0xffeb4992, 0xfedcba98, 0x12345678
        TEST_RR_OP             64, mulh, 0x00014b66, 0xfedcba98, 0xfedcba98

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   65, mulh, 0xff01ef1e, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC2_EQ_DEST   66, mulh, 0xff01ef1e, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC12_EQ_DEST  67, mulh, 0x00fe1ee4, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       68, mulh, 0x00000000, 0xf00ff0f5
        TEST_RR_ZEROSRC2       69, mulh, 0x00000000, 0x0ff0f00f
        TEST_RR_ZEROSRC12      70, mulh, 0x00000000
        TEST_RR_ZERODEST       71, mulh, 0x0ff0f00f, 0xf00ff0f5

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    72, 0, mulh, 0xff01ef1e, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    73, 1, mulh, 0xff01ef1e, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    74, 2, mulh, 0xff01ef1e, 0x0ff0f00f, 0xf00ff0f5

        RVTEST_CODE_END
