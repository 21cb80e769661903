	.file	"misaligned.c"
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
.L51:
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
	bne	a6,zero,.L51
	bgtu	t6,t4,.L51
	addi	a0,t5,22
	call	put_str
	lw	ra,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	put_u64, .-put_u64
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	":"
	.text
	.align	2
	.type	dump, @function
dump:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	mv	s0,a1
	mv	s1,a2
	sw	s2,32(sp)
	sw	s3,28(sp)
	call	put_str
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	lui	s3,%hi(.LANCHOR0)
	call	put_str
	add	s1,s0,s1
	addi	s3,s3,%lo(.LANCHOR0)
	li	s2,32
.L54:
	sb	s2,3(sp)
	li	a0,1
	addi	a1,sp,3
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lbu	a5,0(s0)
	addi	a0,sp,4
	sb	zero,6(sp)
	andi	a4,a5,15
	add	a4,s3,a4
	srli	a5,a5,4
	lbu	a4,0(a4)
	add	a5,s3,a5
	lbu	a5,0(a5)
	slli	a4,a4,8
	or	a5,a5,a4
	sh	a5,4(sp)
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
	addi	s0,s0,1
	bne	s1,s0,.L54
	li	a5,10
	sb	a5,4(sp)
	li	a0,1
	li	a2,1
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	addi	sp,sp,48
	jr	ra
	.size	dump, .-dump
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
.L58:
	remu	a4,a0,a3
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,a3
	bgtu	a2,a6,.L58
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
.L62:
	andi	a4,s0,15
	add	a4,a3,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	s0,s0,4
	sb	a4,8(a5)
	bne	a5,a2,.L62
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
	li	a5,10
	sb	a5,4(sp)
	li	a0,1
	li	a2,1
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
	beq	a5,zero,.L75
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
	j	.L74
.L83:
	sll	t1,t6,t1
	li	a5,0
.L73:
	or	a0,a0,a5
	or	a1,a1,t1
.L70:
	addi	a6,a6,-1
	beq	a6,t4,.L82
.L74:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L69
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L69:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L70
	bne	a3,a5,.L76
	bgtu	a2,a4,.L70
.L76:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L83
	li	t1,0
	sll	a5,t6,a6
	j	.L73
.L82:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L75:
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
	beq	a5,zero,.L92
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,t2,1
	li	t6,31
	li	t5,-1
.L91:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L88
	srl	a7,t2,t1
.L88:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L89
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L93
	bgtu	a2,a0,.L89
.L93:
	mv	a0,a6
	sub	a1,t1,a7
.L89:
	bne	a5,t5,.L91
	ret
.L92:
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
	bge	a1,zero,.L96
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L96:
	mv	t5,a2
	mv	t1,s2
	blt	s2,zero,.L120
	or	s3,a2,s2
	li	a0,-1
	li	a1,-1
	bne	s3,zero,.L100
.L95:
	lw	s0,12(sp)
	lw	s1,8(sp)
	lw	s2,4(sp)
	lw	s3,0(sp)
	addi	sp,sp,16
	jr	ra
.L120:
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
	or	s3,a2,s2
.L100:
	li	a0,0
	li	a1,0
	li	a2,63
	li	a4,0
	li	a6,0
	slli	s0,t6,1
	li	a3,31
	li	t0,1
	li	t4,-1
	j	.L109
.L122:
	sll	a7,t0,a7
	li	a5,0
.L108:
	or	a0,a0,a5
	or	a1,a1,a7
.L105:
	addi	a2,a2,-1
	beq	a2,t4,.L121
.L109:
	srli	t3,a4,31
	slli	a5,a6,1
	addi	a7,a2,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a6,t6,a7
	bge	a7,zero,.L104
	sub	t3,a3,a2
	sll	t3,s0,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L104:
	andi	a6,a6,1
	or	a4,a6,a4
	mv	a6,a5
	bgtu	t1,a5,.L105
	bne	t1,a5,.L115
	bgtu	t5,a4,.L105
.L115:
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
	mv	a4,t3
	sub	a6,a5,a6
	bge	a7,zero,.L122
	li	a7,0
	sll	a5,t0,a2
	j	.L108
.L121:
	beq	s3,zero,.L114
	xor	s1,s1,s2
	bge	s1,zero,.L95
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
.L114:
	li	a0,-1
	li	a1,-1
	j	.L95
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
	blt	a1,zero,.L149
	mv	t2,a1
	blt	a3,zero,.L126
	or	a5,a2,a3
	bne	a5,zero,.L130
