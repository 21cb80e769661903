	.file	"sort.c"
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
	.type	merge_rec.constprop.0, @function
merge_rec.constprop.0:
	addi	sp,sp,-32
	sw	s3,12(sp)
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sub	s3,a2,a1
	li	a5,1
	ble	s3,a5,.L1
	srai	s3,s3,1
	add	s3,s3,a1
	mv	s2,a2
	mv	a2,s3
	mv	s0,a1
	mv	s1,a0
	call	merge_rec.constprop.0
	mv	a2,s2
	mv	a1,s3
	mv	a0,s1
	call	merge_rec.constprop.0
	ble	s2,s3,.L16
	lui	t3,%hi(compares)
	lw	a1,%lo(compares)(t3)
	slli	a7,s0,2
	lui	a0,%hi(b)
	addi	a1,a1,1
	add	a7,s1,a7
	mv	a6,s0
	mv	a2,s0
	mv	a3,s3
	addi	a0,a0,%lo(b)
	sub	a1,a1,s0
	j	.L8
.L25:
	sw	a4,0(a7)
	addi	a3,a3,1
	addi	a6,a6,1
	ble	s3,a2,.L23
.L6:
	addi	a7,a7,4
	ble	s2,a3,.L24
.L8:
	slli	a4,a3,2
	slli	a5,a2,2
	add	a4,a0,a4
	add	a5,a0,a5
	lw	a4,0(a4)
	lw	a5,0(a5)
	add	t1,a1,a6
	blt	a4,a5,.L25
	mv	a4,a5
	addi	a2,a2,1
	sw	a4,0(a7)
	addi	a6,a6,1
	bgt	s3,a2,.L6
.L23:
	sw	t1,%lo(compares)(t3)
.L7:
	ble	s2,a3,.L14
	slli	a5,a3,2
	slli	a6,a6,2
	slli	a3,s2,2
	add	a5,a0,a5
	add	a6,s1,a6
	add	a3,a0,a3
.L13:
	lw	a4,0(a5)
	addi	a5,a5,4
	addi	a6,a6,4
	sw	a4,-4(a6)
	bne	a3,a5,.L13
.L14:
	ble	s2,s0,.L1
	slli	a1,s0,2
	slli	s2,s2,2
	add	a5,s1,a1
	add	s2,s1,s2
	add	a1,a0,a1
.L15:
	lw	a4,0(a5)
	addi	a5,a5,4
	addi	a1,a1,4
	sw	a4,-4(a1)
	bne	s2,a5,.L15
.L1:
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	addi	sp,sp,32
	jr	ra
.L24:
	sw	t1,%lo(compares)(t3)
.L3:
	slli	a5,a2,2
	slli	a4,a6,2
	slli	a7,s3,2
	add	a5,a0,a5
	add	a4,s1,a4
	add	a7,a0,a7
.L9:
	lw	a1,0(a5)
	addi	a5,a5,4
	addi	a4,a4,4
	sw	a1,-4(a4)
	bne	a5,a7,.L9
	add	a6,a6,s3
	sub	a6,a6,a2
	j	.L7
.L16:
	lui	a0,%hi(b)
	mv	a3,s3
	mv	a6,s0
	mv	a2,s0
	addi	a0,a0,%lo(b)
	j	.L3
	.size	merge_rec.constprop.0, .-merge_rec.constprop.0
	.align	2
	.type	quicksort.constprop.0, @function
quicksort.constprop.0:
	bge	a0,a1,.L42
	addi	sp,sp,-32
	sw	s1,20(sp)
	lui	s1,%hi(a)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	sw	ra,28(sp)
	sw	s0,24(sp)
	mv	s2,a0
	mv	s3,a1
	addi	s1,s1,%lo(a)
	lui	s4,%hi(compares)
.L27:
	sub	a4,s3,s2
	srai	a4,a4,1
	add	a4,a4,s2
	slli	a4,a4,2
	slli	a5,s2,2
	add	a4,s1,a4
	add	a5,s1,a5
	lw	a2,0(a4)
	lw	a3,0(a5)
	bge	a2,a3,.L28
	sw	a3,0(a4)
	sw	a2,0(a5)
	mv	a3,a2
