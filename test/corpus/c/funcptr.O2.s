	.file	"funcptr.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	add, @function
add:
	add	a0,a0,a1
	ret
	.size	add, .-add
	.align	2
	.type	sub, @function
sub:
	sub	a0,a0,a1
	ret
	.size	sub, .-sub
	.align	2
	.type	mul, @function
mul:
	mul	a0,a0,a1
	ret
	.size	mul, .-mul
	.align	2
	.type	max, @function
max:
	mv	a5,a0
	mv	a0,a1
	bge	a1,a5,.L6
	mv	a0,a5
.L6:
	ret
	.size	max, .-max
	.align	2
	.type	min, @function
min:
	mv	a5,a0
	mv	a0,a1
	ble	a1,a5,.L8
	mv	a0,a5
.L8:
	ret
	.size	min, .-min
	.align	2
	.type	map, @function
map:
	addi	sp,sp,-16
	slli	a1,a1,2
	sw	s0,8(sp)
	sw	s1,4(sp)
	sw	s2,0(sp)
	sw	ra,12(sp)
	mv	s0,a0
	mv	s2,a2
	add	s1,a0,a1
.L10:
	lw	a0,0(s0)
	addi	s0,s0,4
	jalr	s2
	sw	a0,-4(s0)
	bne	s0,s1,.L10
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	lw	s2,0(sp)
	addi	sp,sp,16
	jr	ra
	.size	map, .-map
	.align	2
	.type	square, @function
square:
	mul	a0,a0,a0
	ret
	.size	square, .-square
	.align	2
	.type	negate, @function
negate:
	neg	a0,a0
	ret
	.size	negate, .-negate
	.align	2
	.type	pick, @function
pick:
	lui	a6,%hi(.LANCHOR0)
	addi	t3,a6,%lo(.LANCHOR0)
	li	a5,97
	addi	a6,a6,%lo(.LANCHOR0)
	lw	a4,0(a6)
	li	a7,0
	li	t1,5
	mv	a3,a0
	bne	a5,zero,.L16
	j	.L26
.L18:
	lbu	a5,0(a4)
	beq	a5,zero,.L27
	mv	a3,a1
.L16:
	lbu	a2,0(a3)
	addi	a4,a4,1
	addi	a1,a3,1
	beq	a2,a5,.L18
.L19:
	addi	a7,a7,1
	addi	a6,a6,4
	beq	a7,t1,.L24
	lw	a5,0(a6)
	lw	a4,0(a6)
	mv	a3,a0
	lbu	a5,0(a5)
	bne	a5,zero,.L16
.L26:
	lbu	a5,0(a0)
	bne	a5,zero,.L19
.L28:
	slli	a7,a7,2
	add	t3,t3,a7
	lw	a0,20(t3)
	ret
.L27:
	lbu	a5,1(a3)
	bne	a5,zero,.L19
	j	.L28
.L24:
	li	a0,0
	ret
	.size	pick, .-pick
	.align	2
	.type	by_value, @function
by_value:
	lw	a0,0(a0)
	lw	a5,0(a1)
	sub	a0,a0,a5
	ret
	.size	by_value, .-by_value
	.align	2
	.type	by_value_desc, @function
by_value_desc:
	lw	a4,0(a1)
	lw	a0,0(a0)
	sub	a0,a4,a0
	ret
	.size	by_value_desc, .-by_value_desc
	.align	2
	.type	st_start, @function
st_start:
	addi	a0,a0,-43
	andi	a0,a0,0xff
	li	a5,14
	bgtu	a0,a5,.L33
	lui	a5,%hi(.LANCHOR0)
	slli	a0,a0,2
	addi	a5,a5,%lo(.LANCHOR0)
	add	a5,a5,a0
	lw	a0,40(a5)
	ret
.L33:
	li	a0,0
	ret
	.size	st_start, .-st_start
	.align	2
	.type	st_sign, @function
st_sign:
	addi	a0,a0,-48
	andi	a0,a0,0xff
	li	a5,9
	bgtu	a0,a5,.L36
	lui	a0,%hi(.LANCHOR0+100)
	addi	a0,a0,%lo(.LANCHOR0+100)
	ret
.L36:
	li	a0,0
	ret
	.size	st_sign, .-st_sign
	.align	2
	.type	st_int, @function
st_int:
	addi	a4,a0,-48
	andi	a4,a4,0xff
	li	a3,9
	mv	a5,a0
	bleu	a4,a3,.L39
	li	a4,46
	li	a0,0
	bne	a5,a4,.L37
	lui	a0,%hi(.LANCHOR0+112)
	addi	a0,a0,%lo(.LANCHOR0+112)
	ret
