# Tessera ISA conformance: SRAI
#
# srai rd, rs1, shamt: shift right arithmetic by 0..31
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge value and edge immediate
        TEST_IMM_OP            1, srai, 0x00000001, 0x00000001, 0
        TEST_IMM_OP            2, srai, 0x00000000, 0x00000001, 1
        TEST_IMM_OP            3, srai, 0x00000000, 0x00000001, 7
        TEST_IMM_OP            4, srai, 0x00000000, 0x00000001, 14
        TEST_IMM_OP            5, srai, 0x00000000, 0x00000001, 20
        TEST_IMM_OP            6, srai, 0x00000000, 0x00000001, 31
        TEST_IMM_OP            7, srai, 0xffffffff, 0xffffffff, 0
        TEST_IMM_OP            8, srai, 0xffffffff, 0xffffffff, 1
        TEST_IMM_OP            9, srai, 0xffffffff, 0xffffffff, 7
        TEST_IMM_OP            10, srai, 0xffffffff, 0xffffffff, 14
        TEST_IMM_OP            11, srai, 0xffffffff, 0xffffffff, 20
        TEST_IMM_OP            12, srai, 0xffffffff, 0xffffffff, 31
        TEST_IMM_OP            13, srai, 0x80000000, 0x80000000, 0
        TEST_IMM_OP            14, srai, 0xc0000000, 0x80000000, 1
        TEST_IMM_OP            15, srai, 0xff000000, 0x80000000, 7
        TEST_IMM_OP            16, srai, 0xfffe0000, 0x80000000, 14
        TEST_IMM_OP            17, srai, 0xfffff800, 0x80000000, 20
        TEST_IMM_OP            18, srai, 0xffffffff, 0x80000000, 31
        TEST_IMM_OP            19, srai, 0x7fffffff, 0x7fffffff, 0
        TEST_IMM_OP            20, srai, 0x3fffffff, 0x7fffffff, 1
        TEST_IMM_OP            21, srai, 0x00ffffff, 0x7fffffff, 7
        TEST_IMM_OP            22, srai, 0x0001ffff, 0x7fffffff, 14
        TEST_IMM_OP            23, srai, 0x000007ff, 0x7fffffff, 20
        TEST_IMM_OP            24, srai, 0x00000000, 0x7fffffff, 31
        TEST_IMM_OP            25, srai, 0x21212121, 0x21212121, 0
        TEST_IMM_OP            26, srai, 0x10909090, 0x21212121, 1
        TEST_IMM_OP            27, srai, 0x00424242, 0x21212121, 7
        TEST_IMM_OP            28, srai, 0x00008484, 0x21212121, 14
        TEST_IMM_OP            29, srai, 0x00000212, 0x21212121, 20
        TEST_IMM_OP            30, srai, 0x00000000, 0x21212121, 31
        TEST_IMM_OP            31, srai, 0x12345678, 0x12345678, 0
        TEST_IMM_OP            32, srai, 0x091a2b3c, 0x12345678, 1
        TEST_IMM_OP            33, srai, 0x002468ac, 0x12345678, 7
        TEST_IMM_OP            34, srai, 0x000048d1, 0x12345678, 14
        TEST_IMM_OP            35, srai, 0x00000123, 0x12345678, 20
        TEST_IMM_OP            36, srai, 0x00000000, 0x12345678, 31

        # Source and destination registers shared
        TEST_IMM_SRC1_EQ_DEST  37, srai, 0x001fe1e0, 0x0ff0f00f, 7
        TEST_IMM_SRC1_EQ_DEST  38, srai, 0x00000000, 0x0ff0f00f, 31

        # x0 as the source reads 0; x0 as the destination stays 0
        TEST_IMM_ZEROSRC1      39, srai, 0x00000000, 7
        TEST_IMM_ZEROSRC1      40, srai, 0x00000000, 31
        TEST_IMM_ZERODEST      41, srai, 0x0ff0f00f, 7

        # Result used at once and after nops, body executed twice
        TEST_IMM_DEST_BYPASS   42, 0, srai, 0x001fe1e0, 0x0ff0f00f, 7
        TEST_IMM_DEST_BYPASS   43, 1, srai, 0x001fe1e0, 0x0ff0f00f, 7
        TEST_IMM_DEST_BYPASS   44, 2, srai, 0x001fe1e0, 0x0ff0f00f, 7

        RVTEST_CODE_END