.L28:
	slli	a6,s3,2
	add	a1,s1,a6
	lw	a2,0(a1)
	bge	a2,a3,.L29
	sw	a3,0(a1)
	sw	a2,0(a5)
	lw	a2,0(a1)
.L29:
	lw	a3,0(a4)
	bge	a3,a2,.L30
	sw	a2,0(a4)
	sw	a3,0(a1)
	mv	a2,a3
.L30:
	lw	a4,0(a5)
	bge	s2,s3,.L31
	lw	a7,%lo(compares)(s4)
	add	a6,s1,a6
	mv	s0,s2
.L33:
	lw	a3,0(a5)
	slli	a4,s0,2
	add	a4,s1,a4
	bge	a3,a2,.L32
	lw	a0,0(a4)
	sw	a3,0(a4)
	addi	s0,s0,1
	sw	a0,0(a5)
.L32:
	addi	a5,a5,4
	bne	a5,a6,.L33
	slli	a5,s0,2
	add	a5,s1,a5
	lw	a2,0(a1)
	lw	a3,0(a5)
	add	a4,s3,a7
	sub	a4,a4,s2
	sw	a2,0(a5)
	sw	a4,%lo(compares)(s4)
	sw	a3,0(a1)
	sub	a5,s0,s2
	sub	a4,s3,s0
	blt	a5,a4,.L37
	mv	a1,s3
	addi	a0,s0,1
	addi	s3,s0,-1
	call	quicksort.constprop.0
	blt	s2,s3,.L27
.L45:
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	addi	sp,sp,32
	jr	ra
.L31:
	sw	a2,0(a5)
	sw	a4,0(a1)
	mv	s0,s2
.L37:
	mv	a0,s2
	addi	a1,s0,-1
	addi	s2,s0,1
	call	quicksort.constprop.0
	blt	s2,s3,.L27
	j	.L45
.L42:
	ret
	.size	quicksort.constprop.0, .-quicksort.constprop.0
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L47
	add	a2,a0,a2
	mv	a5,a0
.L48:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L48
.L47:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	memmove
	.type	memmove, @function
memmove:
	bltu	a0,a1,.L54
	addi	a5,a2,-1
	li	a6,-1
	beq	a2,zero,.L66
.L58:
	add	a4,a1,a5
	lbu	a3,0(a4)
	add	a4,a0,a5
	addi	a5,a5,-1
	sb	a3,0(a4)
	bne	a5,a6,.L58
.L60:
	ret
.L54:
	beq	a2,zero,.L60
	add	a2,a0,a2
	mv	a5,a0
.L57:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a2,a5,.L57
	ret
.L66:
	ret
	.size	memmove, .-memmove
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L73
.L69:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L69
.L73:
	ret
	.size	memset, .-memset
	.align	2
	.globl	memcmp
	.type	memcmp, @function
memcmp:
	beq	a2,zero,.L78
	add	a2,a1,a2
	j	.L77
.L76:
	beq	a1,a2,.L78
.L77:
	lbu	a5,0(a0)
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a1,a1,1
	beq	a5,a4,.L76
	sub	a0,a5,a4
	ret
.L78:
	li	a0,0
	ret
	.size	memcmp, .-memcmp
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L83
	mv	a5,a0
.L82:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L82
	sub	a0,a5,a0
	ret
.L83:
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
.L88:
	remu	a4,a0,a3
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,a3
	bgtu	a2,a6,.L88
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
	addi	sp,sp,-48
	sw	s0,40(sp)
	sw	ra,44(sp)
	mv	s0,a1
	call	put_str
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	put_str
	blt	s0,zero,.L95
	mv	a0,s0
	call	put_uint
	addi	a1,sp,31
