# macros.s — .macro/.endm with named, required, default and vararg parameters; \arg, \@,
# \() concatenation; macros that define and call macros; .exitm; .purgem; .rept/.endr,
# .irp/.irpc; local labels inside macros.
# The program builds a small table with macros, sums it, prints "macros ok" and exits
# with the sum's low byte.

        .equ    SYS_WRITE, 64
        .equ    SYS_EXIT, 93

        # --- syscall helpers ---------------------------------------------------------------
        .macro  syscall nr:req
        li      a7, \nr
        ecall
        .endm

        .macro  exit code=0
        li      a0, \code
        syscall SYS_EXIT
        .endm

        .macro  push reg:req, more:vararg
        addi    sp, sp, -4
        sw      \reg, 0(sp)
        .ifnb   \more
        push    \more
        .endif
        .endm

        .macro  pop reg:req, more:vararg
        .ifnb   \more
        pop     \more
        .endif
        lw      \reg, 0(sp)
        addi    sp, sp, 4
        .endm

        # --- table builders --------------------------------------------------------------------
        # entry NAME, VALUE  defines tab_NAME: .word VALUE and a length symbol len_NAME
        .macro  entry name, value=1
tab_\name\():
        .word   \value
        .equ    len_\name, 4
        .endm

        # a macro that writes a macro: make_adder N defines add_N reg
        .macro  make_adder n
        .macro  add_\n reg
        addi    \reg, \reg, \n
        .endm
        .endm

        # a recursive macro that stops with .exitm
        .macro  powers base, n, acc=1
        .if     \n == 0
        .exitm
        .endif
        .word   \acc
        powers  \base, (\n - 1), (\acc * \base)
        .endm

        # \@ makes labels unique per expansion
        .macro  skip_if_zero reg
        beqz    \reg, skip\@
        addi    \reg, \reg, -1
skip\@:
        .endm

        # numeric local labels inside a macro body
        .macro  count_bits dst, src
        li      \dst, 0
        mv      t6, \src
1:      beqz    t6, 2f
        andi    t5, t6, 1
        add     \dst, \dst, t5
        srli    t6, t6, 1
        j       1b
2:
        .endm

        .macro  unused_then_purged
        .word   0xdeadbeef
        .endm
        .purgem unused_then_purged

        make_adder 3
        make_adder 10

        .data
        .p2align 2
table:
        entry   one
        entry   two, 2
        entry   big, value=40
        .rept   3
        .word   5
        .endr
        .irp    v, 7, 8, 9
        .word   \v * 2
        .endr
        .irpc   d, 123
        .word   \d
        .endr
        .irp    empty
        .word   0x77                    # one iteration with an empty argument
        .endr
        powers  3, 4                    # 1, 3, 9, 27
table_end:
        .rept   0
        .word   0xbad
        .endr
msg:    .ascii  "macros ok\n"
        .equ    msg_len, . - msg

        .text
        .globl  _start
_start:
        push    s0, s1, s2
        la      t0, table
        la      t1, table_end
        li      s0, 0
1:      bgeu    t0, t1, 2f
        lw      t2, 0(t0)
        add     s0, s0, t2
        addi    t0, t0, 4
        j       1b
2:      add_3   s0                      # from make_adder 3
        add_10  s0
        li      s1, 1
        skip_if_zero s1
        skip_if_zero s1
        add     s0, s0, s1
        count_bits s2, s0
        add     s0, s0, s2
        li      a0, 1
        la      a1, msg
        li      a2, msg_len
        syscall SYS_WRITE
        mv      a0, s0
        pop     s0, s1, s2
        andi    a0, a0, 0xff
        syscall SYS_EXIT
        exit    1                       # not reached
