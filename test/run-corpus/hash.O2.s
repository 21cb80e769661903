	.file	"hash.c"
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
	.type	sha_block, @function
sha_block:
	addi	sp,sp,-336
	sw	s1,328(sp)
	addi	s1,sp,32
	sw	s6,308(sp)
	sw	s0,332(sp)
	sw	s2,324(sp)
	sw	s3,320(sp)
	sw	s4,316(sp)
	sw	s5,312(sp)
	sw	s7,304(sp)
	sw	s8,300(sp)
	sw	s9,296(sp)
	sw	s10,292(sp)
	sw	s11,288(sp)
	mv	s6,a0
	addi	a6,sp,96
	mv	a4,s1
.L2:
	lbu	a5,0(a1)
	lbu	a2,1(a1)
	lbu	a0,3(a1)
	lbu	a3,2(a1)
	slli	a5,a5,24
	slli	a2,a2,16
	or	a5,a5,a2
	or	a5,a5,a0
	slli	a3,a3,8
	or	a5,a5,a3
	sw	a5,0(a4)
	addi	a4,a4,4
	addi	a1,a1,4
	bne	a4,a6,.L2
	lw	t6,68(sp)
	lw	t5,72(sp)
	lw	t4,76(sp)
	lw	t3,80(sp)
	lw	t1,84(sp)
	lw	a2,88(sp)
	lw	a7,92(sp)
	lw	a3,32(sp)
	addi	a1,sp,36
	addi	t0,s1,196
.L3:
	mv	t2,a3
	lw	a3,0(a1)
	srli	s0,a2,19
	slli	a4,a2,15
	srli	s2,a2,17
	slli	a0,a2,13
	srli	a5,a3,7
	slli	s4,a3,25
	slli	a6,a3,14
	srli	s3,a3,18
	or	a6,a6,s3
	or	a0,a0,s0
	or	a5,a5,s4
	or	a4,a4,s2
	srli	s0,a2,10
	xor	a5,a5,a6
	xor	a4,a4,a0
	srli	a6,a3,3
	xor	a4,a4,s0
	xor	a5,a5,a6
	add	a5,a5,a4
	add	a5,a5,t2
	mv	a4,a7
	add	a7,a5,t6
	sw	a7,60(a1)
	addi	a1,a1,4
	mv	t6,t5
	mv	t5,t4
	mv	t4,t3
	mv	t3,t1
	mv	t1,a2
	mv	a2,a4
	bne	a1,t0,.L3
	lw	s10,0(s6)
	lw	s9,4(s6)
	lw	s8,8(s6)
	lw	s7,12(s6)
	lw	t3,20(s6)
	lw	s0,16(s6)
	lw	t2,24(s6)
	lw	s11,28(s6)
	lui	t4,%hi(.LANCHOR0)
	addi	t4,t4,%lo(.LANCHOR0)
	addi	s5,t4,256
	mv	a5,s11
	mv	s2,t2
	mv	s3,t3
	mv	a2,s0
	mv	s4,s7
	mv	t5,s8
	mv	t6,s9
	mv	a6,s10
	sw	s10,12(sp)
	sw	s9,16(sp)
	sw	s8,20(sp)
	sw	s7,24(sp)
	sw	t3,28(sp)
	j	.L4
.L5:
	mv	s2,s3
	mv	t5,t6
	mv	s3,a2
	mv	t6,a6
	mv	a2,a1
	mv	a6,a4
