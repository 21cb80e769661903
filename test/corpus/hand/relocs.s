# relocs.s — addressing: %hi/%lo, %pcrel_hi/%pcrel_lo (the %pcrel_lo operand names the
# label of the auipc, including numeric labels, and one auipc may serve several %pcrel_lo),
# lla/la, the global load/store forms `lw rd, sym` / `sw rs, sym, rt`, call/tail/jump,
# offsets that make %lo negative (carry into %hi), and data relocations (absolute words,
# label differences, addresses with addends).
# Exit status: a checksum of the values read (expected 125).

        .data
        .p2align 2
first:  .word   11
second: .word   22
        .skip   0x7f8                   # push `far` so that its low 12 bits are >= 0x800
far:    .word   33
        .word   44
ptrs:   .word   first, second, far + 4, _start
        .word   far - first, ptrs - .
        .half   second - first
        .byte   far - second - 0x7fc
        .p2align 2
counter:
        .word   0

        .section .rodata
        .p2align 2
jump_table:
        .word   case0, case1, case2
        .word   case1 - jump_table

        .text
        .globl  _start
_start:
        li      s0, 0
        # absolute addressing: lui %hi + addi/lw/sw %lo
        lui     a0, %hi(first)
        lw      a1, %lo(first)(a0)
        add     s0, s0, a1              # 11
        lui     a0, %hi(far)
        addi    a0, a0, %lo(far)
        lw      a1, 0(a0)
        add     s0, s0, a1              # 33
        lui     a0, %hi(far + 4)
        lw      a1, %lo(far + 4)(a0)
        sub     s0, s0, a1              # -44
        lui     a0, %hi(counter)
        sw      s0, %lo(counter)(a0)

        # pc-relative: %pcrel_lo names the auipc's label
.Lpc0:  auipc   a0, %pcrel_hi(second)
        lw      a1, %pcrel_lo(.Lpc0)(a0)
        add     s0, s0, a1              # 22
1:      auipc   a2, %pcrel_hi(counter)
        lw      a3, %pcrel_lo(1b)(a2)   # one auipc, several %pcrel_lo
        addi    a3, a3, 1
        sw      a3, %pcrel_lo(1b)(a2)
        addi    a4, a2, %pcrel_lo(1b)
        lw      a3, 0(a4)
        sub     s0, s0, a3              # counter was 0, now 1: -1
        add     s0, s0, a3              # +1
far_label:
        auipc   a5, %pcrel_hi(far)
        addi    a5, a5, %pcrel_lo(far_label)
        lw      a1, 0(a5)
        add     s0, s0, a1              # 33

        # pseudo-instructions that expand to auipc pairs
        la      a0, ptrs
        lw      a1, 8(a0)               # &far + 4
        lw      a1, 0(a1)
        add     s0, s0, a1              # 44
        lla     a0, first
        lw      a1, 0(a0)
        sub     s0, s0, a1              # -11
        lw      a1, second              # global load form
        add     s0, s0, a1              # 22
        lhu     a2, second
        lbu     a3, first
        sub     a2, a2, a3
        sub     s0, s0, a2              # -11
        sw      zero, counter, t0       # global store form (t0 is the temporary)
        sh      a2, counter, t1
        sb      a3, counter + 1, t2
        lw      a1, counter             # 11 | 11 << 8
        srli    a1, a1, 8
        add     s0, s0, a1              # 11

        # indirect jump through a table
        la      a0, jump_table
        lw      a1, 4(a0)
        jalr    ra, a1, 0
        add     s0, s0, a0              # +1
        call    sub_ret_7
        add     s0, s0, a0              # +7
        jump    cont, t0
        li      s0, 0                   # not reached
cont:
        call    tail_caller
        add     s0, s0, a0              # +7
        andi    a0, s0, 0xff            # 11+33-44+22+33+44-11+22-11+11+1+7+7 = 125
        li      a7, 93
        ecall

case0:  li      a0, 0
        ret
case1:  li      a0, 1
        ret
case2:  li      a0, 2
        ret

sub_ret_7:
        li      a0, 7
        ret
tail_caller:
        tail    sub_ret_7
