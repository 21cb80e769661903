	.file	"int64.c"
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
	.globl	memmove
	.type	memmove, @function
memmove:
	bltu	a0,a1,.L10
	addi	a5,a2,-1
	li	a6,-1
	beq	a2,zero,.L22
.L14:
	add	a4,a1,a5
	lbu	a3,0(a4)
	add	a4,a0,a5
	addi	a5,a5,-1
	sb	a3,0(a4)
	bne	a5,a6,.L14
.L16:
	ret
.L10:
	beq	a2,zero,.L16
	add	a2,a0,a2
	mv	a5,a0
.L13:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a2,a5,.L13
	ret
.L22:
	ret
	.size	memmove, .-memmove
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L29
.L25:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L25
.L29:
	ret
	.size	memset, .-memset
	.align	2
	.globl	memcmp
	.type	memcmp, @function
memcmp:
	beq	a2,zero,.L34
	add	a2,a1,a2
	j	.L33
.L32:
	beq	a1,a2,.L34
.L33:
	lbu	a5,0(a0)
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a1,a1,1
	beq	a5,a4,.L32
	sub	a0,a5,a4
	ret
.L34:
	li	a0,0
	ret
	.size	memcmp, .-memcmp
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L39
	mv	a5,a0
.L38:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L38
	sub	a0,a5,a0
	ret
.L39:
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
	.align	2
	.type	put_uint, @function
put_uint:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sb	zero,15(sp)
	addi	a5,sp,4
	li	a3,10
	li	a6,9
.L44:
	remu	a4,a0,a3
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,a3
	bgtu	a2,a6,.L44
	add	a0,a1,a3
	call	put_str
	lw	ra,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_uint, .-put_uint
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
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
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	put_str
	mv	a0,s0
	call	put_uint
	li	a5,10
	sb	a5,15(sp)
	li	a0,1
	addi	a1,sp,15
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
	.size	put_kv, .-put_kv
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
.L57:
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
	bne	a6,zero,.L57
	bgtu	t6,t4,.L57
	addi	a0,t5,22
	call	put_str
	lw	ra,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	put_u64, .-put_u64
	.align	2
	.type	put_hex.constprop.0, @function
put_hex.constprop.0:
	addi	sp,sp,-32
	lui	a3,%hi(.LANCHOR0)
	sw	ra,28(sp)
	addi	a5,sp,4
	addi	a2,sp,-4
	addi	a3,a3,%lo(.LANCHOR0)
.L60:
	andi	a4,a0,15
	add	a4,a3,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	a0,a0,4
	sb	a4,8(a5)
	bne	a5,a2,.L60
	addi	a0,sp,4
	sb	zero,12(sp)
	call	put_str
	lw	ra,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_hex.constprop.0, .-put_hex.constprop.0
	.align	2
	.type	put_hex64, @function
put_hex64:
	addi	sp,sp,-16
	sw	s0,8(sp)
	mv	s0,a0
	mv	a0,a1
	sw	ra,12(sp)
	call	put_hex.constprop.0
	mv	a0,s0
	lw	s0,8(sp)
	lw	ra,12(sp)
	addi	sp,sp,16
	tail	put_hex.constprop.0
	.size	put_hex64, .-put_hex64
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	" (0x"
	.align	2
.LC2:
	.string	")\n"
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
	blt	s0,zero,.L70
	mv	a0,s1
	mv	a1,s0
	call	put_u64
.L68:
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	put_str
	mv	a0,s1
	mv	a1,s0
	call	put_hex64
	lw	s0,24(sp)
	lw	ra,28(sp)
	lw	s1,20(sp)
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	addi	sp,sp,32
	tail	put_str
.L70:
	li	a5,45
	sb	a5,15(sp)
	li	a0,1
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	snez	a5,s1
	neg	a1,s0
	neg	a0,s1
	sub	a1,a1,a5
	call	put_u64
	j	.L68
	.size	show, .-show
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	or	a5,a2,a3
	beq	a5,zero,.L81
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
	j	.L80