.L39:
	lui	a0,%hi(.LANCHOR0+100)
	addi	a0,a0,%lo(.LANCHOR0+100)
.L37:
	ret
	.size	st_int, .-st_int
	.align	2
	.type	st_dot, @function
st_dot:
	addi	a0,a0,-48
	andi	a0,a0,0xff
	li	a5,9
	bgtu	a0,a5,.L43
	lui	a0,%hi(.LANCHOR0+124)
	addi	a0,a0,%lo(.LANCHOR0+124)
	ret
.L43:
	li	a0,0
	ret
	.size	st_dot, .-st_dot
	.align	2
	.type	count_hook, @function
count_hook:
	lui	a4,%hi(hook_total)
	lw	a5,%lo(hook_total)(a4)
	add	a5,a5,a0
	sw	a5,%lo(hook_total)(a4)
	ret
	.size	count_hook, .-count_hook
	.align	2
	.type	st_frac, @function
st_frac:
	addi	a0,a0,-48
	andi	a0,a0,0xff
	li	a5,9
	bgtu	a0,a5,.L47
	lui	a0,%hi(.LANCHOR0+124)
	addi	a0,a0,%lo(.LANCHOR0+124)
	ret
.L47:
	li	a0,0
	ret
	.size	st_frac, .-st_frac
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L49
	add	a2,a0,a2
	mv	a5,a0
.L50:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L50
.L49:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.type	sort.constprop.0, @function
sort.constprop.0:
	addi	sp,sp,-32
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	sw	s5,4(sp)
	sw	ra,28(sp)
	sw	s0,24(sp)
	mv	s2,a0
	mv	s1,a1
	mv	s4,a0
	li	s3,1
	li	s5,8
.L56:
	mv	s0,s4
	j	.L57
.L59:
	lw	a4,0(s0)
	lw	a5,4(s0)
	addi	a3,s0,-4
	sw	a4,4(s0)
	sw	a5,0(s0)
	beq	s2,s0,.L60
	mv	s0,a3
.L57:
	addi	a1,s0,4
	mv	a0,s0
	jalr	s1
	bgt	a0,zero,.L59
.L60:
	addi	s3,s3,1
	addi	s4,s4,4
	bne	s3,s5,.L56
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	lw	s5,4(sp)
	addi	sp,sp,32
	jr	ra
	.size	sort.constprop.0, .-sort.constprop.0
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L71
.L67:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L67
.L71:
	ret
	.size	memset, .-memset
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L75
	mv	a5,a0
.L74:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L74
	sub	a0,a5,a0
	ret
.L75:
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
	.align	2
	.type	put_int, @function
put_int:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	mv	a5,a0
	blt	a0,zero,.L88
	sb	zero,15(sp)
	addi	a4,sp,4
	li	a2,10
	li	a0,9
.L83:
	remu	a3,a5,a2
	mv	a1,a4
	addi	a4,a4,-1
	mv	a6,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,a2
	bgtu	a6,a0,.L83
	add	s0,a1,a2
.L87:
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
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
.L88:
	li	a4,45
	sb	a4,4(sp)
	li	a0,1
	addi	a1,sp,4
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a2,10
	neg	a5,a5
	sb	zero,15(sp)
	mv	a4,a1
	li	a7,9
.L81:
	remu	a3,a5,a2
	mv	a6,a4
	addi	a4,a4,-1
	mv	a0,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,a2
	bgtu	a0,a7,.L81
	sub	a2,a2,a1
	add	a2,a2,a6
	addi	a5,sp,4
	add	s0,a5,a2
	j	.L87
	.size	put_int, .-put_int
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC1:
	.string	" = "
	.text
	.align	2
	.type	put_kv, @function
put_kv:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	mv	s0,a1
	call	put_str
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	put_str
	mv	a0,s0
	call	put_int
	li	a5,10
	sb	a5,15(sp)
	li	a0,1
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_kv, .-put_kv
	.section	.rodata.str1.4
	.align	2
.LC2:
	.string	" yes\n"
	.align	2
.LC3:
	.string	" no\n"
	.align	2
.LC4:
	.string	": "
	.align	2
.LC5:
	.string	"max"
	.align	2
.LC6:
	.string	"pick(max)"
	.align	2
.LC7:
	.string	"nope"
	.align	2
.LC8:
	.string	"pick(nope)"
	.align	2
.LC9:
	.string	"mul"
	.align	2
.LC10:
	.string	"current_op"
	.align	2
