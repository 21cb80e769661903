# expr.s — expressions as GNU as evaluates them.
#   Precedence is GNU's, not C's: unary > (* / % << >>) > (| & ^ !) > (+ -) > comparisons
#   > && > ||; a true comparison is -1; values are 64 bits wide and >> is a logical shift;
#   character literals; `.`-relative values; differences of symbols in the same section;
#   forward references resolved at the end of assembly.
# Exit status: the low byte of a checksum over the .data words (computed by the program).

        .equ    ONE, 1
        .equ    WIDTH, 32
        .equ    MASK32, ((1 << (WIDTH - 1) << 1) - 1)     # 0xffffffff, needs 64-bit evaluation
        .equ    ALL64, 0xffffffffffffffff
        .equ    NEWLINE, '\n'
        .equ    LETTER, 'a'
        .set    SHIFTED, LETTER << 8 | 'b'

        .data
        .p2align 2
values:
        .word   4 + 4 & 1                       # 4: & binds tighter than +
        .word   0x10 >> 1 + 1                   # 9: >> binds tighter than +
        .word   2 | 1 << 2, 2 * 3 << 1          # 6, 12
        .word   1 == 1, 1 != 1, 3 == 1 + 2      # -1, 0, -1
        .word   1 < 2, 2 <= 1, 3 > 2, 2 >= 3, 4 <> 5
        .word   !0, !5, ~0, -(-3), +7, - - 1
        .word   7 / 2, -7 / 2, -7 % 2, 7 % -2
        .word   1 || 0 && 0, 0 && 1, 2 && 3
        .word   1 ! 2                           # or-not: 1 | ~2
        .word   6 - 1 - 1, 100 / 10 / 5         # left associative
        .word   (1 + 2) * (3 + 4), ((((5))))
        .word   MASK32, MASK32 >> 4, ALL64 >> 60
        .word   NEWLINE, LETTER, SHIFTED, '\\', '\'', 'Z' - 'A'
        .word   0b1011, 017, 0x1F, 0XaB, 1234
        .quad   MASK32 + 1, ALL64, (1 << 63) >> 63, -1 >> 60, 0x7fffffffffffffff + 1
        .quad   -0x8000000000000000, 1 << 40 | 1 << 8, 0xffffffff * 0xffffffff

sizes:
        .word   here - values                   # a forward-defined symbol difference
        .word   values_end - values
here:   .word   . - values                      # `.` is the address of this word
        .word   . - here, (. - here) / 4
        .half   values_end - here
        .byte   sizes - values, . - sizes
values_end:
        .equ    NVALUES, (values_end - values) / 4
        .word   NVALUES

        .text
        .globl  _start
_start:
        li      a0, MASK32                      # -1
        li      a1, ALL64                       # -1: truncated to 32 bits
        li      a2, ((1 << (32 - 1) << 1) - 1)
        li      a3, (1 << 32) + 5               # 5
        li      a4, 'x' - 'a' + 1
        li      a5, SHIFTED & 0xff             # 'b'
        la      t0, values
        la      t1, values_end
        li      t2, 0
1:      bgeu    t0, t1, 2f
        lw      t3, 0(t0)
        add     t2, t2, t3
        slli    t4, t2, 5
        xor     t2, t2, t4
        addi    t0, t0, 4
        j       1b
2:      add     t2, t2, a5
        andi    a0, t2, 0xff
        li      a7, 93
        ecall
