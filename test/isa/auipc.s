# Tessera ISA conformance: AUIPC
#
# auipc rd, imm20: rd = pc + (imm20 << 12), where pc is the address of the auipc itself.
# The expected value is built without auipc (lui/addi of the label's absolute address, as in a
# static non-PIC executable), then the shifted immediate is added with li/add; the sum wraps at 32
# bits. Also: the %pcrel_hi/%pcrel_lo pair (la), the link of jal against auipc, riscv-tests' case
# (lla of a label + 10000 minus a jal link), rd = x0, a second execution of the same auipc.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

        RVTEST_CODE_BEGIN

        # Edge immediates and each immediate bit alone
        TEST_CASE 1
        li      x14, -1
.Lpc1:  auipc   x14, 0x00000
        lui     x7, %hi(.Lpc1)
        addi    x7, x7, %lo(.Lpc1)
        li      x8, 0x00000000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 2
        li      x14, -1
.Lpc2:  auipc   x14, 0x00001
        lui     x7, %hi(.Lpc2)
        addi    x7, x7, %lo(.Lpc2)
        li      x8, 0x00001000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 3
        li      x14, -1
.Lpc3:  auipc   x14, 0x7ffff
        lui     x7, %hi(.Lpc3)
        addi    x7, x7, %lo(.Lpc3)
        li      x8, 0x7ffff000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 4
        li      x14, -1
.Lpc4:  auipc   x14, 0x80000
        lui     x7, %hi(.Lpc4)
        addi    x7, x7, %lo(.Lpc4)
        li      x8, 0x80000000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 5
        li      x14, -1
.Lpc5:  auipc   x14, 0xfffff
        lui     x7, %hi(.Lpc5)
        addi    x7, x7, %lo(.Lpc5)
        li      x8, 0xfffff000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 6
        li      x14, -1
.Lpc6:  auipc   x14, 0x12345
        lui     x7, %hi(.Lpc6)
        addi    x7, x7, %lo(.Lpc6)
        li      x8, 0x12345000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 7
        li      x14, -1
.Lpc7:  auipc   x14, 0x00002
        lui     x7, %hi(.Lpc7)
        addi    x7, x7, %lo(.Lpc7)
        li      x8, 0x00002000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 8
        li      x14, -1
.Lpc8:  auipc   x14, 0x00004
        lui     x7, %hi(.Lpc8)
        addi    x7, x7, %lo(.Lpc8)
        li      x8, 0x00004000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 9
        li      x14, -1
.Lpc9:  auipc   x14, 0x00008
        lui     x7, %hi(.Lpc9)
        addi    x7, x7, %lo(.Lpc9)
        li      x8, 0x00008000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 10
        li      x14, -1
.Lpc10:  auipc   x14, 0x00010
        lui     x7, %hi(.Lpc10)
        addi    x7, x7, %lo(.Lpc10)
        li      x8, 0x00010000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 11
        li      x14, -1
.Lpc11:  auipc   x14, 0x00020
        lui     x7, %hi(.Lpc11)
        addi    x7, x7, %lo(.Lpc11)
        li      x8, 0x00020000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 12
        li      x14, -1
.Lpc12:  auipc   x14, 0x00040
        lui     x7, %hi(.Lpc12)
        addi    x7, x7, %lo(.Lpc12)
        li      x8, 0x00040000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 13
        li      x14, -1
.Lpc13:  auipc   x14, 0x00080
        lui     x7, %hi(.Lpc13)
        addi    x7, x7, %lo(.Lpc13)
        li      x8, 0x00080000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 14
        li      x14, -1
.Lpc14:  auipc   x14, 0x00100
        lui     x7, %hi(.Lpc14)
        addi    x7, x7, %lo(.Lpc14)
        li      x8, 0x00100000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 15
        li      x14, -1
.Lpc15:  auipc   x14, 0x00200
        lui     x7, %hi(.Lpc15)
        addi    x7, x7, %lo(.Lpc15)
        li      x8, 0x00200000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 16
        li      x14, -1
.Lpc16:  auipc   x14, 0x00400
        lui     x7, %hi(.Lpc16)
        addi    x7, x7, %lo(.Lpc16)
        li      x8, 0x00400000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 17
        li      x14, -1