.LC11:
	.string	"hook_total"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-96
	sw	s3,76(sp)
	lui	s3,%hi(.LANCHOR0)
	addi	a5,s3,%lo(.LANCHOR0)
	lw	a2,152(a5)
	lw	a7,136(a5)
	lw	a6,140(a5)
	lw	a0,144(a5)
	lw	a1,148(a5)
	lw	a3,156(a5)
	lw	a4,160(a5)
	lw	a5,164(a5)
	sw	s6,64(sp)
	sw	s7,60(sp)
	addi	s6,s3,%lo(.LANCHOR0)
	lui	s7,%hi(.LC4)
	sw	s1,84(sp)
	sw	s4,72(sp)
	sw	s5,68(sp)
	sw	s8,56(sp)
	sw	s9,52(sp)
	sw	a2,32(sp)
	sw	ra,92(sp)
	sw	s0,88(sp)
	sw	s2,80(sp)
	sw	s10,48(sp)
	sw	a7,16(sp)
	sw	a6,20(sp)
	sw	a0,24(sp)
	sw	a1,28(sp)
	sw	a3,36(sp)
	sw	a4,40(sp)
	sw	a5,44(sp)
	addi	s7,s7,%lo(.LC4)
	addi	s3,s3,%lo(.LANCHOR0)
	addi	s5,s6,20
	li	a2,3
	li	s4,0
	addi	s1,sp,48
	li	s9,10
	li	s8,5
.L94:
	li	a0,1
	lw	a1,0(s3)
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	mv	a1,s7
	li	a2,2
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	s0,0(s5)
	addi	a5,s4,-2
	addi	s2,sp,16
	seqz	a5,a5
	mv	s10,s2
.L92:
	lw	a1,0(s10)
	mv	a0,a5
	addi	s10,s10,4
	jalr	s0
	mv	a5,a0
	bne	s10,s1,.L92
	call	put_int
	li	a0,1
	sb	s9,15(sp)
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s4,s4,1
	addi	s3,s3,4
	addi	s5,s5,4
	beq	s4,s8,.L93
	lw	a0,0(s3)
	call	strlen
	mv	a2,a0
	j	.L94
.L93:
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	call	pick
	mv	a5,a0
	li	a1,11
	li	a0,3
	jalr	a5
	mv	a1,a0
	lui	a0,%hi(.LC6)
	addi	a0,a0,%lo(.LC6)
	call	put_kv
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	call	pick
	seqz	a1,a0
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	put_kv
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	call	pick
	lui	a4,%hi(current_op)
	mv	a5,a0
	sw	a0,%lo(current_op)(a4)
	li	a1,7
	li	a0,6
	jalr	a5
	mv	a1,a0
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	put_kv
	lui	a1,%hi(by_value)
	addi	a1,a1,%lo(by_value)
	addi	a0,sp,16
	call	sort.constprop.0
	addi	s0,sp,16
	li	s3,32
.L95:
	lw	a0,0(s0)
	call	put_int
	li	a0,1
	sb	s3,15(sp)
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s0,s0,4
	bne	s0,s1,.L95
	li	a5,10
	sb	a5,15(sp)
	li	a0,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a1,%hi(by_value_desc)
	addi	a1,a1,%lo(by_value_desc)
	addi	a0,sp,16
	call	sort.constprop.0
	lui	a2,%hi(square)
	addi	a2,a2,%lo(square)
	li	a1,8
	addi	a0,sp,16
	call	map
	lui	a2,%hi(negate)
	addi	a2,a2,%lo(negate)
	li	a1,4
	addi	a0,sp,16
	call	map
	addi	s0,sp,16
	li	s3,32
.L96:
	lw	a0,0(s0)
	call	put_int
	li	a0,1
	sb	s3,15(sp)
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s0,s0,4
	bne	s0,s1,.L96
	li	a5,10
	sb	a5,15(sp)
	li	a0,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	s0,168(s6)
	lui	s5,%hi(st_start)
	lui	s8,%hi(.LC2)
	lui	s7,%hi(.LC3)
	addi	s3,s6,168
	li	a2,3
	addi	s6,s6,196
	addi	s5,s5,%lo(st_start)
	addi	s8,s8,%lo(.LC2)
	addi	s7,s7,%lo(.LC3)
	li	a0,1
	mv	a1,s0
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lbu	a0,0(s0)
	mv	a5,s5
	bne	a0,zero,.L97
	j	.L100
.L126:
	beq	a5,zero,.L100
	lw	a5,4(a5)
.L97:
	jalr	a5
	addi	s0,s0,1
	mv	a5,a0
	lbu	a0,0(s0)
	bne	a0,zero,.L126
	beq	a5,zero,.L100
	lw	a5,8(a5)
	beq	a5,zero,.L100
	mv	a2,s4
	mv	a1,s8
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s3,s3,4
	beq	s6,s3,.L101
