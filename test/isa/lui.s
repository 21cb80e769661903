# Tessera ISA conformance: LUI
#
# lui rd, imm20: rd = imm20 << 12; the low 12 bits are zero and rd's old value plays no part.
# Cases: edge immediates, each of the 20 immediate bits alone, lui + addi pairs (the li and %hi/%lo
# idioms, with a negative low part), lui followed by arithmetic shifts (riscv-tests' cases), rd = x0.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Edge immediates; rd starts as -1, so stale low bits would show
        TEST_CASE 1
        li      x14, -1
        lui     x14, 0x00000
        TEST_EXPECT x14, 0x00000000

        TEST_CASE 2
        li      x14, -1
        lui     x14, 0x00001
        TEST_EXPECT x14, 0x00001000

        TEST_CASE 3
        li      x14, -1
        lui     x14, 0x7ffff
        TEST_EXPECT x14, 0x7ffff000

        TEST_CASE 4
        li      x14, -1
        lui     x14, 0x80000
        TEST_EXPECT x14, 0x80000000

        TEST_CASE 5
        li      x14, -1
        lui     x14, 0xfffff
        TEST_EXPECT x14, 0xfffff000

        TEST_CASE 6
        li      x14, -1
        lui     x14, 0x12345
        TEST_EXPECT x14, 0x12345000

        TEST_CASE 7
        li      x14, -1
        lui     x14, 0xabcde
        TEST_EXPECT x14, 0xabcde000

        # Each immediate bit alone
        TEST_CASE 8
        lui     x14, 0x00001
        TEST_EXPECT x14, 0x00001000

        TEST_CASE 9
        lui     x14, 0x00002
        TEST_EXPECT x14, 0x00002000

        TEST_CASE 10
        lui     x14, 0x00004
        TEST_EXPECT x14, 0x00004000

        TEST_CASE 11
        lui     x14, 0x00008
        TEST_EXPECT x14, 0x00008000

        TEST_CASE 12
        lui     x14, 0x00010
        TEST_EXPECT x14, 0x00010000

        TEST_CASE 13
        lui     x14, 0x00020
        TEST_EXPECT x14, 0x00020000

        TEST_CASE 14
        lui     x14, 0x00040
        TEST_EXPECT x14, 0x00040000

        TEST_CASE 15
        lui     x14, 0x00080
        TEST_EXPECT x14, 0x00080000

        TEST_CASE 16
        lui     x14, 0x00100
        TEST_EXPECT x14, 0x00100000

        TEST_CASE 17
        lui     x14, 0x00200
        TEST_EXPECT x14, 0x00200000

        TEST_CASE 18
        lui     x14, 0x00400
        TEST_EXPECT x14, 0x00400000

        TEST_CASE 19
        lui     x14, 0x00800
        TEST_EXPECT x14, 0x00800000

        TEST_CASE 20
        lui     x14, 0x01000
        TEST_EXPECT x14, 0x01000000

        TEST_CASE 21
        lui     x14, 0x02000
        TEST_EXPECT x14, 0x02000000

        TEST_CASE 22
        lui     x14, 0x04000
        TEST_EXPECT x14, 0x04000000

        TEST_CASE 23
        lui     x14, 0x08000
        TEST_EXPECT x14, 0x08000000

        TEST_CASE 24
        lui     x14, 0x10000
        TEST_EXPECT x14, 0x10000000

        TEST_CASE 25
        lui     x14, 0x20000
        TEST_EXPECT x14, 0x20000000

        TEST_CASE 26
        lui     x14, 0x40000
        TEST_EXPECT x14, 0x40000000

        TEST_CASE 27
        lui     x14, 0x80000
        TEST_EXPECT x14, 0x80000000

        # The value is sign-extended 32 bits: arithmetic shifts see the sign (riscv-tests)
        TEST_CASE 28
        lui     x14, 0xfffff
        srai    x14, x14, 1
        TEST_EXPECT x14, 0xfffff800

        TEST_CASE 29
        lui     x14, 0x7ffff
        srai    x14, x14, 20
        TEST_EXPECT x14, 0x000007ff

        TEST_CASE 30
        lui     x14, 0x80000
        srai    x14, x14, 20
        TEST_EXPECT x14, 0xfffff800

        TEST_CASE 31
        lui     x14, 0x80000
        srai    x14, x14, 31
        TEST_EXPECT x14, 0xffffffff

        # lui + addi: the li idiom, and %hi/%lo (which rounds %hi up when %lo is negative)
        TEST_CASE 32
        lui     x14, 0x12345
        addi    x14, x14, 0x678
        TEST_EXPECT x14, 0x12345678

        TEST_CASE 33
        lui     x14, 0x12346
        addi    x14, x14, -1
        TEST_EXPECT x14, 0x12345fff

        TEST_CASE 34
        lui     x14, %hi(0x89abcdef)
        addi    x14, x14, %lo(0x89abcdef)
        TEST_EXPECT x14, 0x89abcdef

        TEST_CASE 35
        lui     x14, %hi(0x7ffff800)
        addi    x14, x14, %lo(0x7ffff800)
        TEST_EXPECT x14, 0x7ffff800

        # Other destination registers; rd = x0 is discarded
        TEST_CASE 36
        lui     x31, 0x80001
        TEST_EXPECT x31, 0x80001000

        TEST_CASE 37
        lui     x1, 0xfedcb
        TEST_EXPECT x1, 0xfedcb000

        TEST_CASE 38
        lui     x0, 0x80000
        TEST_EXPECT x0, 0
        lui     x0, 0xfffff
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # Executed twice (a loop), the value used at once
        TEST_CASE 39
        li      x4, 0
1:      lui     x14, 0x5a5a5
        addi    x6, x14, 0
        addi    x4, x4, 1
        li      x5, 2
        bne     x4, x5, 1b
        TEST_EXPECT x6, 0x5a5a5000

        RVTEST_CODE_END