.L89:
	sll	t1,t6,t1
	li	a5,0
.L79:
	or	a0,a0,a5
	or	a1,a1,t1
.L76:
	addi	a6,a6,-1
	beq	a6,t4,.L88
.L80:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L75
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L75:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L76
	bne	a3,a5,.L82
	bgtu	a2,a4,.L76
.L82:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L89
	li	t1,0
	sll	a5,t6,a6
	j	.L79
.L88:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L81:
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
	beq	a5,zero,.L98
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,t2,1
	li	t6,31
	li	t5,-1
.L97:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L94
	srl	a7,t2,t1
.L94:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L95
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L99
	bgtu	a2,a0,.L95
.L99:
	mv	a0,a6
	sub	a1,t1,a7
.L95:
	bne	a5,t5,.L97
	ret
.L98:
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
	bge	a1,zero,.L102
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L102:
	mv	t5,a2
	mv	t1,s2
	blt	s2,zero,.L126
	or	s3,a2,s2
	li	a0,-1
	li	a1,-1
	bne	s3,zero,.L106
.L101:
	lw	s0,12(sp)
	lw	s1,8(sp)
	lw	s2,4(sp)
	lw	s3,0(sp)
	addi	sp,sp,16
	jr	ra
.L126:
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
	or	s3,a2,s2
.L106:
	li	a0,0
	li	a1,0
	li	a2,63
	li	a4,0
	li	a6,0
	slli	s0,t6,1
	li	a3,31
	li	t0,1
	li	t4,-1
	j	.L115
.L128:
	sll	a7,t0,a7
	li	a5,0
.L114:
	or	a0,a0,a5
	or	a1,a1,a7
.L111:
	addi	a2,a2,-1
	beq	a2,t4,.L127
.L115:
	srli	t3,a4,31
	slli	a5,a6,1
	addi	a7,a2,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a6,t6,a7
	bge	a7,zero,.L110
	sub	t3,a3,a2
	sll	t3,s0,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L110:
	andi	a6,a6,1
	or	a4,a6,a4
	mv	a6,a5
	bgtu	t1,a5,.L111
	bne	t1,a5,.L121
	bgtu	t5,a4,.L111
.L121:
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
	mv	a4,t3
	sub	a6,a5,a6
	bge	a7,zero,.L128
	li	a7,0
	sll	a5,t0,a2
	j	.L114
.L127:
	beq	s3,zero,.L120
	xor	s1,s1,s2
	bge	s1,zero,.L101
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
.L120:
	li	a0,-1
	li	a1,-1
	j	.L101
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
	blt	a1,zero,.L155
	mv	t2,a1
	blt	a3,zero,.L132
	or	a5,a2,a3
	bne	a5,zero,.L136
.L129:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L132:
	snez	a7,a2
	neg	a3,a3
	neg	t0,a2
	sub	a7,a3,a7
.L136:
	li	a5,63
	li	a0,0
	li	a2,0
	slli	t6,t2,1
	li	t5,31
	li	t4,-1
.L144:
	sub	a3,t5,a5
	srli	t1,a0,31
	slli	a4,a2,1
	sll	a3,t6,a3
	srl	a2,t3,a5
	addi	a6,a5,-32
	or	a4,t1,a4
	slli	a0,a0,1
	or	a2,a3,a2
	blt	a6,zero,.L141
	srl	a2,t2,a6
.L141:
	andi	a2,a2,1
	or	a0,a2,a0
	addi	a5,a5,-1
	mv	a2,a4
	bgtu	a7,a4,.L142
	sub	a3,a0,t0
	sgtu	a6,a3,a0
	sub	t1,a4,a7
	bne	a7,a4,.L149
	bgtu	t0,a0,.L142
.L149:
	mv	a0,a3
	sub	a2,t1,a6
.L142:
	bne	a5,t4,.L144
	mv	a1,a2
	bge	s0,zero,.L129
	lw	s0,12(sp)
	snez	a5,a0
	neg	a2,a2
	neg	a0,a0
	sub	a1,a2,a5
	addi	sp,sp,16
	jr	ra