.Lpc17:  auipc   x14, 0x00800
        lui     x7, %hi(.Lpc17)
        addi    x7, x7, %lo(.Lpc17)
        li      x8, 0x00800000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 18
        li      x14, -1
.Lpc18:  auipc   x14, 0x01000
        lui     x7, %hi(.Lpc18)
        addi    x7, x7, %lo(.Lpc18)
        li      x8, 0x01000000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 19
        li      x14, -1
.Lpc19:  auipc   x14, 0x02000
        lui     x7, %hi(.Lpc19)
        addi    x7, x7, %lo(.Lpc19)
        li      x8, 0x02000000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 20
        li      x14, -1
.Lpc20:  auipc   x14, 0x04000
        lui     x7, %hi(.Lpc20)
        addi    x7, x7, %lo(.Lpc20)
        li      x8, 0x04000000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 21
        li      x14, -1
.Lpc21:  auipc   x14, 0x08000
        lui     x7, %hi(.Lpc21)
        addi    x7, x7, %lo(.Lpc21)
        li      x8, 0x08000000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 22
        li      x14, -1
.Lpc22:  auipc   x14, 0x10000
        lui     x7, %hi(.Lpc22)
        addi    x7, x7, %lo(.Lpc22)
        li      x8, 0x10000000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 23
        li      x14, -1
.Lpc23:  auipc   x14, 0x20000
        lui     x7, %hi(.Lpc23)
        addi    x7, x7, %lo(.Lpc23)
        li      x8, 0x20000000
        add     x7, x7, x8
        bne     x14, x7, fail

        TEST_CASE 24
        li      x14, -1
.Lpc24:  auipc   x14, 0x40000
        lui     x7, %hi(.Lpc24)
        addi    x7, x7, %lo(.Lpc24)
        li      x8, 0x40000000
        add     x7, x7, x8
        bne     x14, x7, fail

        # la through %pcrel_hi/%pcrel_lo reaches the data label: backward and forward in .text
        TEST_CASE 25
.Lpc25:  auipc   x14, %pcrel_hi(tdata)
        addi    x14, x14, %pcrel_lo(.Lpc25)
        lui     x7, %hi(tdata)
        addi    x7, x7, %lo(tdata)
        bne     x14, x7, fail

        TEST_CASE 26
.Lpc26:  auipc   x14, %pcrel_hi(_start)
        addi    x14, x14, %pcrel_lo(.Lpc26)
        lui     x7, %hi(_start)
        addi    x7, x7, %lo(_start)
        bne     x14, x7, fail

        TEST_CASE 27
.Lpc27:  auipc   x14, %pcrel_hi(pass)
        addi    x14, x14, %pcrel_lo(.Lpc27)
        lui     x7, %hi(pass)
        addi    x7, x7, %lo(pass)
        bne     x14, x7, fail

        # jal's link is the pc of the next instruction: auipc 0 there reads the same
        TEST_CASE 28
        jal     x1, 1f
1:      auipc   x14, 0
        bne     x1, x14, fail

        # riscv-tests' auipc case: the distance from a jal link to lla(label + 10000) is 10000
        TEST_CASE 29
        lla     x10, 1f + 10000
        jal     x11, 1f
1:      sub     x10, x10, x11
        TEST_EXPECT x10, 10000

        # rd = x0 is discarded
        TEST_CASE 30
        auipc   x0, 0x12345
        TEST_EXPECT x0, 0
        add     x14, x0, x0
        TEST_EXPECT x14, 0

        # The same auipc executed twice (a loop) answers the same both times
        TEST_CASE 31
        li      x4, 0
        li      x6, 0
.Lpc31:  auipc   x14, 1
        add     x6, x6, x14
        addi    x4, x4, 1
        li      x5, 2
        bne     x4, x5, .Lpc31
        lui     x7, %hi(.Lpc31 + 0x1000)
        addi    x7, x7, %lo(.Lpc31 + 0x1000)
        add     x7, x7, x7
        bne     x6, x7, fail

        RVTEST_CODE_END

        RVTEST_DATA_BEGIN
tdata:  .word 0