.L4:
	slli	a3,a2,26
	slli	a4,a2,21
	srli	a1,a2,6
	srli	a0,a2,11
	or	a0,a0,a4
	srli	a7,a2,25
	or	a1,a1,a3
	slli	s10,a2,7
	or	s10,s10,a7
	xor	a1,a1,a0
	xor	a1,a1,s10
	lw	t3,0(s1)
	lw	s10,0(t4)
	slli	s8,a6,30
	not	a4,a2
	srli	s9,a6,13
	slli	t1,a6,19
	srli	a3,a6,2
	or	a3,a3,s8
	and	s7,a2,s3
	xor	a0,t6,t5
	and	a4,a4,s2
	slli	a7,a6,10
	srli	t0,a6,22
	add	s10,s10,t3
	or	t1,s9,t1
	add	s10,a1,s10
	and	s8,t6,t5
	and	a0,a0,a6
	xor	a4,a4,s7
	xor	a3,t1,a3
	or	a7,a7,t0
	add	a4,s10,a4
	xor	a3,a3,a7
	xor	a0,a0,s8
	add	a4,a4,a5
	add	a3,a3,a0
	addi	t4,t4,4
	add	a1,a4,s4
	mv	a5,s2
	add	a4,a4,a3
	mv	s4,t5
	addi	s1,s1,4
	bne	t4,s5,.L5
	lw	s10,12(sp)
	lw	s9,16(sp)
	lw	s8,20(sp)
	lw	s7,24(sp)
	lw	t3,28(sp)
	add	s0,s0,a1
	sw	s0,16(s6)
	lw	s0,332(sp)
	add	s11,s11,s2
	add	s10,s10,a4
	add	s9,s9,a6
	add	s8,s8,t6
	add	s7,s7,t5
	add	t2,t2,s3
	add	t3,t3,a2
	sw	s10,0(s6)
	sw	s9,4(s6)
	sw	s8,8(s6)
	sw	s7,12(s6)
	sw	s11,28(s6)
	sw	t3,20(s6)
	sw	t2,24(s6)
	lw	s1,328(sp)
	lw	s2,324(sp)
	lw	s3,320(sp)
	lw	s4,316(sp)
	lw	s5,312(sp)
	lw	s6,308(sp)
	lw	s7,304(sp)
	lw	s8,300(sp)
	lw	s9,296(sp)
	lw	s10,292(sp)
	lw	s11,288(sp)
	addi	sp,sp,336
	jr	ra
	.size	sha_block, .-sha_block
	.align	2
	.type	sha_update, @function
sha_update:
	lw	a5,104(a0)
	lw	a3,108(a0)
	addi	sp,sp,-32
	add	a4,a5,a2
	sltu	a5,a4,a5
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	sw	ra,28(sp)
	add	a5,a5,a3
	mv	s1,a0
	mv	s0,a1
	sw	a4,104(a0)
	sw	a5,108(a0)
	add	s2,a1,a2
	li	s3,64
	addi	s4,a0,32
.L12:
	lw	a5,96(s1)
	addi	s0,s0,1
	addi	a4,a5,1
	sw	a4,96(s1)
	lbu	a3,-1(s0)
	add	a5,s1,a5
	sb	a3,32(a5)
	beq	a4,s3,.L15
	bne	s2,s0,.L12
.L16:
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	addi	sp,sp,32
	jr	ra
.L15:
	mv	a1,s4
	mv	a0,s1
	call	sha_block
	sw	zero,96(s1)
	bne	s2,s0,.L12
	j	.L16
	.size	sha_update, .-sha_update
	.align	2
	.type	crc32, @function
crc32:
	lui	a7,%hi(.LANCHOR1)
	addi	t3,a7,%lo(.LANCHOR1)
	lw	a5,4(t3)
	bne	a5,zero,.L23
	li	a2,-306675712
	addi	a7,a7,%lo(.LANCHOR1)
	li	a6,0
	addi	a2,a2,800
	li	t1,256
.L22:
	mv	a5,a6
	li	a4,8
.L21:
	andi	a3,a5,1
	addi	a4,a4,-1
	srli	a5,a5,1
	beq	a3,zero,.L20
	xor	a5,a5,a2
.L20:
	bne	a4,zero,.L21
	sw	a5,0(a7)
	addi	a6,a6,1
	addi	a7,a7,4
	bne	a6,t1,.L22
.L23:
	add	a2,a0,a1
	li	a4,-1
