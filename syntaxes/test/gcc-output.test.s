# SYNTAX TEST "source.riscv-asm" "gcc -S output (riscv64-unknown-elf-gcc -march=rv32im, from test/corpus)"
	.file	"args.c"
#^^^^^ keyword.control.directive.riscv-asm
#      ^^^^^^^^ string.quoted.double.riscv-asm
	.option nopic
#^^^^^^^ keyword.control.directive.riscv-asm
#        ^^^^^ variable.other.symbol.riscv-asm
	.attribute arch, "rv32i2p1_m2p0"
#^^^^^^^^^^ keyword.control.directive.riscv-asm
#                 ^^^^^^^^^^^^^^^ string.quoted.double.riscv-asm
 #APP
#^^^^ comment.line.number-sign.riscv-asm
	.section .text._start,"ax",@progbits
#^^^^^^^^ keyword.control.directive.riscv-asm
#         ^^^^^^^^^^^^ entity.name.section.riscv-asm
#                      ^^^^ string.quoted.double.riscv-asm
#                           ^^^^^^^^^ support.constant.type.riscv-asm
.type _start, @function
# <----- keyword.control.directive.riscv-asm
#     ^^^^^^ variable.other.symbol.riscv-asm
#             ^^^^^^^^^ support.constant.type.riscv-asm
_start:
# <------ entity.name.function.label.riscv-asm
#     ^ punctuation.separator.label.riscv-asm
  lui gp, %hi(__global_pointer$)
# ^^^ keyword.other.instruction.riscv-asm
#     ^^ variable.language.register.abi.riscv-asm
#         ^^^ support.function.relocation.riscv-asm
#             ^^^^^^^^^^^^^^^^^ variable.other.symbol.riscv-asm
  sw t0, %lo(rt_envp)(t1)
# ^^ keyword.other.instruction.riscv-asm
#        ^^^ support.function.relocation.riscv-asm
#                     ^^ variable.language.register.abi.riscv-asm
  call main
# ^^^^ keyword.other.instruction.pseudo.riscv-asm
#      ^^^^ variable.other.symbol.riscv-asm
1:
# <- entity.name.label.numeric.riscv-asm
  j 1b
# ^ keyword.other.instruction.pseudo.riscv-asm
#   ^^ entity.name.label.numeric.reference.riscv-asm
.size _start, .-_start
#             ^ variable.language.location-counter.riscv-asm
#              ^ keyword.operator.riscv-asm
#               ^^^^^^ variable.other.symbol.riscv-asm
	.align	2
#^^^^^^ keyword.control.directive.riscv-asm
#       ^ constant.numeric.decimal.riscv-asm
memcpy:
	beq	a2,zero,.L2
#^^^ keyword.other.instruction.riscv-asm
#    ^^ variable.language.register.abi.riscv-asm
#      ^ punctuation.separator.riscv-asm
#       ^^^^ variable.language.register.abi.riscv-asm
#            ^^^ entity.name.label.local.reference.riscv-asm
.L3:
# <--- entity.name.label.local.riscv-asm
	lbu	a4,0(a1)
#^^^ keyword.other.instruction.riscv-asm
#       ^ constant.numeric.decimal.riscv-asm
#        ^ punctuation.section.parens.begin.riscv-asm
#         ^^ variable.language.register.abi.riscv-asm
	sb	a4,-1(a5)
#      ^ keyword.operator.riscv-asm
#       ^ constant.numeric.decimal.riscv-asm
	mv	a5,a0
#^^ keyword.other.instruction.pseudo.riscv-asm
	ret
#^^^ keyword.other.instruction.pseudo.riscv-asm
	lui	a5,%hi(.LC0)
#       ^^^ support.function.relocation.riscv-asm
#           ^^^^ entity.name.label.local.reference.riscv-asm
	.section	.rodata.str1.4,"aMS",@progbits,1
#         ^^^^^^^^^^^^^^ entity.name.section.riscv-asm
#                              ^^^^^^^^^ support.constant.type.riscv-asm
#                                        ^ constant.numeric.decimal.riscv-asm
.LC0:
	.string	"%d: %s\n"
#^^^^^^^ keyword.control.directive.riscv-asm
#               ^^ constant.character.escape.riscv-asm
	.comm	table.2,1024,4
#^^^^^ keyword.control.directive.riscv-asm
#      ^^^^^^^ variable.other.symbol.riscv-asm
	.word	.L5
#      ^^^ entity.name.label.local.reference.riscv-asm
	tail	rt_exit
#^^^^ keyword.other.instruction.pseudo.riscv-asm
	mulhu	a4,a0,a1
#^^^^^ keyword.other.instruction.riscv-asm
	sltu	s0,s0,x15
#           ^^^ variable.language.register.numeric.riscv-asm
	.ident	"GCC: (13.2.0-11+11) 13.2.0"
#^^^^^^ keyword.control.directive.riscv-asm

