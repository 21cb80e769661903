	.file	"structs.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
 #APP
	.section .text._start,"ax",@progbits
.globl _start
.type _start, @function
_start:
  .option push
  .option norelax
  lui gp, %hi(__global_pointer$)
  addi gp, gp, %lo(__global_pointer$)
  .option pop
  lw a0, 0(sp)
  addi a1, sp, 4
  slli t0, a0, 2
  add t0, a1, t0
  addi t0, t0, 4
  lui t1, %hi(rt_envp)
  sw t0, %lo(rt_envp)(t1)
  call main
  li a7, 93
  ecall
1:
  j 1b
.size _start, .-_start
.text

 #NO_APP
	.align	2
	.type	rect_area2, @function
rect_area2:
	lw	a5,4(a0)
	lw	a4,8(a0)
	mul	a0,a5,a4
	slli	a0,a0,1
	ret
	.size	rect_area2, .-rect_area2
	.align	2
	.type	rect_perim, @function
rect_perim:
	lw	a5,4(a0)
	lw	a4,8(a0)
	add	a0,a5,a4
	slli	a0,a0,1
	ret
	.size	rect_perim, .-rect_perim
	.align	2
	.type	rect_scale, @function
rect_scale:
	lw	a4,4(a0)
	lw	a5,8(a0)
	mul	a4,a4,a1
	mul	a5,a5,a1
	sw	a4,4(a0)
	sw	a5,8(a0)
	ret
	.size	rect_scale, .-rect_scale
	.align	2
	.type	rtri_area2, @function
rtri_area2:
	lw	a4,4(a0)
	lw	a0,8(a0)
	mul	a0,a4,a0
	ret
	.size	rtri_area2, .-rtri_area2
	.align	2
	.type	rtri_perim, @function
rtri_perim:
	lw	a4,4(a0)
	lw	a2,8(a0)
	li	a5,0
	mul	a3,a4,a4
	add	a0,a4,a2
	mul	a2,a2,a2
	add	a3,a3,a2
.L7:
	mv	a2,a5
	addi	a5,a5,1
	mul	a4,a5,a5
	bge	a3,a4,.L7
	add	a0,a0,a2
	ret
	.size	rtri_perim, .-rtri_perim
	.align	2
	.type	cmp_area, @function
cmp_area:
	lw	a5,0(a0)
	addi	sp,sp,-16
	sw	ra,12(sp)
	lw	a5,4(a5)
	sw	s0,8(sp)
	mv	s0,a1
	jalr	a5
	lw	a4,0(s0)
	mv	a5,a0
	mv	a0,s0
	mv	s0,a5
	lw	a5,4(a4)
	jalr	a5
	lw	ra,12(sp)
	sub	a0,s0,a0
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	cmp_area, .-cmp_area
	.align	2
	.type	cmp_int_desc, @function
cmp_int_desc:
	lw	a4,0(a1)
	lw	a0,0(a0)
	sub	a0,a4,a0
	ret
	.size	cmp_int_desc, .-cmp_int_desc
	.align	2
	.type	op_add, @function
op_add:
	add	a0,a0,a1
	ret
	.size	op_add, .-op_add
	.align	2
	.type	op_sub, @function
op_sub:
	sub	a0,a0,a1
	ret
	.size	op_sub, .-op_sub
	.align	2
	.type	op_mul, @function
op_mul:
	mul	a0,a0,a1
	ret
	.size	op_mul, .-op_mul
	.align	2
	.type	op_max, @function
op_max:
	mv	a5,a0
	mv	a0,a1
	bge	a1,a5,.L16
	mv	a0,a5
.L16:
	ret
	.size	op_max, .-op_max
	.align	2
	.type	op_xor, @function
op_xor:
	xor	a0,a0,a1
	ret
	.size	op_xor, .-op_xor
	.align	2
	.type	rtri_scale, @function
rtri_scale:
	lw	a4,4(a0)
	lw	a5,8(a0)
	mul	a4,a4,a1
	mul	a5,a5,a1
	sw	a4,4(a0)
	sw	a5,8(a0)
	ret
	.size	rtri_scale, .-rtri_scale
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L20
	add	a2,a0,a2
	mv	a5,a0