.L155:
	snez	a5,a0
	neg	t2,a1
	sub	t2,t2,a5
	neg	t3,a0
	blt	a3,zero,.L132
	or	a5,a2,a3
	bne	a5,zero,.L136
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__moddi3, .-__moddi3
	.section	.rodata.str1.4
	.align	2
.LC3:
	.string	"123456789 * 987654321"
	.align	2
.LC4:
	.string	"INT64_MAX * 2"
	.align	2
.LC7:
	.string	"-0x123456789 * 0x987654321 (wraps)"
	.globl	__divdi3
	.align	2
.LC8:
	.string	"INT64_MIN / 10"
	.globl	__moddi3
	.align	2
.LC9:
	.string	"INT64_MIN % 10"
	.align	2
.LC10:
	.string	"INT64_MIN / -10"
	.align	2
.LC11:
	.string	"-7 / 2"
	.align	2
.LC12:
	.string	"-7 % 2"
	.align	2
.LC13:
	.string	"-7 >> 1"
	.align	2
.LC14:
	.string	"(uint64)-7 >> 1"
	.align	2
.LC16:
	.string	"UINT64_MAX / 3"
	.align	2
.LC17:
	.string	"UINT64_MAX % 1000"
	.align	2
.LC18:
	.string	"2^32 > 2^32-1 (signed)"
	.align	2
.LC19:
	.string	"-1 < 1 (signed)"
	.align	2
.LC20:
	.string	"-1 > 1 (unsigned)"
	.globl	__udivdi3
	.globl	__umoddi3
	.align	2
.LC21:
	.string	"mul hash = 0x"
	.align	2
.LC22:
	.string	"div hash = 0x"
	.align	2
.LC23:
	.string	"mod hash = 0x"
	.align	2
.LC24:
	.string	"shift hash = 0x"
	.align	2
.LC25:
	.string	"cmp hash = 0x"
	.align	2
.LC27:
	.string	"lcg^1000 = 0x"
	.align	2
.LC28:
	.string	"lcg % 1000000007"
	.align	2