.L19:
	lbu	a5,0(a0)
	srli	a3,a4,8
	addi	a0,a0,1
	xor	a5,a5,a4
	andi	a5,a5,255
	slli	a5,a5,2
	add	a5,t3,a5
	lw	a4,0(a5)
	xor	a4,a4,a3
	bne	a0,a2,.L19
	not	a0,a4
	ret
	.size	crc32, .-crc32
	.align	2
	.type	sha_final, @function
sha_final:
	addi	sp,sp,-96
	sw	s7,60(sp)
	sw	s8,56(sp)
	lw	s7,104(a0)
	lw	s8,108(a0)
	sw	s1,84(sp)
	srli	a5,s7,29
	slli	s8,s8,3
	mv	s1,a1
	li	a2,1
	addi	a1,sp,31
	or	s8,a5,s8
	li	a5,-128
	sw	s0,88(sp)
	sw	s3,76(sp)
	mv	s0,a0
	sw	s5,68(sp)
	sw	s6,64(sp)
	sw	s10,48(sp)
	sw	s11,44(sp)
	sw	ra,92(sp)
	sw	s2,80(sp)
	sw	s4,72(sp)
	sw	s9,52(sp)
	sb	a5,31(sp)
	addi	s10,a0,88
	call	sha_update
	lw	a3,96(s0)
	lw	s3,104(s0)
	lw	s5,108(s0)
	slli	s7,s7,3
	li	s11,64
	sb	zero,31(sp)
	addi	s6,s0,32
.L31:
	addi	a4,a3,32
	add	a4,s0,a4
	mv	s4,s0
.L32:
	mv	s2,s3
	addi	s3,s3,1
	mv	s9,s5
	sltu	s5,s3,s2
	mv	a5,a3
	add	s5,s5,s9
	addi	a3,a3,1
	beq	s10,a4,.L43
	sw	s3,104(s0)
	sw	s5,108(s0)
	sw	a3,96(s0)
	sb	zero,0(a4)
	addi	a4,a4,1
	bne	a3,s11,.L32
	mv	a1,s6
	mv	a0,s0
	call	sha_block
	li	a3,0
	sw	zero,96(s0)
	j	.L31
.L43:
	addi	a4,s0,32
	li	s3,56
	slli	s5,s8,1
	li	s11,31
	li	s10,64
	sw	a4,12(sp)
	li	s6,-8
.L38:
	addi	a4,s2,1
	sltu	a3,a4,s2
	addi	a2,a5,1
	mv	s2,a4
	add	s9,a3,s9
	sub	a4,s11,s3
	sll	a4,s5,a4
	srl	a3,s7,s3
	sw	a2,96(s0)
	sw	s2,104(s0)
	sw	s9,108(s0)
	addi	a1,s3,-32
	add	a5,s0,a5
	or	a3,a4,a3
	blt	a1,zero,.L35
	srl	a3,s8,a1
.L35:
	sb	a3,32(a5)
	addi	s3,s3,-8
	beq	a2,s10,.L44
	beq	s3,s6,.L37
.L45:
	lw	a5,96(s0)
	j	.L38
.L44:
	lw	a1,12(sp)
	mv	a0,s0
	call	sha_block
	sw	zero,96(s0)
	bne	s3,s6,.L45
.L37:
	mv	a1,s1
	addi	a4,s1,32
.L39:
	lbu	a5,3(s4)
	addi	s4,s4,4
	addi	a1,a1,4
	sb	a5,-4(a1)
	lhu	a5,-2(s4)
	sb	a5,-3(a1)
	lw	a5,-4(s4)
	srli	a5,a5,8
	sb	a5,-2(a1)
	lw	a5,-4(s4)
	sb	a5,-1(a1)
	bne	a1,a4,.L39
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
	lw	s11,44(sp)
	addi	sp,sp,96
	jr	ra
	.size	sha_final, .-sha_final
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
	.type	sha_init, @function