.L21:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L21
.L20:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.type	gsort, @function
gsort:
	addi	sp,sp,-112
	sw	s2,96(sp)
	sw	s4,88(sp)
	sw	s5,84(sp)
	sw	s6,80(sp)
	sw	s7,76(sp)
	sw	s8,72(sp)
	sw	s9,68(sp)
	sw	ra,108(sp)
	sw	s0,104(sp)
	sw	s1,100(sp)
	sw	s3,92(sp)
	mv	s8,a0
	mv	s2,a2
	mv	s7,a1
	mv	s4,a3
	add	s6,a0,a2
	mv	s9,a0
	li	s5,1
.L30:
	mv	a2,s2
	mv	a1,s6
	mv	a0,sp
	call	memcpy
	mv	s1,s9
	mv	s0,s6
	mv	s3,s5
	j	.L27
.L29:
	call	memcpy
	sub	s0,s0,s2
	sub	s1,s1,s2
	beq	s3,zero,.L31
.L27:
	mv	a1,sp
	mv	a0,s1
	jalr	s4
	mv	a5,a0
	mv	a1,s1
	mv	a2,s2
	mv	a0,s0
	addi	s3,s3,-1
	bgt	a5,zero,.L29
.L28:
	mv	a2,s2
	mv	a1,sp
	mv	a0,s0
	addi	s5,s5,1
	call	memcpy
	add	s6,s6,s2
	add	s9,s9,s2
	bne	s7,s5,.L30
	lw	ra,108(sp)
	lw	s0,104(sp)
	lw	s1,100(sp)
	lw	s2,96(sp)
	lw	s3,92(sp)
	lw	s4,88(sp)
	lw	s5,84(sp)
	lw	s6,80(sp)
	lw	s7,76(sp)
	lw	s8,72(sp)
	lw	s9,68(sp)
	addi	sp,sp,112
	jr	ra
.L31:
	mv	s0,s8
	j	.L28
	.size	gsort, .-gsort
	.align	2
	.globl	memmove
	.type	memmove, @function
memmove:
	bltu	a0,a1,.L35
	addi	a5,a2,-1
	li	a6,-1
	beq	a2,zero,.L47
.L39:
	add	a4,a1,a5
	lbu	a3,0(a4)
	add	a4,a0,a5
	addi	a5,a5,-1
	sb	a3,0(a4)
	bne	a5,a6,.L39
.L41:
	ret
.L35:
	beq	a2,zero,.L41
	add	a2,a0,a2
	mv	a5,a0
.L38:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a2,a5,.L38
	ret
.L47:
	ret
	.size	memmove, .-memmove
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L54
.L50:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L50
.L54:
	ret
	.size	memset, .-memset
	.align	2
	.globl	memcmp
	.type	memcmp, @function
memcmp:
	beq	a2,zero,.L59
	add	a2,a1,a2
	j	.L58
.L57:
	beq	a1,a2,.L59
.L58:
	lbu	a5,0(a0)
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a1,a1,1
	beq	a5,a4,.L57
	sub	a0,a5,a4
	ret
.L59:
	li	a0,0
	ret
	.size	memcmp, .-memcmp
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L64
	mv	a5,a0
.L63:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L63
	sub	a0,a5,a0
	ret
.L64:
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
# 55 "rt.h" 1
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
.LC1:
	.string	" = 0x"
	.text
	.align	2
	.type	put_kx, @function
put_kx:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	mv	s0,a1
	call	put_str
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	put_str
	lui	a3,%hi(.LANCHOR0)
	addi	a5,sp,4
	addi	a2,sp,-4
	addi	a3,a3,%lo(.LANCHOR0)
.L69:
	andi	a4,s0,15
	add	a4,a3,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	s0,s0,4
	sb	a4,8(a5)
	bne	a5,a2,.L69
	addi	a0,sp,4
	sb	zero,12(sp)
	call	put_str
	li	a5,10
	sb	a5,4(sp)
	li	a0,1
	addi	a1,sp,4
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_kx, .-put_kx
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
.L73:
	remu	a4,a0,a3
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,a3
	bgtu	a2,a6,.L73
	add	s0,a1,a3
	mv	a0,s0
	call	strlen
	mv	a2,a0
	mv	a1,s0
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_uint, .-put_uint
	.align	2
	.type	put_int.part.0, @function
put_int.part.0:
	addi	sp,sp,-32
	li	a4,45
	mv	a5,a0
	sw	ra,28(sp)
	sw	s0,24(sp)
	sb	a4,4(sp)
	li	a0,1
	addi	a1,sp,4
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a3,10
	neg	a5,a5
	sb	zero,15(sp)
	li	a6,9
