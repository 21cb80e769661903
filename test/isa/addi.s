# Tessera ISA conformance: ADDI
#
# addi rd, rs1, imm: add the sign-extended 12-bit immediate
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge value and edge immediate
        TEST_IMM_OP            1, addi, 0x00000000, 0x00000000, 0
        TEST_IMM_OP            2, addi, 0x00000001, 0x00000000, 1
        TEST_IMM_OP            3, addi, 0xffffffff, 0x00000000, -1
        TEST_IMM_OP            4, addi, 0x000007ff, 0x00000000, 2047
        TEST_IMM_OP            5, addi, 0xfffff800, 0x00000000, -2048
        TEST_IMM_OP            6, addi, 0x00000555, 0x00000000, 1365
        TEST_IMM_OP            7, addi, 0xfffffaaa, 0x00000000, -1366
        TEST_IMM_OP            8, addi, 0x00000001, 0x00000001, 0
        TEST_IMM_OP            9, addi, 0x00000002, 0x00000001, 1
        TEST_IMM_OP            10, addi, 0x00000000, 0x00000001, -1
        TEST_IMM_OP            11, addi, 0x00000800, 0x00000001, 2047
        TEST_IMM_OP            12, addi, 0xfffff801, 0x00000001, -2048
        TEST_IMM_OP            13, addi, 0x00000556, 0x00000001, 1365
        TEST_IMM_OP            14, addi, 0xfffffaab, 0x00000001, -1366
        TEST_IMM_OP            15, addi, 0xffffffff, 0xffffffff, 0
        TEST_IMM_OP            16, addi, 0x00000000, 0xffffffff, 1
        TEST_IMM_OP            17, addi, 0xfffffffe, 0xffffffff, -1
        TEST_IMM_OP            18, addi, 0x000007fe, 0xffffffff, 2047
        TEST_IMM_OP            19, addi, 0xfffff7ff, 0xffffffff, -2048
        TEST_IMM_OP            20, addi, 0x00000554, 0xffffffff, 1365
        TEST_IMM_OP            21, addi, 0xfffffaa9, 0xffffffff, -1366
        TEST_IMM_OP            22, addi, 0x80000000, 0x80000000, 0
        TEST_IMM_OP            23, addi, 0x80000001, 0x80000000, 1
        TEST_IMM_OP            24, addi, 0x7fffffff, 0x80000000, -1
        TEST_IMM_OP            25, addi, 0x800007ff, 0x80000000, 2047
        TEST_IMM_OP            26, addi, 0x7ffff800, 0x80000000, -2048
        TEST_IMM_OP            27, addi, 0x80000555, 0x80000000, 1365
        TEST_IMM_OP            28, addi, 0x7ffffaaa, 0x80000000, -1366
        TEST_IMM_OP            29, addi, 0x7fffffff, 0x7fffffff, 0
        TEST_IMM_OP            30, addi, 0x80000000, 0x7fffffff, 1
        TEST_IMM_OP            31, addi, 0x7ffffffe, 0x7fffffff, -1
        TEST_IMM_OP            32, addi, 0x800007fe, 0x7fffffff, 2047
        TEST_IMM_OP            33, addi, 0x7ffff7ff, 0x7fffffff, -2048
        TEST_IMM_OP            34, addi, 0x80000554, 0x7fffffff, 1365
        TEST_IMM_OP            35, addi, 0x7ffffaa9, 0x7fffffff, -1366
        TEST_IMM_OP            36, addi, 0x12345678, 0x12345678, 0
        TEST_IMM_OP            37, addi, 0x12345679, 0x12345678, 1
        TEST_IMM_OP            38, addi, 0x12345677, 0x12345678, -1
        TEST_IMM_OP            39, addi, 0x12345e77, 0x12345678, 2047
        TEST_IMM_OP            40, addi, 0x12344e78, 0x12345678, -2048
        TEST_IMM_OP            41, addi, 0x12345bcd, 0x12345678, 1365
        TEST_IMM_OP            42, addi, 0x12345122, 0x12345678, -1366

        # Source and destination registers shared
        TEST_IMM_SRC1_EQ_DEST  43, addi, 0x0ff0f71e, 0x0ff0f00f, 1807
        TEST_IMM_SRC1_EQ_DEST  44, addi, 0x0ff0e900, 0x0ff0f00f, -1807

        # x0 as the source reads 0; x0 as the destination stays 0
        TEST_IMM_ZEROSRC1      45, addi, 0x0000070f, 1807
        TEST_IMM_ZEROSRC1      46, addi, 0xfffff8f1, -1807
        TEST_IMM_ZERODEST      47, addi, 0x0ff0f00f, 1807

        # Result used at once and after nops, body executed twice
        TEST_IMM_DEST_BYPASS   48, 0, addi, 0x0ff0f71e, 0x0ff0f00f, 1807
        TEST_IMM_DEST_BYPASS   49, 1, addi, 0x0ff0f71e, 0x0ff0f00f, 1807
        TEST_IMM_DEST_BYPASS   50, 2, addi, 0x0ff0f71e, 0x0ff0f00f, 1807

        RVTEST_CODE_END
