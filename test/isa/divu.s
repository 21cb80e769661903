# Tessera ISA conformance: DIVU
#
# divu rd, rs1, rs2 (M): unsigned quotient; x/0 = 0xffffffff
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, divu, 0xffffffff, 0x00000000, 0x00000000
        TEST_RR_OP             2, divu, 0x00000000, 0x00000000, 0x00000001
        TEST_RR_OP             3, divu, 0x00000000, 0x00000000, 0xffffffff
        TEST_RR_OP             4, divu, 0x00000000, 0x00000000, 0x00000002
        TEST_RR_OP             5, divu, 0x00000000, 0x00000000, 0xfffffffe
        TEST_RR_OP             6, divu, 0x00000000, 0x00000000, 0x00000007
        TEST_RR_OP             7, divu, 0x00000000, 0x00000000, 0xfffffff9
        TEST_RR_OP             8, divu, 0x00000000, 0x00000000, 0x80000000
        TEST_RR_OP             9, divu, 0x00000000, 0x00000000, 0x7fffffff
        TEST_RR_OP             10, divu, 0x00000000, 0x00000000, 0x12345678
        TEST_RR_OP             11, divu, 0xffffffff, 0x00000001, 0x00000000
        TEST_RR_OP             12, divu, 0x00000001, 0x00000001, 0x00000001
        TEST_RR_OP             13, divu, 0x00000000, 0x00000001, 0xffffffff
        TEST_RR_OP             14, divu, 0x00000000, 0x00000001, 0x00000002
        TEST_RR_OP             15, divu, 0x00000000, 0x00000001, 0xfffffffe
        TEST_RR_OP             16, divu, 0x00000000, 0x00000001, 0x00000007
        TEST_RR_OP             17, divu, 0x00000000, 0x00000001, 0xfffffff9
        TEST_RR_OP             18, divu, 0x00000000, 0x00000001, 0x80000000
        TEST_RR_OP             19, divu, 0x00000000, 0x00000001, 0x7fffffff
        TEST_RR_OP             20, divu, 0x00000000, 0x00000001, 0x12345678
        TEST_RR_OP             21, divu, 0xffffffff, 0xffffffff, 0x00000000
        TEST_RR_OP             22, divu, 0xffffffff, 0xffffffff, 0x00000001
        TEST_RR_OP             23, divu, 0x00000001, 0xffffffff, 0xffffffff
        TEST_RR_OP             24, divu, 0x7fffffff, 0xffffffff, 0x00000002
        TEST_RR_OP             25, divu, 0x00000001, 0xffffffff, 0xfffffffe
        TEST_RR_OP             26, divu, 0x24924924, 0xffffffff, 0x00000007
        TEST_RR_OP             27, divu, 0x00000001, 0xffffffff, 0xfffffff9
        TEST_RR_OP             28, divu, 0x00000001, 0xffffffff, 0x80000000
        TEST_RR_OP             29, divu, 0x00000002, 0xffffffff, 0x7fffffff
        TEST_RR_OP             30, divu, 0x0000000e, 0xffffffff, 0x12345678
        TEST_RR_OP             31, divu, 0xffffffff, 0x00000002, 0x00000000
        TEST_RR_OP             32, divu, 0x00000002, 0x00000002, 0x00000001
        TEST_RR_OP             33, divu, 0x00000000, 0x00000002, 0xffffffff
        TEST_RR_OP             34, divu, 0x00000001, 0x00000002, 0x00000002
        TEST_RR_OP             35, divu, 0x00000000, 0x00000002, 0xfffffffe
        TEST_RR_OP             36, divu, 0x00000000, 0x00000002, 0x00000007
        TEST_RR_OP             37, divu, 0x00000000, 0x00000002, 0xfffffff9
        TEST_RR_OP             38, divu, 0x00000000, 0x00000002, 0x80000000
        TEST_RR_OP             39, divu, 0x00000000, 0x00000002, 0x7fffffff
        TEST_RR_OP             40, divu, 0x00000000, 0x00000002, 0x12345678
        TEST_RR_OP             41, divu, 0xffffffff, 0xfffffffe, 0x00000000
        TEST_RR_OP             42, divu, 0xfffffffe, 0xfffffffe, 0x00000001
        TEST_RR_OP             43, divu, 0x00000000, 0xfffffffe, 0xffffffff
        TEST_RR_OP             44, divu, 0x7fffffff, 0xfffffffe, 0x00000002
        TEST_RR_OP             45, divu, 0x00000001, 0xfffffffe, 0xfffffffe
        TEST_RR_OP             46, divu, 0x24924924, 0xfffffffe, 0x00000007
        TEST_RR_OP             47, divu, 0x00000001, 0xfffffffe, 0xfffffff9
        TEST_RR_OP             48, divu, 0x00000001, 0xfffffffe, 0x80000000
        TEST_RR_OP             49, divu, 0x00000002, 0xfffffffe, 0x7fffffff
        TEST_RR_OP             50, divu, 0x0000000e, 0xfffffffe, 0x12345678
        TEST_RR_OP             51, divu, 0xffffffff, 0x00000007, 0x00000000
        TEST_RR_OP             52, divu, 0x00000007, 0x00000007, 0x00000001
        TEST_RR_OP             53, divu, 0x00000000, 0x00000007, 0xffffffff
        TEST_RR_OP             54, divu, 0x00000003, 0x00000007, 0x00000002
        TEST_RR_OP             55, divu, 0x00000000, 0x00000007, 0xfffffffe
        TEST_RR_OP             56, divu, 0x00000001, 0x00000007, 0x00000007
        TEST_RR_OP             57, divu, 0x00000000, 0x00000007, 0xfffffff9
        TEST_RR_OP             58, divu, 0x00000000, 0x00000007, 0x80000000
        TEST_RR_OP             59, divu, 0x00000000, 0x00000007, 0x7fffffff
        TEST_RR_OP             60, divu, 0x00000000, 0x00000007, 0x12345678
        TEST_RR_OP             61, divu, 0xffffffff, 0xfffffff9, 0x00000000
        TEST_RR_OP             62, divu, 0xfffffff9, 0xfffffff9, 0x00000001
        TEST_RR_OP             63, divu, 0x00000000, 0xfffffff9, 0xffffffff
        TEST_RR_OP             64, divu, 0x7ffffffc, 0xfffffff9, 0x00000002
        TEST_RR_OP             65, divu, 0x00000000, 0xfffffff9, 0xfffffffe
        TEST_RR_OP             66, divu, 0x24924923, 0xfffffff9, 0x00000007
        TEST_RR_OP             67, divu, 0x00000001, 0xfffffff9, 0xfffffff9
        TEST_RR_OP             68, divu, 0x00000001, 0xfffffff9, 0x80000000
        TEST_RR_OP             69, divu, 0x00000001, 0xfffffff9, 0x7fffffff
        TEST_RR_OP             70, divu, 0x0000000e, 0xfffffff9, 0x12345678
        TEST_RR_OP             71, divu, 0xffffffff, 0x80000000, 0x00000000
        TEST_RR_OP             72, divu, 0x80000000, 0x80000000, 0x00000001
        TEST_RR_OP             73, divu, 0x00000000, 0x80000000, 0xffffffff
        TEST_RR_OP             74, divu, 0x40000000, 0x80000000, 0x00000002
        TEST_RR_OP             75, divu, 0x00000000, 0x80000000, 0xfffffffe
        TEST_RR_OP             76, divu, 0x12492492, 0x80000000, 0x00000007
        TEST_RR_OP             77, divu, 0x00000000, 0x80000000, 0xfffffff9
        TEST_RR_OP             78, divu, 0x00000001, 0x80000000, 0x80000000
        TEST_RR_OP             79, divu, 0x00000001, 0x80000000, 0x7fffffff
        TEST_RR_OP             80, divu, 0x00000007, 0x80000000, 0x12345678
        TEST_RR_OP             81, divu, 0xffffffff, 0x7fffffff, 0x00000000
        TEST_RR_OP             82, divu, 0x7fffffff, 0x7fffffff, 0x00000001
        TEST_RR_OP             83, divu, 0x00000000, 0x7fffffff, 0xffffffff
        TEST_RR_OP             84, divu, 0x3fffffff, 0x7fffffff, 0x00000002
        TEST_RR_OP             85, divu, 0x00000000, 0x7fffffff, 0xfffffffe
        TEST_RR_OP             86, divu, 0x12492492, 0x7fffffff, 0x00000007
        TEST_RR_OP             87, divu, 0x00000000, 0x7fffffff, 0xfffffff9
        TEST_RR_OP             88, divu, 0x00000000, 0x7fffffff, 0x80000000
        TEST_RR_OP             89, divu, 0x00000001, 0x7fffffff, 0x7fffffff
        TEST_RR_OP             90, divu, 0x00000007, 0x7fffffff, 0x12345678
        TEST_RR_OP             91, divu, 0xffffffff, 0x12345678, 0x00000000
        TEST_RR_OP             92, divu, 0x12345678, 0x12345678, 0x00000001
        TEST_RR_OP             93, divu, 0x00000000, 0x12345678, 0xffffffff
        TEST_RR_OP             94, divu, 0x091a2b3c, 0x12345678, 0x00000002
        TEST_RR_OP             95, divu, 0x00000000, 0x12345678, 0xfffffffe
        TEST_RR_OP             96, divu, 0x0299c335, 0x12345678, 0x00000007
        TEST_RR_OP             97, divu, 0x00000000, 0x12345678, 0xfffffff9
        TEST_RR_OP             98, divu, 0x00000000, 0x12345678, 0x80000000
        TEST_RR_OP             99, divu, 0x00000000, 0x12345678, 0x7fffffff
        TEST_RR_OP             100, divu, 0x00000001, 0x12345678, 0x12345678

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   101, divu, 0x00000000, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC2_EQ_DEST   102, divu, 0x00000000, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC12_EQ_DEST  103, divu, 0x00000001, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       104, divu, 0x00000000, 0xf00ff0f5
        TEST_RR_ZEROSRC2       105, divu, 0xffffffff, 0x0ff0f00f
        TEST_RR_ZEROSRC12      106, divu, 0xffffffff
        TEST_RR_ZERODEST       107, divu, 0x0ff0f00f, 0xf00ff0f5

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    108, 0, divu, 0x00000000, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    109, 1, divu, 0x00000000, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    110, 2, divu, 0x00000000, 0x0ff0f00f, 0xf00ff0f5

        RVTEST_CODE_END
