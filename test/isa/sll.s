# Tessera ISA conformance: SLL
#
# sll rd, rs1, rs2: shift left logical by rs2[4:0] (amounts >= 32 in the register are masked to 5 bits)
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, sll, 0x00000001, 0x00000001, 0
        TEST_RR_OP             2, sll, 0x00000002, 0x00000001, 1
        TEST_RR_OP             3, sll, 0x00000080, 0x00000001, 7
        TEST_RR_OP             4, sll, 0x00004000, 0x00000001, 14
        TEST_RR_OP             5, sll, 0x00100000, 0x00000001, 20
        TEST_RR_OP             6, sll, 0x80000000, 0x00000001, 31
        TEST_RR_OP             7, sll, 0x00000001, 0x00000001, 32
        TEST_RR_OP             8, sll, 0x00000002, 0x00000001, 33
        TEST_RR_OP             9, sll, 0x80000000, 0x00000001, 63
        TEST_RR_OP             10, sll, 0x80000000, 0x00000001, 0xffffffff
        TEST_RR_OP             11, sll, 0x00000001, 0x00000001, 0xffffffe0
        TEST_RR_OP             12, sll, 0x00000080, 0x00000001, 0x7fffffe7
        TEST_RR_OP             13, sll, 0xffffffff, 0xffffffff, 0
        TEST_RR_OP             14, sll, 0xfffffffe, 0xffffffff, 1
        TEST_RR_OP             15, sll, 0xffffff80, 0xffffffff, 7
        TEST_RR_OP             16, sll, 0xffffc000, 0xffffffff, 14
        TEST_RR_OP             17, sll, 0xfff00000, 0xffffffff, 20
        TEST_RR_OP             18, sll, 0x80000000, 0xffffffff, 31
        TEST_RR_OP             19, sll, 0xffffffff, 0xffffffff, 32
        TEST_RR_OP             20, sll, 0xfffffffe, 0xffffffff, 33
        TEST_RR_OP             21, sll, 0x80000000, 0xffffffff, 63
        TEST_RR_OP             22, sll, 0x80000000, 0xffffffff, 0xffffffff
        TEST_RR_OP             23, sll, 0xffffffff, 0xffffffff, 0xffffffe0
        TEST_RR_OP             24, sll, 0xffffff80, 0xffffffff, 0x7fffffe7
        TEST_RR_OP             25, sll, 0x80000000, 0x80000000, 0
        TEST_RR_OP             26, sll, 0x00000000, 0x80000000, 1
        TEST_RR_OP             27, sll, 0x00000000, 0x80000000, 7
        TEST_RR_OP             28, sll, 0x00000000, 0x80000000, 14
        TEST_RR_OP             29, sll, 0x00000000, 0x80000000, 20
        TEST_RR_OP             30, sll, 0x00000000, 0x80000000, 31
        TEST_RR_OP             31, sll, 0x80000000, 0x80000000, 32
        TEST_RR_OP             32, sll, 0x00000000, 0x80000000, 33
        TEST_RR_OP             33, sll, 0x00000000, 0x80000000, 63
        TEST_RR_OP             34, sll, 0x00000000, 0x80000000, 0xffffffff
        TEST_RR_OP             35, sll, 0x80000000, 0x80000000, 0xffffffe0
        TEST_RR_OP             36, sll, 0x00000000, 0x80000000, 0x7fffffe7
        TEST_RR_OP             37, sll, 0x7fffffff, 0x7fffffff, 0
        TEST_RR_OP             38, sll, 0xfffffffe, 0x7fffffff, 1
        TEST_RR_OP             39, sll, 0xffffff80, 0x7fffffff, 7
        TEST_RR_OP             40, sll, 0xffffc000, 0x7fffffff, 14
        TEST_RR_OP             41, sll, 0xfff00000, 0x7fffffff, 20
        TEST_RR_OP             42, sll, 0x80000000, 0x7fffffff, 31
        TEST_RR_OP             43, sll, 0x7fffffff, 0x7fffffff, 32
        TEST_RR_OP             44, sll, 0xfffffffe, 0x7fffffff, 33
        TEST_RR_OP             45, sll, 0x80000000, 0x7fffffff, 63
        TEST_RR_OP             46, sll, 0x80000000, 0x7fffffff, 0xffffffff
        TEST_RR_OP             47, sll, 0x7fffffff, 0x7fffffff, 0xffffffe0
        TEST_RR_OP             48, sll, 0xffffff80, 0x7fffffff, 0x7fffffe7
        TEST_RR_OP             49, sll, 0x21212121, 0x21212121, 0
        TEST_RR_OP             50, sll, 0x42424242, 0x21212121, 1
        TEST_RR_OP             51, sll, 0x90909080, 0x21212121, 7
        TEST_RR_OP             52, sll, 0x48484000, 0x21212121, 14
        TEST_RR_OP             53, sll, 0x12100000, 0x21212121, 20
        TEST_RR_OP             54, sll, 0x80000000, 0x21212121, 31
        TEST_RR_OP             55, sll, 0x21212121, 0x21212121, 32
        TEST_RR_OP             56, sll, 0x42424242, 0x21212121, 33
        TEST_RR_OP             57, sll, 0x80000000, 0x21212121, 63
        TEST_RR_OP             58, sll, 0x80000000, 0x21212121, 0xffffffff
        TEST_RR_OP             59, sll, 0x21212121, 0x21212121, 0xffffffe0
        TEST_RR_OP             60, sll, 0x90909080, 0x21212121, 0x7fffffe7
        TEST_RR_OP             61, sll, 0x12345678, 0x12345678, 0
        TEST_RR_OP             62, sll, 0x2468acf0, 0x12345678, 1
        TEST_RR_OP             63, sll, 0x1a2b3c00, 0x12345678, 7
        TEST_RR_OP             64, sll, 0x159e0000, 0x12345678, 14
        TEST_RR_OP             65, sll, 0x67800000, 0x12345678, 20
        TEST_RR_OP             66, sll, 0x00000000, 0x12345678, 31
        TEST_RR_OP             67, sll, 0x12345678, 0x12345678, 32
        TEST_RR_OP             68, sll, 0x2468acf0, 0x12345678, 33
        TEST_RR_OP             69, sll, 0x00000000, 0x12345678, 63
        TEST_RR_OP             70, sll, 0x00000000, 0x12345678, 0xffffffff
        TEST_RR_OP             71, sll, 0x12345678, 0x12345678, 0xffffffe0
        TEST_RR_OP             72, sll, 0x1a2b3c00, 0x12345678, 0x7fffffe7

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   73, sll, 0x7f878078, 0x0ff0f00f, 0x00000003
        TEST_RR_SRC2_EQ_DEST   74, sll, 0x7f878078, 0x0ff0f00f, 0x00000003
        TEST_RR_SRC12_EQ_DEST  75, sll, 0x78078000, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       76, sll, 0x00000000, 0x00000003
        TEST_RR_ZEROSRC2       77, sll, 0x0ff0f00f, 0x0ff0f00f
        TEST_RR_ZEROSRC12      78, sll, 0x00000000
        TEST_RR_ZERODEST       79, sll, 0x0ff0f00f, 0x00000003

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    80, 0, sll, 0x7f878078, 0x0ff0f00f, 0x00000003
        TEST_RR_DEST_BYPASS    81, 1, sll, 0x7f878078, 0x0ff0f00f, 0x00000003
        TEST_RR_DEST_BYPASS    82, 2, sll, 0x7f878078, 0x0ff0f00f, 0x00000003

        RVTEST_CODE_END
