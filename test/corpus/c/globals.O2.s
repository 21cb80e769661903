	.file	"globals.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L2
	add	a2,a0,a2
	mv	a5,a0
.L3:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L3
.L2:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L15
.L11:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L11
.L15:
	ret
	.size	memset, .-memset
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L19
	mv	a5,a0
.L18:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L18
	sub	a0,a5,a0
	ret
.L19:
	li	a0,0
	ret
	.size	strlen, .-strlen
	.align	2
	.type	put_str, @function
put_str:
	addi	sp,sp,-16
	sw	s0,8(sp)
	sw	ra,12(sp)
	mv	s0,a0
	call	strlen
	mv	a2,a0
	mv	a1,s0
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	put_str, .-put_str
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	" = "
	.text
	.align	2
	.type	put_kv, @function
put_kv:
	addi	sp,sp,-32
	sw	s0,24(sp)
	sw	s1,20(sp)
	mv	s0,a1
	mv	s1,a0
	sw	ra,28(sp)
	call	strlen
	mv	a2,a0
	mv	a1,s1
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a1,%hi(.LC0)
	li	a0,1
	addi	a1,a1,%lo(.LC0)
	li	a2,3
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	blt	s0,zero,.L32
	mv	a5,s0
	sb	zero,15(sp)
	addi	a4,sp,4
	li	a2,10
	li	a0,9
.L27:
	remu	a3,a5,a2
	mv	a1,a4
	addi	a4,a4,-1
	mv	a6,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,a2
	bgtu	a6,a0,.L27
	add	s0,a1,a2
.L31:
	mv	a0,s0
	call	strlen
	mv	a2,a0
	mv	a1,s0
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a5,10
	sb	a5,4(sp)
	li	a0,1
	addi	a1,sp,4
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	addi	sp,sp,32
	jr	ra
.L32:
	li	a5,45
	sb	a5,4(sp)
	li	a0,1
	addi	a1,sp,4
	li	a2,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a2,10
	neg	a5,s0
	sb	zero,15(sp)
	mv	a4,a1
	li	a7,9
.L25:
	remu	a3,a5,a2
	mv	a6,a4
	addi	a4,a4,-1
	mv	a0,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,a2
	bgtu	a0,a7,.L25
	sub	a2,a2,a1
	add	a2,a2,a6
	addi	a5,sp,4
	add	s0,a5,a2
	j	.L31
	.size	put_kv, .-put_kv
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"fib sum"
	.align	2
.LC2:
	.string	"big_zero[63]"
	.align	2
.LC3:
	.string	"*ptr_to_big"
	.align	2
.LC4:
	.string	"*ptr_to_big+2"
	.align	2
.LC5:
	.string	"rom"
	.align	2
.LC6:
	.string	"small_zero"
	.align	2
.LC7:
	.string	"big_zero[10]"
	.align	2
.LC8:
	.string	"small_init"
	.align	2
.LC9:
	.string	"small_short"
	.align	2
.LC10:
	.string	"small_char"
	.align	2
.LC11:
	.string	"static_small_zero"
	.align	2
.LC12:
	.string	"in_custom"
	.align	2
.LC13:
	.string	"crc"
	.align	2
.LC14:
	.string	"aligned_ll hi"
	.align	2
.LC15:
	.string	"counter"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-48
	lui	a5,%hi(.LANCHOR0)
	sw	s3,28(sp)
	addi	s3,a5,%lo(.LANCHOR0)
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s4,24(sp)
	sw	s5,20(sp)
	addi	a5,a5,%lo(.LANCHOR0)
	addi	a3,s3,64
	li	a1,0
.L34:
	lw	a4,0(a5)
	addi	a5,a5,4
	add	a1,a1,a4
	bne	a5,a3,.L34
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	put_kv
	lui	s2,%hi(.LANCHOR1)
	addi	s2,s2,%lo(.LANCHOR1)
	lui	a2,%hi(.LANCHOR2)
	sw	zero,0(s2)
	addi	a3,s2,4
	li	a4,1
	addi	a2,a2,%lo(.LANCHOR2)
	li	s0,10
	li	a1,64
