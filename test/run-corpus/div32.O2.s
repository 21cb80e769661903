	.file	"div32.c"
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
	.type	div, @function
div:
 #APP
# 17 "div32.c" 1
	div a0, a0, a1
# 0 "" 2
 #NO_APP
	ret
	.size	div, .-div
	.align	2
	.type	divu, @function
divu:
 #APP
# 18 "div32.c" 1
	divu a0, a0, a1
# 0 "" 2
 #NO_APP
	ret
	.size	divu, .-divu
	.align	2
	.type	rem, @function
rem:
 #APP
# 19 "div32.c" 1
	rem a0, a0, a1
# 0 "" 2
 #NO_APP
	ret
	.size	rem, .-rem
	.align	2
	.type	remu, @function
remu:
 #APP
# 20 "div32.c" 1
	remu a0, a0, a1
# 0 "" 2
 #NO_APP
	ret
	.size	remu, .-remu
	.align	2
	.type	mul, @function
mul:
 #APP
# 21 "div32.c" 1
	mul a0, a0, a1
# 0 "" 2
 #NO_APP
	ret
	.size	mul, .-mul
	.align	2
	.type	mulh, @function
mulh:
 #APP
# 22 "div32.c" 1
	mulh a0, a0, a1
# 0 "" 2
 #NO_APP
	ret
	.size	mulh, .-mulh
	.align	2
	.type	mulhsu, @function
mulhsu:
 #APP
# 23 "div32.c" 1
	mulhsu a0, a0, a1
# 0 "" 2
 #NO_APP
	ret
	.size	mulhsu, .-mulhsu
	.align	2
	.type	mulhu, @function
mulhu:
 #APP
# 24 "div32.c" 1
	mulhu a0, a0, a1
# 0 "" 2
 #NO_APP
	ret
	.size	mulhu, .-mulhu
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L11
	add	a2,a0,a2
	mv	a5,a0
.L12:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L12
.L11:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	memmove
	.type	memmove, @function
memmove:
	bltu	a0,a1,.L18
	addi	a5,a2,-1
	li	a6,-1
	beq	a2,zero,.L30
.L22:
	add	a4,a1,a5
	lbu	a3,0(a4)
	add	a4,a0,a5
	addi	a5,a5,-1
	sb	a3,0(a4)
	bne	a5,a6,.L22
.L24:
	ret
.L18:
	beq	a2,zero,.L24
	add	a2,a0,a2
	mv	a5,a0
.L21:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a2,a5,.L21
	ret
.L30:
	ret
	.size	memmove, .-memmove
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L37
.L33:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L33
.L37:
	ret
	.size	memset, .-memset
	.align	2
	.globl	memcmp
	.type	memcmp, @function
memcmp:
	beq	a2,zero,.L42
	add	a2,a1,a2
	j	.L41
.L40:
	beq	a1,a2,.L42
.L41:
	lbu	a5,0(a0)
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a1,a1,1
	beq	a5,a4,.L40
	sub	a0,a5,a4
	ret
.L42:
	li	a0,0
	ret
	.size	memcmp, .-memcmp
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L47
	mv	a5,a0
.L46:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L46
	sub	a0,a5,a0
	ret
.L47:
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
.L52:
	remu	a4,a0,a3
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,a3
	bgtu	a2,a6,.L52
	add	a0,a1,a3
	call	put_str
	lw	ra,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_uint, .-put_uint
	.align	2
	.type	put_int, @function
put_int:
	blt	a0,zero,.L60
	tail	put_uint
.L60:
	addi	sp,sp,-16
	li	a4,45
	mv	a5,a0
	sb	a4,15(sp)
	li	a0,1
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	neg	a0,a5
	addi	sp,sp,16
	tail	put_uint
	.size	put_int, .-put_int
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
	call	put_int
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
	.type	put_hex.constprop.0, @function
put_hex.constprop.0:
	addi	sp,sp,-32
	lui	a3,%hi(.LANCHOR0)
	sw	ra,28(sp)
	addi	a5,sp,4
	addi	a2,sp,-4
	addi	a3,a3,%lo(.LANCHOR0)
.L64:
	andi	a4,a0,15
	add	a4,a3,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	a0,a0,4
	sb	a4,8(a5)
	bne	a5,a2,.L64
	addi	a0,sp,4
	sb	zero,12(sp)
	call	strlen
	mv	a2,a0
	addi	a1,sp,4
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_hex.constprop.0, .-put_hex.constprop.0
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
	mv	a0,s0
	call	put_hex.constprop.0
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
	.size	put_kx, .-put_kx
	.section	.rodata.str1.4
	.align	2
