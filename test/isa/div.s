# Tessera ISA conformance: DIV
#
# div rd, rs1, rs2 (M): signed quotient rounded toward zero; x/0 = -1; INT_MIN/-1 = INT_MIN
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, div, 0xffffffff, 0x00000000, 0x00000000
        TEST_RR_OP             2, div, 0x00000000, 0x00000000, 0x00000001
        TEST_RR_OP             3, div, 0x00000000, 0x00000000, 0xffffffff
        TEST_RR_OP             4, div, 0x00000000, 0x00000000, 0x00000002
        TEST_RR_OP             5, div, 0x00000000, 0x00000000, 0xfffffffe
        TEST_RR_OP             6, div, 0x00000000, 0x00000000, 0x00000007
        TEST_RR_OP             7, div, 0x00000000, 0x00000000, 0xfffffff9
        TEST_RR_OP             8, div, 0x00000000, 0x00000000, 0x80000000
        TEST_RR_OP             9, div, 0x00000000, 0x00000000, 0x7fffffff
        TEST_RR_OP             10, div, 0x00000000, 0x00000000, 0x12345678
        TEST_RR_OP             11, div, 0xffffffff, 0x00000001, 0x00000000
        TEST_RR_OP             12, div, 0x00000001, 0x00000001, 0x00000001
        TEST_RR_OP             13, div, 0xffffffff, 0x00000001, 0xffffffff
        TEST_RR_OP             14, div, 0x00000000, 0x00000001, 0x00000002
        TEST_RR_OP             15, div, 0x00000000, 0x00000001, 0xfffffffe
        TEST_RR_OP             16, div, 0x00000000, 0x00000001, 0x00000007
        TEST_RR_OP             17, div, 0x00000000, 0x00000001, 0xfffffff9
        TEST_RR_OP             18, div, 0x00000000, 0x00000001, 0x80000000
        TEST_RR_OP             19, div, 0x00000000, 0x00000001, 0x7fffffff
        TEST_RR_OP             20, div, 0x00000000, 0x00000001, 0x12345678
        TEST_RR_OP             21, div, 0xffffffff, 0xffffffff, 0x00000000
        TEST_RR_OP             22, div, 0xffffffff, 0xffffffff, 0x00000001
        TEST_RR_OP             23, div, 0x00000001, 0xffffffff, 0xffffffff
        TEST_RR_OP             24, div, 0x00000000, 0xffffffff, 0x00000002
        TEST_RR_OP             25, div, 0x00000000, 0xffffffff, 0xfffffffe
        TEST_RR_OP             26, div, 0x00000000, 0xffffffff, 0x00000007
        TEST_RR_OP             27, div, 0x00000000, 0xffffffff, 0xfffffff9
        TEST_RR_OP             28, div, 0x00000000, 0xffffffff, 0x80000000
        TEST_RR_OP             29, div, 0x00000000, 0xffffffff, 0x7fffffff
        TEST_RR_OP             30, div, 0x00000000, 0xffffffff, 0x12345678
        TEST_RR_OP             31, div, 0xffffffff, 0x00000002, 0x00000000
        TEST_RR_OP             32, div, 0x00000002, 0x00000002, 0x00000001
        TEST_RR_OP             33, div, 0xfffffffe, 0x00000002, 0xffffffff
        TEST_RR_OP             34, div, 0x00000001, 0x00000002, 0x00000002
        TEST_RR_OP             35, div, 0xffffffff, 0x00000002, 0xfffffffe
        TEST_RR_OP             36, div, 0x00000000, 0x00000002, 0x00000007
        TEST_RR_OP             37, div, 0x00000000, 0x00000002, 0xfffffff9
        TEST_RR_OP             38, div, 0x00000000, 0x00000002, 0x80000000
        TEST_RR_OP             39, div, 0x00000000, 0x00000002, 0x7fffffff
        TEST_RR_OP             40, div, 0x00000000, 0x00000002, 0x12345678
        TEST_RR_OP             41, div, 0xffffffff, 0xfffffffe, 0x00000000
        TEST_RR_OP             42, div, 0xfffffffe, 0xfffffffe, 0x00000001
        TEST_RR_OP             43, div, 0x00000002, 0xfffffffe, 0xffffffff
        TEST_RR_OP             44, div, 0xffffffff, 0xfffffffe, 0x00000002
        TEST_RR_OP             45, div, 0x00000001, 0xfffffffe, 0xfffffffe
        TEST_RR_OP             46, div, 0x00000000, 0xfffffffe, 0x00000007
        TEST_RR_OP             47, div, 0x00000000, 0xfffffffe, 0xfffffff9
        TEST_RR_OP             48, div, 0x00000000, 0xfffffffe, 0x80000000
        TEST_RR_OP             49, div, 0x00000000, 0xfffffffe, 0x7fffffff
        TEST_RR_OP             50, div, 0x00000000, 0xfffffffe, 0x12345678
        TEST_RR_OP             51, div, 0xffffffff, 0x00000007, 0x00000000
        TEST_RR_OP             52, div, 0x00000007, 0x00000007, 0x00000001
        TEST_RR_OP             53, div, 0xfffffff9, 0x00000007, 0xffffffff
        TEST_RR_OP             54, div, 0x00000003, 0x00000007, 0x00000002
        TEST_RR_OP             55, div, 0xfffffffd, 0x00000007, 0xfffffffe
        TEST_RR_OP             56, div, 0x00000001, 0x00000007, 0x00000007
        TEST_RR_OP             57, div, 0xffffffff, 0x00000007, 0xfffffff9
        TEST_RR_OP             58, div, 0x00000000, 0x00000007, 0x80000000
        TEST_RR_OP             59, div, 0x00000000, 0x00000007, 0x7fffffff
        TEST_RR_OP             60, div, 0x00000000, 0x00000007, 0x12345678
        TEST_RR_OP             61, div, 0xffffffff, 0xfffffff9, 0x00000000
        TEST_RR_OP             62, div, 0xfffffff9, 0xfffffff9, 0x00000001
        TEST_RR_OP             63, div, 0x00000007, 0xfffffff9, 0xffffffff
        TEST_RR_OP             64, div, 0xfffffffd, 0xfffffff9, 0x00000002
        TEST_RR_OP             65, div, 0x00000003, 0xfffffff9, 0xfffffffe
        TEST_RR_OP             66, div, 0xffffffff, 0xfffffff9, 0x00000007
        TEST_RR_OP             67, div, 0x00000001, 0xfffffff9, 0xfffffff9
        TEST_RR_OP             68, div, 0x00000000, 0xfffffff9, 0x80000000
        TEST_RR_OP             69, div, 0x00000000, 0xfffffff9, 0x7fffffff
        TEST_RR_OP             70, div, 0x00000000, 0xfffffff9, 0x12345678
        TEST_RR_OP             71, div, 0xffffffff, 0x80000000, 0x00000000
        TEST_RR_OP             72, div, 0x80000000, 0x80000000, 0x00000001
        TEST_RR_OP             73, div, 0x80000000, 0x80000000, 0xffffffff
        TEST_RR_OP             74, div, 0xc0000000, 0x80000000, 0x00000002
        TEST_RR_OP             75, div, 0x40000000, 0x80000000, 0xfffffffe
        TEST_RR_OP             76, div, 0xedb6db6e, 0x80000000, 0x00000007
        TEST_RR_OP             77, div, 0x12492492, 0x80000000, 0xfffffff9
        TEST_RR_OP             78, div, 0x00000001, 0x80000000, 0x80000000
        TEST_RR_OP             79, div, 0xffffffff, 0x80000000, 0x7fffffff
        TEST_RR_OP             80, div, 0xfffffff9, 0x80000000, 0x12345678
        TEST_RR_OP             81, div, 0xffffffff, 0x7fffffff, 0x00000000
        TEST_RR_OP             82, div, 0x7fffffff, 0x7fffffff, 0x00000001
        TEST_RR_OP             83, div, 0x80000001, 0x7fffffff, 0xffffffff
        TEST_RR_OP             84, div, 0x3fffffff, 0x7fffffff, 0x00000002
        TEST_RR_OP             85, div, 0xc0000001, 0x7fffffff, 0xfffffffe
        TEST_RR_OP             86, div, 0x12492492, 0x7fffffff, 0x00000007
        TEST_RR_OP             87, div, 0xedb6db6e, 0x7fffffff, 0xfffffff9
        TEST_RR_OP             88, div, 0x00000000, 0x7fffffff, 0x80000000
        TEST_RR_OP             89, div, 0x00000001, 0x7fffffff, 0x7fffffff
        TEST_RR_OP             90, div, 0x00000007, 0x7fffffff, 0x12345678
        TEST_RR_OP             91, div, 0xffffffff, 0x12345678, 0x00000000
        TEST_RR_OP             92, div, 0x12345678, 0x12345678, 0x00000001
        TEST_RR_OP             93, div, 0xedcba988, 0x12345678, 0xffffffff
        TEST_RR_OP             94, div, 0x091a2b3c, 0x12345678, 0x00000002
        TEST_RR_OP             95, div, 0xf6e5d4c4, 0x12345678, 0xfffffffe
        TEST_RR_OP             96, div, 0x0299c335, 0x12345678, 0x00000007
        TEST_RR_OP             97, div, 0xfd663ccb, 0x12345678, 0xfffffff9
        TEST_RR_OP             98, div, 0x00000000, 0x12345678, 0x80000000
        TEST_RR_OP             99, div, 0x00000000, 0x12345678, 0x7fffffff
        TEST_RR_OP             100, div, 0x00000001, 0x12345678, 0x12345678

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   101, div, 0xffffffff, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC2_EQ_DEST   102, div, 0xffffffff, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC12_EQ_DEST  103, div, 0x00000001, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       104, div, 0x00000000, 0xf00ff0f5
        TEST_RR_ZEROSRC2       105, div, 0xffffffff, 0x0ff0f00f
        TEST_RR_ZEROSRC12      106, div, 0xffffffff
        TEST_RR_ZERODEST       107, div, 0x0ff0f00f, 0xf00ff0f5

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    108, 0, div, 0xffffffff, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    109, 1, div, 0xffffffff, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    110, 2, div, 0xffffffff, 0x0ff0f00f, 0xf00ff0f5

        RVTEST_CODE_END