.L123:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L126:
	snez	a7,a2
	neg	a3,a3
	neg	t0,a2
	sub	a7,a3,a7
.L130:
	li	a5,63
	li	a0,0
	li	a2,0
	slli	t6,t2,1
	li	t5,31
	li	t4,-1
.L138:
	sub	a3,t5,a5
	srli	t1,a0,31
	slli	a4,a2,1
	sll	a3,t6,a3
	srl	a2,t3,a5
	addi	a6,a5,-32
	or	a4,t1,a4
	slli	a0,a0,1
	or	a2,a3,a2
	blt	a6,zero,.L135
	srl	a2,t2,a6
.L135:
	andi	a2,a2,1
	or	a0,a2,a0
	addi	a5,a5,-1
	mv	a2,a4
	bgtu	a7,a4,.L136
	sub	a3,a0,t0
	sgtu	a6,a3,a0
	sub	t1,a4,a7
	bne	a7,a4,.L143
	bgtu	t0,a0,.L136
.L143:
	mv	a0,a3
	sub	a2,t1,a6
.L136:
	bne	a5,t4,.L138
	mv	a1,a2
	bge	s0,zero,.L123
	lw	s0,12(sp)
	snez	a5,a0
	neg	a2,a2
	neg	a0,a0
	sub	a1,a2,a5
	addi	sp,sp,16
	jr	ra
.L149:
	snez	a5,a0
	neg	t2,a1
	sub	t2,t2,a5
	neg	t3,a0
	blt	a3,zero,.L126
	or	a5,a2,a3
	bne	a5,zero,.L130
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__moddi3, .-__moddi3
	.section	.rodata.str1.4
	.align	2
.LC3:
	.string	"sizeof(struct record)"
	.align	2
.LC4:
	.string	" = "
	.align	2
.LC5:
	.string	"record[1] bytes"
	.align	2
.LC6:
	.string	"stamps = "
	.align	2
.LC7:
	.string	"fields hash"
	.align	2
.LC8:
	.string	"lw of record[2].id"
	.align	2
.LC9:
	.string	"lhu of record[3].port"
	.align	2
.LC10:
	.string	" lhu "
	.align	2
.LC11:
	.string	" lh "
	.align	2
.LC12:
	.string	": lw 0x"
	.align	2
.LC13:
	.string	"offset "
	.align	2
.LC14:
	.string	"after stores"
	.align	2
.LC15:
	.string	"lw across page"
	.align	2
.LC16:
	.string	"lh across page"
	.align	2
.LC17:
	.string	"page edge"
	.align	2
.LC18:
	.string	"copied hash"
	.align	2
.LC19:
	.string	"copy matches"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	lui	a0,%hi(.LC3)
	addi	sp,sp,-160
	addi	a0,a0,%lo(.LC3)
	sw	ra,156(sp)
	sw	s0,152(sp)
	sw	s1,148(sp)
	sw	s2,144(sp)
	sw	s3,140(sp)
	sw	s4,136(sp)
	sw	s5,132(sp)
	sw	s6,128(sp)
	sw	s7,124(sp)
	sw	s8,120(sp)
	sw	s9,116(sp)
	sw	s10,112(sp)
	sw	s11,108(sp)
	call	put_str
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	put_str
	li	a0,19
	call	put_uint
	li	a5,10
	sb	a5,56(sp)
	li	a0,1
	addi	a1,sp,56
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a5,%hi(.LC2)
	lw	a3,%lo(.LC2)(a5)
	li	a2,16908288
	lui	a7,%hi(.LANCHOR1)
	addi	a2,a2,772
	li	s9,8192
	addi	s0,a7,%lo(.LANCHOR1)
	li	a0,0
	addi	a7,a7,%lo(.LANCHOR1)
	li	a4,-288
	li	a1,0
	addi	s9,s9,-193
	mv	s11,a2
	mv	s10,a3
	li	s1,5
