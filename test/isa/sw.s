# Tessera ISA conformance: SW
#
# sw rs2, offset(rs1): store a word (aligned addresses)
#
# Each value is stored and read back; the source register keeps its upper bits, which
# must not reach memory. TEST_ST_NEIGHBOURS checks the bytes around every position stay as
# they were.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Store and read back (sign- and zero-extending loads), at successive offsets from tdat
        TEST_ST_OP             1, lw, sw, 0xaabbccdd, 0xaabbccdd, 0, tdat
        TEST_ST_OP             2, lw, sw, 0x00000000, 0x00000000, 4, tdat
        TEST_ST_OP             3, lw, sw, 0x80000000, 0x80000000, 8, tdat
        TEST_ST_OP             4, lw, sw, 0x7fffffff, 0x7fffffff, 12, tdat
        TEST_ST_OP             5, lw, sw, 0xffffffff, 0xffffffff, 16, tdat
        TEST_ST_OP             6, lw, sw, 0x01234567, 0x01234567, 20, tdat

        # Negative offsets, and the largest offsets (+2047, -2048)
        TEST_ST_OP             7, lw, sw, 0x00000000, 0x00000000, -4, tdat+32
        TEST_ST_OP             8, lw, sw, 0x80000000, 0x80000000, -8, tdat+32
        TEST_ST_OP             9, lw, sw, 0x7fffffff, 0x7fffffff, -12, tdat+32
        TEST_ST_OP             10, lw, sw, 0xffffffff, 0xffffffff, -16, tdat+32
        TEST_ST_OP             11, lw, sw, 0xaabbccdd, 0xaabbccdd, 2047, tdat+40-2047
        TEST_ST_OP             12, lw, sw, 0x01234567, 0x01234567, -2048, tdat+48+2048

        # Neighbouring bytes are left alone (memory before: 00 11 22 33 44 55 66 77)
        TEST_ST_NEIGHBOURS     13, sw, 0xdeadbeef, 0, 0xdeadbeef, 0x77665544
        TEST_ST_NEIGHBOURS     14, sw, 0x80ff807f, 0, 0x80ff807f, 0x77665544
        TEST_ST_NEIGHBOURS     15, sw, 0xdeadbeef, 4, 0x33221100, 0xdeadbeef
        TEST_ST_NEIGHBOURS     16, sw, 0x80ff807f, 4, 0x33221100, 0x80ff807f

        # x0 as the source stores zeros; the base register as the source stores (part of) the address
        TEST_CASE 17
        la      x1, tscratch
        li      x2, -1
        sw      x2, 0(x1)
        sw      x0, 0(x1)
        lw      x14, 0(x1)
        TEST_EXPECT x14, 0x00000000

        TEST_CASE 18
        la      x1, tscratch
        sw      x0, 0(x1)
        sw      x1, 0(x1)
        lw      x14, 0(x1)
        bne     x14, x1, fail

        # A store followed at once by a load of the same place, twice through (store-to-load)
        TEST_CASE 19
        li      x4, 0
1:      la      x1, tscratch
        li      x2, 0x5a5a5a5a
        sw      x2, 0(x1)
        addi    x2, x4, 0x71            # 0x71, then 0x72
        sw      x2, 0(x1)
        lw      x14, 0(x1)
        addi    x4, x4, 1
        li      x5, 2
        bne     x4, x5, 1b
        TEST_EXPECT x14, 0x72

        # A word stored, read back byte by byte (little-endian)
        TEST_CASE 20
        la      x1, tscratch
        li      x2, 0x12345678
        sw      x2, 0(x1)
        lbu     x14, 0(x1)
        TEST_EXPECT x14, 0x78

        TEST_CASE 21
        la      x1, tscratch
        li      x2, 0x12345678
        sw      x2, 0(x1)
        lbu     x14, 1(x1)
        TEST_EXPECT x14, 0x56

        TEST_CASE 22
        la      x1, tscratch
        li      x2, 0x12345678
        sw      x2, 0(x1)
        lbu     x14, 2(x1)
        TEST_EXPECT x14, 0x34

        TEST_CASE 23
        la      x1, tscratch
        li      x2, 0x12345678
        sw      x2, 0(x1)
        lbu     x14, 3(x1)
        TEST_EXPECT x14, 0x12

        RVTEST_CODE_END

        RVTEST_DATA_BEGIN
tdat:   .skip 64, 0xef                 # bytes not stored to yet read 0xef

        .balign 8
tscratch: .skip 8