.L35:
	rem	a5,a4,s0
	addi	a3,a3,4
	slli	a5,a5,2
	add	a5,a2,a5
	lw	a5,0(a5)
	mul	a5,a5,a4
	addi	a4,a4,1
	sw	a5,-4(a3)
	bne	a4,a1,.L35
	lw	a1,252(s2)
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	put_kv
	lui	s4,%hi(ptr_to_big)
	lw	a5,%lo(ptr_to_big)(s4)
	lui	a0,%hi(.LC3)
	addi	a0,a0,%lo(.LC3)
	lw	a1,0(a5)
	lui	s1,%hi(.LC5)
	lui	s5,%hi(.LC11)
	call	put_kv
	lw	a5,%lo(ptr_to_big)(s4)
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	lw	a1,8(a5)
	addi	a5,a5,8
	sw	a5,%lo(ptr_to_big)(s4)
	call	put_kv
	addi	a0,s1,%lo(.LC5)
	li	a1,2
	call	put_kv
	addi	a0,s1,%lo(.LC5)
	li	a1,29
	call	put_kv
	li	a1,24576
	addi	a0,s1,%lo(.LC5)
	addi	a1,a1,-1446
	call	put_kv
	lw	a4,68(s3)
	lw	a5,72(s3)
	li	a3,99
	sw	a3,0(a4)
	li	a4,77
	sw	a4,0(a5)
	lui	a5,%hi(small_zero)
	lw	a1,%lo(small_zero)(a5)
	lui	a0,%hi(.LC6)
	addi	a0,a0,%lo(.LC6)
	call	put_kv
	lw	a1,40(s2)
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	call	put_kv
	lui	a5,%hi(small_init)
	lw	a1,%lo(small_init)(a5)
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	put_kv
	lui	a5,%hi(small_short)
	lh	a1,%lo(small_short)(a5)
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	call	put_kv
	lui	a5,%hi(small_char)
	lbu	a1,%lo(small_char)(a5)
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	put_kv
	lui	a5,%hi(static_small_zero)
	lw	a1,%lo(static_small_zero)(a5)
	addi	a0,s5,%lo(.LC11)
	addi	s1,s2,256
	addi	s4,a1,1
	sw	s4,%lo(static_small_zero)(a5)
	call	put_kv
	mv	a1,s4
	addi	a0,s5,%lo(.LC11)
	call	put_kv
	lui	a5,%hi(.LANCHOR3)
	lw	a1,%lo(.LANCHOR3)(a5)
	lui	a0,%hi(.LC12)
	addi	a0,a0,%lo(.LC12)
	call	put_kv
	lui	a0,%hi(.LC13)
	li	a1,0
	addi	a0,a0,%lo(.LC13)
	call	put_kv
	lw	a3,84(s3)
	lw	a4,100(s3)
	lw	a2,92(s3)
	lbu	a5,80(s3)
	lbu	a0,88(s3)
	addi	a3,a3,48
	andi	a3,a3,0xff
	lbu	a1,96(s3)
	slli	a3,a3,8
	addi	a4,a4,48
	slli	a0,a0,16
	or	a5,a5,a3
	andi	a4,a4,0xff
	addi	a3,a2,48
	slli	a3,a3,24
	or	a5,a5,a0
	slli	a4,a4,8
	or	a4,a1,a4
	or	a5,a5,a3
	mv	a0,s1
	sw	a5,256(s2)
	sh	a4,260(s2)
	call	put_str
	li	a0,1
	sb	s0,15(sp)
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(tag)
	addi	a0,a0,%lo(tag)
	call	put_str
	li	a0,1
	sb	s0,15(sp)
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a5,%hi(aligned_ll)
	lw	a1,%lo(aligned_ll+4)(a5)
	lui	a0,%hi(.LC14)
	addi	a0,a0,%lo(.LC14)
	call	put_kv
	lui	a3,%hi(step.0)
	lw	a5,%lo(step.0)(a3)
	lui	a2,%hi(calls.1)
	lw	a1,%lo(calls.1)(a2)
	slli	a4,a5,1
	add	a4,a4,a5
	add	a1,a5,a1
	add	a1,a1,a4
	lui	a0,%hi(.LC15)
	addi	a5,a5,4
	addi	a1,a1,6
	addi	a0,a0,%lo(.LC15)
	sw	a5,%lo(step.0)(a3)
	sw	a1,%lo(calls.1)(a2)
	call	put_kv
	lbu	a5,256(s2)
	mv	a0,s1
	beq	a5,zero,.L43
