# Tessera ISA conformance: SLTIU
#
# sltiu rd, rs1, imm: 1 if rs1 < sext(imm) as unsigned numbers (imm -1 compares with 0xffffffff)
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Every pair of edge value and edge immediate
        TEST_IMM_OP            1, sltiu, 0x00000000, 0x00000000, 0
        TEST_IMM_OP            2, sltiu, 0x00000001, 0x00000000, 1
        TEST_IMM_OP            3, sltiu, 0x00000001, 0x00000000, -1
        TEST_IMM_OP            4, sltiu, 0x00000001, 0x00000000, 2047
        TEST_IMM_OP            5, sltiu, 0x00000001, 0x00000000, -2048
        TEST_IMM_OP            6, sltiu, 0x00000000, 0x00000001, 0
        TEST_IMM_OP            7, sltiu, 0x00000000, 0x00000001, 1
        TEST_IMM_OP            8, sltiu, 0x00000001, 0x00000001, -1
        TEST_IMM_OP            9, sltiu, 0x00000001, 0x00000001, 2047
        TEST_IMM_OP            10, sltiu, 0x00000001, 0x00000001, -2048
        TEST_IMM_OP            11, sltiu, 0x00000000, 0xffffffff, 0
        TEST_IMM_OP            12, sltiu, 0x00000000, 0xffffffff, 1
        TEST_IMM_OP            13, sltiu, 0x00000000, 0xffffffff, -1
        TEST_IMM_OP            14, sltiu, 0x00000000, 0xffffffff, 2047
        TEST_IMM_OP            15, sltiu, 0x00000000, 0xffffffff, -2048
        TEST_IMM_OP            16, sltiu, 0x00000000, 0x80000000, 0
        TEST_IMM_OP            17, sltiu, 0x00000000, 0x80000000, 1
        TEST_IMM_OP            18, sltiu, 0x00000001, 0x80000000, -1
        TEST_IMM_OP            19, sltiu, 0x00000000, 0x80000000, 2047
        TEST_IMM_OP            20, sltiu, 0x00000001, 0x80000000, -2048
        TEST_IMM_OP            21, sltiu, 0x00000000, 0x7fffffff, 0
        TEST_IMM_OP            22, sltiu, 0x00000000, 0x7fffffff, 1
        TEST_IMM_OP            23, sltiu, 0x00000001, 0x7fffffff, -1
        TEST_IMM_OP            24, sltiu, 0x00000000, 0x7fffffff, 2047
        TEST_IMM_OP            25, sltiu, 0x00000001, 0x7fffffff, -2048
        TEST_IMM_OP            26, sltiu, 0x00000000, 0x000007ff, 0
        TEST_IMM_OP            27, sltiu, 0x00000000, 0x000007ff, 1
        TEST_IMM_OP            28, sltiu, 0x00000001, 0x000007ff, -1
        TEST_IMM_OP            29, sltiu, 0x00000000, 0x000007ff, 2047
        TEST_IMM_OP            30, sltiu, 0x00000001, 0x000007ff, -2048
        TEST_IMM_OP            31, sltiu, 0x00000000, 0x00000800, 0
        TEST_IMM_OP            32, sltiu, 0x00000000, 0x00000800, 1
        TEST_IMM_OP            33, sltiu, 0x00000001, 0x00000800, -1
        TEST_IMM_OP            34, sltiu, 0x00000000, 0x00000800, 2047
        TEST_IMM_OP            35, sltiu, 0x00000001, 0x00000800, -2048
        TEST_IMM_OP            36, sltiu, 0x00000000, 0xfffff800, 0
        TEST_IMM_OP            37, sltiu, 0x00000000, 0xfffff800, 1
        TEST_IMM_OP            38, sltiu, 0x00000001, 0xfffff800, -1
        TEST_IMM_OP            39, sltiu, 0x00000000, 0xfffff800, 2047
        TEST_IMM_OP            40, sltiu, 0x00000000, 0xfffff800, -2048

        # Source and destination registers shared
        TEST_IMM_SRC1_EQ_DEST  41, sltiu, 0x00000000, 0x0ff0f00f, 1807
        TEST_IMM_SRC1_EQ_DEST  42, sltiu, 0x00000001, 0x0ff0f00f, -1807

        # x0 as the source reads 0; x0 as the destination stays 0
        TEST_IMM_ZEROSRC1      43, sltiu, 0x00000001, 1807
        TEST_IMM_ZEROSRC1      44, sltiu, 0x00000001, -1807
        TEST_IMM_ZERODEST      45, sltiu, 0x0ff0f00f, 1807

        # Result used at once and after nops, body executed twice
        TEST_IMM_DEST_BYPASS   46, 0, sltiu, 0x00000000, 0x0ff0f00f, 1807
        TEST_IMM_DEST_BYPASS   47, 1, sltiu, 0x00000000, 0x0ff0f00f, 1807
        TEST_IMM_DEST_BYPASS   48, 2, sltiu, 0x00000000, 0x0ff0f00f, 1807

        RVTEST_CODE_END