.LC2:
	.string	", "
	.align	2
.LC3:
	.string	" (0x"
	.align	2
.LC4:
	.string	")\n"
	.text
	.align	2
	.type	line, @function
line:
	addi	sp,sp,-32
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	ra,28(sp)
	mv	s2,a1
	mv	s1,a2
	mv	s0,a3
	call	put_str
	li	a5,32
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
	mv	a0,s2
	call	put_int
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	put_str
	mv	a0,s1
	call	put_int
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	put_str
	mv	a0,s0
	call	put_int
	lui	a0,%hi(.LC3)
	addi	a0,a0,%lo(.LC3)
	call	put_str
	mv	a0,s0
	call	put_hex.constprop.0
	lw	s0,24(sp)
	lw	ra,28(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	addi	sp,sp,32
	tail	put_str
	.size	line, .-line
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
.LC5:
	.string	"div"
	.align	2
.LC6:
	.string	"divu"
	.align	2
.LC7:
	.string	"rem"
	.align	2
.LC8:
	.string	"remu"
	.align	2
.LC9:
	.string	"mulh"
	.align	2
.LC10:
	.string	"mulhu"
	.align	2
.LC11:
	.string	"mulhsu"
	.align	2
.LC12:
	.string	"mul"
	.align	2
.LC13:
	.string	" table hash = 0x"
	.align	2
.LC14:
	.string	"C -1000000 / 37"
	.align	2
.LC15:
	.string	"C -1000000 % 37"
	.align	2
.LC16:
	.string	"C 4000000000u / 37"
	.align	2
.LC17:
	.string	"C 4000000000u % 37"
	.align	2
.LC18:
	.string	"C high(s*s)"
	.align	2
.LC19:
	.string	"C high(u*u)"
	.align	2
.LC20:
	.string	"C high(s*u)"
	.align	2
.LC21:
	.string	"C low(s*u)"
	.align	2
.LC22:
	.string	"all tables"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-128
	sw	zero,20(sp)
	li	a5,-1
	sw	a5,24(sp)
	li	a5,-2147483648
	sw	a5,28(sp)
	li	a5,7
	sw	a5,32(sp)
	li	a5,-7
	sw	a5,36(sp)
	lw	a2,20(sp)
	sw	s0,120(sp)
	sw	ra,124(sp)
	sw	s1,116(sp)
	sw	s2,112(sp)
	sw	s3,108(sp)
	sw	s4,104(sp)
	sw	s5,100(sp)
	sw	s6,96(sp)
	sw	s7,92(sp)
	sw	s8,88(sp)
	sw	s9,84(sp)
	sw	s10,80(sp)
	sw	s11,76(sp)
	li	s0,42
	lw	a3,20(sp)
 #APP
# 17 "div32.c" 1
	div a3, s0, a3
# 0 "" 2
 #NO_APP
	lui	s2,%hi(.LC5)
	li	a1,42
	addi	a0,s2,%lo(.LC5)
	call	line
	lw	a2,20(sp)
	li	s1,-42
	lw	a3,20(sp)
 #APP
# 17 "div32.c" 1
	div a3, s1, a3
# 0 "" 2
 #NO_APP
	li	a1,-42
	addi	a0,s2,%lo(.LC5)
	call	line
	lw	a2,20(sp)
	lw	a3,20(sp)
 #APP
# 18 "div32.c" 1
	divu a3, s0, a3
# 0 "" 2
 #NO_APP
	lui	s3,%hi(.LC6)
	li	a1,42
	addi	a0,s3,%lo(.LC6)
	call	line
	lw	a2,20(sp)
	lw	a5,20(sp)
 #APP
# 19 "div32.c" 1
	rem a3, s0, a5
# 0 "" 2
 #NO_APP
	lui	s0,%hi(.LC7)
	li	a1,42
	addi	a0,s0,%lo(.LC7)
	call	line
	lw	a2,20(sp)
	lw	a3,20(sp)
 #APP
# 19 "div32.c" 1
	rem a3, s1, a3
# 0 "" 2
 #NO_APP
	li	a1,-42
	addi	a0,s0,%lo(.LC7)
	call	line
	lw	a2,20(sp)
	lw	a5,20(sp)
 #APP
# 20 "div32.c" 1
	remu a3, s1, a5
# 0 "" 2
 #NO_APP
	lui	s1,%hi(.LC8)
	li	a1,-42
	addi	a0,s1,%lo(.LC8)
	call	line
	lw	a1,28(sp)
	lw	a2,24(sp)
	lw	a3,28(sp)
	lw	a5,24(sp)
 #APP
# 17 "div32.c" 1
	div a3, a3, a5
# 0 "" 2
 #NO_APP
	addi	a0,s2,%lo(.LC5)
	call	line
	lw	a1,28(sp)
	lw	a2,24(sp)
	lw	a3,28(sp)
	lw	a5,24(sp)
 #APP
# 19 "div32.c" 1
	rem a3, a3, a5
# 0 "" 2
 #NO_APP
	addi	a0,s0,%lo(.LC7)
	call	line
	lw	a1,28(sp)
	lw	a2,24(sp)
	lw	a3,28(sp)
	lw	a5,24(sp)
 #APP
# 18 "div32.c" 1
	divu a3, a3, a5
# 0 "" 2
 #NO_APP
	addi	a0,s3,%lo(.LC6)
	call	line
	lw	a1,28(sp)
	lw	a2,24(sp)
	lw	a3,28(sp)
	lw	a5,24(sp)
 #APP
# 20 "div32.c" 1
	remu a3, a3, a5
# 0 "" 2
 #NO_APP
	addi	a0,s1,%lo(.LC8)
	call	line
	lw	a1,36(sp)
	li	s1,2
	lw	a3,36(sp)
 #APP
# 17 "div32.c" 1
	div a3, a3, s1
# 0 "" 2
 #NO_APP
	li	a2,2
	addi	a0,s2,%lo(.LC5)
	call	line
	lw	a1,36(sp)
	lw	a3,36(sp)
 #APP
# 19 "div32.c" 1
	rem a3, a3, s1
# 0 "" 2
 #NO_APP
	li	a2,2
	addi	a0,s0,%lo(.LC7)
	call	line
	lw	a1,32(sp)
	li	a5,-2
	lw	a3,32(sp)
 #APP
# 19 "div32.c" 1
	rem a3, a3, a5
# 0 "" 2
 #NO_APP
	li	a2,-2
	addi	a0,s0,%lo(.LC7)
	call	line
	lw	a1,36(sp)
	lw	a3,36(sp)
 #APP
# 18 "div32.c" 1
	divu a3, a3, s1
# 0 "" 2
 #NO_APP
	li	a2,2
	addi	a0,s3,%lo(.LC6)
	call	line
	lw	a1,28(sp)
	lw	a2,28(sp)
	lw	a3,28(sp)
	lw	a5,28(sp)
 #APP
# 22 "div32.c" 1
	mulh a3, a3, a5
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	call	line
	lw	a1,24(sp)
	lw	a2,24(sp)
	lw	a3,24(sp)
	lw	a5,24(sp)
 #APP
# 24 "div32.c" 1
	mulhu a3, a3, a5
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	line
	lw	a1,24(sp)
	lw	a2,24(sp)
	lw	a3,24(sp)
	lw	a5,24(sp)
 #APP
# 23 "div32.c" 1
	mulhsu a3, a3, a5
# 0 "" 2
 #NO_APP
	lui	s0,%hi(.LC11)
	addi	a0,s0,%lo(.LC11)
	call	line
	lw	a1,28(sp)
	lw	a2,24(sp)
	lw	a3,28(sp)
	lw	a5,24(sp)
 #APP
# 23 "div32.c" 1
	mulhsu a3, a3, a5
# 0 "" 2
 #NO_APP
	addi	a0,s0,%lo(.LC11)
	call	line
	li	a3,65536
 #APP
# 21 "div32.c" 1
	mul a3, a3, a3
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC12)
	li	a2,65536
	li	a1,65536
	addi	a0,a0,%lo(.LC12)
	call	line
	lui	s6,%hi(.LANCHOR0)
	lui	a5,%hi(.LC13)
	addi	s6,s6,%lo(.LANCHOR0)
	addi	a5,a5,%lo(.LC13)
	lui	s2,%hi(.LANCHOR1)
	li	s9,-2128830464
	li	s4,16777216
	sw	a5,12(sp)
	addi	s10,s6,20
	li	s8,0
	addi	s2,s2,%lo(.LANCHOR1)
	addi	s7,sp,44
	addi	s9,s9,-571
	addi	s4,s4,403
	li	s3,19
