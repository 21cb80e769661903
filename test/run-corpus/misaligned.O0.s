	.file	"misaligned.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	rt_syscall3, @function
rt_syscall3:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	sw	a3,-32(s0)
	lw	a0,-24(s0)
	lw	a1,-28(s0)
	lw	a2,-32(s0)
	lw	a7,-20(s0)
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a5,a0
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	rt_syscall3, .-rt_syscall3
	.align	2
	.type	rt_write, @function
rt_write:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	lw	a5,-24(s0)
	lw	a4,-28(s0)
	mv	a3,a4
	mv	a2,a5
	lw	a1,-20(s0)
	li	a0,64
	call	rt_syscall3
	mv	a5,a0
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	rt_write, .-rt_write
	.align	2
	.type	rt_read, @function
rt_read:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	lw	a5,-24(s0)
	lw	a4,-28(s0)
	mv	a3,a4
	mv	a2,a5
	lw	a1,-20(s0)
	li	a0,63
	call	rt_syscall3
	mv	a5,a0
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	rt_read, .-rt_read
	.align	2
	.type	rt_brk, @function
rt_brk:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	mv	a0,a5
	li	a7,214
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a5,a0
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	rt_brk, .-rt_brk
	.align	2
	.type	rt_read_all, @function
rt_read_all:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	sw	zero,-20(s0)
	j	.L10
.L15:
	lw	a4,-40(s0)
	lw	a5,-20(s0)
	add	a3,a4,a5
	lw	a4,-44(s0)
	lw	a5,-20(s0)
	sub	a5,a4,a5
	mv	a2,a5
	mv	a1,a3
	lw	a0,-36(s0)
	call	rt_read
	sw	a0,-24(s0)
	lw	a5,-24(s0)
	bge	a5,zero,.L11
	lw	a5,-24(s0)
	j	.L12
.L11:
	lw	a5,-24(s0)
	beq	a5,zero,.L16
	lw	a5,-24(s0)
	lw	a4,-20(s0)
	add	a5,a4,a5
	sw	a5,-20(s0)
.L10:
	lw	a4,-20(s0)
	lw	a5,-44(s0)
	bltu	a4,a5,.L15
	j	.L14
.L16:
	nop
.L14:
	lw	a5,-20(s0)
.L12:
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	rt_read_all, .-rt_read_all
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	lw	a5,-40(s0)
	sw	a5,-24(s0)
	j	.L18
.L19:
	lw	a4,-24(s0)
	addi	a5,a4,1
	sw	a5,-24(s0)
	lw	a5,-20(s0)
	addi	a3,a5,1
	sw	a3,-20(s0)
	lbu	a4,0(a4)
	sb	a4,0(a5)
