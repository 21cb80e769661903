# The kind of program a student writes: data, loops, numeric labels, pseudo-instructions, %hi/%lo
# student style
        .data
msg:    .asciz "Sum = "
nums:   .word 1, 2, 3, 4, 5, -6, 0x7fffffff
count:  .word (count - nums) / 4
buf:    .space 16
        .align 2
ptr:    .word nums + 8, msg
diff:   .word main - _start, . - nums
        .byte 'A', 'z' - 'a', 0
        .half 0xffff, -1
        .equ A, B + 1
        .equ B, 2
aval:   .word A, B
        .set C, 1
        .set C, C + 1
cval:   .word C

        .text
        .globl _start
_start:
        call main
        li a7, 93
        ecall
main:
        la t0, nums
        lw t1, count
        li a0, 0
1:      beqz t1, 2f
        lw t2, 0(t0)
        add a0, a0, t2
        addi t0, t0, 4
        addi t1, t1, -1
        j 1b
2:      lui a1, %hi(nums+4)
        lw a2, %lo(nums+4)(a1)
        la a3, buf+8
        sw a2, 0(a3)
        li a4, 'A'
        li a5, -0x800
        li a6, 0x800
        li s1, 0xfffff800
        li s2, 0x80000000
        li s3, -2147483648
        li s4, 1 << 31
        li s5, ~0
        bgt a0, a1, 3f
        ble a0, a1, 3f
        bgtu a0, a1, far
3:      sgt t3, a0, a1
        snez t4, a0
        ret
        .section .text.far, "ax"
far:    tail main
