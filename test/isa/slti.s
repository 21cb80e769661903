# Tessera ISA conformance: SLTI
#
# slti rd, rs1, imm: 1 if rs1 < sext(imm) as signed numbers
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge value and edge immediate
        TEST_IMM_OP            1, slti, 0x00000000, 0x00000000, 0
        TEST_IMM_OP            2, slti, 0x00000001, 0x00000000, 1
        TEST_IMM_OP            3, slti, 0x00000000, 0x00000000, -1
        TEST_IMM_OP            4, slti, 0x00000001, 0x00000000, 2047
        TEST_IMM_OP            5, slti, 0x00000000, 0x00000000, -2048
        TEST_IMM_OP            6, slti, 0x00000000, 0x00000001, 0
        TEST_IMM_OP            7, slti, 0x00000000, 0x00000001, 1
        TEST_IMM_OP            8, slti, 0x00000000, 0x00000001, -1
        TEST_IMM_OP            9, slti, 0x00000001, 0x00000001, 2047
        TEST_IMM_OP            10, slti, 0x00000000, 0x00000001, -2048
        TEST_IMM_OP            11, slti, 0x00000001, 0xffffffff, 0
        TEST_IMM_OP            12, slti, 0x00000001, 0xffffffff, 1
        TEST_IMM_OP            13, slti, 0x00000000, 0xffffffff, -1
        TEST_IMM_OP            14, slti, 0x00000001, 0xffffffff, 2047
        TEST_IMM_OP            15, slti, 0x00000000, 0xffffffff, -2048
        TEST_IMM_OP            16, slti, 0x00000001, 0x80000000, 0
        TEST_IMM_OP            17, slti, 0x00000001, 0x80000000, 1
        TEST_IMM_OP            18, slti, 0x00000001, 0x80000000, -1
        TEST_IMM_OP            19, slti, 0x00000001, 0x80000000, 2047
        TEST_IMM_OP            20, slti, 0x00000001, 0x80000000, -2048
        TEST_IMM_OP            21, slti, 0x00000000, 0x7fffffff, 0
        TEST_IMM_OP            22, slti, 0x00000000, 0x7fffffff, 1
        TEST_IMM_OP            23, slti, 0x00000000, 0x7fffffff, -1
        TEST_IMM_OP            24, slti, 0x00000000, 0x7fffffff, 2047
        TEST_IMM_OP            25, slti, 0x00000000, 0x7fffffff, -2048
        TEST_IMM_OP            26, slti, 0x00000000, 0x000007ff, 0
        TEST_IMM_OP            27, slti, 0x00000000, 0x000007ff, 1
        TEST_IMM_OP            28, slti, 0x00000000, 0x000007ff, -1
        TEST_IMM_OP            29, slti, 0x00000000, 0x000007ff, 2047
        TEST_IMM_OP            30, slti, 0x00000000, 0x000007ff, -2048
        TEST_IMM_OP            31, slti, 0x00000000, 0x00000800, 0
        TEST_IMM_OP            32, slti, 0x00000000, 0x00000800, 1
        TEST_IMM_OP            33, slti, 0x00000000, 0x00000800, -1
        TEST_IMM_OP            34, slti, 0x00000000, 0x00000800, 2047
        TEST_IMM_OP            35, slti, 0x00000000, 0x00000800, -2048
        TEST_IMM_OP            36, slti, 0x00000001, 0xfffff800, 0
        TEST_IMM_OP            37, slti, 0x00000001, 0xfffff800, 1
        TEST_IMM_OP            38, slti, 0x00000001, 0xfffff800, -1
        TEST_IMM_OP            39, slti, 0x00000001, 0xfffff800, 2047
        TEST_IMM_OP            40, slti, 0x00000000, 0xfffff800, -2048

        # Source and destination registers shared
        TEST_IMM_SRC1_EQ_DEST  41, slti, 0x00000000, 0x0ff0f00f, 1807
        TEST_IMM_SRC1_EQ_DEST  42, slti, 0x00000000, 0x0ff0f00f, -1807

        # x0 as the source reads 0; x0 as the destination stays 0
        TEST_IMM_ZEROSRC1      43, slti, 0x00000001, 1807
        TEST_IMM_ZEROSRC1      44, slti, 0x00000000, -1807
        TEST_IMM_ZERODEST      45, slti, 0x0ff0f00f, 1807

        # Result used at once and after nops, body executed twice
        TEST_IMM_DEST_BYPASS   46, 0, slti, 0x00000000, 0x0ff0f00f, 1807
        TEST_IMM_DEST_BYPASS   47, 1, slti, 0x00000000, 0x0ff0f00f, 1807
        TEST_IMM_DEST_BYPASS   48, 2, slti, 0x00000000, 0x0ff0f00f, 1807

        RVTEST_CODE_END