.L93:
	li	a5,10
	sb	a5,31(sp)
	li	a0,1
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
.L95:
	addi	a1,sp,31
	li	a5,45
	sb	a5,31(sp)
	li	a0,1
	sw	a1,12(sp)
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	neg	a0,s0
	call	put_uint
	lw	a1,12(sp)
	j	.L93
	.size	put_kv, .-put_kv
	.section	.rodata.str1.4
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
.L97:
	andi	a4,s0,15
	add	a4,a3,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	s0,s0,4
	sb	a4,8(a5)
	bne	a5,a2,.L97
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
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	or	a5,a2,a3
	beq	a5,zero,.L110
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
	j	.L109
.L118:
	sll	t1,t6,t1
	li	a5,0
.L108:
	or	a0,a0,a5
	or	a1,a1,t1
.L105:
	addi	a6,a6,-1
	beq	a6,t4,.L117
.L109:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L104
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L104:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L105
	bne	a3,a5,.L111
	bgtu	a2,a4,.L105
.L111:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L118
	li	t1,0
	sll	a5,t6,a6
	j	.L108
.L117:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L110:
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
	beq	a5,zero,.L127
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,t2,1
	li	t6,31
	li	t5,-1
.L126:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L123
	srl	a7,t2,t1
.L123:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L124
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L128
	bgtu	a2,a0,.L124
.L128:
	mv	a0,a6
	sub	a1,t1,a7
.L124:
	bne	a5,t5,.L126
	ret
.L127:
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
	bge	a1,zero,.L131
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L131:
	mv	t5,a2
	mv	t1,s2
	blt	s2,zero,.L155
	or	s3,a2,s2
	li	a0,-1
	li	a1,-1
	bne	s3,zero,.L135
.L130:
	lw	s0,12(sp)
	lw	s1,8(sp)
	lw	s2,4(sp)
	lw	s3,0(sp)
	addi	sp,sp,16
	jr	ra
.L155:
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
	or	s3,a2,s2
.L135:
	li	a0,0
	li	a1,0
	li	a2,63
	li	a4,0
	li	a6,0
	slli	s0,t6,1
	li	a3,31
	li	t0,1
	li	t4,-1
	j	.L144
.L157:
	sll	a7,t0,a7
	li	a5,0
.L143:
	or	a0,a0,a5
	or	a1,a1,a7
.L140:
	addi	a2,a2,-1
	beq	a2,t4,.L156
.L144:
	srli	t3,a4,31
	slli	a5,a6,1
	addi	a7,a2,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a6,t6,a7
	bge	a7,zero,.L139
	sub	t3,a3,a2
	sll	t3,s0,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L139:
	andi	a6,a6,1
	or	a4,a6,a4
	mv	a6,a5
	bgtu	t1,a5,.L140
	bne	t1,a5,.L150
	bgtu	t5,a4,.L140
.L150:
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
	mv	a4,t3
	sub	a6,a5,a6
	bge	a7,zero,.L157
	li	a7,0
	sll	a5,t0,a2
	j	.L143
.L156:
	beq	s3,zero,.L149
	xor	s1,s1,s2
	bge	s1,zero,.L130
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
.L149:
	li	a0,-1
	li	a1,-1
	j	.L130
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
	blt	a1,zero,.L184
	mv	t2,a1
	blt	a3,zero,.L161
	or	a5,a2,a3
	bne	a5,zero,.L165
.L158:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L161:
	snez	a7,a2
	neg	a3,a3
	neg	t0,a2
	sub	a7,a3,a7
.L165:
	li	a5,63
	li	a0,0
	li	a2,0
	slli	t6,t2,1
	li	t5,31
	li	t4,-1
.L173:
	sub	a3,t5,a5
	srli	t1,a0,31
	slli	a4,a2,1
	sll	a3,t6,a3
	srl	a2,t3,a5
	addi	a6,a5,-32
	or	a4,t1,a4
	slli	a0,a0,1
	or	a2,a3,a2
	blt	a6,zero,.L170
	srl	a2,t2,a6
