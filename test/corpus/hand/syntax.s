# syntax.s — the lexical side of GNU as: comments of every kind, `;` separators, several
# labels on one line, labels followed by instructions, numeric local labels reused many
# times with 1f/1b, .L temporaries, $ and . in names, upper-case mnemonics, x-register and
# ABI register names (including fp), operands without spaces, tabs, and the line markers
# gcc writes around inline asm.
# Exit status: the number of loop iterations counted (expected 42).

/* A block comment at the top,
   spanning lines, with "quotes" and # hashes and ; semicolons inside. */

        .text
        .globl  _start
_start: li      s0, 0                   # a label and an instruction on one line
        li      t0, 3 ; li t1, 4;li t2,5        # three statements on one line
        add     s0, s0, t0; add s0, s0, t1 ;add s0,s0,t2    # 12
first: second:  third: addi s0, s0, 1   # several labels, then an instruction: 13
a$b:    addi    s0, s0, 1 /* a comment in the middle */ ; addi s0, s0, 1   # 15
.Llocal.1:
_under_score.dot$:
        ADDI    s0, s0, 1               # mnemonics are case-insensitive: 16
        Addi    s0, s0, 1               # 17
	addi	s0,	s0,	1		# tabs: 18
        addi    x8, x8, 1               # x8 is s0: 19
        addi    fp, fp, 1               # fp is s0 too: 20
        mv      x5, zero ; mv x6, x0

        # numeric local labels: each `1:` is a new label; 1b/1f find the nearest one
        li      t0, 4
1:      addi    s0, s0, 1               # 4 iterations: 24
        addi    t0, t0, -1
        bnez    t0, 1b
        j       1f
        li      s0, 0                   # skipped
1:      li      t0, 3
1:      addi    s0, s0, 2               # 3 iterations, +6: 30
        addi    t0, t0, -1
        bgtz    t0, 1b
        beqz    zero, 2f
        li      s0, 0                   # skipped
2:      j       3f
1:      li      s0, 0                   # skipped (1b below is the `1:` after this)
3:      jal     ra, 10f
        j       1f
10:     addi    s0, s0, 2               # +2: 32
        ret
1:      la      t1, 9f                  # forward reference to a numeric label in .data
        lw      t1, 0(t1)
        add     s0, s0, t1              # +10: 42
/*
 * gcc -S output marks inline asm with comments like these; they are only comments.
 */
 #APP
# 12 "program.c" 1
        nop
# 0 "" 2
 #NO_APP
        mv      a0, s0
        li      a7, 93
        ecall

        .data
9:      .word   10
9:      .word   99                      # another 9, not referenced
