# insn.s — the .insn directive in every form GNU as accepts without the C extension:
#   .insn r / r4 / i / s / sb / b / u / j / uj with major-opcode names (OP, LOAD, CUSTOM_0 ...)
#   or numbers, funct3/funct7 as numbers, %pcrel_hi/%pcrel_lo and labels as operands,
#   the raw forms `.insn VALUE` and `.insn LENGTH, VALUE` (2-, 4-, 6- and 8-byte encodings).
# _start runs only ordinary instructions written with .insn and exits with 48; the custom
# encodings after it are never executed.

        .data
        .p2align 2
word:   .word   0

        .text
        .globl  _start
_start:
        .insn   i OP_IMM, 0, a0, zero, 5                # addi a0, zero, 5
        .insn   i 0x13, 0, a1, zero, 7                  # addi a1, zero, 7
        .insn   r OP, 0, 1, a2, a0, a1                  # mul  a2, a0, a1   = 35
        .insn   r 0x33, 0, 0x20, a2, a2, a0             # sub  a2, a2, a0   = 30
        .insn   i OP_IMM, 1, a3, a2, 1                  # slli a3, a2, 1    = 60
        .insn   r OP, 5, 32, a3, a3, a1                 # sra  a3, a3, a1   = 0
        .insn   u LUI, a4, 0x12345                      # lui  a4, 0x12345
        .insn   u 0x17, a5, 0                           # auipc a5, 0
1:      .insn   u AUIPC, t0, %pcrel_hi(word)
        .insn   i OP_IMM, 0, t0, t0, %pcrel_lo(1b)      # t0 = &word
        .insn   s STORE, 2, a2, 0(t0)                   # sw a2, 0(t0)
        .insn   i LOAD, 2, t1, 0(t0)                    # lw t1, 0(t0)
        .insn   i LOAD, 4, t2, (t0)                     # lbu t2, (t0)
        .insn   s 0x23, 0, a2, -2048(sp)                # sb a2, -2048(sp)
        .insn   i 0x03, 0, t3, -2048(sp)                # lb t3, -2048(sp)
        .insn   sb BRANCH, 0, t1, a2, 2f                # beq t1, a2, 2f (taken)
        .insn   i OP_IMM, 0, a0, zero, 1
        j       fail
2:      .insn   b BRANCH, 1, t1, t2, fail               # bne t1, t2, fail (not taken)
        .insn   b 0x63, 4, a0, a1, 3f                   # blt a0, a1, 3f (taken)
        j       fail
3:      .insn   j JAL, ra, add_six                   # jal ra, add_six
        .insn   uj 0x6f, zero, 4f                       # jal zero, 4f
        j       fail
4:      .insn   0x00000013                              # nop, length from the encoding
        .insn   4, 0x00000013                           # nop, explicit length
        la      t4, add_six
        .insn   i JALR, 0, ra, 0(t4)                    # jalr ra, 0(t4)
        .insn   i JALR, 0, ra, t4, 0                    # jalr ra, t4, 0
        .insn   i OP_IMM, 0, a7, zero, 172              # getpid
        .insn   i SYSTEM, 0, zero, zero, 0x0            # ecall
        addi    a0, t3, 0                               # 30 + 3 * 6
        .insn   i OP_IMM, 0, a7, zero, 93
        .insn   i 0x73, 0, x0, x0, 0                    # ecall: exit(a0)

        # t3 += 6 (called three times: 30 + 18 = 48 at the exit above)
add_six:
        .insn   i OP_IMM, 0, t3, t3, 6
        .insn   i JALR, 0, zero, ra, 0                  # ret

fail:   li      a0, 1
        li      a7, 93
        ecall

        # --- never executed: custom and unusual encodings ------------------------------
custom:
        .insn   r CUSTOM_0, 0, 0, a0, a1, a2
        .insn   r CUSTOM_1, 7, 127, zero, t6, s11
        .insn   r CUSTOM_2, 3, 0x40, x31, x30, x29
        .insn   r CUSTOM_3, 5, 1, ra, sp, gp
        .insn   r 0x0b, 2, 3, a0, a1, a2
        .insn   r4 MADD, 0, 3, a0, a1, a2, a3
        .insn   r4 NMSUB, 7, 0, t0, t1, t2, t3
        .insn   r4 0x43, 1, 2, s0, s1, s2, s3
        .insn   i CUSTOM_0, 0, a0, a1, -2048
        .insn   i CUSTOM_1, 7, a0, a1, 2047
        .insn   i MISC_MEM, 1, zero, zero, 0            # fence.i written raw
        .insn   i OP_IMM_32, 0, a0, a1, 1
        .insn   i LOAD_FP, 2, a0, 8(a1)
        .insn   i AMO, 2, a0, a1, 0
        .insn   i OP_32, 0, a0, a1, 0
        .insn   i OP_FP, 0, a0, a1, 0
        .insn   i OP_V, 0, a0, a1, 0
        .insn   i MSUB, 0, a0, a1, 0
        .insn   i NMADD, 0, a0, a1, 0
        .insn   s STORE_FP, 2, a0, 2047(a1)
        .insn   s CUSTOM_2, 1, a0, -1(a1)
        .insn   sb CUSTOM_3, 0, a0, a1, custom
        .insn   b BRANCH, 7, zero, zero, _start
        .insn   u CUSTOM_0, a0, 0xfffff
        .insn   u 0x37, a0, 0
        .insn   j JAL, zero, custom
        .insn   j CUSTOM_1, a0, fail
        .insn   0x0000100f                              # fence.i
        .insn   0xfe000e33                              # add-like, funct7 = 127
        .insn   2, 0x0001                               # 16-bit encodings
        .insn   0x4501
        .insn   6, 0x00000000001f                       # 48-bit encoding
        .insn   8, 0x000000000000003f                   # 64-bit encoding
        .insn   0x0000000000003f