.L151:
	slli	a5,a1,2
	mv	a6,a1
	addi	t1,a1,-96
	add	a5,a5,a1
	addi	a1,a1,1
	add	t3,a1,s9
	slli	a5,a5,2
	sub	a5,a5,a6
	slli	a6,t3,16
	srli	a6,a6,16
	sb	t1,0(a7)
	add	a5,s0,a5
	srli	s8,a2,8
	srli	s7,a2,16
	srli	s6,a2,24
	srli	s5,a3,8
	srli	s4,a3,16
	srli	s3,a3,24
	srli	s2,a4,8
	srli	ra,a4,16
	srli	t2,a4,24
	srli	t0,a0,8
	srli	t6,a0,16
	srli	t5,a0,24
	add	t1,a3,s10
	srli	a6,a6,8
	sltu	t4,t1,a3
	sb	a2,1(a5)
	sb	a3,7(a5)
	sb	a4,11(a5)
	sb	a0,15(a5)
	addi	a4,a4,-288
	sb	s8,2(a5)
	sb	s7,3(a5)
	sb	s6,4(a5)
	sb	t3,5(a5)
	sb	a6,6(a5)
	sb	s5,8(a5)
	sb	s4,9(a5)
	sb	s3,10(a5)
	sb	s2,12(a5)
	sb	ra,13(a5)
	sb	t2,14(a5)
	sb	t0,16(a5)
	sb	t6,17(a5)
	sb	t5,18(a5)
	addi	a7,a7,19
	add	a2,a2,s11
	mv	a3,t1
	add	a4,t4,a4
	addi	a0,a0,-1000
	bne	a1,s1,.L151
	lui	a0,%hi(.LC5)
	li	a2,19
	addi	a1,s0,19
	addi	a0,a0,%lo(.LC5)
	call	dump
	li	s4,0
	li	s2,0
	li	s3,0
	li	a2,0
	li	a6,5
.L152:
	slli	a5,a2,2
	add	a5,a5,a2
	slli	a5,a5,2
	sub	a5,a5,a2
	add	a5,s0,a5
	lbu	ra,8(a5)
	lbu	t0,16(a5)
	lbu	s8,7(a5)
	lbu	s1,9(a5)
	lbu	t5,12(a5)
	lbu	s7,15(a5)
	lbu	t4,17(a5)
	lbu	s6,2(a5)
	lbu	a4,6(a5)
	lbu	a3,10(a5)
	lbu	s5,11(a5)
	lbu	t3,13(a5)
	lbu	t1,18(a5)
	lbu	t2,1(a5)
	lbu	a7,3(a5)
	lbu	a1,14(a5)
	lbu	a0,4(a5)
	lbu	t6,5(a5)
	slli	t0,t0,8
	slli	a5,ra,8
	or	a5,a5,s8
	or	t0,t0,s7
	slli	s1,s1,16
	slli	t5,t5,8
	slli	t4,t4,16
	slli	ra,s6,8
	or	s1,s1,a5
	slli	a3,a3,24
	slli	a5,a4,8
	or	t4,t4,t0
	or	t5,t5,s5
	slli	t3,t3,16
	slli	t1,t1,24
	or	t0,ra,t2
	slli	a7,a7,16
	or	a4,a3,s1
	or	a7,a7,t0
	slli	a3,a1,24
	or	t3,t3,t5
	slli	a1,a0,24
	or	a5,a5,t6
	or	t1,t1,t4
	add	a4,s4,a4
	slli	a0,s3,5
	or	a3,a3,t3
	or	a1,a1,a7
	add	a5,a5,t1
	sltu	a7,a4,s4
	add	s2,s2,a3
	add	a5,a5,a1
	sub	a3,a0,s3
	addi	a2,a2,1
	mv	s4,a4
	add	s2,a7,s2
	add	s3,a5,a3
	bne	a2,a6,.L152
	lui	a0,%hi(.LC6)
	addi	a0,a0,%lo(.LC6)
	call	put_str
	blt	s2,zero,.L177
	mv	a0,s4
	mv	a1,s2
	call	put_u64
.L155:
	li	a5,10
	sb	a5,56(sp)
	li	a0,1
	addi	a1,sp,56
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC7)
	mv	a1,s3
	addi	a0,a0,%lo(.LC7)
	call	put_kx
	addi	a1,s0,39
 #APP
# 23 "misaligned.c" 1
	lw a1, 0(a1)
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	put_kx
	addi	a1,s0,62
 #APP
# 35 "misaligned.c" 1
	lhu a1, 0(a1)
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	call	put_kx
	addi	a4,sp,56
	li	a5,17
	li	a2,185