.L77:
	remu	a4,a5,a3
	mv	a0,a1
	addi	a1,a1,-1
	mv	a2,a5
	addi	a4,a4,48
	sb	a4,11(a1)
	divu	a5,a5,a3
	bgtu	a2,a6,.L77
	add	s0,a0,a3
	mv	a0,s0
	call	strlen
	mv	a2,a0
	mv	a1,s0
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_int.part.0, .-put_int.part.0
	.section	.rodata.str1.4
	.align	2
.LC2:
	.string	" = "
	.text
	.align	2
	.type	put_kv, @function
put_kv:
	addi	sp,sp,-32
	sw	s0,24(sp)
	sw	ra,28(sp)
	sw	s1,20(sp)
	mv	s0,a1
	call	put_str
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	put_str
	blt	s0,zero,.L86
	addi	s1,sp,4
	mv	a1,s0
	sb	zero,15(sp)
	mv	a5,s1
	li	a3,10
	li	a6,9
.L83:
	remu	a4,a1,a3
	mv	a0,a5
	addi	a5,a5,-1
	mv	a2,a1
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a1,a1,a3
	bgtu	a2,a6,.L83
	add	s0,a0,a3
	mv	a0,s0
	call	strlen
	mv	a2,a0
	mv	a1,s0
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
.L82:
	li	a5,10
	sb	a5,4(sp)
	li	a0,1
	mv	a1,s1
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	addi	sp,sp,32
	jr	ra
.L86:
	mv	a0,s0
	call	put_int.part.0
	addi	s1,sp,4
	j	.L82
	.size	put_kv, .-put_kv
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	or	a5,a2,a3
	beq	a5,zero,.L97
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
	j	.L96
.L105:
	sll	t1,t6,t1
	li	a5,0
.L95:
	or	a0,a0,a5
	or	a1,a1,t1
.L92:
	addi	a6,a6,-1
	beq	a6,t4,.L104
.L96:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L91
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L91:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L92
	bne	a3,a5,.L98
	bgtu	a2,a4,.L92
.L98:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L105
	li	t1,0
	sll	a5,t6,a6
	j	.L95
.L104:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L97:
	li	a0,-1
	li	a1,-1
	ret
	.size	__udivdi3, .-__udivdi3
	.align	2
	.globl	__umoddi3
	.type	__umoddi3, @function
__umoddi3:
	or	a5,a2,a3
	mv	t4,a0
	mv	t2,a1
	beq	a5,zero,.L114
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,t2,1
	li	t6,31
	li	t5,-1
.L113:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L110
	srl	a7,t2,t1
.L110:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L111
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L115
	bgtu	a2,a0,.L111
.L115:
	mv	a0,a6
	sub	a1,t1,a7
.L111:
	bne	a5,t5,.L113
	ret
.L114:
	ret
	.size	__umoddi3, .-__umoddi3
	.align	2
	.globl	__divdi3
	.type	__divdi3, @function
__divdi3:
	addi	sp,sp,-16
	sw	s1,8(sp)
	sw	s2,4(sp)
	sw	s0,12(sp)
	sw	s3,0(sp)
	mv	s1,a1
	mv	s2,a3
	mv	t2,a0
	mv	t6,a1
	bge	a1,zero,.L118
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L118:
	mv	t5,a2
	mv	t1,s2
	blt	s2,zero,.L142
	or	s3,a2,s2
	li	a0,-1
	li	a1,-1
	bne	s3,zero,.L122
.L117:
	lw	s0,12(sp)
	lw	s1,8(sp)
	lw	s2,4(sp)
	lw	s3,0(sp)
	addi	sp,sp,16
	jr	ra
.L142:
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
	or	s3,a2,s2
.L122:
	li	a0,0
	li	a1,0
	li	a2,63
	li	a4,0
	li	a6,0
	slli	s0,t6,1
	li	a3,31
	li	t0,1
	li	t4,-1
	j	.L131
.L144:
	sll	a7,t0,a7
	li	a5,0
.L130:
	or	a0,a0,a5
	or	a1,a1,a7
.L127:
	addi	a2,a2,-1
	beq	a2,t4,.L143