.LC29:
	.string	"lcg signed / 12345"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	li	a4,123457536
	addi	sp,sp,-128
	addi	a4,a4,-747
	sw	a4,48(sp)
	li	a5,0
	li	a4,987656192
	sw	a5,52(sp)
	addi	a4,a4,-1871
	sw	a4,56(sp)
	li	a5,0
	sw	a5,60(sp)
	lw	a6,48(sp)
	lw	a7,52(sp)
	lw	t1,56(sp)
	lw	t2,60(sp)
	lui	a0,%hi(.LC3)
	mul	a3,a7,t1
	addi	a0,a0,%lo(.LC3)
	sw	ra,124(sp)
	sw	s0,120(sp)
	sw	s1,116(sp)
	sw	s2,112(sp)
	sw	s3,108(sp)
	sw	s4,104(sp)
	sw	s5,100(sp)
	sw	s6,96(sp)
	mul	a5,t2,a6
	sw	s7,92(sp)
	sw	s8,88(sp)
	sw	s9,84(sp)
	sw	s10,80(sp)
	sw	s11,76(sp)
	li	s0,2
	li	s1,0
	mulhu	a2,a6,t1
	add	a5,a3,a5
	mul	a1,a6,t1
	add	a2,a5,a2
	call	show
	li	a4,-1
	li	a5,-2147483648
	sw	a4,48(sp)
	xori	a5,a5,-1
	sw	a5,52(sp)
	sw	s0,56(sp)
	sw	s1,60(sp)
	lw	a6,48(sp)
	lw	a7,52(sp)
	lw	t1,56(sp)
	lw	t2,60(sp)
	lui	a0,%hi(.LC4)
	mul	a3,a7,t1
	addi	a0,a0,%lo(.LC4)
	mul	a5,t2,a6
	mulhu	a2,a6,t1
	add	a5,a3,a5
	mul	a1,a6,t1
	add	a2,a5,a2
	call	show
	lui	a4,%hi(.LC5)
	lw	a2,%lo(.LC5)(a4)
	lw	a3,%lo(.LC5+4)(a4)
	lui	a5,%hi(.LC6)
	lw	a4,%lo(.LC6)(a5)
	sw	a2,48(sp)
	lw	a5,%lo(.LC6+4)(a5)
	sw	a3,52(sp)
	sw	a4,56(sp)
	sw	a5,60(sp)
	lw	a6,48(sp)
	lw	a7,52(sp)
	lw	t1,56(sp)
	lw	t2,60(sp)
	lui	a0,%hi(.LC7)
	mul	a3,a7,t1
	addi	a0,a0,%lo(.LC7)
	mul	a5,t2,a6
	mulhu	a2,a6,t1
	add	a5,a3,a5
	mul	a1,a6,t1
	add	a2,a5,a2
	call	show
	li	a4,0
	sw	a4,48(sp)
	li	a5,-2147483648
	sw	a5,52(sp)
	li	a4,10
	sw	a4,56(sp)
	li	a5,0
	sw	a5,60(sp)
	lw	a0,48(sp)
	lw	a1,52(sp)
	lw	a2,56(sp)
	lw	a3,60(sp)
	call	__divdi3
	mv	a2,a1
	mv	a1,a0
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	show
	lw	a0,48(sp)
	lw	a1,52(sp)
	lw	a2,56(sp)
	lw	a3,60(sp)
	call	__moddi3
	mv	a2,a1
	mv	a1,a0
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	call	show
	li	a4,-10
	sw	a4,56(sp)
	li	a5,-1
	sw	a5,60(sp)
	lw	a0,48(sp)
	lw	a1,52(sp)
	lw	a2,56(sp)
	lw	a3,60(sp)
	call	__divdi3
	mv	a2,a1
	mv	a1,a0
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	show
	li	a4,-7
	sw	a4,48(sp)
	li	a5,-1
	sw	a5,52(sp)
	sw	s0,56(sp)
	sw	s1,60(sp)
	lw	a0,48(sp)
	lw	a1,52(sp)
	lw	a2,56(sp)
	lw	a3,60(sp)
	call	__divdi3
	mv	a2,a1
	mv	a1,a0
	lui	a0,%hi(.LC11)
	addi	a0,a0,%lo(.LC11)
	call	show
	lw	a0,48(sp)
	lw	a1,52(sp)
	lw	a2,56(sp)
	lw	a3,60(sp)
	call	__moddi3
	mv	a2,a1
	mv	a1,a0
	lui	a0,%hi(.LC12)
	addi	a0,a0,%lo(.LC12)
	call	show
	lw	a5,48(sp)
	lw	a6,52(sp)
	lui	a0,%hi(.LC13)
	srli	a4,a5,1
	slli	a1,a6,31
	or	a1,a1,a4
	srai	a2,a6,1
	addi	a0,a0,%lo(.LC13)
	call	show
	lw	a5,48(sp)
	lw	a6,52(sp)
	lui	a0,%hi(.LC14)
	srli	a4,a5,1
	slli	a1,a6,31
	or	a1,a1,a4
	srli	a2,a6,1
	addi	a0,a0,%lo(.LC14)
	call	show
	lui	a5,%hi(.LC15)
	lw	a1,%lo(.LC15)(a5)
	lw	a2,%lo(.LC15+4)(a5)
	lui	a0,%hi(.LC16)
	addi	a0,a0,%lo(.LC16)
	call	show
	lui	a0,%hi(.LC17)
	li	a1,615
	li	a2,0
	addi	a0,a0,%lo(.LC17)
	call	show
	li	a4,0
	sw	a4,48(sp)
	li	a5,1
	sw	a5,52(sp)
	li	a4,-1
	sw	a4,56(sp)
	li	a5,0
	sw	a5,60(sp)
	lw	a4,48(sp)
	lw	a5,52(sp)
	lw	a2,56(sp)
	lw	a3,60(sp)
	li	a1,1
	bgt	a5,a3,.L157
	beq	a5,a3,.L191
	li	a1,0
