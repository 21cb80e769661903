	.file	"int64.c"
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
	.align	2
	.type	put_u64, @function
put_u64:
	addi	sp,sp,-48
	li	t1,-858992640
	addi	a2,t1,-819
	sw	ra,44(sp)
	sb	zero,31(sp)
	addi	a3,sp,8
	li	t3,5
	addi	t1,t1,-820
	li	t4,9
.L31:
	add	a5,a0,a1
	sltu	a4,a5,a0
	add	a5,a5,a4
	remu	a5,a5,t3
	mv	a6,a1
	mv	t5,a3
	addi	a3,a3,-1
	mv	t6,a0
	sub	a5,a0,a5
	sgtu	a4,a5,a0
	sub	a1,a1,a4
	mul	a7,a5,t1
	mul	a1,a1,a2
	mulhu	a4,a5,a2
	add	a1,a1,a7
	mul	a5,a5,a2
	add	a1,a1,a4
	slli	a4,a1,31
	srli	a1,a1,1
	srli	a5,a5,1
	or	a5,a4,a5
	slli	a4,a5,2
	add	a4,a4,a5
	slli	a4,a4,1
	sub	a4,a0,a4
	addi	a4,a4,48
	sb	a4,23(a3)
	mv	a0,a5
	bne	a6,zero,.L31
	bgtu	t6,t4,.L31
	addi	a0,t5,22
	call	put_str
	lw	ra,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	put_u64, .-put_u64
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	" = "
	.text
	.align	2
	.type	show, @function
show:
	addi	sp,sp,-32
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	ra,28(sp)
	mv	s0,a2
	mv	s1,a1
	call	put_str
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	put_str
	blt	s0,zero,.L38
	mv	a0,s1
	mv	a1,s0
	call	put_u64
.L36:
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
	lw	s1,20(sp)
	addi	sp,sp,32
	jr	ra
.L38:
	li	a5,45
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
	snez	a1,s1
	neg	s0,s0
	neg	a0,s1
	sub	a1,s0,a1
	call	put_u64
	j	.L36
	.size	show, .-show
	.align	2
	.type	put_uint, @function
put_uint:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sb	zero,15(sp)
	addi	a5,sp,4
	li	a3,10
	li	a6,9
.L40:
	remu	a4,a0,a3
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,a3
	bgtu	a2,a6,.L40
	add	s0,a1,a3
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
	.size	put_uint, .-put_uint
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"0x"
	.text
	.align	2
	.type	put_hex64, @function
put_hex64:
	addi	sp,sp,-32
	mv	a5,a1
	lui	a1,%hi(.LC1)
	sw	s0,24(sp)
	sw	ra,28(sp)
	mv	s0,a0
	sw	s1,20(sp)
	sw	s2,16(sp)
	li	a0,1
	addi	a1,a1,%lo(.LC1)
	li	a2,2
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	s1,%hi(.LANCHOR0)
	mv	a1,a5
	addi	s2,sp,-4
	addi	a5,sp,4
	addi	s1,s1,%lo(.LANCHOR0)
.L44:
	andi	a4,a1,15
	add	a4,s1,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	a1,a1,4
	sb	a4,8(a5)
	bne	a5,s2,.L44
	addi	a0,sp,4
	sb	zero,12(sp)
	call	strlen
	mv	a2,a0
	addi	a1,sp,4
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a0,s0
	mv	a5,a1
.L45:
	andi	a4,a0,15
	add	a4,s1,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	a0,a0,4
	sb	a4,8(a5)
	bne	a5,s2,.L45
	addi	a0,sp,4
	sb	zero,12(sp)
	call	strlen
	mv	a2,a0
	addi	a1,sp,4
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_hex64, .-put_hex64
	.align	2
	.globl	__udivmoddi4
	.type	__udivmoddi4, @function
__udivmoddi4:
	addi	sp,sp,-16
	mv	t6,a1
	sw	s0,12(sp)
	sw	s1,8(sp)
	mv	t2,a0
	li	a7,63
	li	a6,0
	li	t1,0
	li	a0,0
	li	a1,0
	slli	s1,t6,1
	li	s0,31
	li	t0,1
	li	t5,-1
	j	.L56
.L65:
	sll	t3,t0,t3
	li	a5,0
.L55:
	or	a0,a0,a5
	or	a1,a1,t3
.L52:
	addi	a7,a7,-1
	beq	a7,t5,.L64