.L131:
	srli	t3,a4,31
	slli	a5,a6,1
	addi	a7,a2,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a6,t6,a7
	bge	a7,zero,.L126
	sub	t3,a3,a2
	sll	t3,s0,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L126:
	andi	a6,a6,1
	or	a4,a6,a4
	mv	a6,a5
	bgtu	t1,a5,.L127
	bne	t1,a5,.L137
	bgtu	t5,a4,.L127
.L137:
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
	mv	a4,t3
	sub	a6,a5,a6
	bge	a7,zero,.L144
	li	a7,0
	sll	a5,t0,a2
	j	.L130
.L143:
	beq	s3,zero,.L136
	xor	s1,s1,s2
	bge	s1,zero,.L117
	lw	s0,12(sp)
	snez	a5,a0
	neg	a1,a1
	lw	s1,8(sp)
	lw	s2,4(sp)
	lw	s3,0(sp)
	sub	a1,a1,a5
	neg	a0,a0
	addi	sp,sp,16
	jr	ra
.L136:
	li	a0,-1
	li	a1,-1
	j	.L117
	.size	__divdi3, .-__divdi3
	.align	2
	.globl	__moddi3
	.type	__moddi3, @function
__moddi3:
	addi	sp,sp,-16
	sw	s0,12(sp)
	mv	t0,a2
	mv	s0,a1
	mv	a7,a3
	mv	t3,a0
	blt	a1,zero,.L171
	mv	t2,a1
	blt	a3,zero,.L148
	or	a5,a2,a3
	bne	a5,zero,.L152
.L145:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L148:
	snez	a7,a2
	neg	a3,a3
	neg	t0,a2
	sub	a7,a3,a7
.L152:
	li	a5,63
	li	a0,0
	li	a2,0
	slli	t6,t2,1
	li	t5,31
	li	t4,-1
.L160:
	sub	a3,t5,a5
	srli	t1,a0,31
	slli	a4,a2,1
	sll	a3,t6,a3
	srl	a2,t3,a5
	addi	a6,a5,-32
	or	a4,t1,a4
	slli	a0,a0,1
	or	a2,a3,a2
	blt	a6,zero,.L157
	srl	a2,t2,a6
.L157:
	andi	a2,a2,1
	or	a0,a2,a0
	addi	a5,a5,-1
	mv	a2,a4
	bgtu	a7,a4,.L158
	sub	a3,a0,t0
	sgtu	a6,a3,a0
	sub	t1,a4,a7
	bne	a7,a4,.L165
	bgtu	t0,a0,.L158
.L165:
	mv	a0,a3
	sub	a2,t1,a6
.L158:
	bne	a5,t4,.L160
	mv	a1,a2
	bge	s0,zero,.L145
	lw	s0,12(sp)
	snez	a5,a0
	neg	a2,a2
	neg	a0,a0
	sub	a1,a2,a5
	addi	sp,sp,16
	jr	ra
.L171:
	snez	a5,a0
	neg	t2,a1
	sub	t2,t2,a5
	neg	t3,a0
	blt	a3,zero,.L148
	or	a5,a2,a3
	bne	a5,zero,.L152
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__moddi3, .-__moddi3
	.section	.rodata.str1.4
	.align	2
.LC3:
	.string	"vadd = "
	.align	2
.LC4:
	.string	"vcross = "
	.align	2
.LC5:
	.string	"vdot"
	.align	2
.LC6:
	.string	"cross is orthogonal"
	.align	2
.LC7:
	.string	"seven"
	.align	2
.LC8:
	.string	"sizeof(struct big)"
	.align	2
.LC9:
	.string	"big1 sum"
	.align	2
.LC10:
	.string	"big2 sum"
	.align	2
.LC11:
	.string	"names: "
	.align	2
.LC12:
	.string	" perimeter="
	.align	2
.LC13:
	.string	" area2="
	.align	2
.LC14:
	.string	"fold "
	.align	2
.LC15:
	.string	"desc:"
	.align	2
