# Tessera ISA conformance: REMU
#
# remu rd, rs1, rs2 (M): unsigned remainder; x%0 = x
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, remu, 0x00000000, 0x00000000, 0x00000000
        TEST_RR_OP             2, remu, 0x00000000, 0x00000000, 0x00000001
        TEST_RR_OP             3, remu, 0x00000000, 0x00000000, 0xffffffff
        TEST_RR_OP             4, remu, 0x00000000, 0x00000000, 0x00000002
        TEST_RR_OP             5, remu, 0x00000000, 0x00000000, 0xfffffffe
        TEST_RR_OP             6, remu, 0x00000000, 0x00000000, 0x00000007
        TEST_RR_OP             7, remu, 0x00000000, 0x00000000, 0xfffffff9
        TEST_RR_OP             8, remu, 0x00000000, 0x00000000, 0x80000000
        TEST_RR_OP             9, remu, 0x00000000, 0x00000000, 0x7fffffff
        TEST_RR_OP             10, remu, 0x00000000, 0x00000000, 0x12345678
        TEST_RR_OP             11, remu, 0x00000001, 0x00000001, 0x00000000
        TEST_RR_OP             12, remu, 0x00000000, 0x00000001, 0x00000001
        TEST_RR_OP             13, remu, 0x00000001, 0x00000001, 0xffffffff
        TEST_RR_OP             14, remu, 0x00000001, 0x00000001, 0x00000002
        TEST_RR_OP             15, remu, 0x00000001, 0x00000001, 0xfffffffe
        TEST_RR_OP             16, remu, 0x00000001, 0x00000001, 0x00000007
        TEST_RR_OP             17, remu, 0x00000001, 0x00000001, 0xfffffff9
        TEST_RR_OP             18, remu, 0x00000001, 0x00000001, 0x80000000
        TEST_RR_OP             19, remu, 0x00000001, 0x00000001, 0x7fffffff
        TEST_RR_OP             20, remu, 0x00000001, 0x00000001, 0x12345678
        TEST_RR_OP             21, remu, 0xffffffff, 0xffffffff, 0x00000000
        TEST_RR_OP             22, remu, 0x00000000, 0xffffffff, 0x00000001
        TEST_RR_OP             23, remu, 0x00000000, 0xffffffff, 0xffffffff
        TEST_RR_OP             24, remu, 0x00000001, 0xffffffff, 0x00000002
        TEST_RR_OP             25, remu, 0x00000001, 0xffffffff, 0xfffffffe
        TEST_RR_OP             26, remu, 0x00000003, 0xffffffff, 0x00000007
        TEST_RR_OP             27, remu, 0x00000006, 0xffffffff, 0xfffffff9
        TEST_RR_OP             28, remu, 0x7fffffff, 0xffffffff, 0x80000000
        TEST_RR_OP             29, remu, 0x00000001, 0xffffffff, 0x7fffffff
        TEST_RR_OP             30, remu, 0x0123456f, 0xffffffff, 0x12345678
        TEST_RR_OP             31, remu, 0x00000002, 0x00000002, 0x00000000
        TEST_RR_OP             32, remu, 0x00000000, 0x00000002, 0x00000001
        TEST_RR_OP             33, remu, 0x00000002, 0x00000002, 0xffffffff
        TEST_RR_OP             34, remu, 0x00000000, 0x00000002, 0x00000002
        TEST_RR_OP             35, remu, 0x00000002, 0x00000002, 0xfffffffe
        TEST_RR_OP             36, remu, 0x00000002, 0x00000002, 0x00000007
        TEST_RR_OP             37, remu, 0x00000002, 0x00000002, 0xfffffff9
        TEST_RR_OP             38, remu, 0x00000002, 0x00000002, 0x80000000
        TEST_RR_OP             39, remu, 0x00000002, 0x00000002, 0x7fffffff
        TEST_RR_OP             40, remu, 0x00000002, 0x00000002, 0x12345678
        TEST_RR_OP             41, remu, 0xfffffffe, 0xfffffffe, 0x00000000
        TEST_RR_OP             42, remu, 0x00000000, 0xfffffffe, 0x00000001
        TEST_RR_OP             43, remu, 0xfffffffe, 0xfffffffe, 0xffffffff
        TEST_RR_OP             44, remu, 0x00000000, 0xfffffffe, 0x00000002
        TEST_RR_OP             45, remu, 0x00000000, 0xfffffffe, 0xfffffffe
        TEST_RR_OP             46, remu, 0x00000002, 0xfffffffe, 0x00000007
        TEST_RR_OP             47, remu, 0x00000005, 0xfffffffe, 0xfffffff9
        TEST_RR_OP             48, remu, 0x7ffffffe, 0xfffffffe, 0x80000000
        TEST_RR_OP             49, remu, 0x00000000, 0xfffffffe, 0x7fffffff
        TEST_RR_OP             50, remu, 0x0123456e, 0xfffffffe, 0x12345678
        TEST_RR_OP             51, remu, 0x00000007, 0x00000007, 0x00000000
        TEST_RR_OP             52, remu, 0x00000000, 0x00000007, 0x00000001
        TEST_RR_OP             53, remu, 0x00000007, 0x00000007, 0xffffffff
        TEST_RR_OP             54, remu, 0x00000001, 0x00000007, 0x00000002
        TEST_RR_OP             55, remu, 0x00000007, 0x00000007, 0xfffffffe
        TEST_RR_OP             56, remu, 0x00000000, 0x00000007, 0x00000007
        TEST_RR_OP             57, remu, 0x00000007, 0x00000007, 0xfffffff9
        TEST_RR_OP             58, remu, 0x00000007, 0x00000007, 0x80000000
        TEST_RR_OP             59, remu, 0x00000007, 0x00000007, 0x7fffffff
        TEST_RR_OP             60, remu, 0x00000007, 0x00000007, 0x12345678
        TEST_RR_OP             61, remu, 0xfffffff9, 0xfffffff9, 0x00000000
        TEST_RR_OP             62, remu, 0x00000000, 0xfffffff9, 0x00000001
        TEST_RR_OP             63, remu, 0xfffffff9, 0xfffffff9, 0xffffffff
        TEST_RR_OP             64, remu, 0x00000001, 0xfffffff9, 0x00000002
        TEST_RR_OP             65, remu, 0xfffffff9, 0xfffffff9, 0xfffffffe
        TEST_RR_OP             66, remu, 0x00000004, 0xfffffff9, 0x00000007
        TEST_RR_OP             67, remu, 0x00000000, 0xfffffff9, 0xfffffff9
        TEST_RR_OP             68, remu, 0x7ffffff9, 0xfffffff9, 0x80000000
        TEST_RR_OP             69, remu, 0x7ffffffa, 0xfffffff9, 0x7fffffff
        TEST_RR_OP             70, remu, 0x01234569, 0xfffffff9, 0x12345678
        TEST_RR_OP             71, remu, 0x80000000, 0x80000000, 0x00000000
        TEST_RR_OP             72, remu, 0x00000000, 0x80000000, 0x00000001
        TEST_RR_OP             73, remu, 0x80000000, 0x80000000, 0xffffffff
        TEST_RR_OP             74, remu, 0x00000000, 0x80000000, 0x00000002
        TEST_RR_OP             75, remu, 0x80000000, 0x80000000, 0xfffffffe
        TEST_RR_OP             76, remu, 0x00000002, 0x80000000, 0x00000007
        TEST_RR_OP             77, remu, 0x80000000, 0x80000000, 0xfffffff9
        TEST_RR_OP             78, remu, 0x00000000, 0x80000000, 0x80000000
        TEST_RR_OP             79, remu, 0x00000001, 0x80000000, 0x7fffffff
        TEST_RR_OP             80, remu, 0x0091a2b8, 0x80000000, 0x12345678
        TEST_RR_OP             81, remu, 0x7fffffff, 0x7fffffff, 0x00000000
        TEST_RR_OP             82, remu, 0x00000000, 0x7fffffff, 0x00000001
        TEST_RR_OP             83, remu, 0x7fffffff, 0x7fffffff, 0xffffffff
        TEST_RR_OP             84, remu, 0x00000001, 0x7fffffff, 0x00000002
        TEST_RR_OP             85, remu, 0x7fffffff, 0x7fffffff, 0xfffffffe
        TEST_RR_OP             86, remu, 0x00000001, 0x7fffffff, 0x00000007
        TEST_RR_OP             87, remu, 0x7fffffff, 0x7fffffff, 0xfffffff9
        TEST_RR_OP             88, remu, 0x7fffffff, 0x7fffffff, 0x80000000
        TEST_RR_OP             89, remu, 0x00000000, 0x7fffffff, 0x7fffffff
        TEST_RR_OP             90, remu, 0x0091a2b7, 0x7fffffff, 0x12345678
        TEST_RR_OP             91, remu, 0x12345678, 0x12345678, 0x00000000
        TEST_RR_OP             92, remu, 0x00000000, 0x12345678, 0x00000001
        TEST_RR_OP             93, remu, 0x12345678, 0x12345678, 0xffffffff
        TEST_RR_OP             94, remu, 0x00000000, 0x12345678, 0x00000002
        TEST_RR_OP             95, remu, 0x12345678, 0x12345678, 0xfffffffe
        TEST_RR_OP             96, remu, 0x00000005, 0x12345678, 0x00000007
        TEST_RR_OP             97, remu, 0x12345678, 0x12345678, 0xfffffff9
        TEST_RR_OP             98, remu, 0x12345678, 0x12345678, 0x80000000
        TEST_RR_OP             99, remu, 0x12345678, 0x12345678, 0x7fffffff
        TEST_RR_OP             100, remu, 0x00000000, 0x12345678, 0x12345678

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   101, remu, 0x0ff0f00f, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC2_EQ_DEST   102, remu, 0x0ff0f00f, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_SRC12_EQ_DEST  103, remu, 0x00000000, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       104, remu, 0x00000000, 0xf00ff0f5
        TEST_RR_ZEROSRC2       105, remu, 0x0ff0f00f, 0x0ff0f00f
        TEST_RR_ZEROSRC12      106, remu, 0x00000000
        TEST_RR_ZERODEST       107, remu, 0x0ff0f00f, 0xf00ff0f5

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    108, 0, remu, 0x0ff0f00f, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    109, 1, remu, 0x0ff0f00f, 0x0ff0f00f, 0xf00ff0f5
        TEST_RR_DEST_BYPASS    110, 2, remu, 0x0ff0f00f, 0x0ff0f00f, 0xf00ff0f5

        RVTEST_CODE_END