.L157:
	lui	a0,%hi(.LC18)
	addi	a0,a0,%lo(.LC18)
	call	put_kv
	lw	a5,56(sp)
	lw	a6,60(sp)
	lw	t1,56(sp)
	lw	t2,60(sp)
	li	a0,-1
	sub	a2,a5,t1
	sgtu	a4,a2,a5
	sub	a5,a6,t2
	sub	a5,a5,a4
	li	a1,1
	blt	a5,a0,.L160
	beq	a5,a0,.L192
.L159:
	lui	a0,%hi(.LC19)
	addi	a0,a0,%lo(.LC19)
	call	put_kv
	lw	a3,48(sp)
	lw	a4,52(sp)
	lw	a0,48(sp)
	lw	a1,52(sp)
	li	a6,1
	sub	a5,a3,a0
	sgtu	a2,a5,a3
	sub	a4,a4,a1
	seqz	a3,a5
	sub	a4,a4,a2
	addi	a5,a5,-1
	bne	a4,a3,.L161
	bleu	a5,a6,.L193
.L161:
	lui	a0,%hi(.LC20)
	mv	a1,a6
	addi	a0,a0,%lo(.LC20)
	call	put_kv
	lui	s8,%hi(.LANCHOR1)
	li	a6,0
	li	a3,0
	addi	a5,s8,%lo(.LANCHOR1)
	li	s0,0
	li	s7,0
	li	s3,0
	li	s1,0
	li	s4,0
	li	s2,0
	li	s6,0
	li	s5,0
	li	a7,0
	sw	a5,8(sp)
	li	s11,435
	sw	a6,16(sp)
	sw	a3,20(sp)
.L163:
	lw	a4,8(sp)
	slli	a5,a7,3
	li	s10,0
	add	a4,a4,a5
	mv	t1,s1
	sw	a7,24(sp)
	mv	s1,s10
	sw	a5,28(sp)
	mv	s10,a4
.L173:
	lw	a4,8(sp)
	slli	a5,s1,3
	lw	s8,0(s10)
	add	a5,a4,a5
	lw	s9,4(s10)
	lw	a6,0(a5)
	lw	a7,4(a5)
	li	a1,1
	mul	a4,a6,s9
	xor	a2,s9,a7
	xor	a5,s8,a6
	or	a5,a5,a2
	seqz	a5,a5
	mv	a3,s9
	mv	a2,a7
	mv	a0,s8
	mv	t6,a6
	slli	a5,a5,1
	mul	t0,a7,s8
	mulhu	ra,s8,a6
	add	a4,a4,t0
	mul	t0,a6,s8
	add	a4,a4,ra
	xor	a4,a4,s5
	xor	t0,t0,s6
	mul	a4,s11,a4
	slli	s5,t0,8
	mulhu	ra,s11,t0
	add	a4,a4,s5
	mul	t0,s11,t0
	add	a4,a4,ra
	slli	ra,a4,3
	srli	s5,a4,29
	xor	s5,s5,a4
	srli	s6,t0,29
	or	s6,ra,s6
	xor	s6,s6,t0
	bgt	a7,s9,.L164
	beq	a7,s9,.L194
.L165:
	li	a1,0
.L164:
	or	a5,a5,a1
	bgtu	a2,a3,.L183
	bne	a2,a3,.L166
	bleu	t6,a0,.L166
.L183:
	ori	a5,a5,4
	xor	a5,a5,s0
	mul	s7,s11,s7
	slli	a3,a5,8
	mulhu	a4,s11,a5
	add	s7,s7,a3
	mul	a5,s11,a5
	add	s7,s7,a4
	slli	a4,s7,3
	srli	a3,s7,29
	xor	s7,a3,s7
	srli	s0,a5,29
	or	s0,a4,s0
	xor	s0,s0,a5
