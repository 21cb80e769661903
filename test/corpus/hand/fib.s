# fib.s — a typical hand-written program: recursive fib with a standard stack frame
# (ra/s0 saved, fp-based locals), a print_uint routine dividing by 10, a loop over n.
# Prints fib(0..15) and exits with fib(12) & 0xff (144).

        .equ    SYS_WRITE, 64
        .equ    SYS_EXIT, 93

        .section .rodata
sep:    .ascii  " "
nl:     .ascii  "\n"

        .bss
        .align  2
digits: .space  12

        .text
        .globl  _start
        .type   _start, @function
_start:
        li      s1, 0                   # n
        li      s2, 16
.Lloop:
        mv      a0, s1
        call    fib
        call    print_uint
        li      a0, 1
        la      a1, sep
        li      a2, 1
        li      a7, SYS_WRITE
        ecall
        addi    s1, s1, 1
        blt     s1, s2, .Lloop
        li      a0, 1
        la      a1, nl
        li      a2, 1
        li      a7, SYS_WRITE
        ecall
        li      a0, 12
        call    fib
        andi    a0, a0, 0xff
        li      a7, SYS_EXIT
        ecall
        .size   _start, .-_start

# unsigned fib(unsigned n)
        .globl  fib
        .type   fib, @function
fib:
        addi    sp, sp, -16
        sw      ra, 12(sp)
        sw      s0, 8(sp)
        sw      s1, 4(sp)
        addi    s0, sp, 16              # frame pointer
        li      t0, 2
        bltu    a0, t0, .Lbase
        sw      a0, -16(s0)             # save n in the frame
        addi    a0, a0, -1
        call    fib
        mv      s1, a0
        lw      a0, -16(s0)
        addi    a0, a0, -2
        call    fib
        add     a0, a0, s1
.Lbase:
        lw      ra, 12(sp)
        lw      s0, 8(sp)
        lw      s1, 4(sp)
        addi    sp, sp, 16
        ret
        .size   fib, .-fib

# void print_uint(unsigned v)
        .type   print_uint, @function
print_uint:
        la      t0, digits + 12         # fill from the end
        mv      t1, t0
        li      t2, 10
1:      remu    t3, a0, t2
        divu    a0, a0, t2
        addi    t3, t3, '0'
        addi    t1, t1, -1
        sb      t3, 0(t1)
        bnez    a0, 1b
        li      a0, 1
        mv      a1, t1
        sub     a2, t0, t1
        li      a7, SYS_WRITE
        ecall
        ret
        .size   print_uint, .-print_uint