.L56:
	srli	t4,a6,31
	slli	a5,t1,1
	addi	t3,a7,-32
	or	a5,t4,a5
	slli	a6,a6,1
	srl	t1,t6,t3
	bge	t3,zero,.L51
	sub	t4,s0,a7
	sll	t4,s1,t4
	srl	t1,t2,a7
	or	t1,t4,t1
.L51:
	andi	t1,t1,1
	or	a6,t1,a6
	mv	t1,a5
	bgtu	a3,a5,.L52
	bne	a3,a5,.L58
	bgtu	a2,a6,.L52
.L58:
	sub	t4,a6,a2
	sgtu	t1,t4,a6
	sub	a5,a5,a3
	mv	a6,t4
	sub	t1,a5,t1
	bge	t3,zero,.L65
	li	t3,0
	sll	a5,t0,a7
	j	.L55
.L64:
	beq	a4,zero,.L49
	sw	a6,0(a4)
	sw	t1,4(a4)
.L49:
	lw	s0,12(sp)
	lw	s1,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	__udivmoddi4, .-__udivmoddi4
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	mv	t5,a1
	addi	sp,sp,-16
	sw	s0,12(sp)
	mv	t0,a0
	li	a1,0
	li	a0,0
	li	a6,63
	li	a4,0
	li	a7,0
	slli	s0,t5,1
	li	t2,31
	li	t6,1
	li	t4,-1
	j	.L73
.L78:
	sll	t1,t6,t1
	li	a5,0
.L72:
	or	a0,a0,a5
	or	a1,a1,t1
.L69:
	addi	a6,a6,-1
	beq	a6,t4,.L77
.L73:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L68
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L68:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L69
	bne	a3,a5,.L74
	bgtu	a2,a4,.L69
.L74:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L78
	li	t1,0
	sll	a5,t6,a6
	j	.L72
.L77:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__udivdi3, .-__udivdi3
	.align	2
	.globl	__umoddi3
	.type	__umoddi3, @function
__umoddi3:
	mv	t2,a1
	mv	t4,a0
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,t2,1
	li	t6,31
	li	t5,-1
.L84:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L81
	srl	a7,t2,t1
.L81:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L82
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L85
	bgtu	a2,a0,.L82
.L85:
	mv	a0,a6
	sub	a1,t1,a7
.L82:
	bne	a5,t5,.L84
	ret
	.size	__umoddi3, .-__umoddi3
	.align	2
	.globl	__divdi3
	.type	__divdi3, @function
__divdi3:
	addi	sp,sp,-16
	sw	s0,12(sp)
	sw	s1,8(sp)
	mv	a7,a3
	mv	t5,a1
	xor	t2,a1,a3
	mv	t0,a0
	bge	a1,zero,.L88
	snez	a5,a0
	neg	t5,a1
	sub	t5,t5,a5
	neg	t0,a0
.L88:
	mv	t4,a2
	bge	a7,zero,.L90
	snez	a5,a2
	neg	a7,a7
	sub	a7,a7,a5
	neg	t4,a2
.L90:
	li	a0,0
	li	a1,0
	li	a3,63
	li	a4,0
	li	a2,0
	slli	s1,t5,1
	li	s0,31
	li	t6,1
	li	t3,-1
	j	.L98
.L105:
	sll	a6,t6,a6
	li	a5,0
.L97:
	or	a0,a0,a5
	or	a1,a1,a6
.L94:
	addi	a3,a3,-1
	beq	a3,t3,.L104
.L98:
	srli	t1,a4,31
	slli	a5,a2,1
	addi	a6,a3,-32
	or	a5,t1,a5
	slli	a4,a4,1
	srl	a2,t5,a6
	bge	a6,zero,.L93
	sub	t1,s0,a3
	sll	t1,s1,t1
	srl	a2,t0,a3
	or	a2,t1,a2
.L93:
	andi	a2,a2,1
	or	a4,a2,a4
	mv	a2,a5
	bgtu	a7,a5,.L94
	bne	a7,a5,.L101
	bgtu	t4,a4,.L94
.L101:
	sub	t1,a4,t4
	sgtu	a2,t1,a4
	sub	a5,a5,a7
	mv	a4,t1
	sub	a2,a5,a2
	bge	a6,zero,.L105
	li	a6,0
	sll	a5,t6,a3
	j	.L97