.L127:
	lw	a0,0(s3)
	call	strlen
	lw	s0,0(s3)
	mv	a2,a0
	li	a7,64
	li	a0,1
	mv	a1,s0
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lbu	a0,0(s0)
	mv	a5,s5
	bne	a0,zero,.L97
.L100:
	li	a2,4
	mv	a1,s7
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s3,s3,4
	bne	s6,s3,.L127
.L101:
	lui	a5,%hi(count_hook)
	addi	a4,a5,%lo(count_hook)
	lui	s3,%hi(hook)
	sw	a4,%lo(hook)(s3)
	addi	a5,a5,%lo(count_hook)
	li	s0,0
	li	s4,10
.L105:
	mv	a0,s0
	addi	s0,s0,1
	beq	a5,zero,.L103
	jalr	a5
.L103:
	beq	s0,s4,.L104
	lw	a5,%lo(hook)(s3)
	j	.L105
.L104:
	lui	a5,%hi(hook_total)
	lw	a1,%lo(hook_total)(a5)
	lui	a0,%hi(.LC11)
	addi	a0,a0,%lo(.LC11)
	call	put_kv
	li	a0,0
.L106:
	lw	a5,0(s2)
	addi	s2,s2,4
	add	a0,a0,a5
	bne	s2,s1,.L106
	lw	ra,92(sp)
	lw	s0,88(sp)
	lw	s1,84(sp)
	lw	s2,80(sp)
	lw	s3,76(sp)
	lw	s4,72(sp)
	lw	s5,68(sp)
	lw	s6,64(sp)
	lw	s7,60(sp)
	lw	s8,56(sp)
	lw	s9,52(sp)
	lw	s10,48(sp)
	andi	a0,a0,0xff
	addi	sp,sp,96
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
.L129:
	j	.L129
	.size	_start, .-_start
	.section	.rodata.str1.4
	.align	2
.LC12:
	.string	"123"
	.align	2
.LC13:
	.string	"-4.5"
	.align	2
.LC14:
	.string	"+"
	.align	2
.LC15:
	.string	"1."
	.align	2
.LC16:
	.string	"3.14159"
	.align	2
.LC17:
	.string	"abc"
	.align	2
.LC18:
	.string	"+0"
	.align	2
.LC19:
	.string	"frac"
	.align	2
.LC20:
	.string	"dot"
	.align	2
.LC21:
	.string	"int"
	.align	2
.LC22:
	.string	"sign"
	.globl	hook
	.globl	current_op
	.align	2
.LC23:
	.string	"add"
	.align	2
.LC24:
	.string	"sub"
	.align	2
.LC25:
	.string	"min"
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	op_names, @object
	.size	op_names, 20
op_names:
	.word	.LC23
	.word	.LC24
	.word	.LC9
	.word	.LC5
	.word	.LC25
	.type	ops, @object
	.size	ops, 20
ops:
	.word	add
	.word	sub
	.word	mul
	.word	max
	.word	min
	.type	CSWTCH.48, @object
	.size	CSWTCH.48, 60
CSWTCH.48:
	.word	S_SIGN
	.word	0
	.word	S_SIGN
	.word	0
	.word	0
	.word	S_INT
	.word	S_INT
	.word	S_INT
	.word	S_INT
	.word	S_INT
	.word	S_INT
	.word	S_INT
	.word	S_INT
	.word	S_INT
	.word	S_INT
	.type	S_INT, @object
	.size	S_INT, 12
S_INT:
	.word	.LC21
	.word	st_int
	.word	1
	.type	S_DOT, @object
	.size	S_DOT, 12
S_DOT:
	.word	.LC20
	.word	st_dot
	.word	0
	.type	S_FRAC, @object
	.size	S_FRAC, 12
S_FRAC:
	.word	.LC19
	.word	st_frac
	.word	1
.LC0:
	.word	5
	.word	-3
	.word	12
	.word	7
	.word	0
	.word	9
	.word	-8
	.word	4
	.type	inputs.0, @object
	.size	inputs.0, 28
inputs.0:
	.word	.LC12
	.word	.LC13
	.word	.LC14
	.word	.LC15
	.word	.LC16
	.word	.LC17
	.word	.LC18
	.type	S_SIGN, @object
	.size	S_SIGN, 12
S_SIGN:
	.word	.LC22
	.word	st_sign
	.word	0
	.section	.sbss,"aw",@nobits
	.align	2
	.type	hook_total, @object
	.size	hook_total, 4
hook_total:
	.zero	4
	.type	hook, @object
	.size	hook, 4
hook:
	.zero	4
	.section	.sdata,"aw"
	.align	2
	.type	current_op, @object
	.size	current_op, 4
current_op:
	.word	add
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