.L170:
	andi	a2,a2,1
	or	a0,a2,a0
	addi	a5,a5,-1
	mv	a2,a4
	bgtu	a7,a4,.L171
	sub	a3,a0,t0
	sgtu	a6,a3,a0
	sub	t1,a4,a7
	bne	a7,a4,.L178
	bgtu	t0,a0,.L171
.L178:
	mv	a0,a3
	sub	a2,t1,a6
.L171:
	bne	a5,t4,.L173
	mv	a1,a2
	bge	s0,zero,.L158
	lw	s0,12(sp)
	snez	a5,a0
	neg	a2,a2
	neg	a0,a0
	sub	a1,a2,a5
	addi	sp,sp,16
	jr	ra
.L184:
	snez	a5,a0
	neg	t2,a1
	sub	t2,t2,a5
	neg	t3,a0
	blt	a3,zero,.L161
	or	a5,a2,a3
	bne	a5,zero,.L165
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__moddi3, .-__moddi3
	.section	.rodata.str1.4
	.align	2
.LC2:
	.string	"input checksum"
	.align	2
.LC3:
	.string	"quicksort compares"
	.align	2
.LC4:
	.string	"mergesort compares"
	.align	2
.LC5:
	.string	"sorted"
	.align	2
.LC6:
	.string	"quick == merge"
	.align	2
.LC7:
	.string	"min"
	.align	2
.LC8:
	.string	"median"
	.align	2
.LC9:
	.string	"max"
	.align	2
.LC10:
	.string	"sorted checksum"
	.align	2
.LC11:
	.string	"insertion sorted"
	.align	2
.LC12:
	.string	"insertion checksum"
	.align	2
.LC13:
	.string	"found"
	.align	2
.LC14:
	.string	"search(12345)"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-48
	lui	t1,%hi(state)
	sw	s2,32(sp)
	li	a0,16384
	lui	s2,%hi(data)
	lw	a5,%lo(state)(t1)
	lui	a2,%hi(a)
	lui	a1,%hi(b)
	sw	s1,36(sp)
	addi	a0,a0,-384
	addi	s1,s2,%lo(data)
	li	a7,200704
	li	a6,-98304
	sw	s0,40(sp)
	sw	s3,28(sp)
	sw	s6,16(sp)
	sw	s7,12(sp)
	addi	s6,a1,%lo(b)
	addi	s7,a2,%lo(a)
	addi	s0,a2,%lo(a)
	sw	ra,44(sp)
	sw	s4,24(sp)
	sw	s5,20(sp)
	sw	s8,8(sp)
	add	a0,s1,a0
	addi	a2,a2,%lo(a)
	addi	a1,a1,%lo(b)
	addi	s3,s2,%lo(data)
	addi	a3,s2,%lo(data)
	addi	a7,a7,-703
	addi	a6,a6,-1696
.L186:
	slli	a4,a5,13
	xor	a4,a4,a5
	srli	a5,a4,17
	xor	a5,a5,a4
	slli	a4,a5,5
	xor	a5,a5,a4
	remu	a4,a5,a7
	addi	a3,a3,4
	addi	a1,a1,4
	addi	a2,a2,4
	add	a4,a4,a6
	sw	a4,-4(a3)
	sw	a4,-4(a1)
	sw	a4,-4(a2)
	bne	a0,a3,.L186
	li	a3,16777216
	sw	a5,%lo(state)(t1)
	li	a1,0
	mv	a5,s1
	addi	a3,a3,403
.L187:
	lw	a4,0(a5)
	addi	a5,a5,4
	xor	a1,a1,a4
	mul	a1,a1,a3
	bne	a0,a5,.L187
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	put_kx
	li	a1,4096
	addi	a1,a1,-97
	li	a0,0
	call	quicksort.constprop.0
	lui	s4,%hi(compares)
	lw	a1,%lo(compares)(s4)
	lui	a0,%hi(.LC3)
	addi	a0,a0,%lo(.LC3)
	call	put_kv
	lui	a3,%hi(rt_free_large)
	lw	a4,%lo(rt_free_large)(a3)
	sw	zero,%lo(compares)(s4)
	beq	a4,zero,.L188
	li	a2,16384
	addi	a3,a3,%lo(rt_free_large)
	addi	a2,a2,-385
	j	.L191