.L104:
	bge	t2,zero,.L87
	snez	a5,a0
	neg	a1,a1
	sub	a1,a1,a5
	neg	a0,a0
.L87:
	lw	s0,12(sp)
	lw	s1,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	__divdi3, .-__divdi3
	.align	2
	.globl	__moddi3
	.type	__moddi3, @function
__moddi3:
	addi	sp,sp,-16
	sw	s0,12(sp)
	mv	t2,a1
	mv	t4,a0
	mv	s0,a1
	blt	a1,zero,.L122
.L107:
	bge	a3,zero,.L109
	snez	a5,a2
	neg	a3,a3
	sub	a3,a3,a5
	neg	a2,a2
.L109:
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,s0,1
	li	t6,31
	li	t5,-1
.L115:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L112
	srl	a7,s0,t1
.L112:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L113
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L118
	bgtu	a2,a0,.L113
.L118:
	mv	a0,a6
	sub	a1,t1,a7
.L113:
	bne	a5,t5,.L115
	bge	t2,zero,.L106
	snez	a5,a0
	neg	a1,a1
	sub	a1,a1,a5
	neg	a0,a0
.L106:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L122:
	snez	a5,a0
	neg	s0,a1
	sub	s0,s0,a5
	neg	t4,a0
	j	.L107
	.size	__moddi3, .-__moddi3
	.section	.rodata.str1.4
	.align	2
.LC3:
	.string	"carry add"
	.align	2
.LC4:
	.string	"borrow sub"
	.align	2
.LC6:
	.string	"mul"
	.align	2
.LC7:
	.string	"neg mul"
	.align	2
.LC8:
	.string	"20! = "
	.align	2
.LC9:
	.string	"fib(90) = "
	.align	2
.LC10:
	.string	"compares:"
	.align	2
.LC14:
	.string	"div"
	.align	2
.LC15:
	.string	"mod"
	.globl	__udivdi3
	.align	2
.LC16:
	.string	"udiv"
	.globl	__umoddi3
	.align	2
.LC17:
	.string	"umod"
	.align	2
.LC18:
	.string	"accum"
	.align	2
.LC19:
	.string	"min"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	lui	a0,%hi(.LC3)
	addi	sp,sp,-80
	li	a1,0
	li	a2,1
	addi	a0,a0,%lo(.LC3)
	sw	ra,76(sp)
	sw	s0,72(sp)
	sw	s1,68(sp)
	sw	s2,64(sp)
	sw	s3,60(sp)
	sw	s4,56(sp)
	sw	s5,52(sp)
	sw	s6,48(sp)
	sw	s7,44(sp)
	sw	s8,40(sp)
	sw	s9,36(sp)
	call	show
	lui	a0,%hi(.LC4)
	li	a1,-1
	li	a2,0
	addi	a0,a0,%lo(.LC4)
	call	show
	lui	a5,%hi(.LC5)
	lw	a1,%lo(.LC5)(a5)
	lw	a2,%lo(.LC5+4)(a5)
	lui	a0,%hi(.LC6)
	addi	a0,a0,%lo(.LC6)
	call	show
	li	a1,474836992
	lui	a0,%hi(.LC7)
	addi	a1,a1,-512
	li	a2,-5
	addi	a0,a0,%lo(.LC7)
	call	show
	li	s1,1
	li	a5,1
	li	a3,0
	li	s0,0
	li	a6,21
.L141:
	mul	a4,s0,a5
	addi	a2,a5,1
	sltu	a0,a2,a5
	mul	a1,a3,s1
	add	a3,a0,a3
	mulhu	s0,s1,a5
	add	a4,a4,a1
	mul	s1,s1,a5
	add	s0,a4,s0
	mv	a5,a2
	bne	a2,a6,.L141
	bne	a3,zero,.L141
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	put_str
	mv	a0,s1
	mv	a1,s0
	call	put_u64
	li	a5,10
	sb	a5,20(sp)
	li	a0,1
	addi	a1,sp,20
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a3,90
	li	a4,1
	li	a5,0
	li	a1,0
	li	s1,0
