# sections.s — section and symbol directives.
#   .text .data .rodata .bss, .section with flags and types (@progbits, @nobits, %progbits),
#   small-data sections (.sdata/.sbss/.srodata), mergeable string and constant sections
#   (duplicates and shared suffixes are merged by the linker), .text.startup ordering,
#   .pushsection/.popsection/.previous,
#   .globl .global .local .weak .type .size .comm .lcomm.
# Exit status: a checksum of the values read back (see the end of _start).

        .equ    SYS_WRITE, 64
        .equ    SYS_EXIT, 93

        .section .text.startup,"ax",@progbits
        .globl  _start
        .type   _start, @function
_start:
        call    main
        li      a7, SYS_EXIT
        ecall
        .size   _start, .-_start

        .text
        .global main
        .type   main, %function
main:
        addi    sp, sp, -16
        sw      ra, 12(sp)
        sw      s0, 8(sp)
        li      s0, 0
        # print strings that live in a mergeable string section
        la      a0, str_hello
        call    puts
        la      a0, str_world
        call    puts
        la      a0, str_dup
        call    puts
        la      a0, str_ld
        call    puts
        # read back .data/.sdata/.rodata/.srodata values
        lui     a5, %hi(counter)
        lw      a4, %lo(counter)(a5)
        add     s0, s0, a4              # 7
        la      a5, small_val
        lh      a4, 0(a5)
        add     s0, s0, a4              # -3
        la      a5, table
        lw      a4, 8(a5)
        add     s0, s0, a4              # 30
        la      a5, cst_a
        lw      a4, 0(a5)
        la      a5, cst_b
        lw      a3, 0(a5)
        sub     a4, a4, a3              # same constant: 0
        add     s0, s0, a4
        lla     a5, ro_small
        lbu     a4, 0(a5)
        add     s0, s0, a4              # 5
        # write to .bss / .sbss / common symbols, then read back
        la      a5, bss_buf
        li      a4, 11
        sw      a4, 60(a5)
        lw      a4, 60(a5)
        add     s0, s0, a4              # 11
        la      a5, common_buf
        sw      s0, 0(a5)
        la      a5, local_common
        lw      a4, 0(a5)
        add     s0, s0, a4              # 0
        la      a5, sbss_word
        lw      a4, 0(a5)
        add     s0, s0, a4              # 0
        la      a5, lcomm_buf
        lw      a4, 12(a5)
        add     s0, s0, a4              # 0
        # weak symbols: one defined here, one left undefined (address 0)
        la      a5, weak_defined
        lw      a4, 0(a5)
        add     s0, s0, a4              # 2
        lui     a5, %hi(weak_undefined)
        addi    a5, a5, %lo(weak_undefined)
        snez    a4, a5
        add     s0, s0, a4              # 0
        call    helper                  # +100, in .text.hot
        add     s0, s0, a0
        call    pushed_fn               # +1000, in a pushed section
        add     s0, s0, a0
        mv      a0, s0                  # 7-3+30+0+5+11+2+100+1000 = 1152 -> exit status 128
        lw      ra, 12(sp)
        lw      s0, 8(sp)
        addi    sp, sp, 16
        ret
        .size   main, .-main

        .type   puts, @function
puts:   mv      a1, a0
        mv      a2, a0
1:      lbu     a3, 0(a2)
        beqz    a3, 2f
        addi    a2, a2, 1
        j       1b
2:      sub     a2, a2, a1
        li      a0, 1
        li      a7, SYS_WRITE
        ecall
        ret
        .size   puts, .-puts
        .local  puts

        .section .text.hot,"ax",@progbits
        .type   helper, @function
helper: li      a0, 100
        ret
        .size   helper, .-helper

        .pushsection .text.pushed, "ax", @progbits
pushed_fn:
        li      a0, 1000
        ret
        .popsection

        .section .rodata.str1.1,"aMS",@progbits,1
str_hello:
        .string "hello, world\n"
str_world:
        .string "world\n"               # a suffix of str_hello: merged into it
str_dup:
        .string "hello, world\n"        # a duplicate: merged too
        .section .rodata.str1.4,"aMS",@progbits,1
        .p2align 2
str_ld:
        .string "ld merges strings\n"
        .string "strings\n"

        .section .rodata.cst4,"aM",@progbits,4
        .p2align 2
cst_a:  .word   0x12345678
cst_b:  .word   0x12345678              # a duplicate constant
        .word   0x9abcdef0

        .section .rodata
        .balign 4
        .type   table, @object
table:  .word   10, 20, 30, 40
        .size   table, 16

        .section .srodata,"a"
        .type   ro_small, @object
ro_small:
        .byte   5
        .size   ro_small, 1

        .data
        .p2align 2
        .globl  counter
        .type   counter, @object
        .size   counter, 4
counter:
        .word   7
        .weak   weak_defined
weak_defined:
        .word   2
        .weak   weak_undefined

        .section .sdata,"aw"
        .align  1
        .type   small_val, @object
small_val:
        .half   -3
        .size   small_val, 2

        .section .sbss,"aw",@nobits
        .align  2
        .type   sbss_word, @object
sbss_word:
        .zero   4
        .size   sbss_word, 4

        .bss
        .align  4
        .globl  bss_buf
        .type   bss_buf, @object
bss_buf:
        .space  64
        .size   bss_buf, 64

        .section .bss.extra,"aw",@nobits
        .balign 8
extra:  .skip   24

        .section .data.rel.local,"aw",%progbits
        .align  2
data_ptrs:
        .word   counter, table + 4, str_world, main

        .text
        nop
        .previous                       # back to .data.rel.local
        .word   helper

        .comm   common_buf, 32, 8
        .local  local_common
        .comm   local_common, 16, 4
        .lcomm  lcomm_buf, 40