.L189:
	addi	a3,a5,4
	beq	a4,zero,.L188
.L191:
	lw	a1,0(a4)
	mv	a5,a4
	lw	a4,4(a4)
	bleu	a1,a2,.L189
	sw	a4,0(a3)
	addi	a5,a5,8
	j	.L190
.L188:
	lui	a4,%hi(rt_heap_end)
	lw	a5,%lo(rt_heap_end)(a4)
	bne	a5,zero,.L193
	li	a0,0
	li	a7,214
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a5,a0,7
	sw	a0,%lo(rt_heap_end)(a4)
	andi	a5,a5,-8
	beq	a0,a5,.L193
	mv	a0,a5
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	bne	a5,a0,.L198
	sw	a5,%lo(rt_heap_end)(a4)
.L193:
	lw	a5,%lo(rt_heap_end)(a4)
	li	a3,16384
	addi	a6,a3,-376
	add	a2,a5,a6
	bltu	a2,a5,.L198
	mv	a0,a2
	li	a7,214
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	bne	a2,a0,.L198
	lui	a0,%hi(rt_heap_bytes)
	lw	a1,%lo(rt_heap_bytes)(a0)
	sw	a2,%lo(rt_heap_end)(a4)
	add	a4,a1,a6
	sw	a4,%lo(rt_heap_bytes)(a0)
	beq	a5,zero,.L198
	addi	a3,a3,-384
	sw	a3,0(a5)
	sw	zero,4(a5)
	addi	a5,a5,8
.L190:
	li	s8,4096
	addi	a2,s8,-96
	mv	a0,a5
	li	a1,0
	call	merge_rec.constprop.0
	lw	a1,%lo(compares)(s4)
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	put_kv
	li	s5,1
	mv	a3,s7
	li	s4,1
	li	a2,0
	addi	a0,s8,-96
.L203:
	lw	a1,0(a3)
	lw	a5,0(s6)
	beq	a2,zero,.L199
	lw	a4,-4(a3)
	sub	a5,a5,a1
	seqz	a5,a5
	sgt	a4,a4,a1
	addi	a4,a4,-1
	neg	a5,a5
	addi	a2,a2,1
	and	s4,s4,a4
	and	s5,s5,a5
	addi	a3,a3,4
	addi	s6,s6,4
	bne	a2,a0,.L203
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	mv	a1,s4
	call	put_kv
	lui	a0,%hi(.LC6)
	mv	a1,s5
	addi	a0,a0,%lo(.LC6)
	call	put_kv
	lw	a1,0(s0)
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	call	put_kv
	li	a5,8192
	add	a5,s0,a5
	lw	a1,-192(a5)
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	put_kv
	li	s6,16384
	add	a5,s0,s6
	lw	a1,-388(a5)
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	call	put_kv
	addi	a4,s6,-384
	li	a3,16777216
	add	a4,s7,a4
	li	a1,0
	addi	a3,a3,403
.L204:
	lw	a5,0(s7)
	addi	s7,s7,4
	xor	a1,a1,a5
	mul	a1,a1,a3
	bne	a4,s7,.L204
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	put_kx
	lui	a0,%hi(data+4)
	addi	a4,a0,%lo(data+4)
	li	a6,0
	addi	a0,a0,%lo(data+4)
	li	a7,299
.L208:
	lw	a1,0(a0)
	mv	a5,a0
	j	.L205
.L207:
	sw	a3,0(a5)
	addi	a5,a2,-4
	beq	s1,a5,.L227
.L205:
	lw	a3,-4(a5)
	mv	a2,a5
	blt	a1,a3,.L207
	sw	a1,0(a2)
	addi	a6,a6,1
	addi	a0,a0,4
	bne	a6,a7,.L208
.L250:
	lw	a3,%lo(data)(s2)
	addi	s2,s1,1200