.L125:
	add	a1,a4,a1
	mv	a2,a5
	mv	a0,a4
	sltu	a5,a1,a4
	add	s1,a2,s1
	addi	a3,a3,-1
	mv	a4,a1
	add	a5,a5,s1
	mv	a1,a0
	mv	s1,a2
	bne	a3,zero,.L125
	sw	a0,12(sp)
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	call	put_str
	lw	a1,12(sp)
	mv	a0,a1
	mv	a1,s1
	call	put_u64
	li	a5,10
	sb	a5,20(sp)
	li	a0,1
	addi	a1,sp,20
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	s4,-287444992
	li	s0,10
	addi	s4,s4,-245
	li	s6,-2112454656
	mv	s2,a1
	li	s9,0
	lui	s1,%hi(big_constant)
	sub	s5,s0,a1
	li	s3,32
	slli	s7,s4,1
	addi	s6,s6,-277
.L133:
	mv	a4,s9
	sb	zero,31(sp)
	mv	a5,s2
	li	a0,9
.L126:
	remu	a3,a4,s0
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a4
	addi	a3,a3,48
	sb	a3,11(a5)
	divu	a4,a4,s0
	bgtu	a2,a0,.L126
	add	a1,s5,a1
	add	s8,s2,a1
	mv	a0,s8
	call	strlen
	mv	a2,a0
	mv	a1,s8
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	sb	s3,19(sp)
	addi	a1,sp,19
	li	a2,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s8,s9,-32
	blt	s8,zero,.L127
	lw	a1,%lo(big_constant)(s1)
	li	a0,0
	sll	a1,a1,s8
.L128:
	call	put_hex64
	li	a0,1
	sb	s3,18(sp)
	addi	a1,sp,18
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	blt	s8,zero,.L129
	sra	a0,s4,s8
	li	a1,-1
.L130:
	call	put_hex64
	li	a0,1
	sb	s3,17(sp)
	addi	a1,sp,17
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	blt	s8,zero,.L131
	lw	a0,%lo(big_constant+4)(s1)
	li	a1,0
	srl	a0,a0,s8
.L132:
	call	put_hex64
	li	a0,1
	sb	s0,16(sp)
	addi	a1,sp,16
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a5,65
	addi	s9,s9,13
	bne	s9,a5,.L133
	lw	a1,%lo(big_constant)(s1)
	li	a0,0
	li	s3,32
	call	put_hex64
	li	a0,1
	sb	s3,20(sp)
	addi	a1,sp,20
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a0,%lo(big_constant+4)(s1)
	li	a1,0
	srli	a0,a0,8
	call	put_hex64
	li	a0,1
	sb	s3,20(sp)
	addi	a1,sp,20
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,-143724544
	addi	a0,a0,1925
	li	a1,-1
	call	put_hex64
	li	a0,1
	sb	s0,20(sp)
	addi	a1,sp,20
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	put_str
	li	a0,1
	call	put_uint
	li	a0,0
	call	put_uint
	li	a0,0
	call	put_uint
	li	a0,1
	call	put_uint
	li	a0,1
	call	put_uint
	li	a0,1
	call	put_uint
	lw	a4,%lo(big_constant+4)(s1)
	li	a5,-287444992
	addi	a5,a5,-245
	li	a0,1
	blt	a4,a5,.L135
	beq	a4,a5,.L143
.L134:
	call	put_uint
	li	a5,10
	sb	a5,20(sp)
	li	a0,1
	addi	a1,sp,20
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a5,%hi(.LC13)
	lw	a1,%lo(.LC13)(a5)
	lw	a2,%lo(.LC13+4)(a5)
	lui	a0,%hi(.LC14)
	addi	a0,a0,%lo(.LC14)
	call	show
	li	a1,-897024
	lui	a0,%hi(.LC15)
	addi	a1,a1,-475
	li	a2,-1
	addi	a0,a0,%lo(.LC15)
	call	show
	lw	a0,%lo(big_constant)(s1)
	lw	a1,%lo(big_constant+4)(s1)
	li	a2,12288
	li	a3,0
	addi	a2,a2,57
	call	__udivdi3
	mv	a2,a1
	mv	a1,a0
	lui	a0,%hi(.LC16)
	addi	a0,a0,%lo(.LC16)
	call	show
	lw	a0,%lo(big_constant)(s1)
	lw	a1,%lo(big_constant+4)(s1)
	li	a2,12288
	addi	a2,a2,57
	li	a3,0
	call	__umoddi3
	mv	a2,a1
	mv	a1,a0
	lui	a0,%hi(.LC17)
	addi	a0,a0,%lo(.LC17)
	call	show
	lui	a5,%hi(.LC2)
	lw	s1,%lo(.LC2)(a5)
	lw	s0,%lo(.LC2+4)(a5)
	li	s5,5
	lui	s4,%hi(accum64)
	li	s3,10
