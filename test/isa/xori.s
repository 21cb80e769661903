# Tessera ISA conformance: XORI
#
# xori rd, rs1, imm: exclusive or with the sign-extended 12-bit immediate (imm -1 is not)
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge value and edge immediate
        TEST_IMM_OP            1, xori, 0x00000000, 0x00000000, 0
        TEST_IMM_OP            2, xori, 0x00000001, 0x00000000, 1
        TEST_IMM_OP            3, xori, 0xffffffff, 0x00000000, -1
        TEST_IMM_OP            4, xori, 0x000007ff, 0x00000000, 2047
        TEST_IMM_OP            5, xori, 0xfffff800, 0x00000000, -2048
        TEST_IMM_OP            6, xori, 0x00000555, 0x00000000, 1365
        TEST_IMM_OP            7, xori, 0xfffffaaa, 0x00000000, -1366
        TEST_IMM_OP            8, xori, 0x00000001, 0x00000001, 0
        TEST_IMM_OP            9, xori, 0x00000000, 0x00000001, 1
        TEST_IMM_OP            10, xori, 0xfffffffe, 0x00000001, -1
        TEST_IMM_OP            11, xori, 0x000007fe, 0x00000001, 2047
        TEST_IMM_OP            12, xori, 0xfffff801, 0x00000001, -2048
        TEST_IMM_OP            13, xori, 0x00000554, 0x00000001, 1365
        TEST_IMM_OP            14, xori, 0xfffffaab, 0x00000001, -1366
        TEST_IMM_OP            15, xori, 0xffffffff, 0xffffffff, 0
        TEST_IMM_OP            16, xori, 0xfffffffe, 0xffffffff, 1
        TEST_IMM_OP            17, xori, 0x00000000, 0xffffffff, -1
        TEST_IMM_OP            18, xori, 0xfffff800, 0xffffffff, 2047
        TEST_IMM_OP            19, xori, 0x000007ff, 0xffffffff, -2048
        TEST_IMM_OP            20, xori, 0xfffffaaa, 0xffffffff, 1365
        TEST_IMM_OP            21, xori, 0x00000555, 0xffffffff, -1366
        TEST_IMM_OP            22, xori, 0x80000000, 0x80000000, 0
        TEST_IMM_OP            23, xori, 0x80000001, 0x80000000, 1
        TEST_IMM_OP            24, xori, 0x7fffffff, 0x80000000, -1
        TEST_IMM_OP            25, xori, 0x800007ff, 0x80000000, 2047
        TEST_IMM_OP            26, xori, 0x7ffff800, 0x80000000, -2048
        TEST_IMM_OP            27, xori, 0x80000555, 0x80000000, 1365
        TEST_IMM_OP            28, xori, 0x7ffffaaa, 0x80000000, -1366
        TEST_IMM_OP            29, xori, 0x7fffffff, 0x7fffffff, 0
        TEST_IMM_OP            30, xori, 0x7ffffffe, 0x7fffffff, 1
        TEST_IMM_OP            31, xori, 0x80000000, 0x7fffffff, -1
        TEST_IMM_OP            32, xori, 0x7ffff800, 0x7fffffff, 2047
        TEST_IMM_OP            33, xori, 0x800007ff, 0x7fffffff, -2048
        TEST_IMM_OP            34, xori, 0x7ffffaaa, 0x7fffffff, 1365
        TEST_IMM_OP            35, xori, 0x80000555, 0x7fffffff, -1366
        TEST_IMM_OP            36, xori, 0x12345678, 0x12345678, 0
        TEST_IMM_OP            37, xori, 0x12345679, 0x12345678, 1
        TEST_IMM_OP            38, xori, 0xedcba987, 0x12345678, -1
        TEST_IMM_OP            39, xori, 0x12345187, 0x12345678, 2047
        TEST_IMM_OP            40, xori, 0xedcbae78, 0x12345678, -2048
        TEST_IMM_OP            41, xori, 0x1234532d, 0x12345678, 1365
        TEST_IMM_OP            42, xori, 0xedcbacd2, 0x12345678, -1366

        # Source and destination registers shared
        TEST_IMM_SRC1_EQ_DEST  43, xori, 0x0ff0f700, 0x0ff0f00f, 1807
        TEST_IMM_SRC1_EQ_DEST  44, xori, 0xf00f08fe, 0x0ff0f00f, -1807

        # x0 as the source reads 0; x0 as the destination stays 0
        TEST_IMM_ZEROSRC1      45, xori, 0x0000070f, 1807
        TEST_IMM_ZEROSRC1      46, xori, 0xfffff8f1, -1807
        TEST_IMM_ZERODEST      47, xori, 0x0ff0f00f, 1807

        # Result used at once and after nops, body executed twice
        TEST_IMM_DEST_BYPASS   48, 0, xori, 0x0ff0f700, 0x0ff0f00f, 1807
        TEST_IMM_DEST_BYPASS   49, 1, xori, 0x0ff0f700, 0x0ff0f00f, 1807
        TEST_IMM_DEST_BYPASS   50, 2, xori, 0x0ff0f700, 0x0ff0f00f, 1807

        RVTEST_CODE_END