.L210:
	mv	a5,a3
	lw	a3,0(a4)
	addi	a4,a4,4
	slt	a5,a3,a5
	addi	a5,a5,-1
	and	s4,s4,a5
	bne	s2,a4,.L210
	lui	a0,%hi(.LC11)
	mv	a1,s4
	addi	a0,a0,%lo(.LC11)
	call	put_kv
	li	a3,16777216
	mv	a5,s1
	li	a1,0
	addi	a3,a3,403
.L211:
	lw	a4,0(a5)
	addi	a5,a5,4
	xor	a1,a1,a4
	mul	a1,a1,a3
	bne	a5,s2,.L211
	lui	a0,%hi(.LC12)
	addi	a0,a0,%lo(.LC12)
	call	put_kx
	li	a6,4096
	li	a1,0
	addi	a6,a6,-97
.L216:
	lw	a0,0(s1)
	mv	a2,a6
	li	a3,0
.L215:
	add	a5,a3,a2
	srai	a5,a5,1
	slli	a4,a5,2
	add	a4,s0,a4
	lw	a4,0(a4)
	beq	a0,a4,.L212
	ble	a0,a4,.L213
	addi	a3,a5,1
	ble	a3,a2,.L215
.L222:
	addi	s1,s1,4
	bne	s2,s1,.L216
.L248:
	lui	a0,%hi(.LC13)
	addi	a0,a0,%lo(.LC13)
	call	put_kv
	li	a2,12288
	li	a4,4096
	addi	a0,a2,57
	addi	a4,a4,-97
	li	a3,0
	addi	a2,a2,56
.L220:
	add	a1,a3,a4
	srai	a1,a1,1
	slli	a5,a1,2
	add	a5,s0,a5
	lw	a5,0(a5)
	beq	a5,a0,.L217
	bgt	a5,a2,.L218
	addi	a3,a1,1
	ble	a3,a4,.L220
.L249:
	li	a1,-1
.L217:
	lui	a0,%hi(.LC14)
	addi	a0,a0,%lo(.LC14)
	call	put_kv
	li	a0,1
	beq	s4,zero,.L185
	sub	a0,a0,s5
.L185:
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	lw	s5,20(sp)
	lw	s6,16(sp)
	lw	s7,12(sp)
	lw	s8,8(sp)
	addi	sp,sp,48
	jr	ra
.L213:
	addi	a2,a5,-1
	ble	a3,a2,.L215
	j	.L222
.L212:
	addi	s1,s1,4
	addi	a1,a1,1
	bne	s2,s1,.L216
	j	.L248
.L199:
	li	a2,1
	addi	a3,a3,4
	addi	s6,s6,4
	beq	a5,a1,.L203
	li	s5,0
	j	.L203
.L218:
	addi	a4,a1,-1
	ble	a3,a4,.L220
	j	.L249
.L227:
	mv	a2,s3
	sw	a1,0(a2)
	addi	a6,a6,1
	addi	a0,a0,4
	bne	a6,a7,.L208
	j	.L250
.L198:
	li	a5,0
	j	.L190
	.size	main, .-main
	.globl	rt_envp
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.bss
	.align	2
	.type	b, @object
	.size	b, 16000
b:
	.zero	16000
	.type	a, @object
	.size	a, 16000
a:
	.zero	16000
	.type	data, @object
	.size	data, 16000
data:
	.zero	16000
	.section	.sbss,"aw",@nobits
	.align	2
	.type	compares, @object
	.size	compares, 4
compares:
	.zero	4
	.type	rt_envp, @object
	.size	rt_envp, 4
rt_envp:
	.zero	4
	.type	rt_heap_bytes, @object
	.size	rt_heap_bytes, 4
rt_heap_bytes:
	.zero	4
	.type	rt_free_large, @object
	.size	rt_free_large, 4
rt_free_large:
	.zero	4
	.type	rt_heap_end, @object
	.size	rt_heap_end, 4
rt_heap_end:
	.zero	4
	.section	.sdata,"aw"
	.align	2
	.type	state, @object
	.size	state, 4
state:
	.word	-1640531527
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
