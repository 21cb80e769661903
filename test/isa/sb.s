# Tessera ISA conformance: SB
#
# sb rs2, offset(rs1): store the low byte of rs2
#
# Each value is stored and read back; the source register keeps its upper bits, which
# must not reach memory. TEST_ST_NEIGHBOURS checks the bytes around every position stay as
# they were.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Store and read back (sign- and zero-extending loads), at successive offsets from tdat
        TEST_ST_OP             1, lb, sb, 0xffffffaa, 0x123456aa, 0, tdat
        TEST_ST_OP             2, lbu, sb, 0x000000aa, 0x123456aa, 1, tdat
        TEST_ST_OP             3, lb, sb, 0x00000000, 0x00000000, 2, tdat
        TEST_ST_OP             4, lbu, sb, 0x00000000, 0x00000000, 3, tdat
        TEST_ST_OP             5, lb, sb, 0xffffff80, 0xffffff80, 4, tdat
        TEST_ST_OP             6, lbu, sb, 0x00000080, 0xffffff80, 5, tdat
        TEST_ST_OP             7, lb, sb, 0x0000007f, 0x0000007f, 6, tdat
        TEST_ST_OP             8, lbu, sb, 0x0000007f, 0x0000007f, 7, tdat
        TEST_ST_OP             9, lb, sb, 0xffffffff, 0xffffffff, 8, tdat
        TEST_ST_OP             10, lbu, sb, 0x000000ff, 0xffffffff, 9, tdat
        TEST_ST_OP             11, lb, sb, 0x00000001, 0xabcdef01, 10, tdat
        TEST_ST_OP             12, lbu, sb, 0x00000001, 0xabcdef01, 11, tdat

        # Negative offsets, and the largest offsets (+2047, -2048)
        TEST_ST_OP             13, lb, sb, 0x00000000, 0x00000000, -1, tdat+32
        TEST_ST_OP             14, lb, sb, 0xffffff80, 0xffffff80, -2, tdat+32
        TEST_ST_OP             15, lb, sb, 0x0000007f, 0x0000007f, -3, tdat+32
        TEST_ST_OP             16, lb, sb, 0xffffffff, 0xffffffff, -4, tdat+32
        TEST_ST_OP             17, lb, sb, 0xffffffaa, 0x123456aa, 2047, tdat+40-2047
        TEST_ST_OP             18, lb, sb, 0x00000001, 0xabcdef01, -2048, tdat+48+2048

        # Neighbouring bytes are left alone (memory before: 00 11 22 33 44 55 66 77)
        TEST_ST_NEIGHBOURS     19, sb, 0xdeadbeef, 0, 0x332211ef, 0x77665544
        TEST_ST_NEIGHBOURS     20, sb, 0x80ff807f, 0, 0x3322117f, 0x77665544
        TEST_ST_NEIGHBOURS     21, sb, 0xdeadbeef, 1, 0x3322ef00, 0x77665544
        TEST_ST_NEIGHBOURS     22, sb, 0x80ff807f, 1, 0x33227f00, 0x77665544
        TEST_ST_NEIGHBOURS     23, sb, 0xdeadbeef, 2, 0x33ef1100, 0x77665544
        TEST_ST_NEIGHBOURS     24, sb, 0x80ff807f, 2, 0x337f1100, 0x77665544
        TEST_ST_NEIGHBOURS     25, sb, 0xdeadbeef, 3, 0xef221100, 0x77665544
        TEST_ST_NEIGHBOURS     26, sb, 0x80ff807f, 3, 0x7f221100, 0x77665544
        TEST_ST_NEIGHBOURS     27, sb, 0xdeadbeef, 4, 0x33221100, 0x776655ef
        TEST_ST_NEIGHBOURS     28, sb, 0x80ff807f, 4, 0x33221100, 0x7766557f
        TEST_ST_NEIGHBOURS     29, sb, 0xdeadbeef, 5, 0x33221100, 0x7766ef44
        TEST_ST_NEIGHBOURS     30, sb, 0x80ff807f, 5, 0x33221100, 0x77667f44
        TEST_ST_NEIGHBOURS     31, sb, 0xdeadbeef, 6, 0x33221100, 0x77ef5544
        TEST_ST_NEIGHBOURS     32, sb, 0x80ff807f, 6, 0x33221100, 0x777f5544
        TEST_ST_NEIGHBOURS     33, sb, 0xdeadbeef, 7, 0x33221100, 0xef665544
        TEST_ST_NEIGHBOURS     34, sb, 0x80ff807f, 7, 0x33221100, 0x7f665544

        # x0 as the source stores zeros; the base register as the source stores (part of) the address
        TEST_CASE 35
        la      x1, tscratch
        li      x2, -1
        sw      x2, 0(x1)
        sb      x0, 0(x1)
        lw      x14, 0(x1)
        TEST_EXPECT x14, 0xffffff00

        TEST_CASE 36
        la      x1, tscratch
        sw      x0, 0(x1)
        sb      x1, 0(x1)
        lw      x14, 0(x1)
        li      x7, 0x000000ff
        and     x7, x1, x7
        bne     x14, x7, fail

        # A store followed at once by a load of the same place, twice through (store-to-load)
        TEST_CASE 37
        li      x4, 0
1:      la      x1, tscratch
        li      x2, 0x5a5a5a5a
        sw      x2, 0(x1)
        addi    x2, x4, 0x71            # 0x71, then 0x72
        sb      x2, 0(x1)
        lbu     x14, 0(x1)
        addi    x4, x4, 1
        li      x5, 2
        bne     x4, x5, 1b
        TEST_EXPECT x14, 0x72

        RVTEST_CODE_END

        RVTEST_DATA_BEGIN
tdat:   .skip 64, 0xef                 # bytes not stored to yet read 0xef

        .balign 8
tscratch: .skip 8