.LC16:
	.string	"total perimeter"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-416
	sw	s4,392(sp)
	lui	s4,%hi(.LANCHOR0)
	addi	s4,s4,%lo(.LANCHOR0)
	lw	a7,64(s4)
	lw	a1,72(s4)
	lw	a2,76(s4)
	lw	t4,52(s4)
	lw	t3,56(s4)
	lw	t1,60(s4)
	lw	a6,68(s4)
	lw	a3,80(s4)
	lw	a4,84(s4)
	lw	a5,88(s4)
	lui	a0,%hi(.LC3)
	sw	a7,52(sp)
	sw	a1,60(sp)
	sw	a2,64(sp)
	sw	ra,412(sp)
	sw	t4,40(sp)
	sw	t3,44(sp)
	sw	t1,48(sp)
	sw	a6,56(sp)
	sw	a3,68(sp)
	sw	a4,72(sp)
	sw	s0,408(sp)
	sw	s1,404(sp)
	sw	s2,400(sp)
	sw	s3,396(sp)
	sw	s5,388(sp)
	sw	s6,384(sp)
	sw	s7,380(sp)
	sw	s8,376(sp)
	sw	s9,372(sp)
	sw	s10,368(sp)
	sw	s11,364(sp)
	addi	a0,a0,%lo(.LC3)
	sw	a5,76(sp)
	call	put_str
	li	a0,-3
	call	put_int.part.0
	li	s0,32
	sb	s0,256(sp)
	li	a0,1
	addi	a1,sp,256
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,7
	call	put_uint
	li	a0,1
	sb	s0,256(sp)
	addi	a1,sp,256
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,9
	call	put_uint
	li	s1,10
	sb	s1,256(sp)
	li	a0,1
	addi	a1,sp,256
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	put_str
	li	a0,-3
	call	put_int.part.0
	li	a0,1
	sb	s0,256(sp)
	addi	a1,sp,256
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,-18
	call	put_int.part.0
	li	a0,1
	sb	s0,256(sp)
	addi	a1,sp,256
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,13
	call	put_uint
	li	a0,1
	sb	s1,256(sp)
	addi	a1,sp,256
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC5)
	li	a1,24
	addi	a0,a0,%lo(.LC5)
	call	put_kv
	lui	a0,%hi(.LC6)
	li	a1,1
	addi	a0,a0,%lo(.LC6)
	call	put_kv
	li	a2,76
	li	a1,0
	addi	a0,sp,172
	call	memset
	li	a5,7
	sw	a5,168(sp)
	lui	a2,%hi(.LC7+20)
	lui	a5,%hi(.LC7+1)
	addi	a3,sp,172
	addi	a5,a5,%lo(.LC7+1)
	addi	a2,a2,%lo(.LC7+20)
	li	a4,115
	j	.L174
.L234:
	beq	a5,a2,.L173
.L174:
	sb	a4,0(a3)
	lbu	a4,0(a5)
	addi	a3,a3,1
	addi	a5,a5,1
	bne	a4,zero,.L234
.L173:
	li	a4,7
	sw	a4,196(sp)
	sw	a4,204(sp)
	li	a4,6
	sw	a4,208(sp)
	li	a4,1
	sw	a4,212(sp)
	li	a4,14
	li	a5,4
	sw	a4,216(sp)
	li	a4,5
	sw	a4,220(sp)
	sw	a5,224(sp)
	li	a4,21
	sw	a5,232(sp)
	li	a5,9
	sw	a4,228(sp)
	sw	a5,236(sp)
	li	a4,-1589936128
	li	a5,3
	addi	a4,a4,1585
	sb	a5,240(sp)
	li	a5,1
	sw	a4,248(sp)
	sw	a5,252(sp)
	addi	a4,sp,256
	addi	a5,sp,168
	addi	s0,sp,248
.L175:
	lw	a0,0(a5)
	lw	a1,4(a5)
	lw	a2,8(a5)
	lw	a3,12(a5)
	sw	a0,0(a4)
	sw	a1,4(a4)
	sw	a2,8(a4)
	sw	a3,12(a4)
	addi	a5,a5,16
	addi	a4,a4,16
	bne	a5,s0,.L175
	lw	a5,4(s0)
	lw	a3,0(s0)
	addi	s1,sp,80
	sw	a5,4(a4)
	sw	a3,0(a4)
	addi	a5,sp,256
	mv	a4,s1
	addi	s2,sp,336
.L176:
	lw	a0,0(a5)
	lw	a1,4(a5)
	lw	a2,8(a5)
	lw	a3,12(a5)
	sw	a0,0(a4)
	sw	a1,4(a4)
	sw	a2,8(a4)
	sw	a3,12(a4)
	addi	a5,a5,16
	addi	a4,a4,16
	bne	s2,a5,.L176
	lw	a2,0(s2)
	lw	a3,4(s2)
	mv	a5,s1
	sw	a2,0(a4)
	sw	a3,4(a4)
	addi	s3,sp,160
	addi	a4,sp,168
