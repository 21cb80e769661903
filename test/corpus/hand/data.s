# data.s — data directives: integers of every width and every spelling, strings with every
# escape, fills and reservations, alignment with fill and max-skip arguments.
# The program sums the bytes of the .data section and exits with the low byte of the sum.

        .data
        .globl  data_start
data_start:
bytes:  .byte   0, 1, 127, 128, 255, -1, -128, 'A', '\n', 0x7f + 1, 0b1010, 017, (3 << 4) | 2
halves: .half   0, 0x1234, -2, 65535
        .short  -32768, 32767, 0xbeef
        .2byte  0x0102, 'z'
words:  .word   0, 0xdeadbeef, -1, 2147483647, -2147483648, 0x80000000
        .long   123456789, -123456789
        .4byte  0x01020304, words - bytes, . - data_start
quads:  .quad   0x0123456789abcdef, -1, 1
        .8byte  0xfedcba9876543210
        .dword  -2, 0x7fffffffffffffff
        .quad   0x8000000000000000
        .word   bytes, halves + 2, quads - words
        .half   end_of_data - strings

strings:
        .ascii  "plain"
        .ascii  "two", "strings"
        .asciz  "nul-terminated"
        .string "also nul-terminated", "and another"
        .ascii  "\b\f\n\r\t\v\\\"\'"        # named escapes
        .ascii  "\0\7\12\101\1234\377"      # octal: up to three digits
        .ascii  "\x41\x7e\xff\x414243\X42"  # hex: every hex digit is taken, the low byte kept
        .ascii  "\a\e\q"                    # unknown escapes stand for the character itself
        .asciz  "tab\there", "quote\"inside\"", "back\\slash"
        .string ""
        .ascii  "#not a comment", "/* nor this */", ";nor this"

fills:
        .zero   3
        .space  5
        .space  4, 0xab
        .skip   2
        .skip   3, 'x'
        .fill   2
        .fill   3, 1, 0x11
        .fill   2, 2, 0x2233
        .fill   2, 4, 0x44556677
        .fill   1, 8, 0x0102030405060708
        .fill   2, 3, 0xaabbcc
        .fill   0, 4, 0xff

aligns:
        .byte   1
        .align  2                       # 2**2 on RISC-V
        .byte   2
        .align  3, 0xee                 # with fill
        .byte   3
        .p2align 4, 0xdd, 3             # max-skip too small: no alignment
        .byte   4
        .p2align 4, 0xcc, 15            # max-skip large enough
        .byte   5
        .balign 8
        .byte   6
        .balign 16, 0x99
        .byte   7
        .balign 32, 0x77, 4             # skipped: would need more than 4 bytes
        .byte   8
        .p2align 2,,
        .word   0xa5a5a5a5
        .half   0x5a5a
        .balignw 8, 0x1234              # pads with 2-byte patterns
        .word   9
        .balignl 16, 0x55667788         # pads with 4-byte patterns
        .half   10
        .p2alignw 3, 0x9988
        .word   11
        .p2alignl 4, 0xcafebabe
end_of_data:

        .section .rodata
        .p2align 3
rodata_quad:
        .8byte  (1 << 40) + 5

        .text
        .globl  _start
_start:
        la      a0, data_start
        la      a1, end_of_data
        li      a2, 0
1:      bgeu    a0, a1, 2f
        lbu     a3, 0(a0)
        add     a2, a2, a3
        addi    a0, a0, 1
        j       1b
2:      la      a0, rodata_quad
        lw      a3, 4(a0)               # 1 << 8
        add     a2, a2, a3
        andi    a0, a2, 0xff
        li      a7, 93
        ecall