sha_init:
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	lw	a6,264(a5)
	lw	t1,256(a5)
	lw	a7,260(a5)
	lw	a1,268(a5)
	lw	a2,272(a5)
	lw	a3,276(a5)
	lw	a4,280(a5)
	lw	a5,284(a5)
	sw	a6,8(a0)
	li	a6,0
	sw	a5,28(a0)
	li	a5,0
	sw	t1,0(a0)
	sw	a7,4(a0)
	sw	a1,12(a0)
	sw	a2,16(a0)
	sw	a3,20(a0)
	sw	a4,24(a0)
	sw	zero,96(a0)
	sw	a5,104(a0)
	sw	a6,108(a0)
	ret
	.size	sha_init, .-sha_init
	.align	2
	.globl	memmove
	.type	memmove, @function
memmove:
	bltu	a0,a1,.L55
	addi	a5,a2,-1
	li	a6,-1
	beq	a2,zero,.L67
.L59:
	add	a4,a1,a5
	lbu	a3,0(a4)
	add	a4,a0,a5
	addi	a5,a5,-1
	sb	a3,0(a4)
	bne	a5,a6,.L59
.L61:
	ret
.L55:
	beq	a2,zero,.L61
	add	a2,a0,a2
	mv	a5,a0
.L58:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a2,a5,.L58
	ret
.L67:
	ret
	.size	memmove, .-memmove
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L74
.L70:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L70
.L74:
	ret
	.size	memset, .-memset
	.align	2
	.globl	memcmp
	.type	memcmp, @function
memcmp:
	beq	a2,zero,.L79
	add	a2,a1,a2
	j	.L78
.L77:
	beq	a1,a2,.L79
.L78:
	lbu	a5,0(a0)
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a1,a1,1
	beq	a5,a4,.L77
	sub	a0,a5,a4
	ret
.L79:
	li	a0,0
	ret
	.size	memcmp, .-memcmp
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L84
	mv	a5,a0
.L83:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L83
	sub	a0,a5,a0
	ret
.L84:
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
.LC0:
	.string	" = "
	.text
	.align	2
	.type	put_digest.constprop.0, @function
put_digest.constprop.0:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	mv	s0,a1
	sw	s2,16(sp)
	call	put_str
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	lui	s1,%hi(.LANCHOR0)
	call	put_str
	addi	s2,s0,32
	addi	s1,s1,%lo(.LANCHOR0)