.L18:
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	bne	a5,zero,.L19
	lw	a5,-36(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	memcpy, .-memcpy
	.align	2
	.globl	memmove
	.type	memmove, @function
memmove:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	lw	a5,-40(s0)
	sw	a5,-24(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	bgeu	a4,a5,.L26
	j	.L23
.L24:
	lw	a4,-24(s0)
	addi	a5,a4,1
	sw	a5,-24(s0)
	lw	a5,-20(s0)
	addi	a3,a5,1
	sw	a3,-20(s0)
	lbu	a4,0(a4)
	sb	a4,0(a5)
.L23:
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	bne	a5,zero,.L24
	j	.L25
.L27:
	lw	a4,-24(s0)
	lw	a5,-44(s0)
	add	a4,a4,a5
	lw	a3,-20(s0)
	lw	a5,-44(s0)
	add	a5,a3,a5
	lbu	a4,0(a4)
	sb	a4,0(a5)
.L26:
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	bne	a5,zero,.L27
.L25:
	lw	a5,-36(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	memmove, .-memmove
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	j	.L30
.L31:
	lw	a5,-20(s0)
	addi	a4,a5,1
	sw	a4,-20(s0)
	lw	a4,-40(s0)
	andi	a4,a4,0xff
	sb	a4,0(a5)
.L30:
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	bne	a5,zero,.L31
	lw	a5,-36(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	memset, .-memset
	.align	2
	.globl	memcmp
	.type	memcmp, @function
memcmp:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	lw	a5,-40(s0)
	sw	a5,-24(s0)
	j	.L34
.L37:
	lw	a5,-20(s0)
	lbu	a4,0(a5)
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	beq	a4,a5,.L35
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	mv	a4,a5
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	sub	a5,a4,a5
	j	.L36
.L35:
	lw	a5,-44(s0)
	addi	a5,a5,-1
	sw	a5,-44(s0)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L34:
	lw	a5,-44(s0)
	bne	a5,zero,.L37
	li	a5,0
.L36:
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	memcmp, .-memcmp
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	j	.L39
.L40:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L39:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L40
	lw	a4,-20(s0)
	lw	a5,-36(s0)
	sub	a5,a4,a5
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	strlen, .-strlen
	.align	2
	.type	rt_strcmp, @function
rt_strcmp:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	j	.L43
.L45:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L43:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	beq	a5,zero,.L44
	lw	a5,-20(s0)
	lbu	a4,0(a5)
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	beq	a4,a5,.L45
.L44:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	mv	a4,a5
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	sub	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	rt_strcmp, .-rt_strcmp
	.align	2
	.type	rt_udivmod64, @function
rt_udivmod64:
	addi	sp,sp,-80
	sw	s0,76(sp)
	sw	s2,72(sp)
	sw	s3,68(sp)
	addi	s0,sp,80
	sw	a0,-56(s0)
	sw	a1,-52(s0)
	sw	a2,-64(s0)
	sw	a3,-60(s0)
	sw	a4,-68(s0)
	li	a4,0
	li	a5,0
	sw	a4,-24(s0)
	sw	a5,-20(s0)
	sw	a4,-32(s0)
	sw	a5,-28(s0)
	lw	a5,-64(s0)
	lw	a4,-60(s0)
	or	a5,a5,a4
	bne	a5,zero,.L48
	lw	a3,-68(s0)
	lw	a4,-56(s0)
	lw	a5,-52(s0)
	sw	a4,0(a3)
	sw	a5,4(a3)
	li	a4,-1
	li	a5,-1
	j	.L49
.L48:
	li	a5,63
	sw	a5,-36(s0)
	j	.L50
.L57:
	lw	a5,-32(s0)
	srli	a5,a5,31
	lw	a4,-28(s0)
	slli	t4,a4,1
	or	t4,a5,t4
	lw	a5,-32(s0)
	slli	t3,a5,1
	lw	a5,-36(s0)
	addi	a5,a5,-32
	blt	a5,zero,.L51
	lw	a4,-52(s0)
	srl	a6,a4,a5
	li	a7,0
	j	.L52
.L51:
	lw	a5,-52(s0)
	slli	a4,a5,1
	li	a3,31
	lw	a5,-36(s0)
	sub	a5,a3,a5
	sll	a5,a4,a5
	lw	a4,-36(s0)
	lw	a3,-56(s0)
	srl	a6,a3,a4
	or	a6,a5,a6
	lw	a5,-36(s0)
	lw	a4,-52(s0)
	srl	a7,a4,a5
.L52:
	andi	t5,a6,1
	andi	t6,a7,0
	or	a5,t3,t5
	sw	a5,-32(s0)
	or	a5,t4,t6
	sw	a5,-28(s0)
	lw	a4,-60(s0)
	lw	a5,-28(s0)
	bgtu	a4,a5,.L53
	lw	a4,-60(s0)
	lw	a5,-28(s0)
	bne	a4,a5,.L58
	lw	a4,-64(s0)
	lw	a5,-32(s0)
	bgtu	a4,a5,.L53
.L58:
	lw	a2,-32(s0)
	lw	a3,-28(s0)
	lw	a0,-64(s0)
	lw	a1,-60(s0)
	sub	a4,a2,a0
	mv	t0,a4
	sgtu	t0,t0,a2
	sub	a5,a3,a1
	sub	a3,a5,t0
	mv	a5,a3
	sw	a4,-32(s0)
	sw	a5,-28(s0)
	lw	a5,-36(s0)
	addi	a5,a5,-32
	blt	a5,zero,.L55
	li	a4,1
	sll	t2,a4,a5
	li	t1,0
	j	.L56
.L55:
	li	a5,1
	srli	a4,a5,1
	li	a3,31
	lw	a5,-36(s0)
	sub	a5,a3,a5
	srl	a5,a4,a5
	lw	a4,-36(s0)
	li	a3,0
	sll	t2,a3,a4
	or	t2,a5,t2
	lw	a5,-36(s0)
	li	a4,1
	sll	t1,a4,a5
.L56:
	lw	a5,-24(s0)
	or	s2,a5,t1
	lw	a5,-20(s0)
	or	s3,a5,t2
	sw	s2,-24(s0)
	sw	s3,-20(s0)
.L53:
	lw	a5,-36(s0)
	addi	a5,a5,-1
	sw	a5,-36(s0)
.L50:
	lw	a5,-36(s0)
	bge	a5,zero,.L57
	lw	a3,-68(s0)
	lw	a4,-32(s0)
	lw	a5,-28(s0)
	sw	a4,0(a3)
	sw	a5,4(a3)
	lw	a4,-24(s0)
	lw	a5,-20(s0)
.L49:
	mv	a0,a4
	mv	a1,a5
	lw	s0,76(sp)
	lw	s2,72(sp)
	lw	s3,68(sp)
	addi	sp,sp,80
	jr	ra
	.size	rt_udivmod64, .-rt_udivmod64
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-48(s0)
	sw	a3,-44(s0)
	addi	a5,s0,-24
	mv	a4,a5
	lw	a2,-48(s0)
	lw	a3,-44(s0)
	lw	a0,-40(s0)
	lw	a1,-36(s0)
	call	rt_udivmod64
	mv	a4,a0
	mv	a5,a1
	mv	a0,a4
	mv	a1,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	__udivdi3, .-__udivdi3
	.align	2
	.globl	__umoddi3
	.type	__umoddi3, @function
__umoddi3:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-48(s0)
	sw	a3,-44(s0)
	addi	a5,s0,-24
	mv	a4,a5
	lw	a2,-48(s0)
	lw	a3,-44(s0)
	lw	a0,-40(s0)
	lw	a1,-36(s0)
	call	rt_udivmod64
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	mv	a0,a4
	mv	a1,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	__umoddi3, .-__umoddi3
	.align	2
	.globl	__divdi3
	.type	__divdi3, @function
__divdi3:
	addi	sp,sp,-64
	sw	ra,60(sp)
	sw	s0,56(sp)
	sw	s2,52(sp)
	sw	s3,48(sp)
	addi	s0,sp,64
	sw	a0,-56(s0)
	sw	a1,-52(s0)
	sw	a2,-64(s0)
	sw	a3,-60(s0)
	lw	a5,-52(s0)
	bge	a5,zero,.L64
	lw	a0,-56(s0)
	lw	a1,-52(s0)
	li	a4,0
	li	a5,0
	sub	a2,a4,a0
	mv	a6,a2
	sgtu	a6,a6,a4
	sub	a3,a5,a1
	sub	a5,a3,a6
	mv	a3,a5
	mv	a4,a2
	mv	a5,a3
	j	.L66
.L64:
	lw	a4,-56(s0)
	lw	a5,-52(s0)
.L66:
	sw	a4,-24(s0)
	sw	a5,-20(s0)
	lw	a5,-60(s0)
	bge	a5,zero,.L67
	lw	a0,-64(s0)
	lw	a1,-60(s0)
	li	a4,0
	li	a5,0
	sub	a2,a4,a0
	mv	a6,a2
	sgtu	a6,a6,a4
	sub	a3,a5,a1
	sub	a5,a3,a6
	mv	a3,a5
	mv	a4,a2
	mv	a5,a3
	j	.L69
.L67:
	lw	a4,-64(s0)
	lw	a5,-60(s0)
.L69:
	sw	a4,-32(s0)
	sw	a5,-28(s0)
	addi	a5,s0,-48
	mv	a4,a5
	lw	a2,-32(s0)
	lw	a3,-28(s0)
	lw	a0,-24(s0)
	lw	a1,-20(s0)
	call	rt_udivmod64
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	lw	a5,-64(s0)
	lw	a4,-60(s0)
	or	a5,a5,a4
	bne	a5,zero,.L70
	li	a4,-1
	li	a5,-1
	j	.L75
.L70:
	lw	a4,-56(s0)
	lw	a5,-64(s0)
	xor	s2,a4,a5
	lw	a4,-52(s0)
	lw	a5,-60(s0)
	xor	s3,a4,a5
	mv	a5,s3
	bge	a5,zero,.L72
	li	a4,0
	li	a5,0
	lw	a0,-40(s0)
	lw	a1,-36(s0)
	sub	a2,a4,a0
	mv	a6,a2
	sgtu	a6,a6,a4
	sub	a3,a5,a1
	sub	a5,a3,a6
	mv	a3,a5
	mv	a4,a2
	mv	a5,a3
	j	.L75
.L72:
	lw	a4,-40(s0)
	lw	a5,-36(s0)
.L75:
	mv	a0,a4
	mv	a1,a5
	lw	ra,60(sp)
	lw	s0,56(sp)
	lw	s2,52(sp)
	lw	s3,48(sp)
	addi	sp,sp,64
	jr	ra
	.size	__divdi3, .-__divdi3
	.align	2
	.globl	__moddi3
	.type	__moddi3, @function
__moddi3:
	addi	sp,sp,-64
	sw	ra,60(sp)
	sw	s0,56(sp)
	addi	s0,sp,64
	sw	a0,-56(s0)
	sw	a1,-52(s0)
	sw	a2,-64(s0)
	sw	a3,-60(s0)
	lw	a5,-52(s0)
	bge	a5,zero,.L77
	lw	a0,-56(s0)
	lw	a1,-52(s0)
	li	a4,0
	li	a5,0
	sub	a2,a4,a0
	mv	a6,a2
	sgtu	a6,a6,a4
	sub	a3,a5,a1
	sub	a5,a3,a6
	mv	a3,a5
	mv	a4,a2
	mv	a5,a3
	j	.L79
.L77:
	lw	a4,-56(s0)
	lw	a5,-52(s0)
.L79:
	sw	a4,-24(s0)
	sw	a5,-20(s0)
	lw	a5,-60(s0)
	bge	a5,zero,.L80
	lw	a0,-64(s0)
	lw	a1,-60(s0)
	li	a4,0
	li	a5,0
	sub	a2,a4,a0
	mv	a6,a2
	sgtu	a6,a6,a4
	sub	a3,a5,a1
	sub	a5,a3,a6
	mv	a3,a5
	mv	a4,a2
	mv	a5,a3
	j	.L82
.L80:
	lw	a4,-64(s0)
	lw	a5,-60(s0)
.L82:
	sw	a4,-32(s0)
	sw	a5,-28(s0)
	addi	a5,s0,-40
	mv	a4,a5
	lw	a2,-32(s0)
	lw	a3,-28(s0)
	lw	a0,-24(s0)
	lw	a1,-20(s0)
	call	rt_udivmod64
	lw	a5,-52(s0)
	bge	a5,zero,.L83
	lw	a0,-40(s0)
	lw	a1,-36(s0)
	li	a4,0
	li	a5,0
	sub	a2,a4,a0
	mv	a6,a2
	sgtu	a6,a6,a4
	sub	a3,a5,a1
	sub	a5,a3,a6
	mv	a3,a5
	mv	a4,a2
	mv	a5,a3
	j	.L85
.L83:
	lw	a4,-40(s0)
	lw	a5,-36(s0)
.L85:
	mv	a0,a4
	mv	a1,a5
	lw	ra,60(sp)
	lw	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	__moddi3, .-__moddi3
	.local	rt_heap_end
	.comm	rt_heap_end,4,4
	.local	rt_free_small
	.comm	rt_free_small,64,4
	.local	rt_free_large
	.comm	rt_free_large,4,4
	.local	rt_heap_bytes
	.comm	rt_heap_bytes,4,4
	.align	2
	.type	rt_sbrk, @function
rt_sbrk:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lui	a5,%hi(rt_heap_end)
	lw	a5,%lo(rt_heap_end)(a5)
	bne	a5,zero,.L88
	li	a0,0
	call	rt_brk
	mv	a4,a0
	lui	a5,%hi(rt_heap_end)
	sw	a4,%lo(rt_heap_end)(a5)
	lui	a5,%hi(rt_heap_end)
	lw	a5,%lo(rt_heap_end)(a5)
	addi	a5,a5,7
	andi	a5,a5,-8
	sw	a5,-20(s0)
	lui	a5,%hi(rt_heap_end)
	lw	a5,%lo(rt_heap_end)(a5)
	lw	a4,-20(s0)
	beq	a4,a5,.L88
	lw	a0,-20(s0)
	call	rt_brk
	mv	a4,a0
	lw	a5,-20(s0)
	beq	a5,a4,.L89
	li	a5,0
	j	.L90
.L89:
	lui	a5,%hi(rt_heap_end)
	lw	a4,-20(s0)
	sw	a4,%lo(rt_heap_end)(a5)
.L88:
	lui	a5,%hi(rt_heap_end)
	lw	a5,%lo(rt_heap_end)(a5)
	sw	a5,-24(s0)
	lw	a4,-24(s0)
	lw	a5,-36(s0)
	add	a5,a4,a5
	sw	a5,-20(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	bltu	a4,a5,.L91
	lw	a0,-20(s0)
	call	rt_brk
	mv	a4,a0
	lw	a5,-20(s0)
	beq	a5,a4,.L92
.L91:
	li	a5,0
	j	.L90
.L92:
	lui	a5,%hi(rt_heap_end)
	lw	a4,-20(s0)
	sw	a4,%lo(rt_heap_end)(a5)
	lui	a5,%hi(rt_heap_bytes)
	lw	a4,%lo(rt_heap_bytes)(a5)
	lw	a5,-36(s0)
	add	a4,a4,a5
	lui	a5,%hi(rt_heap_bytes)
	sw	a4,%lo(rt_heap_bytes)(a5)
	lw	a5,-24(s0)
.L90:
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	rt_sbrk, .-rt_sbrk
	.align	2
	.type	malloc, @function
malloc:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lw	a4,-36(s0)
	li	a5,-2147483648
	xori	a5,a5,-16
	bleu	a4,a5,.L94
	li	a5,0
	j	.L95
.L94:
	lw	a5,-36(s0)
	addi	a5,a5,7
	andi	a5,a5,-8
	sw	a5,-36(s0)
	lw	a5,-36(s0)
	bne	a5,zero,.L96
	li	a5,8
	sw	a5,-36(s0)
.L96:
	lw	a4,-36(s0)
	li	a5,135
	bgtu	a4,a5,.L97
	lw	a5,-36(s0)
	srli	a5,a5,3
	addi	a5,a5,-1
	slli	a4,a5,2
	lui	a5,%hi(rt_free_small)
	addi	a5,a5,%lo(rt_free_small)
	add	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	lw	a5,0(a5)
	sw	a5,-24(s0)
	lw	a5,-24(s0)
	beq	a5,zero,.L98
	lw	a5,-24(s0)
	lw	a4,4(a5)
	lw	a5,-20(s0)
	sw	a4,0(a5)
	lw	a5,-24(s0)
	addi	a5,a5,8
	j	.L95
.L97:
	lui	a5,%hi(rt_free_large)
	addi	a5,a5,%lo(rt_free_large)
	sw	a5,-20(s0)
	j	.L99
.L101:
	lw	a5,-24(s0)
	lw	a5,0(a5)
	lw	a4,-36(s0)
	bgtu	a4,a5,.L100
	lw	a5,-24(s0)
	lw	a4,4(a5)
	lw	a5,-20(s0)
	sw	a4,0(a5)
	lw	a5,-24(s0)
	addi	a5,a5,8
	j	.L95
.L100:
	lw	a5,-24(s0)
	addi	a5,a5,4
	sw	a5,-20(s0)
.L99:
	lw	a5,-20(s0)
	lw	a5,0(a5)
	sw	a5,-24(s0)
	lw	a5,-24(s0)
	bne	a5,zero,.L101
.L98:
	lw	a5,-36(s0)
	addi	a5,a5,8
	mv	a0,a5
	call	rt_sbrk
	sw	a0,-24(s0)
	lw	a5,-24(s0)
	bne	a5,zero,.L102
	li	a5,0
	j	.L95
.L102:
	lw	a5,-24(s0)
	lw	a4,-36(s0)
	sw	a4,0(a5)
	lw	a5,-24(s0)
	sw	zero,4(a5)
	lw	a5,-24(s0)
	addi	a5,a5,8
.L95:
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	malloc, .-malloc
	.align	2
	.type	free, @function
free:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lw	a5,-36(s0)
	beq	a5,zero,.L108
	lw	a5,-36(s0)
	addi	a5,a5,-8
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	lw	a4,0(a5)
	li	a5,135
	bgtu	a4,a5,.L106
	lw	a5,-20(s0)
	lw	a5,0(a5)
	srli	a5,a5,3
	addi	a5,a5,-1
	slli	a4,a5,2
	lui	a5,%hi(rt_free_small)
	addi	a5,a5,%lo(rt_free_small)
	add	a5,a4,a5
	j	.L107
.L106:
	lui	a5,%hi(rt_free_large)
	addi	a5,a5,%lo(rt_free_large)
.L107:
	sw	a5,-24(s0)
	lw	a5,-24(s0)
	lw	a4,0(a5)
	lw	a5,-20(s0)
	sw	a4,4(a5)
	lw	a5,-24(s0)
	lw	a4,-20(s0)
	sw	a4,0(a5)
	j	.L103
.L108:
	nop
.L103:
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	free, .-free
	.align	2
	.type	calloc, @function
calloc:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a4,-36(s0)
	lw	a5,-40(s0)
	mul	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-40(s0)
	beq	a5,zero,.L110
	lw	a4,-20(s0)
	lw	a5,-40(s0)
	divu	a5,a4,a5
	lw	a4,-36(s0)
	beq	a4,a5,.L110
	li	a5,0
	j	.L111
.L110:
	lw	a0,-20(s0)
	call	malloc
	sw	a0,-24(s0)
	lw	a5,-24(s0)
	beq	a5,zero,.L112
	lw	a2,-20(s0)
	li	a1,0
	lw	a0,-24(s0)
	call	memset
.L112:
	lw	a5,-24(s0)
.L111:
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	calloc, .-calloc
	.align	2
	.type	put_str, @function
put_str:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a0,-20(s0)
	call	strlen
	mv	a5,a0
	mv	a2,a5
	lw	a1,-20(s0)
	li	a0,1
	call	rt_write
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_str, .-put_str
	.align	2
	.type	put_mem, @function
put_mem:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a2,-24(s0)
	lw	a1,-20(s0)
	li	a0,1
	call	rt_write
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_mem, .-put_mem
	.align	2
	.type	put_char, @function
put_char:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	mv	a5,a0
	sb	a5,-17(s0)
	addi	a5,s0,-17
	li	a2,1
	mv	a1,a5
	li	a0,1
	call	rt_write
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_char, .-put_char
	.align	2
	.type	put_nl, @function
put_nl:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	addi	s0,sp,16
	li	a0,10
	call	put_char
	nop
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	put_nl, .-put_nl
	.align	2
	.type	put_uint, @function
put_uint:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	li	a5,11
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	zero,-16(a5)
.L118:
	lw	a4,-36(s0)
	li	a5,10
	remu	a5,a4,a5
	andi	a5,a5,0xff
	lw	a4,-20(s0)
	addi	a4,a4,-1
	sw	a4,-20(s0)
	addi	a5,a5,48
	andi	a4,a5,0xff
	lw	a5,-20(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	a4,-16(a5)
	lw	a4,-36(s0)
	li	a5,10
	divu	a5,a4,a5
	sw	a5,-36(s0)
	lw	a5,-36(s0)
	bne	a5,zero,.L118
	lw	a5,-20(s0)
	addi	a4,s0,-32
	add	a5,a4,a5
	mv	a0,a5
	call	put_str
	nop
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	put_uint, .-put_uint
	.align	2
	.type	put_int, @function
put_int:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	bge	a5,zero,.L120
	li	a0,45
	call	put_char
	lw	a5,-20(s0)
	neg	a5,a5
	mv	a0,a5
	call	put_uint
	j	.L122
.L120:
	lw	a5,-20(s0)
	mv	a0,a5
	call	put_uint
.L122:
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_int, .-put_int
	.align	2
	.type	put_hex, @function
put_hex:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a4,-40(s0)
	li	a5,8
	ble	a4,a5,.L124
	li	a5,8
	sw	a5,-40(s0)
.L124:
	lw	a5,-40(s0)
	bgt	a5,zero,.L125
	li	a5,1
	sw	a5,-40(s0)
.L125:
	lw	a5,-40(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	j	.L126
.L127:
	lw	a5,-36(s0)
	andi	a5,a5,15
	lui	a4,%hi(hex.0)
	addi	a4,a4,%lo(hex.0)
	add	a5,a4,a5
	lbu	a4,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	a4,-16(a5)
	lw	a5,-36(s0)
	srli	a5,a5,4
	sw	a5,-36(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
.L126:
	lw	a5,-20(s0)
	bge	a5,zero,.L127
	lw	a5,-40(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	zero,-16(a5)
	addi	a5,s0,-32
	mv	a0,a5
	call	put_str
	nop
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	put_hex, .-put_hex
	.globl	__umoddi3
	.globl	__udivdi3
	.align	2
	.type	put_u64, @function
put_u64:
	addi	sp,sp,-64
	sw	ra,60(sp)
	sw	s0,56(sp)
	addi	s0,sp,64
	sw	a0,-56(s0)
	sw	a1,-52(s0)
	li	a5,23
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	zero,-28(a5)
.L129:
	lw	a4,-56(s0)
	lw	a5,-52(s0)
	li	a2,10
	li	a3,0
	mv	a0,a4
	mv	a1,a5
	call	__umoddi3
	mv	a4,a0
	mv	a5,a1
	andi	a5,a4,0xff
	lw	a4,-20(s0)
	addi	a4,a4,-1
	sw	a4,-20(s0)
	addi	a5,a5,48
	andi	a4,a5,0xff
	lw	a5,-20(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	a4,-28(a5)
	lw	a4,-56(s0)
	lw	a5,-52(s0)
	li	a2,10
	li	a3,0
	mv	a0,a4
	mv	a1,a5
	call	__udivdi3
	mv	a4,a0
	mv	a5,a1
	sw	a4,-56(s0)
	sw	a5,-52(s0)
	lw	a5,-56(s0)
	lw	a4,-52(s0)
	or	a5,a5,a4
	bne	a5,zero,.L129
	lw	a5,-20(s0)
	addi	a4,s0,-44
	add	a5,a4,a5
	mv	a0,a5
	call	put_str
	nop
	lw	ra,60(sp)
	lw	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	put_u64, .-put_u64
	.align	2
	.type	put_i64, @function
put_i64:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-24(s0)
	sw	a1,-20(s0)
	lw	a5,-20(s0)
	bge	a5,zero,.L131
	li	a0,45
	call	put_char
	lw	a0,-24(s0)
	lw	a1,-20(s0)
	li	a4,0
	li	a5,0
	sub	a2,a4,a0
	mv	a6,a2
	sgtu	a6,a6,a4
	sub	a3,a5,a1
	sub	a5,a3,a6
	mv	a3,a5
	mv	a4,a2
	mv	a5,a3
	mv	a0,a4
	mv	a1,a5
	call	put_u64
	j	.L134
.L131:
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	mv	a0,a4
	mv	a1,a5
	call	put_u64
.L134:
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_i64, .-put_i64
	.align	2
	.type	put_hex64, @function
put_hex64:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-24(s0)
	sw	a1,-20(s0)
	lw	a3,-20(s0)
	srli	a4,a3,0
	li	a5,0
	mv	a5,a4
	li	a1,8
	mv	a0,a5
	call	put_hex
	lw	a5,-24(s0)
	li	a1,8
	mv	a0,a5
	call	put_hex
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_hex64, .-put_hex64
	.section	.rodata
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
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a0,-20(s0)
	call	put_str
	lui	a5,%hi(.LC0)
	addi	a0,a5,%lo(.LC0)
	call	put_str
	lw	a0,-24(s0)
	call	put_int
	call	put_nl
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_kv, .-put_kv
	.section	.rodata
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
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a0,-20(s0)
	call	put_str
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
	call	put_str
	li	a1,8
	lw	a0,-24(s0)
	call	put_hex
	call	put_nl
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_kx, .-put_kx
	.globl	rt_envp
	.section	.sbss,"aw",@nobits
	.align	2
	.type	rt_envp, @object
	.size	rt_envp, 4
rt_envp:
	.zero	4
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
	.local	table
	.comm	table,95,4
	.local	page
	.comm	page,8192,4096
	.text
	.align	2
	.type	lw_at, @function
lw_at:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lw	a5,-36(s0)
 #APP
# 23 "misaligned.c" 1
	lw a5, 0(a5)
# 0 "" 2
 #NO_APP
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	lw_at, .-lw_at
	.align	2
	.type	lh_at, @function
lh_at:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lw	a5,-36(s0)
 #APP
# 29 "misaligned.c" 1
	lh a5, 0(a5)
# 0 "" 2
 #NO_APP
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	lh_at, .-lh_at
	.align	2
	.type	lhu_at, @function
lhu_at:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lw	a5,-36(s0)
 #APP
# 35 "misaligned.c" 1
	lhu a5, 0(a5)
# 0 "" 2
 #NO_APP
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	lhu_at, .-lhu_at
	.align	2
	.type	sw_at, @function
sw_at:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a5,-20(s0)
	lw	a4,-24(s0)
 #APP
# 40 "misaligned.c" 1
	sw a4, 0(a5)
# 0 "" 2
 #NO_APP
	nop
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	sw_at, .-sw_at
	.align	2
	.type	sh_at, @function
sh_at:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a5,-20(s0)
	lw	a4,-24(s0)
 #APP
# 44 "misaligned.c" 1
	sh a4, 0(a5)
# 0 "" 2
 #NO_APP
	nop
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	sh_at, .-sh_at
	.section	.rodata
	.align	2
.LC2:
	.string	":"
	.text
	.align	2
	.type	dump, @function
dump:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	lw	a0,-36(s0)
	call	put_str
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
	call	put_str
	sw	zero,-20(s0)
	j	.L147
.L148:
	li	a0,32
	call	put_char
	lw	a5,-20(s0)
	lw	a4,-40(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	li	a1,2
	mv	a0,a5
	call	put_hex
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L147:
	lw	a4,-20(s0)
	lw	a5,-44(s0)
	blt	a4,a5,.L148
	call	put_nl
	nop
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	dump, .-dump
	.section	.rodata
	.align	2
.LC3:
	.string	"sizeof(struct record)"
	.align	2
.LC4:
	.string	"record[1] bytes"
	.align	2
.LC5:
	.string	"stamps = "
	.align	2
.LC6:
	.string	"fields hash"
	.align	2
.LC7:
	.string	"lw of record[2].id"
	.align	2
.LC8:
	.string	"lhu of record[3].port"
	.align	2
.LC9:
	.string	"offset "
	.align	2
.LC10:
	.string	": lw 0x"
	.align	2
.LC11:
	.string	" lh "
	.align	2
.LC12:
	.string	" lhu "
	.align	2
.LC13:
	.string	"after stores"
	.align	2
.LC14:
	.string	"lw across page"
	.align	2
.LC15:
	.string	"lh across page"
	.align	2
.LC16:
	.string	"page edge"
	.align	2
.LC17:
	.string	"copied hash"
	.align	2
.LC18:
	.string	"copy matches"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-128
	sw	ra,124(sp)
	sw	s0,120(sp)
	sw	s1,116(sp)
	sw	s2,112(sp)
	sw	s3,108(sp)
	sw	s4,104(sp)
	sw	s5,100(sp)
	addi	s0,sp,128
	sw	a0,-116(s0)
	sw	a1,-120(s0)
	lui	a5,%hi(page+4096)
	addi	a5,a5,%lo(page+4096)
	sw	a5,-60(s0)
	sw	zero,-44(s0)
	li	a5,0
	li	a6,0
	sw	a5,-56(s0)
	sw	a6,-52(s0)
	li	a1,19
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	put_kv
	sw	zero,-36(s0)
	j	.L150
.L151:
	lw	a5,-36(s0)
	andi	a5,a5,0xff
	addi	a5,a5,-96
	andi	a3,a5,0xff
	lui	a5,%hi(table)
	addi	a2,a5,%lo(table)
	lw	a4,-36(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	sub	a5,a5,a4
	add	a5,a2,a5
	sb	a3,0(a5)
	lw	a5,-36(s0)
	addi	a4,a5,1
	li	a5,16908288
	addi	a5,a5,772
	mul	a4,a4,a5
	lui	a5,%hi(table)
	addi	a2,a5,%lo(table)
	lw	a3,-36(s0)
	mv	a5,a3
	slli	a5,a5,2
	add	a5,a5,a3
	slli	a5,a5,2
	sub	a5,a5,a3
	add	a5,a2,a5
	andi	a3,a4,255
	lbu	a2,1(a5)
	andi	a2,a2,0
	or	a3,a2,a3
	sb	a3,1(a5)
	srli	a3,a4,8
	andi	a3,a3,255
	lbu	a2,2(a5)
	andi	a2,a2,0
	or	a3,a2,a3
	sb	a3,2(a5)
	srli	a3,a4,16
	andi	a3,a3,255
	lbu	a2,3(a5)
	andi	a2,a2,0
	or	a3,a2,a3
	sb	a3,3(a5)
	srli	a4,a4,24
	lbu	a3,4(a5)
	andi	a3,a3,0
	or	a4,a3,a4
	sb	a4,4(a5)
	lw	a5,-36(s0)
	slli	a4,a5,16
	srli	a4,a4,16
	li	a5,8192
	addi	a5,a5,-192
	add	a5,a4,a5
	slli	a3,a5,16
	srli	a3,a3,16
	lui	a5,%hi(table)
	addi	a2,a5,%lo(table)
	lw	a4,-36(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	sub	a5,a5,a4
	add	a5,a2,a5
	andi	a4,a3,255
	lbu	a2,5(a5)
	andi	a2,a2,0
	or	a4,a2,a4
	sb	a4,5(a5)
	srli	a4,a3,8
	slli	a4,a4,16
	srli	a4,a4,16
	lbu	a3,6(a5)
	andi	a3,a3,0
	or	a4,a3,a4
	sb	a4,6(a5)
	lw	a5,-36(s0)
	addi	a5,a5,1
	mv	s4,a5
	li	s5,0
	li	a5,-1912274944
	addi	a5,a5,-1227
	mul	a4,s5,a5
	li	a5,-288
	mul	a5,s4,a5
	add	a4,a4,a5
	li	a5,-1912274944
	addi	a5,a5,-1227
	mul	a3,s4,a5
	mulhu	s3,s4,a5
	mv	s2,a3
	add	a5,a4,s3
	mv	s3,a5
	lui	a5,%hi(table)
	addi	a3,a5,%lo(table)
	lw	a4,-36(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	sub	a5,a5,a4
	add	a5,a3,a5
	andi	a4,s2,255
	lbu	a3,7(a5)
	andi	a3,a3,0
	or	a4,a3,a4
	sb	a4,7(a5)
	srli	a4,s2,8
	andi	a4,a4,255
	lbu	a3,8(a5)
	andi	a3,a3,0
	or	a4,a3,a4
	sb	a4,8(a5)
	srli	a4,s2,16
	andi	a4,a4,255
	lbu	a3,9(a5)
	andi	a3,a3,0
	or	a4,a3,a4
	sb	a4,9(a5)
	srli	a4,s2,24
	lbu	a3,10(a5)
	andi	a3,a3,0
	or	a4,a3,a4
	sb	a4,10(a5)
	andi	a4,s3,255
	lbu	a3,11(a5)
	andi	a3,a3,0
	or	a4,a3,a4
	sb	a4,11(a5)
	srli	a4,s3,8
	andi	a4,a4,255
	lbu	a3,12(a5)
	andi	a3,a3,0
	or	a4,a3,a4
	sb	a4,12(a5)
	srli	a4,s3,16
	andi	a4,a4,255
	lbu	a3,13(a5)
	andi	a3,a3,0
	or	a4,a3,a4
	sb	a4,13(a5)
	srli	a4,s3,24
	lbu	a3,14(a5)
	andi	a3,a3,0
	or	a4,a3,a4
	sb	a4,14(a5)
	lw	a4,-36(s0)
	li	a5,-1000
	mul	a4,a4,a5
	lui	a5,%hi(table)
	addi	a2,a5,%lo(table)
	lw	a3,-36(s0)
	mv	a5,a3
	slli	a5,a5,2
	add	a5,a5,a3
	slli	a5,a5,2
	sub	a5,a5,a3
	add	a5,a2,a5
	andi	a3,a4,255
	lbu	a2,15(a5)
	andi	a2,a2,0
	or	a3,a2,a3
	sb	a3,15(a5)
	srli	a3,a4,8
	andi	a3,a3,255
	lbu	a2,16(a5)
	andi	a2,a2,0
	or	a3,a2,a3
	sb	a3,16(a5)
	srli	a3,a4,16
	andi	a3,a3,255
	lbu	a2,17(a5)
	andi	a2,a2,0
	or	a3,a2,a3
	sb	a3,17(a5)
	srli	a4,a4,24
	lbu	a3,18(a5)
	andi	a3,a3,0
	or	a4,a3,a4
	sb	a4,18(a5)
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L150:
	lw	a4,-36(s0)
	li	a5,4
	bleu	a4,a5,.L151
	li	a2,19
	lui	a5,%hi(table+19)
	addi	a1,a5,%lo(table+19)
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	dump
	sw	zero,-36(s0)
	j	.L152
.L153:
	lui	a5,%hi(table)
	addi	a3,a5,%lo(table)
	lw	a4,-36(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	sub	a5,a5,a4
	add	a5,a3,a5
	lbu	a4,7(a5)
	lbu	a3,8(a5)
	slli	a3,a3,8
	or	a4,a3,a4
	lbu	a3,9(a5)
	slli	a3,a3,16
	or	a4,a3,a4
	lbu	a3,10(a5)
	slli	a3,a3,24
	or	a4,a3,a4
	mv	a0,a4
	lbu	a4,11(a5)
	lbu	a3,12(a5)
	slli	a3,a3,8
	or	a4,a3,a4
	lbu	a3,13(a5)
	slli	a3,a3,16
	or	a4,a3,a4
	lbu	a5,14(a5)
	slli	a5,a5,24
	or	a5,a5,a4
	mv	a1,a5
	lw	a2,-56(s0)
	lw	a3,-52(s0)
	add	a4,a2,a0
	mv	a6,a4
	sltu	a6,a6,a2
	add	a5,a3,a1
	add	a3,a6,a5
	mv	a5,a3
	sw	a4,-56(s0)
	sw	a5,-52(s0)
	lw	a4,-44(s0)
	mv	a5,a4
	slli	a5,a5,5
	sub	a3,a5,a4
	lui	a5,%hi(table)
	addi	a2,a5,%lo(table)
	lw	a4,-36(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	sub	a5,a5,a4
	add	a5,a2,a5
	lbu	a4,1(a5)
	lbu	a2,2(a5)
	slli	a2,a2,8
	or	a4,a2,a4
	lbu	a2,3(a5)
	slli	a2,a2,16
	or	a4,a2,a4
	lbu	a5,4(a5)
	slli	a5,a5,24
	or	a5,a5,a4
	add	a3,a3,a5
	lui	a5,%hi(table)
	addi	a2,a5,%lo(table)
	lw	a4,-36(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	sub	a5,a5,a4
	add	a5,a2,a5
	lbu	a4,5(a5)
	lbu	a5,6(a5)
	slli	a5,a5,8
	or	a5,a5,a4
	slli	a5,a5,16
	srli	a5,a5,16
	add	a3,a3,a5
	lui	a5,%hi(table)
	addi	a2,a5,%lo(table)
	lw	a4,-36(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	sub	a5,a5,a4
	add	a5,a2,a5
	lbu	a4,15(a5)
	lbu	a2,16(a5)
	slli	a2,a2,8
	or	a4,a2,a4
	lbu	a2,17(a5)
	slli	a2,a2,16
	or	a4,a2,a4
	lbu	a5,18(a5)
	slli	a5,a5,24
	or	a5,a5,a4
	add	a5,a3,a5
	sw	a5,-44(s0)
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L152:
	lw	a4,-36(s0)
	li	a5,4
	bleu	a4,a5,.L153
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	put_str
	lw	a0,-56(s0)
	lw	a1,-52(s0)
	call	put_i64
	call	put_nl
	lw	a1,-44(s0)
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	put_kx
	lui	a5,%hi(table+39)
	addi	a0,a5,%lo(table+39)
	call	lw_at
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	put_kx
	lui	a5,%hi(table+62)
	addi	a0,a5,%lo(table+62)
	call	lhu_at
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	put_kx
	sw	zero,-36(s0)
	j	.L154
.L155:
	lw	a5,-36(s0)
	addi	a5,a5,1
	andi	a5,a5,0xff
	mv	a4,a5
	mv	a5,a4
	slli	a5,a5,4
	add	a5,a5,a4
	andi	a4,a5,0xff
	lw	a5,-36(s0)
	addi	a5,a5,-32
	add	a5,a5,s0
	sb	a4,-68(a5)
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L154:
	lw	a4,-36(s0)
	li	a5,39
	bleu	a4,a5,.L155
	sw	zero,-40(s0)
	j	.L156
.L157:
	lui	a5,%hi(.LC9)
	addi	a0,a5,%lo(.LC9)
	call	put_str
	lw	a0,-40(s0)
	call	put_uint
	lui	a5,%hi(.LC10)
	addi	a0,a5,%lo(.LC10)
	call	put_str
	lw	a5,-40(s0)
	addi	a5,a5,4
	addi	a4,s0,-100
	add	a5,a4,a5
	mv	a0,a5
	call	lw_at
	mv	a5,a0
	li	a1,8
	mv	a0,a5
	call	put_hex
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	put_str
	lw	a5,-40(s0)
	addi	a5,a5,4
	addi	a4,s0,-100
	add	a5,a4,a5
	mv	a0,a5
	call	lh_at
	mv	a5,a0
	mv	a0,a5
	call	put_int
	lui	a5,%hi(.LC12)
	addi	a0,a5,%lo(.LC12)
	call	put_str
	lw	a5,-40(s0)
	addi	a5,a5,4
	addi	a4,s0,-100
	add	a5,a4,a5
	mv	a0,a5
	call	lhu_at
	mv	a5,a0
	mv	a0,a5
	call	put_uint
	call	put_nl
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
.L156:
	lw	a4,-40(s0)
	li	a5,3
	bleu	a4,a5,.L157
	sw	zero,-40(s0)
	j	.L158
.L159:
	lw	a4,-40(s0)
	mv	a5,a4
	slli	a5,a5,3
	add	a5,a5,a4
	addi	a4,s0,-100
	add	a3,a4,a5
	lw	a4,-40(s0)
	li	a5,-559038464
	addi	a5,a5,-273
	add	a5,a4,a5
	mv	a1,a5
	mv	a0,a3
	call	sw_at
	lw	a4,-40(s0)
	mv	a5,a4
	slli	a5,a5,3
	add	a5,a5,a4
	addi	a5,a5,5
	addi	a4,s0,-100
	add	a3,a4,a5
	lw	a4,-40(s0)
	li	a5,49152
	addi	a5,a5,222
	add	a5,a4,a5
	mv	a1,a5
	mv	a0,a3
	call	sh_at
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
.L158:
	lw	a4,-40(s0)
	li	a5,3
	bleu	a4,a5,.L159
	addi	a5,s0,-100
	li	a2,36
	mv	a1,a5
	lui	a5,%hi(.LC13)
	addi	a0,a5,%lo(.LC13)
	call	dump
	sw	zero,-36(s0)
	j	.L160
.L161:
	lw	a5,-36(s0)
	andi	a4,a5,0xff
	lw	a5,-36(s0)
	addi	a5,a5,-4
	lw	a3,-60(s0)
	add	a5,a3,a5
	addi	a4,a4,64
	andi	a4,a4,0xff
	sb	a4,0(a5)
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L160:
	lw	a4,-36(s0)
	li	a5,7
	bleu	a4,a5,.L161
	lw	a5,-60(s0)
	addi	a5,a5,-2
	mv	a0,a5
	call	lw_at
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC14)
	addi	a0,a5,%lo(.LC14)
	call	put_kx
	lw	a5,-60(s0)
	addi	a5,a5,-1
	mv	a0,a5
	call	lh_at
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC15)
	addi	a0,a5,%lo(.LC15)
	call	put_kx
	lw	a5,-60(s0)
	addi	a4,a5,-3
	li	a5,-1985228800
	addi	a1,a5,-529
	mv	a0,a4
	call	sw_at
	lw	a5,-60(s0)
	addi	a4,a5,-1
	li	a5,28672
	addi	a1,a5,1620
	mv	a0,a4
	call	sh_at
	lw	a5,-60(s0)
	addi	a5,a5,-4
	li	a2,8
	mv	a1,a5
	lui	a5,%hi(.LC16)
	addi	a0,a5,%lo(.LC16)
	call	dump
	sw	zero,-36(s0)
	j	.L162
.L163:
	lw	a5,-36(s0)
	andi	a5,a5,0xff
	mv	a4,a5
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	andi	a5,a5,0xff
	addi	a5,a5,1
	andi	a4,a5,0xff
	lui	a5,%hi(page)
	addi	a3,a5,%lo(page)
	lw	a5,-36(s0)
	add	a5,a3,a5
	sb	a4,0(a5)
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L162:
	lw	a4,-36(s0)
	li	a5,63
	bleu	a4,a5,.L163
	sw	zero,-36(s0)
	j	.L164
.L165:
	lw	a5,-36(s0)
	slli	a5,a5,2
	addi	a4,a5,1001
	lui	a5,%hi(page)
	addi	a5,a5,%lo(page)
	add	s1,a4,a5
	lw	a5,-36(s0)
	slli	a5,a5,2
	addi	a4,a5,3
	lui	a5,%hi(page)
	addi	a5,a5,%lo(page)
	add	a5,a4,a5
	mv	a0,a5
	call	lw_at
	mv	a5,a0
	mv	a1,a5
	mv	a0,s1
	call	sw_at
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L164:
	lw	a4,-36(s0)
	li	a5,14
	bleu	a4,a5,.L165
	sw	zero,-44(s0)
	sw	zero,-36(s0)
	j	.L166
.L167:
	lw	a4,-44(s0)
	mv	a5,a4
	slli	a5,a5,5
	add	a5,a5,a4
	lw	a4,-36(s0)
	addi	a4,a4,1001
	lui	a3,%hi(page)
	addi	a3,a3,%lo(page)
	add	a4,a3,a4
	lbu	a4,0(a4)
	add	a5,a5,a4
	sw	a5,-44(s0)
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L166:
	lw	a4,-36(s0)
	li	a5,59
	bleu	a4,a5,.L167
	lw	a1,-44(s0)
	lui	a5,%hi(.LC17)
	addi	a0,a5,%lo(.LC17)
	call	put_kx
	lui	a5,%hi(page+1001)
	addi	a4,a5,%lo(page+1001)
	lui	a5,%hi(page+3)
	addi	a5,a5,%lo(page+3)
	li	a2,60
	mv	a1,a5
	mv	a0,a4
	call	memcmp
	mv	a5,a0
	seqz	a5,a5
	andi	a5,a5,0xff
	mv	a1,a5
	lui	a5,%hi(.LC18)
	addi	a0,a5,%lo(.LC18)
	call	put_kv
	lw	a5,-44(s0)
	andi	a5,a5,63
	addi	a5,a5,10
	mv	a0,a5
	lw	ra,124(sp)
	lw	s0,120(sp)
	lw	s1,116(sp)
	lw	s2,112(sp)
	lw	s3,108(sp)
	lw	s4,104(sp)
	lw	s5,100(sp)
	addi	sp,sp,128
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