.L168:
	mv	a2,a6
	mv	a3,a7
	mv	a0,s8
	mv	a1,s9
	sw	t1,12(sp)
	sw	a6,0(sp)
	sw	a7,4(sp)
	call	__udivdi3
	xor	a5,a1,s2
	xor	a4,a0,s4
	mul	a5,s11,a5
	slli	t0,a4,8
	lw	a6,0(sp)
	lw	a7,4(sp)
	mv	a0,s8
	mv	a2,a6
	mv	a3,a7
	mv	a1,s9
	mulhu	t6,s11,a4
	add	a5,a5,t0
	mul	a4,s11,a4
	add	a5,a5,t6
	slli	t6,a5,3
	srli	s2,a5,29
	xor	s2,s2,a5
	srli	s4,a4,29
	or	s4,t6,s4
	xor	s4,s4,a4
	call	__umoddi3
	lw	t1,12(sp)
	xor	a0,a0,s3
	mulhu	a4,s11,a0
	xor	a1,a1,t1
	slli	a3,a0,8
	lw	a6,0(sp)
	lw	a7,4(sp)
	mul	a5,s11,a1
	mul	a0,s11,a0
	add	a5,a5,a3
	add	a5,a5,a4
	slli	a4,a5,3
	srli	t4,a5,29
	xor	t1,t4,a5
	srli	t3,a0,29
	or	t3,a4,t3
	xor	s3,t3,a0
	beq	s8,zero,.L195
.L171:
	mv	a2,a6
	mv	a3,a7
	mv	a0,s8
	mv	a1,s9
	sw	t1,12(sp)
	sw	a6,0(sp)
	sw	a7,4(sp)
	call	__divdi3
	lw	a6,0(sp)
	xor	a5,a1,s2
	xor	a4,a0,s4
	mul	a5,s11,a5
	mv	a2,a6
	slli	t6,a4,8
	lw	a7,4(sp)
	mv	a0,s8
	mv	a1,s9
	mv	a3,a7
	mulhu	a6,s11,a4
	add	a5,a5,t6
	mul	a4,s11,a4
	add	a5,a5,a6
	slli	a6,a5,3
	srli	s2,a5,29
	xor	s2,s2,a5
	srli	s4,a4,29
	or	s4,a6,s4
	xor	s4,s4,a4
	call	__moddi3
	lw	t1,12(sp)
	xor	a0,a0,s3
	mulhu	a4,s11,a0
	xor	a1,a1,t1
	slli	a3,a0,8
	mul	a5,s11,a1
	mul	a0,s11,a0
	add	a5,a5,a3
	add	a5,a5,a4
	slli	a4,a5,3
	srli	t4,a5,29
	xor	t1,t4,a5
	srli	t3,a0,29
	or	t3,a4,t3
	xor	s3,t3,a0
.L169:
	addi	s1,s1,1
	li	a5,16
	bne	s1,a5,.L173
	lw	a5,28(sp)
	lw	a4,8(sp)
	lw	a7,24(sp)
	lw	s9,16(sp)
	lw	s8,20(sp)
	mv	s1,t1
	li	a1,0
	add	a0,a4,a5
	j	.L180
.L197:
	sll	a5,a2,t3
.L175:
	lw	a2,0(a0)
	lw	a3,4(a0)
	xor	s9,a4,s9
	li	a4,31
	sub	a4,a4,t1
	xor	a5,a5,s8
	slli	a6,a3,1
	sll	a6,a6,a4
	mul	a5,s11,a5
	srl	a4,a2,t1
	or	a4,a6,a4
	slli	t4,s9,8
	li	t5,0
	mulhu	a6,s11,s9
	add	a5,a5,t4
	mul	s9,s11,s9
	add	a5,a5,a6
	slli	t6,a5,3
	srli	t4,a5,29
	xor	t4,t4,a5
	srli	a6,s9,29
	or	a6,t6,a6
	xor	a6,a6,s9
	blt	t3,zero,.L176
	srl	a4,a3,t3