.L157:
	mv	s0,s9
	li	s5,0
.L162:
	slli	s1,s5,2
	li	s11,0
	add	s1,s2,s1
.L158:
	slli	a4,s11,2
	add	a4,s2,a4
	lw	a0,0(s1)
	lw	a1,0(a4)
	lw	a4,4(s10)
	addi	s11,s11,1
	jalr	a4
	xor	a0,a0,s0
	mul	s0,a0,s4
	bne	s11,s3,.L158
	addi	s5,s5,1
	bne	s5,s3,.L162
	lw	s1,0(s10)
	mv	a0,s1
	call	strlen
	mv	a2,a0
	mv	a1,s1
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	lw	a1,12(sp)
	li	a2,16
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a5,sp,52
	mv	a2,s0
.L160:
	andi	a4,a2,15
	add	a4,s6,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	a2,a2,4
	sb	a4,8(a5)
	bne	a5,s7,.L160
	addi	a0,sp,52
	sb	zero,60(sp)
	call	strlen
	mv	a2,a0
	addi	a1,sp,52
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a5,10
	li	a0,1
	sb	a5,48(sp)
	addi	a1,sp,48
	li	a2,1
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a5,%hi(.LANCHOR0+84)
	addi	s10,s10,8
	addi	a5,a5,%lo(.LANCHOR0+84)
	xor	s8,s8,s0
	bne	a5,s10,.L157
	li	a5,-999424
	addi	a5,a5,-576
	sw	a5,48(sp)
	li	s0,37
	sw	s0,52(sp)
	lw	a1,48(sp)
	lw	a5,52(sp)
	lui	a0,%hi(.LC14)
	addi	a0,a0,%lo(.LC14)
	div	a1,a1,a5
	call	put_kv
	lw	a1,48(sp)
	lw	a5,52(sp)
	lui	a0,%hi(.LC15)
	addi	a0,a0,%lo(.LC15)
	rem	a1,a1,a5
	call	put_kv
	li	a5,-294965248
	addi	a5,a5,-2048
	sw	a5,40(sp)
	sw	s0,44(sp)
	lw	a1,40(sp)
	lw	a5,44(sp)
	lui	a0,%hi(.LC16)
	addi	a0,a0,%lo(.LC16)
	divu	a1,a1,a5
	call	put_kv
	lw	a1,40(sp)
	lw	a5,44(sp)
	lui	a0,%hi(.LC17)
	addi	a0,a0,%lo(.LC17)
	remu	a1,a1,a5
	call	put_kv
	li	a5,-123457536
	addi	a5,a5,747
	sw	a5,48(sp)
	li	a5,987656192
	addi	a5,a5,-1871
	sw	a5,52(sp)
	lw	a5,48(sp)
	lw	a4,52(sp)
	lui	a0,%hi(.LC18)
	addi	a0,a0,%lo(.LC18)
	mulh	a1,a5,a4
	call	put_kx
	li	a5,-559038464
	addi	a5,a5,-273
	sw	a5,40(sp)
	li	a5,-889274368
	addi	a5,a5,-1346
	sw	a5,44(sp)
	lw	a5,40(sp)
	lw	a4,44(sp)
	lui	a0,%hi(.LC19)
	addi	a0,a0,%lo(.LC19)
	mulhu	a1,a5,a4
	call	put_kx
	lw	a4,48(sp)
	lw	a5,44(sp)
	lui	a0,%hi(.LC20)
	addi	a0,a0,%lo(.LC20)
	mulhsu	a1,a4,a5
	call	put_kx
	lw	a1,48(sp)
	lw	a5,44(sp)
	lui	a0,%hi(.LC21)
	addi	a0,a0,%lo(.LC21)
	mul	a1,a1,a5
	call	put_kx
	lui	a0,%hi(.LC22)
	mv	a1,s8
	addi	a0,a0,%lo(.LC22)
	call	put_kx
	lw	ra,124(sp)
	lw	s0,120(sp)
	andi	a0,s8,255
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
	ori	a0,a0,1
	addi	sp,sp,128
	jr	ra
	.size	main, .-main
	.globl	rt_envp
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.zero	3
	.type	ops.1, @object
	.size	ops.1, 64
ops.1:
	.word	.LC5
	.word	div
	.word	.LC6
	.word	divu
	.word	.LC7
	.word	rem
	.word	.LC8
	.word	remu
	.word	.LC12
	.word	mul
	.word	.LC9
	.word	mulh
	.word	.LC11
	.word	mulhsu
	.word	.LC10
	.word	mulhu
	.data
	.align	2
	.set	.LANCHOR1,. + 0
	.type	edge, @object
	.size	edge, 76
edge:
	.word	0
	.word	1
	.word	-1
	.word	2
	.word	-2
	.word	3
	.word	-3
	.word	7
	.word	-7
	.word	2147483647
	.word	-2147483648
	.word	-2147483647
	.word	2147483646
	.word	65536
	.word	-65536
	.word	1431655765
	.word	-1431655766
	.word	46341
	.word	-46341
	.section	.sbss,"aw",@nobits
	.align	2
	.type	rt_envp, @object
	.size	rt_envp, 4
rt_envp:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