.L156:
	addi	a3,a5,17
	sb	a5,0(a4)
	andi	a5,a3,0xff
	addi	a4,a4,1
	bne	a5,a2,.L156
	lui	s5,%hi(.LC12)
	addi	a5,s5,%lo(.LC12)
	lui	s4,%hi(.LC13)
	addi	s3,sp,44
	li	s11,10
	lui	s7,%hi(.LC10)
	lui	s6,%hi(.LC11)
	sw	a5,8(sp)
	lui	t1,%hi(.LANCHOR0)
	addi	a5,s4,%lo(.LC13)
	addi	s7,s7,%lo(.LC10)
	addi	s6,s6,%lo(.LC11)
	sw	a5,12(sp)
	addi	s2,sp,60
	li	s0,48
	addi	s5,sp,24
	addi	s4,t1,%lo(.LANCHOR0)
	li	s10,9
	sub	s9,s11,s3
	li	s8,52
.L161:
	li	a0,1
	lw	a1,12(sp)
	li	a2,7
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	sb	zero,55(sp)
	sb	s0,54(sp)
	addi	a1,sp,54
	li	a2,1
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	lw	a1,8(sp)
	li	a2,7
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
# 23 "misaligned.c" 1
	lw a3, 0(s2)
# 0 "" 2
 #NO_APP
	addi	a5,sp,32
.L157:
	andi	a4,a3,15
	add	a4,s4,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	a3,a3,4
	sb	a4,8(a5)
	bne	a5,s5,.L157
	addi	a0,sp,32
	sb	zero,40(sp)
	call	strlen
	mv	a2,a0
	addi	a1,sp,32
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	mv	a1,s6
	li	a2,4
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
# 29 "misaligned.c" 1
	lh a5, 0(s2)
# 0 "" 2
 #NO_APP
	blt	a5,zero,.L178
	mv	a0,a5
	call	put_uint
.L159:
	li	a0,1
	mv	a1,s7
	li	a2,5
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
# 35 "misaligned.c" 1
	lhu a5, 0(s2)
# 0 "" 2
 #NO_APP
	sb	zero,55(sp)
	mv	a4,s3
.L160:
	remu	a3,a5,s11
	mv	a1,a4
	addi	a4,a4,-1
	mv	a2,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,s11
	bgtu	a2,s10,.L160
	add	a1,s9,a1
	add	s1,s3,a1
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
	sb	s11,31(sp)
	addi	a1,sp,31
	li	a2,1
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s0,s0,1
	andi	s0,s0,0xff
	addi	s2,s2,1
	bne	s0,s8,.L161
	li	a4,-559038464
	addi	a5,a4,-273
	addi	a3,sp,56
 #APP
# 40 "misaligned.c" 1
	sw a5, 0(a3)
# 0 "" 2
 #NO_APP
	li	a5,49152
	addi	a2,a5,222
	addi	a3,sp,61
 #APP
# 44 "misaligned.c" 1
	sh a2, 0(a3)
# 0 "" 2
 #NO_APP
	addi	a2,a4,-272
	addi	a3,sp,65
 #APP
# 40 "misaligned.c" 1
	sw a2, 0(a3)
# 0 "" 2
 #NO_APP
	addi	a2,a5,223
	addi	a3,sp,70
 #APP
# 44 "misaligned.c" 1
	sh a2, 0(a3)
# 0 "" 2
 #NO_APP
	addi	a2,a4,-271
	addi	a3,sp,74
 #APP
# 40 "misaligned.c" 1
	sw a2, 0(a3)
# 0 "" 2
 #NO_APP
	addi	a2,a5,224
	addi	a3,sp,79
 #APP
# 44 "misaligned.c" 1
	sh a2, 0(a3)
# 0 "" 2
 #NO_APP
	addi	a4,a4,-270
	addi	a3,sp,83
 #APP
# 40 "misaligned.c" 1
	sw a4, 0(a3)
# 0 "" 2
 #NO_APP
	addi	a5,a5,225
	addi	a4,sp,88
 #APP
# 44 "misaligned.c" 1
	sh a5, 0(a4)
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC14)
	li	a2,36
	addi	a1,sp,56
	addi	a0,a0,%lo(.LC14)
	call	dump
	lui	a2,%hi(page)
	li	a3,4096
	lui	s2,%hi(page+4092)
	addi	s0,a2,%lo(page)
	addi	a3,a3,4
	addi	a5,s2,%lo(page+4092)
	add	a3,s0,a3
