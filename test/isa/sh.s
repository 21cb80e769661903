# Tessera ISA conformance: SH
#
# sh rs2, offset(rs1): store the low halfword of rs2 (aligned addresses)
#
# Each value is stored and read back; the source register keeps its upper bits, which
# must not reach memory. TEST_ST_NEIGHBOURS checks the bytes around every position stay as
# they were.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Store and read back (sign- and zero-extending loads), at successive offsets from tdat
        TEST_ST_OP             1, lh, sh, 0xffffaaaa, 0x1234aaaa, 0, tdat
        TEST_ST_OP             2, lhu, sh, 0x0000aaaa, 0x1234aaaa, 2, tdat
        TEST_ST_OP             3, lh, sh, 0x00000000, 0x00000000, 4, tdat
        TEST_ST_OP             4, lhu, sh, 0x00000000, 0x00000000, 6, tdat
        TEST_ST_OP             5, lh, sh, 0xffff8000, 0xffff8000, 8, tdat
        TEST_ST_OP             6, lhu, sh, 0x00008000, 0xffff8000, 10, tdat
        TEST_ST_OP             7, lh, sh, 0x00007fff, 0x00007fff, 12, tdat
        TEST_ST_OP             8, lhu, sh, 0x00007fff, 0x00007fff, 14, tdat
        TEST_ST_OP             9, lh, sh, 0xffffffff, 0xffffffff, 16, tdat
        TEST_ST_OP             10, lhu, sh, 0x0000ffff, 0xffffffff, 18, tdat
        TEST_ST_OP             11, lh, sh, 0x00000f01, 0xabcd0f01, 20, tdat
        TEST_ST_OP             12, lhu, sh, 0x00000f01, 0xabcd0f01, 22, tdat

        # Negative offsets, and the largest offsets (+2047, -2048)
        TEST_ST_OP             13, lh, sh, 0x00000000, 0x00000000, -2, tdat+32
        TEST_ST_OP             14, lh, sh, 0xffff8000, 0xffff8000, -4, tdat+32
        TEST_ST_OP             15, lh, sh, 0x00007fff, 0x00007fff, -6, tdat+32
        TEST_ST_OP             16, lh, sh, 0xffffffff, 0xffffffff, -8, tdat+32
        TEST_ST_OP             17, lh, sh, 0xffffaaaa, 0x1234aaaa, 2047, tdat+40-2047
        TEST_ST_OP             18, lh, sh, 0x00000f01, 0xabcd0f01, -2048, tdat+48+2048

        # Neighbouring bytes are left alone (memory before: 00 11 22 33 44 55 66 77)
        TEST_ST_NEIGHBOURS     19, sh, 0xdeadbeef, 0, 0x3322beef, 0x77665544
        TEST_ST_NEIGHBOURS     20, sh, 0x80ff807f, 0, 0x3322807f, 0x77665544
        TEST_ST_NEIGHBOURS     21, sh, 0xdeadbeef, 2, 0xbeef1100, 0x77665544
        TEST_ST_NEIGHBOURS     22, sh, 0x80ff807f, 2, 0x807f1100, 0x77665544
        TEST_ST_NEIGHBOURS     23, sh, 0xdeadbeef, 4, 0x33221100, 0x7766beef
        TEST_ST_NEIGHBOURS     24, sh, 0x80ff807f, 4, 0x33221100, 0x7766807f
        TEST_ST_NEIGHBOURS     25, sh, 0xdeadbeef, 6, 0x33221100, 0xbeef5544
        TEST_ST_NEIGHBOURS     26, sh, 0x80ff807f, 6, 0x33221100, 0x807f5544

        # x0 as the source stores zeros; the base register as the source stores (part of) the address
        TEST_CASE 27
        la      x1, tscratch
        li      x2, -1
        sw      x2, 0(x1)
        sh      x0, 0(x1)
        lw      x14, 0(x1)
        TEST_EXPECT x14, 0xffff0000

        TEST_CASE 28
        la      x1, tscratch
        sw      x0, 0(x1)
        sh      x1, 0(x1)
        lw      x14, 0(x1)
        li      x7, 0x0000ffff
        and     x7, x1, x7
        bne     x14, x7, fail

        # A store followed at once by a load of the same place, twice through (store-to-load)
        TEST_CASE 29
        li      x4, 0
1:      la      x1, tscratch
        li      x2, 0x5a5a5a5a
        sw      x2, 0(x1)
        addi    x2, x4, 0x71            # 0x71, then 0x72
        sh      x2, 0(x1)
        lhu     x14, 0(x1)
        addi    x4, x4, 1
        li      x5, 2
        bne     x4, x5, 1b
        TEST_EXPECT x14, 0x72

        RVTEST_CODE_END

        RVTEST_DATA_BEGIN
tdat:   .skip 64, 0xef                 # bytes not stored to yet read 0xef

        .balign 8
tscratch: .skip 8