.L177:
	lw	a0,0(a5)
	lw	a1,4(a5)
	lw	a2,8(a5)
	lw	a3,12(a5)
	sw	a0,0(a4)
	sw	a1,4(a4)
	sw	a2,8(a4)
	sw	a3,12(a4)
	addi	a5,a5,16
	addi	a4,a4,16
	bne	a5,s3,.L177
	lw	a5,4(s3)
	lw	a3,0(s3)
	lui	a0,%hi(.LC8)
	sw	a5,4(a4)
	sw	a3,0(a4)
	li	a5,83
	sb	a5,172(sp)
	li	a1,88
	li	a5,-1
	addi	a0,a0,%lo(.LC8)
	sw	a5,236(sp)
	call	put_kv
	mv	a5,s1
	addi	a4,sp,256
.L178:
	lw	a0,0(a5)
	lw	a1,4(a5)
	lw	a2,8(a5)
	lw	a3,12(a5)
	sw	a0,0(a4)
	sw	a1,4(a4)
	sw	a2,8(a4)
	sw	a3,12(a4)
	addi	a5,a5,16
	addi	a4,a4,16
	bne	a5,s3,.L178
	lw	a3,0(a5)
	lw	a5,4(a5)
	sw	a3,0(a4)
	sw	a5,4(a4)
	lw	a4,80(sp)
	lbu	a1,152(sp)
	lbu	a5,84(sp)
	add	a1,a1,a4
	lw	a4,160(sp)
	add	a1,a1,a4
	lw	a4,164(sp)
	add	a1,a1,a4
	beq	a5,zero,.L179
	addi	a4,sp,261
.L180:
	slli	a3,a1,5
	sub	a1,a3,a1
	addi	a4,a4,1
	add	a1,a5,a1
	lbu	a5,-1(a4)
	bne	a5,zero,.L180
.L179:
	addi	a3,sp,256
	li	a2,0
	li	t4,4
.L181:
	addi	a2,a2,1
	andi	a4,a2,3
	slli	a5,a4,1
	add	a5,a5,a4
	slli	a5,a5,2
	addi	a4,sp,16
	addi	a5,a5,336
	add	a5,a5,a4
	lw	a6,28(a3)
	lw	a4,24(a3)
	lw	t1,-68(a5)
	lw	t3,-72(a5)
	lw	a0,32(a3)
	lw	a7,-64(a5)
	mul	a6,a6,t1
	addi	a3,a3,12
	mul	a5,a4,t3
	mul	a4,a0,a7
	add	a5,a5,a6
	add	a5,a5,a4
	add	a1,a1,a5
	bne	a2,t4,.L181
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	call	put_kx
	addi	a5,sp,168
	addi	a4,sp,256
.L182:
	lw	a0,0(a5)
	lw	a1,4(a5)
	lw	a2,8(a5)
	lw	a3,12(a5)
	sw	a0,0(a4)
	sw	a1,4(a4)
	sw	a2,8(a4)
	sw	a3,12(a4)
	addi	a5,a5,16
	addi	a4,a4,16
	bne	a5,s0,.L182
	lw	a3,0(a5)
	lw	a5,4(a5)
	sw	a3,0(a4)
	sw	a5,4(a4)
	lw	a4,168(sp)
	lbu	a1,240(sp)
	lbu	a5,172(sp)
	add	a1,a1,a4
	lw	a4,248(sp)
	add	a1,a1,a4
	lw	a4,252(sp)
	add	a1,a1,a4
	beq	a5,zero,.L183
	addi	a4,sp,261
.L184:
	slli	a3,a1,5
	sub	a1,a3,a1
	addi	a4,a4,1
	add	a1,a5,a1
	lbu	a5,-1(a4)
	bne	a5,zero,.L184
.L183:
	addi	a3,sp,256
	li	a2,0
	li	t4,4
