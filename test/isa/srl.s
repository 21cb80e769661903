# Tessera ISA conformance: SRL
#
# srl rd, rs1, rs2: shift right logical by rs2[4:0], zero fill (amounts masked to 5 bits)
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge values
        TEST_RR_OP             1, srl, 0x00000001, 0x00000001, 0
        TEST_RR_OP             2, srl, 0x00000000, 0x00000001, 1
        TEST_RR_OP             3, srl, 0x00000000, 0x00000001, 7
        TEST_RR_OP             4, srl, 0x00000000, 0x00000001, 14
        TEST_RR_OP             5, srl, 0x00000000, 0x00000001, 20
        TEST_RR_OP             6, srl, 0x00000000, 0x00000001, 31
        TEST_RR_OP             7, srl, 0x00000001, 0x00000001, 32
        TEST_RR_OP             8, srl, 0x00000000, 0x00000001, 33
        TEST_RR_OP             9, srl, 0x00000000, 0x00000001, 63
        TEST_RR_OP             10, srl, 0x00000000, 0x00000001, 0xffffffff
        TEST_RR_OP             11, srl, 0x00000001, 0x00000001, 0xffffffe0
        TEST_RR_OP             12, srl, 0x00000000, 0x00000001, 0x7fffffe7
        TEST_RR_OP             13, srl, 0xffffffff, 0xffffffff, 0
        TEST_RR_OP             14, srl, 0x7fffffff, 0xffffffff, 1
        TEST_RR_OP             15, srl, 0x01ffffff, 0xffffffff, 7
        TEST_RR_OP             16, srl, 0x0003ffff, 0xffffffff, 14
        TEST_RR_OP             17, srl, 0x00000fff, 0xffffffff, 20
        TEST_RR_OP             18, srl, 0x00000001, 0xffffffff, 31
        TEST_RR_OP             19, srl, 0xffffffff, 0xffffffff, 32
        TEST_RR_OP             20, srl, 0x7fffffff, 0xffffffff, 33
        TEST_RR_OP             21, srl, 0x00000001, 0xffffffff, 63
        TEST_RR_OP             22, srl, 0x00000001, 0xffffffff, 0xffffffff
        TEST_RR_OP             23, srl, 0xffffffff, 0xffffffff, 0xffffffe0
        TEST_RR_OP             24, srl, 0x01ffffff, 0xffffffff, 0x7fffffe7
        TEST_RR_OP             25, srl, 0x80000000, 0x80000000, 0
        TEST_RR_OP             26, srl, 0x40000000, 0x80000000, 1
        TEST_RR_OP             27, srl, 0x01000000, 0x80000000, 7
        TEST_RR_OP             28, srl, 0x00020000, 0x80000000, 14
        TEST_RR_OP             29, srl, 0x00000800, 0x80000000, 20
        TEST_RR_OP             30, srl, 0x00000001, 0x80000000, 31
        TEST_RR_OP             31, srl, 0x80000000, 0x80000000, 32
        TEST_RR_OP             32, srl, 0x40000000, 0x80000000, 33
        TEST_RR_OP             33, srl, 0x00000001, 0x80000000, 63
        TEST_RR_OP             34, srl, 0x00000001, 0x80000000, 0xffffffff
        TEST_RR_OP             35, srl, 0x80000000, 0x80000000, 0xffffffe0
        TEST_RR_OP             36, srl, 0x01000000, 0x80000000, 0x7fffffe7
        TEST_RR_OP             37, srl, 0x7fffffff, 0x7fffffff, 0
        TEST_RR_OP             38, srl, 0x3fffffff, 0x7fffffff, 1
        TEST_RR_OP             39, srl, 0x00ffffff, 0x7fffffff, 7
        TEST_RR_OP             40, srl, 0x0001ffff, 0x7fffffff, 14
        TEST_RR_OP             41, srl, 0x000007ff, 0x7fffffff, 20
        TEST_RR_OP             42, srl, 0x00000000, 0x7fffffff, 31
        TEST_RR_OP             43, srl, 0x7fffffff, 0x7fffffff, 32
        TEST_RR_OP             44, srl, 0x3fffffff, 0x7fffffff, 33
        TEST_RR_OP             45, srl, 0x00000000, 0x7fffffff, 63
        TEST_RR_OP             46, srl, 0x00000000, 0x7fffffff, 0xffffffff
        TEST_RR_OP             47, srl, 0x7fffffff, 0x7fffffff, 0xffffffe0
        TEST_RR_OP             48, srl, 0x00ffffff, 0x7fffffff, 0x7fffffe7
        TEST_RR_OP             49, srl, 0x21212121, 0x21212121, 0
        TEST_RR_OP             50, srl, 0x10909090, 0x21212121, 1
        TEST_RR_OP             51, srl, 0x00424242, 0x21212121, 7
        TEST_RR_OP             52, srl, 0x00008484, 0x21212121, 14
        TEST_RR_OP             53, srl, 0x00000212, 0x21212121, 20
        TEST_RR_OP             54, srl, 0x00000000, 0x21212121, 31
        TEST_RR_OP             55, srl, 0x21212121, 0x21212121, 32
        TEST_RR_OP             56, srl, 0x10909090, 0x21212121, 33
        TEST_RR_OP             57, srl, 0x00000000, 0x21212121, 63
        TEST_RR_OP             58, srl, 0x00000000, 0x21212121, 0xffffffff
        TEST_RR_OP             59, srl, 0x21212121, 0x21212121, 0xffffffe0
        TEST_RR_OP             60, srl, 0x00424242, 0x21212121, 0x7fffffe7
        TEST_RR_OP             61, srl, 0x12345678, 0x12345678, 0
        TEST_RR_OP             62, srl, 0x091a2b3c, 0x12345678, 1
        TEST_RR_OP             63, srl, 0x002468ac, 0x12345678, 7
        TEST_RR_OP             64, srl, 0x000048d1, 0x12345678, 14
        TEST_RR_OP             65, srl, 0x00000123, 0x12345678, 20
        TEST_RR_OP             66, srl, 0x00000000, 0x12345678, 31
        TEST_RR_OP             67, srl, 0x12345678, 0x12345678, 32
        TEST_RR_OP             68, srl, 0x091a2b3c, 0x12345678, 33
        TEST_RR_OP             69, srl, 0x00000000, 0x12345678, 63
        TEST_RR_OP             70, srl, 0x00000000, 0x12345678, 0xffffffff
        TEST_RR_OP             71, srl, 0x12345678, 0x12345678, 0xffffffe0
        TEST_RR_OP             72, srl, 0x002468ac, 0x12345678, 0x7fffffe7

        # Source and destination registers shared
        TEST_RR_SRC1_EQ_DEST   73, srl, 0x01fe1e01, 0x0ff0f00f, 0x00000003
        TEST_RR_SRC2_EQ_DEST   74, srl, 0x01fe1e01, 0x0ff0f00f, 0x00000003
        TEST_RR_SRC12_EQ_DEST  75, srl, 0x00001fe1, 0x0ff0f00f

        # x0 as a source reads 0; x0 as the destination stays 0
        TEST_RR_ZEROSRC1       76, srl, 0x00000000, 0x00000003
        TEST_RR_ZEROSRC2       77, srl, 0x0ff0f00f, 0x0ff0f00f
        TEST_RR_ZEROSRC12      78, srl, 0x00000000
        TEST_RR_ZERODEST       79, srl, 0x0ff0f00f, 0x00000003

        # Result used at once and after nops, body executed twice
        TEST_RR_DEST_BYPASS    80, 0, srl, 0x01fe1e01, 0x0ff0f00f, 0x00000003
        TEST_RR_DEST_BYPASS    81, 1, srl, 0x01fe1e01, 0x0ff0f00f, 0x00000003
        TEST_RR_DEST_BYPASS    82, 2, srl, 0x01fe1e01, 0x0ff0f00f, 0x00000003

        RVTEST_CODE_END
