# sort.s — bubble sort of a .data array of signed words, written with pseudo-instructions
# (bgt, ble, mv, neg, sgtz, j), then a checksum and a printed hex dump of the result.
# Exit status: 1 if sorted (and the first element is the minimum).

        .data
        .p2align 2
array:  .word   34, -7, 1000, 0, -2048, 2047, 5, 5, -1, 123456, -123456, 42
array_end:
hexchars:
        .ascii  "0123456789abcdef"

        .bss
line:   .skip   9

        .text
        .globl  _start
_start:
        la      s0, array
        la      s1, array_end
        sub     s1, s1, s0
        srai    s1, s1, 2               # COUNT
        addi    s1, s1, -1              # passes
outer:  blez    s1, sorted
        mv      t0, s0
        li      t1, 0
inner:  bge     t1, s1, next_pass
        lw      t2, 0(t0)
        lw      t3, 4(t0)
        ble     t2, t3, no_swap
        sw      t3, 0(t0)
        sw      t2, 4(t0)
no_swap:
        addi    t0, t0, 4
        addi    t1, t1, 1
        j       inner
next_pass:
        addi    s1, s1, -1
        j       outer
sorted:
        # print every element as 8 hex digits
        mv      s2, s0
        la      s3, array_end
print_loop:
        bgeu    s2, s3, check
        lw      a0, 0(s2)
        call    print_hex
        addi    s2, s2, 4
        j       print_loop
check:
        li      a0, 1
        mv      t0, s0
        addi    t4, s3, -4
1:      bgeu    t0, t4, done
        lw      t2, 0(t0)
        lw      t3, 4(t0)
        bgt     t2, t3, bad
        addi    t0, t0, 4
        j       1b
bad:    li      a0, 0
done:   lw      t2, 0(s0)
        li      t3, -123456
        sub     t2, t2, t3
        seqz    t2, t2
        and     a0, a0, t2
        li      a7, 93
        ecall

print_hex:
        la      t0, line
        la      t1, hexchars
        li      t2, 28
1:      srl     t3, a0, t2
        andi    t3, t3, 15
        add     t3, t3, t1
        lbu     t3, 0(t3)
        sb      t3, 0(t0)
        addi    t0, t0, 1
        addi    t2, t2, -4
        bgez    t2, 1b
        li      t3, '\n'
        sb      t3, 0(t0)
        li      a0, 1
        la      a1, line
        li      a2, 9
        li      a7, 64
        ecall
        ret