.L185:
	addi	a2,a2,1
	andi	a4,a2,3
	slli	a5,a4,1
	add	a5,a5,a4
	slli	a5,a5,2
	addi	a4,sp,16
	addi	a5,a5,336
	add	a5,a5,a4
	lw	a6,28(a3)
	lw	a4,24(a3)
	lw	t1,-68(a5)
	lw	t3,-72(a5)
	lw	a0,32(a3)
	lw	a7,-64(a5)
	mul	a6,a6,t1
	addi	a3,a3,12
	mul	a5,a4,t3
	mul	a4,a0,a7
	add	a5,a5,a6
	add	a5,a5,a4
	add	a1,a1,a5
	bne	a2,t4,.L185
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	put_kx
	lui	a0,%hi(.LC11)
	addi	a0,a0,%lo(.LC11)
	call	put_str
	addi	a0,sp,84
	call	put_str
	li	a5,32
	sb	a5,256(sp)
	li	a0,1
	addi	a1,sp,256
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a0,sp,172
	call	put_str
	li	a5,10
	sb	a5,256(sp)
	li	a0,1
	addi	a1,sp,256
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a2,3
	mv	s0,a1
	mv	a4,a1
	li	a5,0
	li	t1,8
	addi	t4,s4,20
	addi	t3,s4,36
	li	a7,6
	j	.L188
.L236:
	mv	a3,t3
	sw	a2,4(a4)
	sw	a6,8(a4)
	sw	a3,0(a4)
	addi	a2,a2,3
	addi	a4,a4,16
	beq	a5,a7,.L235
.L188:
	andi	a1,a5,1
	addi	a3,a5,2
	addi	a5,a5,1
	slli	a6,a5,2
	sub	a0,t1,a5
	bne	a1,zero,.L236
	sw	a3,8(a4)
	mv	a3,t4
	sw	a0,4(a4)
	sw	a3,0(a4)
	addi	a2,a2,3
	addi	a4,a4,16
	bne	a5,a7,.L188
.L235:
	lw	a5,336(sp)
	mv	a0,s2
	li	a1,2
	lw	a5,12(a5)
	addi	s2,sp,28
	li	s9,10
	jalr	a5
	lw	a5,256(sp)
	li	a1,3
	addi	a0,sp,256
	lw	a5,12(a5)
	lui	s5,%hi(.LC12)
	lui	s3,%hi(.LC13)
	jalr	a5
	lui	a3,%hi(cmp_area)
	addi	a3,a3,%lo(cmp_area)
	li	a2,16
	li	a1,6
	addi	a0,sp,256
	addi	s8,sp,352
	call	gsort
	addi	s5,s5,%lo(.LC12)
	addi	s3,s3,%lo(.LC13)
	li	s7,0
	li	s10,9
	sub	s6,s9,s2
.L195:
	lw	a5,0(s0)
	lw	s11,0(a5)
	mv	a0,s11
	call	strlen
	mv	a2,a0
	mv	a1,s11
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	mv	a1,s3
	li	a2,7
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a5,0(s0)
	mv	a0,s0
	lw	a5,4(a5)
	jalr	a5
	blt	a0,zero,.L237
	sb	zero,39(sp)
	mv	a5,s2
.L191:
	remu	a4,a0,s9
	mv	a1,a5
	addi	a5,a5,-1
	mv	a3,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,s9
	bgtu	a3,s10,.L191
	add	a1,s6,a1
	add	s11,s2,a1
	mv	a0,s11
	call	strlen
	mv	a2,a0
	mv	a1,s11
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
.L190:
	li	a0,1
	mv	a1,s5
	li	a2,11
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a5,0(s0)
	mv	a0,s0
	lw	a5,8(a5)
	jalr	a5
	blt	a0,zero,.L238
	sb	zero,39(sp)
	mv	a5,s2
.L194:
	mv	a1,a5
	addi	a5,a5,-1
	mv	a3,a0
	remu	a4,a0,s9
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,s9
	bgtu	a3,s10,.L194
	add	a1,s6,a1
	add	s11,s2,a1
	mv	a0,s11
	call	strlen
	mv	a2,a0
	mv	a1,s11
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
.L193:
	sb	s9,27(sp)
	li	a0,1
	addi	a1,sp,27
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a5,0(s0)
	mv	a0,s0
	addi	s0,s0,16
	lw	a5,8(a5)
	jalr	a5
	add	s7,s7,a0
	bne	s8,s0,.L195
	li	s0,10
	lui	s9,%hi(.LC2)
	lui	s8,%hi(.LC14)
	sub	a5,s0,s2
	addi	s9,s9,%lo(.LC2)
	addi	s8,s8,%lo(.LC14)
	addi	s4,s4,92
	li	s6,0
	li	s5,9
	sw	a5,12(sp)
