# Jump tables, 64-bit data, LEB128, .org, .fill, .init_array, weak, commons, small data
        .text
        .globl _start
        .type _start, @function
_start:
        lui a5, %hi(.L4)
        addi a5, a5, %lo(.L4)
        slli a0, a0, 2
        add a5, a5, a0
        lw a5, 0(a5)
        jr a5
.L5:    li a0, 1
        j .L9
.L6:    li a0, 2
.L9:    li a7, 93
        ecall
        .size _start, .-_start
        .section .rodata
        .align 2
.L4:    .word .L5
        .word .L6
        .word .L6 - .L5
        .word .L5 - .L4
        .quad 0x123456789abcdef0
        .quad .L5
        .8byte -1
        .uleb128 300
        .sleb128 -300
        .balign 8
        .org .L4 + 64, 0xaa
        .fill 3, 2, 0x1234
        .fill 2, 8, -1
        .skip 5, 7
        .section .init_array, "aw"
        .word _start
        .weak missing_weak
        .section .data
        .word missing_weak
        .comm common_a, 8, 8
        .comm common_b, 3
        .lcomm lc, 10
        .globl gdata
gdata:  .word common_a, lc
        .section .sdata, "aw"
        .word gdata
        .section .sbss, "aw", @nobits
        .zero 12
        .bss
        .zero 100
        .align 4
after:  .zero 4