.L37:
	lbu	a5,1(a0)
	sb	zero,0(a0)
	addi	a0,a0,1
	bne	a5,zero,.L37
.L43:
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	lw	s5,20(sp)
	li	a0,90
	addi	sp,sp,48
	jr	ra
	.size	main, .-main
	.text
	.align	2
	.globl	_start
	.type	_start, @function
_start:
	addi	sp,sp,-16
	sw	ra,12(sp)
	call	main
	li	a7,93
 #APP
# 38 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
.L46:
	j	.L46
	.size	_start, .-_start
	.globl	not_used_but_present
	.globl	aligned_ll
	.globl	pairs
	.globl	in_custom
	.globl	table_of_ptrs
	.globl	rom_ptrs
	.globl	ptr_to_big
	.globl	tag
	.globl	small_const
	.globl	crc_table
	.globl	primes
	.globl	big_zero
	.globl	big_init
	.globl	small_zero
	.globl	small_char
	.globl	small_short
	.globl	small_init
	.section	.rodata
	.align	2
	.set	.LANCHOR2,. + 0
	.type	primes, @object
	.size	primes, 40
primes:
	.word	2
	.word	3
	.word	5
	.word	7
	.word	11
	.word	13
	.word	17
	.word	19
	.word	23
	.word	29
	.type	rom_ptrs, @object
	.size	rom_ptrs, 12
rom_ptrs:
	.word	primes
	.word	primes+36
	.word	small_const
	.type	crc_table, @object
	.size	crc_table, 16
crc_table:
	.half	0
	.half	4129
	.half	8258
	.half	12387
	.half	16516
	.half	20645
	.half	24774
	.half	28903
	.data
	.align	2
	.set	.LANCHOR0,. + 0
	.type	big_init, @object
	.size	big_init, 64
big_init:
	.word	1
	.word	1
	.word	2
	.word	3
	.word	5
	.word	8
	.word	13
	.word	21
	.word	34
	.word	55
	.word	89
	.word	144
	.word	233
	.word	377
	.word	610
	.word	987
	.type	table_of_ptrs, @object
	.size	table_of_ptrs, 16
table_of_ptrs:
	.word	small_init
	.word	small_zero
	.word	big_zero+40
	.word	0
	.type	pairs, @object
	.size	pairs, 24
pairs:
	.byte	97
	.zero	3
	.word	1
	.byte	98
	.zero	3
	.word	2
	.byte	99
	.zero	3
	.word	3
	.bss
	.align	2
	.set	.LANCHOR1,. + 0
	.type	big_zero, @object
	.size	big_zero, 256
big_zero:
	.zero	256
	.type	buffer, @object
	.size	buffer, 100
buffer:
	.zero	100
	.section	.data.custom,"aw"
	.align	2
	.set	.LANCHOR3,. + 0
	.type	in_custom, @object
	.size	in_custom, 4
in_custom:
	.word	305419896
	.section	.sbss,"aw",@nobits
	.align	2
	.type	calls.1, @object
	.size	calls.1, 4
calls.1:
	.zero	4
	.type	static_small_zero, @object
	.size	static_small_zero, 4
static_small_zero:
	.zero	4
	.type	small_zero, @object
	.size	small_zero, 4
small_zero:
	.zero	4
	.section	.sdata,"aw"
	.align	3
	.type	step.0, @object
	.size	step.0, 4
step.0:
	.word	3
	.zero	4
	.type	not_used_but_present, @object
	.size	not_used_but_present, 8
not_used_but_present:
	.word	0
	.word	1073217536
	.type	aligned_ll, @object
	.size	aligned_ll, 8
aligned_ll:
	.word	1432778632
	.word	287454020
	.type	ptr_to_big, @object
	.size	ptr_to_big, 4
ptr_to_big:
	.word	big_init+12
	.type	small_char, @object
	.size	small_char, 1
small_char:
	.byte	71
	.zero	1
	.type	small_short, @object
	.size	small_short, 2
small_short:
	.half	-7
	.type	small_init, @object
	.size	small_init, 4
small_init:
	.word	42
	.section	.srodata,"a"
	.align	2
	.type	tag, @object
	.size	tag, 4
tag:
	.string	"TAG"
	.type	small_const, @object
	.size	small_const, 4
small_const:
	.word	23130
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