.L200:
	li	a0,1
	mv	a1,s8
	li	a2,5
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a5,s6,48
	sb	zero,39(sp)
	sb	a5,38(sp)
	li	a0,1
	addi	a1,sp,38
	li	a2,1
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	mv	a1,s9
	li	a2,3
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	s11,0(s4)
	addi	a0,s6,-2
	addi	s3,sp,40
	seqz	a5,a0
	mv	s10,s3
.L196:
	lw	a1,0(s10)
	mv	a0,a5
	addi	s10,s10,4
	jalr	s11
	mv	a5,a0
	bne	s1,s10,.L196
	blt	a0,zero,.L239
	sb	zero,39(sp)
	mv	a5,s2
.L199:
	remu	a4,a0,s0
	mv	a2,a5
	addi	a5,a5,-1
	mv	a3,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,s0
	bgtu	a3,s5,.L199
	lw	a5,12(sp)
	add	a2,a5,a2
	add	s11,s2,a2
	mv	a0,s11
	call	strlen
	mv	a2,a0
	mv	a1,s11
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
.L198:
	sb	s0,27(sp)
	li	a0,1
	addi	a1,sp,27
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a5,5
	addi	s6,s6,1
	addi	s4,s4,4
	bne	s6,a5,.L200
	lui	a3,%hi(cmp_int_desc)
	addi	a3,a3,%lo(cmp_int_desc)
	li	a2,4
	li	a1,10
	addi	a0,sp,40
	call	gsort
	lui	a0,%hi(.LC15)
	addi	a0,a0,%lo(.LC15)
	li	s0,10
	call	put_str
	li	s4,32
	li	s8,9
	sub	s5,s0,s2
.L204:
	sb	s4,28(sp)
	li	a0,1
	mv	a1,s2
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a0,0(s3)
	blt	a0,zero,.L240
	sb	zero,39(sp)
	mv	a5,s2
.L203:
	remu	a4,a0,s0
	mv	a1,a5
	addi	a5,a5,-1
	mv	a3,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,s0
	bgtu	a3,s8,.L203
	add	a1,s5,a1
	add	s6,s2,a1
	mv	a0,s6
	call	strlen
	mv	a2,a0
	mv	a1,s6
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
.L202:
	addi	s3,s3,4
	bne	s3,s1,.L204
	li	a5,10
	sb	a5,28(sp)
	li	a0,1
	mv	a1,s2
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC16)
	addi	a0,a0,%lo(.LC16)
	mv	a1,s7
	call	put_kv
	lw	ra,412(sp)
	lw	s0,408(sp)
	lw	s1,404(sp)
	lw	s2,400(sp)
	lw	s3,396(sp)
	lw	s4,392(sp)
	lw	s5,388(sp)
	lw	s6,384(sp)
	lw	s8,376(sp)
	lw	s9,372(sp)
	lw	s10,368(sp)
	lw	s11,364(sp)
	andi	a0,s7,0xff
	lw	s7,380(sp)
	addi	sp,sp,416
	jr	ra
.L240:
	call	put_int.part.0
	j	.L202
.L238:
	call	put_int.part.0
	j	.L193
.L237:
	call	put_int.part.0
	j	.L190
.L239:
	call	put_int.part.0
	j	.L198
	.size	main, .-main
	.section	.rodata.str1.4
	.align	2
.LC17:
	.string	"right-triangle"
	.align	2
.LC18:
	.string	"rect"
	.globl	rt_envp
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	hex.1, @object
	.size	hex.1, 17
hex.1:
	.string	"0123456789abcdef"
	.zero	3
	.type	rect_ops, @object
	.size	rect_ops, 16
rect_ops:
	.word	.LC18
	.word	rect_area2
	.word	rect_perim
	.word	rect_scale
	.type	rtri_ops, @object
	.size	rtri_ops, 16
rtri_ops:
	.word	.LC17
	.word	rtri_area2
	.word	rtri_perim
	.word	rtri_scale
.LC0:
	.word	5
	.word	-3
	.word	17
	.word	0
	.word	8
	.word	8
	.word	-20
	.word	11
	.word	2
	.word	9
	.type	table.0, @object
	.size	table.0, 20
table.0:
	.word	op_add
	.word	op_sub
	.word	op_mul
	.word	op_max
	.word	op_xor
	.section	.sbss,"aw",@nobits
	.align	2
	.type	rt_envp, @object
	.size	rt_envp, 4
rt_envp:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
