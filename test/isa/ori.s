# Tessera ISA conformance: ORI
#
# ori rd, rs1, imm: or with the sign-extended 12-bit immediate
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge value and edge immediate
        TEST_IMM_OP            1, ori, 0x00000000, 0x00000000, 0
        TEST_IMM_OP            2, ori, 0x00000001, 0x00000000, 1
        TEST_IMM_OP            3, ori, 0xffffffff, 0x00000000, -1
        TEST_IMM_OP            4, ori, 0x000007ff, 0x00000000, 2047
        TEST_IMM_OP            5, ori, 0xfffff800, 0x00000000, -2048
        TEST_IMM_OP            6, ori, 0x00000555, 0x00000000, 1365
        TEST_IMM_OP            7, ori, 0xfffffaaa, 0x00000000, -1366
        TEST_IMM_OP            8, ori, 0x00000001, 0x00000001, 0
        TEST_IMM_OP            9, ori, 0x00000001, 0x00000001, 1
        TEST_IMM_OP            10, ori, 0xffffffff, 0x00000001, -1
        TEST_IMM_OP            11, ori, 0x000007ff, 0x00000001, 2047
        TEST_IMM_OP            12, ori, 0xfffff801, 0x00000001, -2048
        TEST_IMM_OP            13, ori, 0x00000555, 0x00000001, 1365
        TEST_IMM_OP            14, ori, 0xfffffaab, 0x00000001, -1366
        TEST_IMM_OP            15, ori, 0xffffffff, 0xffffffff, 0
        TEST_IMM_OP            16, ori, 0xffffffff, 0xffffffff, 1
        TEST_IMM_OP            17, ori, 0xffffffff, 0xffffffff, -1
        TEST_IMM_OP            18, ori, 0xffffffff, 0xffffffff, 2047
        TEST_IMM_OP            19, ori, 0xffffffff, 0xffffffff, -2048
        TEST_IMM_OP            20, ori, 0xffffffff, 0xffffffff, 1365
        TEST_IMM_OP            21, ori, 0xffffffff, 0xffffffff, -1366
        TEST_IMM_OP            22, ori, 0x80000000, 0x80000000, 0
        TEST_IMM_OP            23, ori, 0x80000001, 0x80000000, 1
        TEST_IMM_OP            24, ori, 0xffffffff, 0x80000000, -1
        TEST_IMM_OP            25, ori, 0x800007ff, 0x80000000, 2047
        TEST_IMM_OP            26, ori, 0xfffff800, 0x80000000, -2048
        TEST_IMM_OP            27, ori, 0x80000555, 0x80000000, 1365
        TEST_IMM_OP            28, ori, 0xfffffaaa, 0x80000000, -1366
        TEST_IMM_OP            29, ori, 0x7fffffff, 0x7fffffff, 0
        TEST_IMM_OP            30, ori, 0x7fffffff, 0x7fffffff, 1
        TEST_IMM_OP            31, ori, 0xffffffff, 0x7fffffff, -1
        TEST_IMM_OP            32, ori, 0x7fffffff, 0x7fffffff, 2047
        TEST_IMM_OP            33, ori, 0xffffffff, 0x7fffffff, -2048
        TEST_IMM_OP            34, ori, 0x7fffffff, 0x7fffffff, 1365
        TEST_IMM_OP            35, ori, 0xffffffff, 0x7fffffff, -1366
        TEST_IMM_OP            36, ori, 0x12345678, 0x12345678, 0
        TEST_IMM_OP            37, ori, 0x12345679, 0x12345678, 1
        TEST_IMM_OP            38, ori, 0xffffffff, 0x12345678, -1
        TEST_IMM_OP            39, ori, 0x123457ff, 0x12345678, 2047
        TEST_IMM_OP            40, ori, 0xfffffe78, 0x12345678, -2048
        TEST_IMM_OP            41, ori, 0x1234577d, 0x12345678, 1365
        TEST_IMM_OP            42, ori, 0xfffffefa, 0x12345678, -1366

        # Source and destination registers shared
        TEST_IMM_SRC1_EQ_DEST  43, ori, 0x0ff0f70f, 0x0ff0f00f, 1807
        TEST_IMM_SRC1_EQ_DEST  44, ori, 0xfffff8ff, 0x0ff0f00f, -1807

        # x0 as the source reads 0; x0 as the destination stays 0
        TEST_IMM_ZEROSRC1      45, ori, 0x0000070f, 1807
        TEST_IMM_ZEROSRC1      46, ori, 0xfffff8f1, -1807
        TEST_IMM_ZERODEST      47, ori, 0x0ff0f00f, 1807

        # Result used at once and after nops, body executed twice
        TEST_IMM_DEST_BYPASS   48, 0, ori, 0x0ff0f70f, 0x0ff0f00f, 1807
        TEST_IMM_DEST_BYPASS   49, 1, ori, 0x0ff0f70f, 0x0ff0f00f, 1807
        TEST_IMM_DEST_BYPASS   50, 2, ori, 0x0ff0f70f, 0x0ff0f00f, 1807

        RVTEST_CODE_END
