# Tessera ISA conformance: REM
#
# rem rd, rs1, rs2 (M): signed remainder, sign of the dividend; x%0 = x; INT_MIN%-1 = 0
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, rem, 0x00000000, 0x00000000, 0x00000000
        TEST_RR_OP             2, rem, 0x00000000, 0x00000000, 0x00000001
        TEST_RR_OP             3, rem, 0x00000000, 0x00000000, 0xffffffff
        TEST_RR_OP             4, rem, 0x00000000, 0x00000000, 0x00000002
        TEST_RR_OP             5, rem, 0x00000000, 0x00000000, 0xfffffffe
        TEST_RR_OP             6, rem, 0x00000000, 0x00000000, 0x00000007
        TEST_RR_OP             7, rem, 0x00000000, 0x00000000, 0xfffffff9
        TEST_RR_OP             8, rem, 0x00000000, 0x00000000, 0x80000000
        TEST_RR_OP             9, rem, 0x00000000, 0x00000000, 0x7fffffff
        TEST_RR_OP             10, rem, 0x00000000, 0x00000000, 0x12345678
        TEST_RR_OP             11, rem, 0x00000001, 0x00000001, 0x00000000
        TEST_RR_OP             12, rem, 0x00000000, 0x00000001, 0x00000001
        TEST_RR_OP             13, rem, 0x00000000, 0x00000001, 0xffffffff
        TEST_RR_OP             14, rem, 0x00000001, 0x00000001, 0x00000002
        TEST_RR_OP             15, rem, 0x00000001, 0x00000001, 0xfffffffe
        TEST_RR_OP             16, rem, 0x00000001, 0x00000001, 0x00000007
        TEST_RR_OP             17, rem, 0x00000001, 0x00000001, 0xfffffff9
        TEST_RR_OP             18, rem, 0x00000001, 0x00000001, 0x80000000
        TEST_RR_OP             19, rem, 0x00000001, 0x00000001, 0x7fffffff
        TEST_RR_OP             20, rem, 0x00000001, 0x00000001, 0x12345678
        TEST_RR_OP             21, rem, 0xffffffff, 0xffffffff, 0x00000000
        TEST_RR_OP             22, rem, 0x00000000, 0xffffffff, 0x00000001
        TEST_RR_OP             23, rem, 0x00000000, 0xffffffff, 0xffffffff
        TEST_RR_OP             24, rem, 0xffffffff, 0xffffffff, 0x00000002
        TEST_RR_OP             25, rem, 0xffffffff, 0xffffffff, 0xfffffffe
        TEST_RR_OP             26, rem, 0xffffffff, 0xffffffff, 0x00000007
        TEST_RR_OP             27, rem, 0xffffffff, 0xffffffff, 0xfffffff9
        TEST_RR_OP             28, rem, 0xffffffff, 0xffffffff, 0x80000000
        TEST_RR_OP             29, rem, 0xffffffff, 0xffffffff, 0x7fffffff
        TEST_RR_OP             30, rem, 0xffffffff, 0xffffffff, 0x12345678
        TEST_RR_OP             31, rem, 0x00000002, 0x00000002, 0x00000000
        TEST_RR_OP             32, rem, 0x00000000, 0x00000002, 0x00000001
        TEST_RR_OP             33, rem, 0x00000000, 0x00000002, 0xffffffff
        TEST_RR_OP             34, rem, 0x00000000, 0x00000002, 0x00000002
        TEST_RR_OP             35, rem, 0x00000000, 0x00000002, 0xfffffffe
        TEST_RR_OP             36, rem, 0x00000002, 0x00000002, 0x00000007
        TEST_RR_OP             37, rem, 0x00000002, 0x00000002, 0xfffffff9
        TEST_RR_OP             38, rem, 0x00000002, 0x00000002, 0x80000000
        TEST_RR_OP             39, rem, 0x00000002, 0x00000002, 0x7fffffff
        TEST_RR_OP             40, rem, 0x00000002, 0x00000002, 0x12345678
        TEST_RR_OP             41, rem, 0xfffffffe, 0xfffffffe, 0x00000000
        TEST_RR_OP             42, rem, 0x00000000, 0xfffffffe, 0x00000001
        TEST_RR_OP             43, rem, 0x00000000, 0xfffffffe, 0xffffffff
        TEST_RR_OP             44, rem, 0x00000000, 0xfffffffe, 0x00000002
        TEST_RR_OP             45, rem, 0x00000000, 0xfffffffe, 0xfffffffe
        TEST_RR_OP             46, rem, 0xfffffffe, 0xfffffffe, 0x00000007
        TEST_RR_OP             47, rem, 0xfffffffe, 0xfffffffe, 0xfffffff9
        TEST_RR_OP             48, rem, 0xfffffffe, 0xfffffffe, 0x80000000
        TEST_RR_OP             49, rem, 0xfffffffe, 0xfffffffe, 0x7fffffff
        TEST_RR_OP             50, rem, 0xfffffffe, 0xfffffffe, 0x12345678
        TEST_RR_OP             51, rem, 0x00000007, 0x00000007, 0x00000000
        TEST_RR_OP             52, rem, 0x00000000, 0x00000007, 0x00000001
        TEST_RR_OP             53, rem, 0x00000000, 0x00000007, 0xffffffff
        TEST_RR_OP             54, rem, 0x00000001, 0x00000007, 0x00000002
        TEST_RR_OP             55, rem, 0x00000001, 0x00000007, 0xfffffffe
        TEST_RR_OP             56, rem, 0x00000000, 0x00000007, 0x00000007
        TEST_RR_OP             57, rem, 0x00000000, 0x00000007, 0xfffffff9
        TEST_RR_OP             58, rem, 0x00000007, 0x00000007, 0x80000000
        TEST_RR_OP             59, rem, 0x00000007, 0x00000007, 0x7fffffff
        TEST_RR_OP             60, rem, 0x00000007, 0x00000007, 0x12345678
        TEST_RR_OP             61, rem, 0xfffffff9, 0xfffffff9, 0x00000000
        TEST_RR_OP             62, rem, 0x00000000, 0xfffffff9, 0x00000001
        TEST_RR_OP             63, rem, 0x00000000, 0xfffffff9, 0xffffffff
        TEST_RR_OP             64, rem, 0xffffffff, 0xfffffff9, 0x00000002
        TEST_RR_OP             65, rem, 0xffffffff, 0xfffffff9, 0xfffffffe
        TEST_RR_OP             66, rem, 0x00000000, 0xfffffff9, 0x00000007
        TEST_RR_OP             67, rem, 0x00000000, 0xfffffff9, 0xfffffff9
        TEST_RR_OP             68, rem, 0xfffffff9, 0xfffffff9, 0x80000000
        TEST_RR_OP             69, rem, 0xfffffff9, 0xfffffff9, 0x7fffffff
        TEST_RR_OP             70, rem, 0xfffffff9, 0xfffffff9, 0x12345678
        TEST_RR_OP             71, rem, 0x80000000, 0x80000000, 0x00000000
        TEST_RR_OP             72, rem, 0x00000000, 0x80000000, 0x00000001
        TEST_RR_OP             73, rem, 0x00000000, 0x80000000, 0xffffffff
        TEST_RR_OP             74, rem, 0x00000000, 0x80000000, 0x00000002
        TEST_RR_OP             75, rem, 0x00000000, 0x80000000, 0xfffffffe
        TEST_RR_OP             76, rem, 0xfffffffe, 0x80000000, 0x00000007
        TEST_RR_OP             77, rem, 0xfffffffe, 0x80000000, 0xfffffff9
        TEST_RR_OP             78, rem, 0x00000000, 0x80000000, 0x80000000
        TEST_RR_OP             79, rem, 0xffffffff, 0x80000000, 0x7fffffff
        TEST_RR_OP             80, rem, 0xff6e5d48, 0x80000000, 0x12345678
        TEST_RR_OP             81, rem, 0x7fffffff, 0x7fffffff, 0x00000000
        TEST_RR_OP             82, rem, 0x00000000, 0x7fffffff, 0x00000001
        TEST_RR_OP             83, rem, 0x00000000, 0x7fffffff, 0xffffffff
        TEST_RR_OP             84, rem, 0x00000001, 0x7fffffff, 0x00000002
        TEST_RR_OP             85, rem, 0x00000001, 0x7fffffff, 0xfffffffe
        TEST_RR_OP             86, rem, 0x00000001, 0x7fffffff, 0x00000007
        TEST_RR_OP             87, rem, 0x00000001, 0x7fffffff, 0xfffffff9
        TEST_RR_OP             88, rem, 0x7fffffff, 0x7fffffff, 0x80000000
        TEST_RR_OP             89, rem, 0x00000000, 0x7fffffff, 0x7fffffff
        TEST_RR_OP             90, rem, 0x0091a2b7, 0x7fffffff, 0x12345678
        TEST_RR_OP             91, rem, 0x12345678, 0x12345678, 0x00000000
        TEST_RR_OP             92, rem, 0x00000000, 0x12345678, 0x00000001
        TEST_RR_OP             93, rem, 0x00000000, 0x12345678, 0xffffffff
        TEST_RR_OP             94, rem, 0x00000000, 0x12345678, 0x00000002
        TEST_RR_OP             95, rem, 0x00000000, 0x12345678, 0xfffffffe
        TEST_RR_OP             96, rem, 0x00000005, 0x12345678, 0x00000007
        TEST_RR_OP             97, rem, 0x00000005, 0x12345678, 0xfffffff9
        TEST_RR_OP             98, rem, 0x12345678, 0x12345678, 0x80000000
        TEST_RR_OP             99, rem, 0x12345678, 0x12345678, 0x7fffffff
        TEST_RR_OP             100, rem, 0x00000000, 0x12345678, 0x12345678

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   101, rem, 0x0000e104, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC2_EQ_DEST   102, rem, 0x0000e104, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC12_EQ_DEST  103, rem, 0x00000000, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       104, rem, 0x00000000, 0xf00ff0f5
        TEST_RR_ZEROSRC2       105, rem, 0x0ff0f00f, 0x0ff0f00f
        TEST_RR_ZEROSRC12      106, rem, 0x00000000
        TEST_RR_ZERODEST       107, rem, 0x0ff0f00f, 0xf00ff0f5

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    108, 0, rem, 0x0000e104, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    109, 1, rem, 0x0000e104, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    110, 2, rem, 0x0000e104, 0x0ff0f00f, 0xf00ff0f5

        RVTEST_CODE_END