.L89:
	lbu	a5,0(s0)
	addi	a0,sp,4
	sb	zero,6(sp)
	andi	a4,a5,15
	add	a4,s1,a4
	srli	a5,a5,4
	lbu	a4,288(a4)
	add	a5,s1,a5
	lbu	a5,288(a5)
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
	bne	s2,s0,.L89
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
	lw	s1,20(sp)
	lw	s2,16(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_digest.constprop.0, .-put_digest.constprop.0
	.align	2
	.type	put_hex, @function
put_hex:
	addi	sp,sp,-32
	sw	s0,24(sp)
	lui	a3,%hi(.LANCHOR0)
	addi	s0,sp,4
	sw	ra,28(sp)
	add	a5,s0,a1
	addi	a3,a3,%lo(.LANCHOR0)
.L93:
	andi	a4,a0,15
	add	a4,a3,a4
	lbu	a4,288(a4)
	addi	a5,a5,-1
	srli	a0,a0,4
	sb	a4,0(a5)
	bne	s0,a5,.L93
	addi	a5,a1,16
	add	a1,a5,sp
	mv	a0,s0
	sb	zero,-12(a1)
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
	.size	put_hex, .-put_hex
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
	li	a1,8
	call	put_hex
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
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	or	a5,a2,a3
	beq	a5,zero,.L108
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
	j	.L107
.L116:
	sll	t1,t6,t1
	li	a5,0
.L106:
	or	a0,a0,a5
	or	a1,a1,t1
.L103:
	addi	a6,a6,-1
	beq	a6,t4,.L115
.L107:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L102
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L102:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L103
	bne	a3,a5,.L109
	bgtu	a2,a4,.L103
.L109:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L116
	li	t1,0
	sll	a5,t6,a6
	j	.L106
.L115:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L108:
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
	beq	a5,zero,.L125
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,t2,1
	li	t6,31
	li	t5,-1
.L124:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L121
	srl	a7,t2,t1
.L121:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L122
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L126
	bgtu	a2,a0,.L122
.L126:
	mv	a0,a6
	sub	a1,t1,a7
.L122:
	bne	a5,t5,.L124
	ret
.L125:
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
	bge	a1,zero,.L129
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L129:
	mv	t5,a2
	mv	t1,s2
	blt	s2,zero,.L153
	or	s3,a2,s2
	li	a0,-1
	li	a1,-1
	bne	s3,zero,.L133
.L128:
	lw	s0,12(sp)
	lw	s1,8(sp)
	lw	s2,4(sp)
	lw	s3,0(sp)
	addi	sp,sp,16
	jr	ra
.L153:
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
	or	s3,a2,s2
.L133:
	li	a0,0
	li	a1,0
	li	a2,63
	li	a4,0
	li	a6,0
	slli	s0,t6,1
	li	a3,31
	li	t0,1
	li	t4,-1
	j	.L142
.L155:
	sll	a7,t0,a7
	li	a5,0
.L141:
	or	a0,a0,a5
	or	a1,a1,a7
.L138:
	addi	a2,a2,-1
	beq	a2,t4,.L154
.L142:
	srli	t3,a4,31
	slli	a5,a6,1
	addi	a7,a2,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a6,t6,a7
	bge	a7,zero,.L137
	sub	t3,a3,a2
	sll	t3,s0,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L137:
	andi	a6,a6,1
	or	a4,a6,a4
	mv	a6,a5
	bgtu	t1,a5,.L138
	bne	t1,a5,.L148
	bgtu	t5,a4,.L138
.L148:
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
	mv	a4,t3
	sub	a6,a5,a6
	bge	a7,zero,.L155
	li	a7,0
	sll	a5,t0,a2
	j	.L141
.L154:
	beq	s3,zero,.L147
	xor	s1,s1,s2
	bge	s1,zero,.L128
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
.L147:
	li	a0,-1
	li	a1,-1
	j	.L128
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
	blt	a1,zero,.L182
	mv	t2,a1
	blt	a3,zero,.L159
	or	a5,a2,a3
	bne	a5,zero,.L163
.L156:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L159:
	snez	a7,a2
	neg	a3,a3
	neg	t0,a2
	sub	a7,a3,a7
.L163:
	li	a5,63
	li	a0,0
	li	a2,0
	slli	t6,t2,1
	li	t5,31
	li	t4,-1
.L171:
	sub	a3,t5,a5
	srli	t1,a0,31
	slli	a4,a2,1
	sll	a3,t6,a3
	srl	a2,t3,a5
	addi	a6,a5,-32
	or	a4,t1,a4
	slli	a0,a0,1
	or	a2,a3,a2
	blt	a6,zero,.L168
	srl	a2,t2,a6
.L168:
	andi	a2,a2,1
	or	a0,a2,a0
	addi	a5,a5,-1
	mv	a2,a4
	bgtu	a7,a4,.L169
	sub	a3,a0,t0
	sgtu	a6,a3,a0
	sub	t1,a4,a7
	bne	a7,a4,.L176
	bgtu	t0,a0,.L169
.L176:
	mv	a0,a3
	sub	a2,t1,a6
.L169:
	bne	a5,t4,.L171
	mv	a1,a2
	bge	s0,zero,.L156
	lw	s0,12(sp)
	snez	a5,a0
	neg	a2,a2
	neg	a0,a0
	sub	a1,a2,a5
	addi	sp,sp,16
	jr	ra
.L182:
	snez	a5,a0
	neg	t2,a1
	sub	t2,t2,a5
	neg	t3,a0
	blt	a3,zero,.L159
	or	a5,a2,a3
	bne	a5,zero,.L163
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__moddi3, .-__moddi3
	.section	.rodata.str1.4
	.align	2
.LC3:
	.string	"fnv1a32(\"\")"
	.align	2
.LC4:
	.string	"fnv1a32(abc)"
	.align	2
.LC5:
	.string	"fnv1a64(abc) = 0x"
	.align	2
.LC6:
	.string	"sha256(abc)"
	.align	2
.LC7:
	.string	"sha256(448 bits)"
	.align	2
.LC8:
	.string	"sha256(buffer)"
	.align	2
.LC9:
	.string	"pieces agree"
	.align	2
.LC10:
	.string	"fnv1a32(buffer)"
	.align	2
.LC11:
	.string	"fnv1a64(buffer) = 0x"
	.align	2
.LC12:
	.string	"123456789"
	.align	2
.LC13:
	.string	"crc32(123456789)"
	.align	2
.LC14:
	.string	"crc32(buffer)"
	.align	2
.LC15:
	.string	"adler32(buffer)"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-256
	sw	s0,248(sp)
	lui	a0,%hi(.LC3)
	li	s0,-2128830464
	addi	a1,s0,-571
	addi	a0,a0,%lo(.LC3)
	sw	s1,244(sp)
	sw	s2,240(sp)
	sw	s4,232(sp)
	sw	ra,252(sp)
	sw	s3,236(sp)
	sw	s5,228(sp)
	sw	s6,224(sp)
	sw	s7,220(sp)
	sw	s8,216(sp)
	sw	s9,212(sp)
	sw	s10,208(sp)
	sw	s11,204(sp)
	call	put_kx
	lui	s4,%hi(abc.4)
	lui	s2,%hi(abc.4+3)
	li	a3,16777216
	addi	a1,s0,-571
	addi	s1,s4,%lo(abc.4)
	addi	a5,s4,%lo(abc.4)
	addi	s2,s2,%lo(abc.4+3)
	addi	a3,a3,403
.L184:
	lbu	a4,0(a5)
	addi	a5,a5,1
	xor	a1,a4,a1
	mul	a1,a1,a3
	bne	a5,s2,.L184
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	put_kx
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	call	put_str
	lui	s3,%hi(.LC2)
	lw	s0,%lo(.LC2)(s3)
	lw	a0,%lo(.LC2+4)(s3)
	mv	a4,s1
	li	a2,435
.L185:
	lbu	a5,0(a4)
	mul	a3,a2,a0
	addi	a4,a4,1
	xor	a5,a5,s0
	slli	a1,a5,8
	mulhu	a0,a2,a5
	add	a3,a3,a1
	mul	s0,a2,a5
	add	a0,a3,a0
	bne	a4,s2,.L185
	li	a1,8
	call	put_hex
	mv	a0,s0
	li	a1,8
	call	put_hex
	li	a5,10
	sb	a5,80(sp)
	li	a0,1
	addi	a1,sp,80
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a0,a1
	call	sha_init
	li	a2,3
	addi	a1,s4,%lo(abc.4)
	addi	a0,sp,80
	call	sha_update
	addi	a0,sp,80
	addi	a1,sp,16
	call	sha_final
	lui	a0,%hi(.LC6)
	addi	a1,sp,16
	addi	a0,a0,%lo(.LC6)
	call	put_digest.constprop.0
	addi	a0,sp,80
	call	sha_init
	lui	a1,%hi(.LANCHOR0+308)
	li	a2,56
	addi	a1,a1,%lo(.LANCHOR0+308)
	addi	a0,sp,80
	call	sha_update
	addi	a1,sp,16
	addi	a0,sp,80
	call	sha_final
	lui	a0,%hi(.LC7)
	addi	a1,sp,16
	addi	a0,a0,%lo(.LC7)
	call	put_digest.constprop.0
	lui	s2,%hi(buffer)
	li	s8,4096
	addi	s1,s2,%lo(buffer)
	addi	s8,s8,-1096
	li	a1,1662976
	li	a2,1013903360
	addi	a4,s2,%lo(buffer)
	add	s8,s1,s8
	li	a5,1
	addi	a1,a1,1549
	addi	a2,a2,863
.L186:
	mul	a5,a5,a1
	addi	a4,a4,1
	add	a5,a5,a2
	srli	a3,a5,24
	sb	a3,-1(a4)
	bne	s8,a4,.L186
	addi	a0,sp,80
	call	sha_init
	li	s5,4096
	addi	a2,s5,-1096
	addi	a1,s2,%lo(buffer)
	addi	a0,sp,80
	call	sha_update
	addi	a1,sp,16
	addi	a0,sp,80
	call	sha_final
	lui	a0,%hi(.LC8)
	addi	a1,sp,16
	addi	a0,a0,%lo(.LC8)
	call	put_digest.constprop.0
	addi	a0,sp,80
	addi	s6,s5,-1096
	call	sha_init
	li	s11,1
	li	s10,0
	addi	s5,s5,-1097
	li	s9,64
	li	s7,97
.L191:
	add	s0,s1,s10
	mv	a5,s10
	add	s10,s10,s11
	lw	a4,184(sp)
	lw	a3,188(sp)
	bgtu	s10,s6,.L187
	add	a4,s11,a4
	sltu	a5,a4,s11
	add	a3,a5,a3
	addi	a5,s11,-1
.L188:
	addi	a5,a5,1
	sw	a4,184(sp)
	sw	a3,188(sp)
	add	s4,s0,a5
.L190:
	lw	a5,176(sp)
	lbu	a3,0(s0)
	addi	s0,s0,1
	addi	a4,a5,1
	addi	a5,a5,192
	sw	a4,176(sp)
	add	a5,a5,sp
	sb	a3,-80(a5)
	beq	a4,s9,.L204
	bne	s0,s4,.L190
.L205:
	slli	a5,s11,1
	add	a5,a5,s11
	remu	a5,a5,s7
	addi	s11,a5,1
	bleu	s10,s5,.L191
	addi	a1,sp,48
	addi	a0,sp,80
	call	sha_final
	addi	a1,sp,48
	li	a2,32
	addi	a0,sp,16
	call	memcmp
	mv	s0,a0
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	call	put_str
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	put_str
	seqz	a5,s0
	addi	a5,a5,48
	addi	a0,sp,14
	sb	a5,14(sp)
	sb	zero,15(sp)
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
	li	a1,-2128830464
	li	a3,16777216
	addi	a1,a1,-571
	mv	a5,s1
	addi	a3,a3,403
.L192:
	lbu	a4,0(a5)
	addi	a5,a5,1
	xor	a1,a4,a1
	mul	a1,a1,a3
	bne	a5,s8,.L192
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	put_kx
	lui	a0,%hi(.LC11)
	addi	a0,a0,%lo(.LC11)
	call	put_str
	lw	a0,%lo(.LC2+4)(s3)
	lw	s0,%lo(.LC2)(s3)
	mv	a4,s1
	li	a2,435
.L193:
	lbu	a5,0(a4)
	mul	a3,a2,a0
	addi	a4,a4,1
	xor	a5,a5,s0
	slli	a1,a5,8
	mulhu	a0,a2,a5
	add	a3,a3,a1
	mul	s0,a2,a5
	add	a0,a3,a0
	bne	a4,s8,.L193
	li	a1,8
	call	put_hex
	mv	a0,s0
	li	a1,8
	call	put_hex
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
	lui	a0,%hi(.LC12)
	li	a1,9
	addi	a0,a0,%lo(.LC12)
	call	crc32
	mv	a1,a0
	lui	a0,%hi(.LC13)
	addi	a0,a0,%lo(.LC13)
	call	put_kx
	li	a1,4096
	addi	a1,a1,-1096
	addi	a0,s2,%lo(buffer)
	call	crc32
	mv	a1,a0
	lui	a0,%hi(.LC14)
	addi	a0,a0,%lo(.LC14)
	call	put_kx
	li	a3,65536
	li	a4,0
	li	a5,1
	addi	a3,a3,-15
.L194:
	lbu	a2,0(s1)
	addi	s1,s1,1
	add	a5,a2,a5
	remu	a5,a5,a3
	add	a4,a5,a4
	remu	a4,a4,a3
	bne	s1,s8,.L194
	slli	a4,a4,16
	lui	a0,%hi(.LC15)
	addi	a0,a0,%lo(.LC15)
	or	a1,a4,a5
	call	put_kx
	lbu	a0,16(sp)
	lw	ra,252(sp)
	lw	s0,248(sp)
	lw	s1,244(sp)
	lw	s2,240(sp)
	lw	s3,236(sp)
	lw	s4,232(sp)
	lw	s5,228(sp)
	lw	s6,224(sp)
	lw	s7,220(sp)
	lw	s8,216(sp)
	lw	s9,212(sp)
	lw	s10,208(sp)
	lw	s11,204(sp)
	andi	a0,a0,127
	addi	sp,sp,256
	jr	ra
.L204:
	addi	a1,sp,112
	addi	a0,sp,80
	call	sha_block
	sw	zero,176(sp)
	bne	s0,s4,.L190
	j	.L205
.L187:
	sub	a2,s6,a5
	add	a4,a2,a4
	sltu	a2,a4,a2
	add	a3,a2,a3
	sub	a5,s5,a5
	j	.L188
	.size	main, .-main
	.globl	rt_envp
	.section	.srodata.cst8,"aM",@progbits,8
	.align	3
.LC2:
	.word	-2078137563
	.word	-873292572
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	K, @object
	.size	K, 256
K:
	.word	1116352408
	.word	1899447441
	.word	-1245643825
	.word	-373957723
	.word	961987163
	.word	1508970993
	.word	-1841331548
	.word	-1424204075
	.word	-670586216
	.word	310598401
	.word	607225278
	.word	1426881987
	.word	1925078388
	.word	-2132889090
	.word	-1680079193
	.word	-1046744716
	.word	-459576895
	.word	-272742522
	.word	264347078
	.word	604807628
	.word	770255983
	.word	1249150122
	.word	1555081692
	.word	1996064986
	.word	-1740746414
	.word	-1473132947
	.word	-1341970488
	.word	-1084653625
	.word	-958395405
	.word	-710438585
	.word	113926993
	.word	338241895
	.word	666307205
	.word	773529912
	.word	1294757372
	.word	1396182291
	.word	1695183700
	.word	1986661051
	.word	-2117940946
	.word	-1838011259
	.word	-1564481375
	.word	-1474664885
	.word	-1035236496
	.word	-949202525
	.word	-778901479
	.word	-694614492
	.word	-200395387
	.word	275423344
	.word	430227734
	.word	506948616
	.word	659060556
	.word	883997877
	.word	958139571
	.word	1322822218
	.word	1537002063
	.word	1747873779
	.word	1955562222
	.word	2024104815
	.word	-2067236844
	.word	-1933114872
	.word	-1866530822
	.word	-1538233109
	.word	-1090935817
	.word	-965641998
	.type	iv.1, @object
	.size	iv.1, 32
iv.1:
	.word	1779033703
	.word	-1150833019
	.word	1013904242
	.word	-1521486534
	.word	1359893119
	.word	-1694144372
	.word	528734635
	.word	1541459225
	.type	hex.2, @object
	.size	hex.2, 17
hex.2:
	.string	"0123456789abcdef"
	.zero	3
	.type	msg448.3, @object
	.size	msg448.3, 57
msg448.3:
	.string	"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
	.bss
	.align	2
	.set	.LANCHOR1,. + 0
	.type	table.0, @object
	.size	table.0, 1024
table.0:
	.zero	1024
	.type	buffer, @object
	.size	buffer, 3000
buffer:
	.zero	3000
	.section	.sbss,"aw",@nobits
	.align	2
	.type	rt_envp, @object
	.size	rt_envp, 4
rt_envp:
	.zero	4
	.section	.srodata,"a"
	.align	2
	.type	abc.4, @object
	.size	abc.4, 4
abc.4:
	.string	"abc"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