.L177:
	lw	a2,0(a0)
	lw	a3,4(a0)
	li	a5,31
	xor	t4,t4,t5
	sub	a5,a5,t1
	slli	t5,a3,1
	xor	a6,a6,a4
	sll	t5,t5,a5
	mul	t4,s11,t4
	srl	a4,a2,t1
	or	a4,t5,a4
	slli	t6,a6,8
	srai	a5,a3,31
	mulhu	t5,s11,a6
	add	t4,t4,t6
	mul	a6,s11,a6
	add	t5,t4,t5
	blt	t3,zero,.L178
	sra	a4,a3,t3
.L179:
	slli	a2,t5,3
	xor	a5,a5,t5
	srli	a3,a6,29
	srli	t5,t5,29
	or	a3,a2,a3
	xor	a5,a5,t5
	xor	a4,a4,a6
	xor	a4,a4,a3
	mul	a5,s11,a5
	slli	a2,a4,8
	addi	a1,a1,1
	mulhu	a3,s11,a4
	add	a5,a5,a2
	mul	a4,s11,a4
	add	a5,a5,a3
	slli	a3,a5,3
	srli	s8,a5,29
	xor	s8,s8,a5
	li	a5,6
	srli	s9,a4,29
	or	s9,a3,s9
	xor	s9,s9,a4
	beq	a1,a5,.L196
.L180:
	lw	a4,8(sp)
	slli	a5,a1,2
	add	a5,a4,a5
	lw	t1,128(a5)
	lw	a2,0(a0)
	lw	a3,4(a0)
	li	a5,31
	sub	a6,a5,t1
	addi	t3,t1,-32
	srli	a5,a2,1
	srl	a6,a5,a6
	li	a4,0
	sll	a5,a3,t1
	bge	t3,zero,.L197
	or	a5,a6,a5
	sll	a4,a2,t1
	j	.L175
.L194:
	bgtu	a6,s8,.L164
	j	.L165
.L166:
	xor	a5,a5,s0
	mul	s7,s11,s7
	slli	a2,a5,8
	or	a4,a6,a7
	mulhu	a3,s11,a5
	add	s7,s7,a2
	mul	a5,s11,a5
	add	s7,s7,a3
	slli	a3,s7,3
	srli	a2,s7,29
	xor	s7,a2,s7
	srli	s0,a5,29
	or	s0,a3,s0
	xor	s0,s0,a5
	beq	a4,zero,.L169
	j	.L168
.L195:
	li	a5,-2147483648
	bne	a5,s9,.L171
	li	a5,-1
	bne	a5,a6,.L171
	bne	a5,a7,.L171
	j	.L169
.L178:
	sra	a5,a3,t1
	j	.L179
.L176:
	srl	t5,a3,t1
	j	.L177
.L196:
	sw	s9,16(sp)
	sw	s8,20(sp)
	addi	a7,a7,1
	li	a5,16
	bne	a7,a5,.L163
	lw	a6,16(sp)
	lw	a3,20(sp)
	lui	a0,%hi(.LC21)
	addi	a0,a0,%lo(.LC21)
	sw	a6,0(sp)
	sw	a3,8(sp)
	call	put_str
	mv	a0,s6
	mv	a1,s5
	call	put_hex64
	li	s5,10
	sb	s5,47(sp)
	li	a0,1
	addi	a1,sp,47
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC22)
	addi	a0,a0,%lo(.LC22)
	call	put_str
	mv	a0,s4
	mv	a1,s2
	call	put_hex64
	li	a0,1
	sb	s5,47(sp)
	addi	a1,sp,47
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC23)
	addi	a0,a0,%lo(.LC23)
	call	put_str
	mv	a0,s3
	mv	a1,s1
	call	put_hex64
	li	a0,1
	sb	s5,47(sp)
	addi	a1,sp,47
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC24)
	addi	a0,a0,%lo(.LC24)
	call	put_str
	lw	a6,0(sp)
	lw	a3,8(sp)
	mv	a0,a6
	mv	a1,a3
	call	put_hex64
	li	a0,1
	sb	s5,47(sp)
	addi	a1,sp,47
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC25)
	addi	a0,a0,%lo(.LC25)
	call	put_str
	mv	a0,s0
	mv	a1,s7
	call	put_hex64
	li	a0,1
	sb	s5,47(sp)
	addi	a1,sp,47
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a5,%hi(.LC26)
	lw	a6,%lo(.LC26)(a5)
	lw	a0,%lo(.LC26+4)(a5)
	li	a4,1284866048
	li	a1,1481764864
	li	a3,1000
	li	s1,1
	li	s0,0
	addi	a4,a4,-211
	addi	a1,a1,1069