.L162:
	addi	a4,a5,68
	sb	a4,0(a5)
	addi	a5,a5,1
	bne	a5,a3,.L162
	lui	a1,%hi(page+4094)
	addi	a1,a1,%lo(page+4094)
 #APP
# 23 "misaligned.c" 1
	lw a1, 0(a1)
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC15)
	addi	a0,a0,%lo(.LC15)
	lui	s1,%hi(page+4095)
	call	put_kx
	addi	s1,s1,%lo(page+4095)
 #APP
# 29 "misaligned.c" 1
	lh a1, 0(s1)
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC16)
	addi	a0,a0,%lo(.LC16)
	call	put_kx
	lui	a5,%hi(page+4093)
	li	a4,-1985228800
	addi	a5,a5,%lo(page+4093)
	addi	a4,a4,-529
 #APP
# 40 "misaligned.c" 1
	sw a4, 0(a5)
# 0 "" 2
 #NO_APP
	li	a5,28672
	addi	a5,a5,1620
 #APP
# 44 "misaligned.c" 1
	sh a5, 0(s1)
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC17)
	li	a2,8
	addi	a1,s2,%lo(page+4092)
	addi	a0,a0,%lo(.LC17)
	call	dump
	addi	a3,s0,64
	mv	a4,s0
	li	a5,1
.L163:
	sb	a5,0(a4)
	addi	a5,a5,5
	addi	a4,a4,1
	andi	a5,a5,0xff
	bne	a3,a4,.L163
	lui	s1,%hi(page+3)
	addi	a5,s1,%lo(page+3)
	addi	a2,s0,63
.L164:
 #APP
# 23 "misaligned.c" 1
	lw a3, 0(a5)
# 0 "" 2
 #NO_APP
	addi	a4,a5,998
 #APP
# 40 "misaligned.c" 1
	sw a3, 0(a4)
# 0 "" 2
 #NO_APP
	addi	a5,a5,4
	bne	a2,a5,.L164
	lui	s2,%hi(page+1001)
	addi	a2,s0,1061
	addi	a4,s2,%lo(page+1001)
	li	s0,0
.L165:
	lbu	a5,0(a4)
	slli	a3,s0,5
	add	s0,a3,s0
	addi	a4,a4,1
	add	s0,a5,s0
	bne	a2,a4,.L165
	lui	a0,%hi(.LC18)
	mv	a1,s0
	addi	a0,a0,%lo(.LC18)
	call	put_kx
	addi	a1,s1,%lo(page+3)
	li	a2,60
	addi	a0,s2,%lo(page+1001)
	call	memcmp
	mv	s1,a0
	lui	a0,%hi(.LC19)
	addi	a0,a0,%lo(.LC19)
	call	put_str
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	put_str
	seqz	a0,s1
	call	put_uint
	li	a5,10
	sb	a5,44(sp)
	li	a0,1
	mv	a1,s3
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,156(sp)
	andi	a0,s0,63
	lw	s0,152(sp)
	lw	s1,148(sp)
	lw	s2,144(sp)
	lw	s3,140(sp)
	lw	s4,136(sp)
	lw	s5,132(sp)
	lw	s6,128(sp)
	lw	s7,124(sp)
	lw	s8,120(sp)
	lw	s9,116(sp)
	lw	s10,112(sp)
	lw	s11,108(sp)
	addi	a0,a0,10
	addi	sp,sp,160
	jr	ra
.L178:
	li	a4,45
	sb	a4,44(sp)
	li	a0,1
	mv	a1,s3
	li	a2,1
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	neg	a0,a5
	call	put_uint
	j	.L159
.L177:
	li	a5,45
	sb	a5,56(sp)
	li	a0,1
	addi	a1,sp,56
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	snez	a5,s4
	neg	a1,s2
	neg	a0,s4
	sub	a1,a1,a5
	call	put_u64
	j	.L155
	.size	main, .-main
	.globl	rt_envp
	.section	.srodata.cst8,"aM",@progbits,8
	.align	3
.LC2:
	.word	-1912276171
	.word	-288
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.bss
	.align	12
	.set	.LANCHOR1,. + 0
	.type	table, @object
	.size	table, 95
table:
	.zero	95
	.zero	4001
	.type	page, @object
	.size	page, 8192
page:
	.zero	8192
	.section	.sbss,"aw",@nobits
	.align	2
	.type	rt_envp, @object
	.size	rt_envp, 4
rt_envp:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
