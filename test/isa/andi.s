# Tessera ISA conformance: ANDI
#
# andi rd, rs1, imm: and with the sign-extended 12-bit immediate
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge value and edge immediate
        TEST_IMM_OP            1, andi, 0x00000000, 0x00000000, 0
        TEST_IMM_OP            2, andi, 0x00000000, 0x00000000, 1
        TEST_IMM_OP            3, andi, 0x00000000, 0x00000000, -1
        TEST_IMM_OP            4, andi, 0x00000000, 0x00000000, 2047
        TEST_IMM_OP            5, andi, 0x00000000, 0x00000000, -2048
        TEST_IMM_OP            6, andi, 0x00000000, 0x00000000, 1365
        TEST_IMM_OP            7, andi, 0x00000000, 0x00000000, -1366
        TEST_IMM_OP            8, andi, 0x00000000, 0x00000001, 0
        TEST_IMM_OP            9, andi, 0x00000001, 0x00000001, 1
        TEST_IMM_OP            10, andi, 0x00000001, 0x00000001, -1
        TEST_IMM_OP            11, andi, 0x00000001, 0x00000001, 2047
        TEST_IMM_OP            12, andi, 0x00000000, 0x00000001, -2048
        TEST_IMM_OP            13, andi, 0x00000001, 0x00000001, 1365
        TEST_IMM_OP            14, andi, 0x00000000, 0x00000001, -1366
        TEST_IMM_OP            15, andi, 0x00000000, 0xffffffff, 0
        TEST_IMM_OP            16, andi, 0x00000001, 0xffffffff, 1
        TEST_IMM_OP            17, andi, 0xffffffff, 0xffffffff, -1
        TEST_IMM_OP            18, andi, 0x000007ff, 0xffffffff, 2047
        TEST_IMM_OP            19, andi, 0xfffff800, 0xffffffff, -2048
        TEST_IMM_OP            20, andi, 0x00000555, 0xffffffff, 1365
        TEST_IMM_OP            21, andi, 0xfffffaaa, 0xffffffff, -1366
        TEST_IMM_OP            22, andi, 0x00000000, 0x80000000, 0
        TEST_IMM_OP            23, andi, 0x00000000, 0x80000000, 1
        TEST_IMM_OP            24, andi, 0x80000000, 0x80000000, -1
        TEST_IMM_OP            25, andi, 0x00000000, 0x80000000, 2047
        TEST_IMM_OP            26, andi, 0x80000000, 0x80000000, -2048
        TEST_IMM_OP            27, andi, 0x00000000, 0x80000000, 1365
        TEST_IMM_OP            28, andi, 0x80000000, 0x80000000, -1366
        TEST_IMM_OP            29, andi, 0x00000000, 0x7fffffff, 0
        TEST_IMM_OP            30, andi, 0x00000001, 0x7fffffff, 1
        TEST_IMM_OP            31, andi, 0x7fffffff, 0x7fffffff, -1
        TEST_IMM_OP            32, andi, 0x000007ff, 0x7fffffff, 2047
        TEST_IMM_OP            33, andi, 0x7ffff800, 0x7fffffff, -2048
        TEST_IMM_OP            34, andi, 0x00000555, 0x7fffffff, 1365
        TEST_IMM_OP            35, andi, 0x7ffffaaa, 0x7fffffff, -1366
        TEST_IMM_OP            36, andi, 0x00000000, 0x12345678, 0
        TEST_IMM_OP            37, andi, 0x00000000, 0x12345678, 1
        TEST_IMM_OP            38, andi, 0x12345678, 0x12345678, -1
        TEST_IMM_OP            39, andi, 0x00000678, 0x12345678, 2047
        TEST_IMM_OP            40, andi, 0x12345000, 0x12345678, -2048
        TEST_IMM_OP            41, andi, 0x00000450, 0x12345678, 1365
        TEST_IMM_OP            42, andi, 0x12345228, 0x12345678, -1366

        # Source and destination registers shared
        TEST_IMM_SRC1_EQ_DEST  43, andi, 0x0000000f, 0x0ff0f00f, 1807
        TEST_IMM_SRC1_EQ_DEST  44, andi, 0x0ff0f001, 0x0ff0f00f, -1807

        # x0 as the source reads 0; x0 as the destination stays 0
        TEST_IMM_ZEROSRC1      45, andi, 0x00000000, 1807
        TEST_IMM_ZEROSRC1      46, andi, 0x00000000, -1807
        TEST_IMM_ZERODEST      47, andi, 0x0ff0f00f, 1807

        # Result used at once and after nops, body executed twice
        TEST_IMM_DEST_BYPASS   48, 0, andi, 0x0000000f, 0x0ff0f00f, 1807
        TEST_IMM_DEST_BYPASS   49, 1, andi, 0x0000000f, 0x0ff0f00f, 1807
        TEST_IMM_DEST_BYPASS   50, 2, andi, 0x0000000f, 0x0ff0f00f, 1807

        RVTEST_CODE_END