.L136:
	srli	a4,s1,19
	slli	a5,s0,13
	or	a5,a4,a5
	slli	a4,s1,13
	xor	a5,a5,s0
	xor	a4,a4,s1
	slli	a2,a5,25
	srli	a3,a4,7
	or	a3,a2,a3
	srli	a2,a5,7
	xor	a4,a4,a3
	xor	a5,a5,a2
	srli	a3,a4,15
	slli	s0,a5,17
	or	s0,a3,s0
	slli	s1,a4,17
	lw	a3,%lo(accum64)(s4)
	xor	s0,a5,s0
	xor	s1,a4,s1
	slli	a2,s0,16
	lw	a4,%lo(accum64+4)(s4)
	srli	a5,s1,16
	or	a5,a2,a5
	add	a5,a3,a5
	srli	a2,s0,16
	add	a4,a4,a2
	sltu	a3,a5,a3
	add	a3,a3,a4
	mv	a0,s1
	mv	a1,s0
	sw	a5,%lo(accum64)(s4)
	sw	a3,%lo(accum64+4)(s4)
	call	put_hex64
	li	a0,1
	sb	s3,20(sp)
	mv	a1,s2
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s5,s5,-1
	bne	s5,zero,.L136
	lw	a1,%lo(accum64)(s4)
	lw	a2,%lo(accum64+4)(s4)
	lui	a0,%hi(.LC18)
	addi	a0,a0,%lo(.LC18)
	call	show
	lui	a0,%hi(.LC19)
	addi	a0,a0,%lo(.LC19)
	li	a1,0
	li	a2,-2147483648
	call	show
	lw	a0,%lo(accum64)(s4)
	lw	ra,76(sp)
	lw	s0,72(sp)
	lw	s1,68(sp)
	lw	s2,64(sp)
	lw	s3,60(sp)
	lw	s4,56(sp)
	lw	s5,52(sp)
	lw	s6,48(sp)
	lw	s7,44(sp)
	lw	s8,40(sp)
	lw	s9,36(sp)
	andi	a0,a0,127
	addi	sp,sp,80
	jr	ra
.L131:
	lw	a1,%lo(big_constant+4)(s1)
	lw	a0,%lo(big_constant)(s1)
	li	a4,31
	slli	a5,a1,1
	sub	a4,a4,s9
	sll	a5,a5,a4
	srl	a0,a0,s9
	or	a0,a5,a0
	srl	a1,a1,s9
	j	.L132
.L129:
	li	a5,31
	sub	a5,a5,s9
	sll	a5,s7,a5
	srl	a0,s6,s9
	or	a0,a5,a0
	sra	a1,s4,s9
	j	.L130
.L127:
	lw	a0,%lo(big_constant)(s1)
	lw	a1,%lo(big_constant+4)(s1)
	li	a4,31
	srli	a5,a0,1
	sub	a4,a4,s9
	srl	a5,a5,a4
	sll	a1,a1,s9
	or	a1,a5,a1
	sll	a0,a0,s9
	j	.L128
.L143:
	lw	a4,%lo(big_constant)(s1)
	li	a5,-2112454656
	addi	a5,a5,-276
	bgeu	a4,a5,.L134
.L135:
	li	a0,0
	j	.L134
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
.L145:
	j	.L145
	.size	_start, .-_start
	.globl	accum64
	.globl	neg_constant
	.globl	big_constant
	.section	.srodata.cst8,"aM",@progbits,8
	.align	3
.LC2:
	.word	-876643772
	.word	20529293
	.align	3
.LC5:
	.word	-498937336
	.word	11538084
	.align	3
.LC13:
	.word	-1908572478
	.word	-288
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.section	.sbss,"aw",@nobits
	.align	3
	.type	accum64, @object
	.size	accum64, 8
accum64:
	.zero	8
	.section	.sdata,"aw"
	.align	3
	.type	big_constant, @object
	.size	big_constant, 8
big_constant:
	.word	-1985229329
	.word	19088743
	.section	.srodata,"a"
	.align	3
	.type	neg_constant, @object
	.size	neg_constant, 8
neg_constant:
	.word	-2112454933
	.word	-287445237
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
