# SYNTAX TEST "source.riscv-asm" "hand-written assembly: every construct the grammar scopes"
/* a block comment */ nop
# <-- comment.block.riscv-asm punctuation.definition.comment.begin.riscv-asm
#                     ^^^ keyword.other.instruction.pseudo.riscv-asm
    addi x5, fp, -0b101     # x-names and ABI names, a binary number
#   ^^^^ keyword.other.instruction.riscv-asm
#        ^^ variable.language.register.numeric.riscv-asm
#            ^^ variable.language.register.abi.riscv-asm
#                 ^^^^^ constant.numeric.binary.riscv-asm
#                           ^^^^^^^^^^^ comment.line.number-sign.riscv-asm
    li t0, 0x7ff; li t1, 0755; li t2, 42
#          ^^^^^ constant.numeric.hex.riscv-asm
#               ^ punctuation.separator.statement.riscv-asm
#                 ^^ keyword.other.instruction.pseudo.riscv-asm
#                        ^^^^ constant.numeric.octal.riscv-asm
#                                     ^^ constant.numeric.decimal.riscv-asm
    li a0, 'A; li a1, '\n'
#          ^^ constant.character.riscv-asm
#                      ^^ constant.character.escape.riscv-asm
loop: .L1: 2: j 2f
# <---- entity.name.function.label.riscv-asm
#     ^^^ entity.name.label.local.riscv-asm
#          ^ entity.name.label.numeric.riscv-asm
#             ^ keyword.other.instruction.pseudo.riscv-asm
#               ^^ entity.name.label.numeric.reference.riscv-asm
    auipc a0, %pcrel_hi(msg)
#   ^^^^^ keyword.other.instruction.riscv-asm
#             ^ support.function.relocation.riscv-asm punctuation.definition.relocation.riscv-asm
#              ^^^^^^^^ support.function.relocation.riscv-asm
    addi a0, a0, %pcrel_lo(loop)
#                 ^^^^^^^^ support.function.relocation.riscv-asm
    csrr a0, cycle
#   ^^^^ keyword.other.instruction.pseudo.riscv-asm
#            ^^^^^ variable.language.csr.riscv-asm
    csrrs t0, mstatus, zero
#   ^^^^^ keyword.other.instruction.riscv-asm
#             ^^^^^^^ variable.language.csr.riscv-asm
#                      ^^^^ variable.language.register.abi.riscv-asm
    fence.i
#   ^^^^^^^ keyword.other.instruction.riscv-asm
    sext.b a0, a1
#   ^^^^^^ keyword.other.instruction.pseudo.riscv-asm
msg: .asciz "tab\there \x41\101 \q"
#    ^^^^^^ keyword.control.directive.riscv-asm
#           ^ string.quoted.double.riscv-asm punctuation.definition.string.begin.riscv-asm
#               ^^ constant.character.escape.riscv-asm
#                      ^^^^ constant.character.escape.riscv-asm
#                          ^^^^ constant.character.escape.riscv-asm
#                               ^^ constant.character.escape.riscv-asm
    .float 1.5, 2.5e10
#          ^^^ constant.numeric.float.riscv-asm
#               ^^^^^^ constant.numeric.float.riscv-asm
.macro push reg, size=4, tag:req, rest:vararg
# <------ keyword.control.directive.macro.riscv-asm
#      ^^^^ entity.name.function.macro.riscv-asm
#           ^^^ variable.parameter.macro.riscv-asm
#                ^^^^ variable.parameter.macro.riscv-asm
#                    ^ keyword.operator.assignment.riscv-asm
#                            ^^^ storage.modifier.macro-parameter.riscv-asm
    addi sp, sp, -\size
#                 ^^^^^ variable.parameter.macro.riscv-asm
    sw \reg, 0(sp)
#      ^^^^ variable.parameter.macro.riscv-asm
label_\@\():
#     ^^ variable.language.macro.riscv-asm
#       ^^^ variable.language.macro.riscv-asm
.endm
# <---- keyword.control.directive.macro.riscv-asm
    push ra, tag=x
#   ^^^^ entity.name.function.macro.call.riscv-asm
#        ^^ variable.language.register.abi.riscv-asm
COUNT = 10
# <----- variable.other.constant.riscv-asm
#     ^ keyword.operator.assignment.riscv-asm
    .equ SIZE, COUNT * 4 << 1
#   ^^^^ keyword.control.directive.riscv-asm
#                    ^ keyword.operator.riscv-asm
#                        ^^ keyword.operator.riscv-asm
    .rept 3
#   ^^^^^ keyword.control.directive.riscv-asm
    .endr
    .if COUNT > 5
#   ^^^ keyword.control.directive.riscv-asm
    .endif
    .cfi_startproc
#   ^^^^^^^^^^^^^^ keyword.control.directive.riscv-asm
    .bogus 1
#   ^^^^^^ keyword.control.directive.unknown.riscv-asm
#include "defs.h"
# <- meta.preprocessor.riscv-asm punctuation.definition.directive.riscv-asm
#^^^^^^^ meta.preprocessor.riscv-asm keyword.control.directive.preprocessor.riscv-asm
# if this were a preprocessor line it would not be a comment
# <- comment.line.number-sign.riscv-asm
/* a block comment
   over several lines, with add a0, a1 inside
#                           ^^^ comment.block.riscv-asm
*/  ebreak
#   ^^^^^^ keyword.other.instruction.riscv-asm