.L182:
	mul	a2,s1,a1
	addi	a3,a3,-1
	mul	s0,s0,a4
	mul	a5,s1,a4
	add	s0,s0,a2
	mulhu	a2,s1,a4
	add	s1,a5,a6
	sltu	a5,s1,a5
	add	s0,s0,a2
	add	s0,s0,a0
	add	s0,a5,s0
	bne	a3,zero,.L182
	lui	a0,%hi(.LC27)
	addi	a0,a0,%lo(.LC27)
	call	put_str
	mv	a0,s1
	mv	a1,s0
	call	put_hex64
	li	a5,10
	sb	a5,47(sp)
	li	a0,1
	addi	a1,sp,47
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a2,1000001536
	li	a3,0
	addi	a2,a2,-1529
	mv	a0,s1
	mv	a1,s0
	call	__umoddi3
	mv	a2,a1
	mv	a1,a0
	lui	a0,%hi(.LC28)
	addi	a0,a0,%lo(.LC28)
	call	show
	li	a2,12288
	addi	a2,a2,57
	li	a3,0
	mv	a0,s1
	mv	a1,s0
	call	__divdi3
	mv	a2,a1
	mv	a1,a0
	lui	a0,%hi(.LC29)
	addi	a0,a0,%lo(.LC29)
	call	show
	lw	ra,124(sp)
	srli	a0,s0,26
	lw	s0,120(sp)
	lw	s1,116(sp)
	lw	s2,112(sp)
	lw	s3,108(sp)
	lw	s4,104(sp)
	lw	s5,100(sp)
	lw	s6,96(sp)
	lw	s7,92(sp)
	lw	s8,88(sp)
	lw	s9,84(sp)
	lw	s10,80(sp)
	lw	s11,76(sp)
	addi	a0,a0,64
	addi	sp,sp,128
	jr	ra
.L192:
	bgeu	a2,a5,.L159
.L160:
	li	a1,0
	j	.L159
.L193:
	li	a6,0
	j	.L161
.L191:
	bltu	a2,a4,.L157
	li	a1,0
	j	.L157
	.size	main, .-main
	.globl	rt_envp
	.section	.srodata.cst8,"aM",@progbits,8
	.align	3
.LC5:
	.word	-591751049
	.word	-2
	.align	3
.LC6:
	.word	-2023406815
	.word	9
	.align	3
.LC15:
	.word	1431655765
	.word	1431655765
	.align	3
.LC26:
	.word	-144211633
	.word	335903614
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.data
	.align	3
	.set	.LANCHOR1,. + 0
	.type	vals, @object
	.size	vals, 128
vals:
	.word	0
	.word	0
	.word	1
	.word	0
	.word	-1
	.word	-1
	.word	2
	.word	0
	.word	-2
	.word	-1
	.word	7
	.word	0
	.word	-7
	.word	-1
	.word	1000000007
	.word	0
	.word	-1000000007
	.word	-1
	.word	2147483647
	.word	0
	.word	-2147483648
	.word	-1
	.word	0
	.word	1
	.word	-1985229329
	.word	19088743
	.word	1985229329
	.word	-19088744
	.word	-1
	.word	2147483647
	.word	0
	.word	-2147483648
	.type	shifts, @object
	.size	shifts, 24
shifts:
	.word	0
	.word	1
	.word	31
	.word	32
	.word	33
	.word	63
	.section	.sbss,"aw",@nobits
	.align	2
	.type	rt_envp, @object
	.size	rt_envp, 4
rt_envp:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
