# Tessera ISA conformance: FENCE and FENCE.I
#
# fence pred, succ and fence.i order memory and instruction fetch; on a single hart running
# user code they have no visible effect, so they must execute as no-ops: no register changes,
# memory as it was, execution continuing at the next instruction.  Covered: every usual
# pred/succ set, fence.tso, a pause hint (fence w,0), encodings with the reserved rd/rs1/imm
# fields non-zero (which the spec says implementations shall ignore, written with .insn), and
# fence.i (Zifencei, enabled for its lines with .option arch), also with non-zero fields.
#
# Exits 0 when every case passes, else with the number of the first failing case.

        .include "include/test_macros.inc"

# Fails the current case unless x5, x6, x14 and x15 still hold the values FENCE_SETUP gave them.
.macro FENCE_SETUP
        li      x5, 0x11111111
        li      x6, 0x22222222
        li      x14, 0x33333333
        li      x15, 0x44444444
.endm
.macro FENCE_CHECK
        TEST_EXPECT x5, 0x11111111
        TEST_EXPECT x6, 0x22222222
        TEST_EXPECT x14, 0x33333333
        TEST_EXPECT x15, 0x44444444
        TEST_EXPECT x0, 0
.endm

        RVTEST_CODE_BEGIN

        # fence with each common pred/succ set
        TEST_CASE 1
        FENCE_SETUP
        fence
        FENCE_CHECK

        TEST_CASE 2
        FENCE_SETUP
        fence   iorw, iorw
        FENCE_CHECK

        TEST_CASE 3
        FENCE_SETUP
        fence   rw, rw
        FENCE_CHECK

        TEST_CASE 4
        FENCE_SETUP
        fence   r, r
        fence   w, w
        fence   r, w
        fence   w, r
        FENCE_CHECK

        TEST_CASE 5
        FENCE_SETUP
        fence   i, o
        fence   o, i
        fence   io, io
        FENCE_CHECK

        TEST_CASE 6
        FENCE_SETUP
        fence.tso
        FENCE_CHECK

        # pause (Zihintpause) is the encoding of fence w, 0: a hint, so a no-op
        TEST_CASE 7
        FENCE_SETUP
        .insn   i MISC_MEM, 0, x0, x0, 0x010
        FENCE_CHECK

        # A store, a fence, a load: the load sees the store
        TEST_CASE 8
        la      x1, tdat
        li      x2, 0x12345678
        sw      x2, 0(x1)
        fence   w, r
        lw      x14, 0(x1)
        TEST_EXPECT x14, 0x12345678

        # fence.i
        .option push
        .option arch, +zifencei

        TEST_CASE 9
        FENCE_SETUP
        fence.i
        FENCE_CHECK

        # A store, fence.i, a load: still plain data
        TEST_CASE 10
        la      x1, tdat
        li      x2, 0x0badf00d
        sw      x2, 4(x1)
        fence.i
        lw      x14, 4(x1)
        TEST_EXPECT x14, 0x0badf00d

        .option pop

        # Fences inside a loop run twice
        TEST_CASE 11
        li      x4, 0
        FENCE_SETUP
1:      fence
        fence.tso
        .insn   i MISC_MEM, 1, x0, x0, 0
        addi    x4, x4, 1
        li      x7, 2
        bne     x4, x7, 1b
        FENCE_CHECK

        # Reserved encodings last, so that an implementation rejecting them still runs the rest.
        # The spec: "base implementations shall ignore these fields" (rd, rs1 of FENCE; imm, rs1,
        # rd of FENCE.I) and "shall treat all such reserved configurations [of fm] as normal
        # fences with fm=0000".

        # FENCE with rd = x5, rs1 = x6: rd must not be written
        TEST_CASE 12
        FENCE_SETUP
        .insn   i MISC_MEM, 0, x5, x6, 0x0ff
        FENCE_CHECK

        # fm = 0xf (unknown fence mode) behaves as a plain fence
        TEST_CASE 13
        FENCE_SETUP
        .insn   i MISC_MEM, 0, x0, x0, -0xcd    # imm 0xf33: fm 1111, pred rw, succ rw
        FENCE_CHECK

        # fence.i with its reserved fields (imm, rs1, rd) non-zero: rd must not be written
        TEST_CASE 14
        FENCE_SETUP
        .insn   i MISC_MEM, 1, x5, x6, 0x123
        FENCE_CHECK

        RVTEST_CODE_END

        RVTEST_DATA_BEGIN
tdat:   .word   0, 0
