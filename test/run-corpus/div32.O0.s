	.file	"div32.c"
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
	lui	a4,%hi(hex.1)
	addi	a4,a4,%lo(hex.1)
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
	.text
	.align	2
	.type	div, @function
div:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a5,-36(s0)
	lw	a4,-40(s0)
 #APP
# 17 "div32.c" 1
	div a5, a5, a4
# 0 "" 2
 #NO_APP
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	div, .-div
	.align	2
	.type	divu, @function
divu:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a5,-36(s0)
	lw	a4,-40(s0)
 #APP
# 18 "div32.c" 1
	divu a5, a5, a4
# 0 "" 2
 #NO_APP
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	divu, .-divu
	.align	2
	.type	rem, @function
rem:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a5,-36(s0)
	lw	a4,-40(s0)
 #APP
# 19 "div32.c" 1
	rem a5, a5, a4
# 0 "" 2
 #NO_APP
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	rem, .-rem
	.align	2
	.type	remu, @function
remu:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a5,-36(s0)
	lw	a4,-40(s0)
 #APP
# 20 "div32.c" 1
	remu a5, a5, a4
# 0 "" 2
 #NO_APP
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	remu, .-remu
	.align	2
	.type	mul, @function
mul:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a5,-36(s0)
	lw	a4,-40(s0)
 #APP
# 21 "div32.c" 1
	mul a5, a5, a4
# 0 "" 2
 #NO_APP
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	mul, .-mul
	.align	2
	.type	mulh, @function
mulh:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a5,-36(s0)
	lw	a4,-40(s0)
 #APP
# 22 "div32.c" 1
	mulh a5, a5, a4
# 0 "" 2
 #NO_APP
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	mulh, .-mulh
	.align	2
	.type	mulhsu, @function
mulhsu:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a5,-36(s0)
	lw	a4,-40(s0)
 #APP
# 23 "div32.c" 1
	mulhsu a5, a5, a4
# 0 "" 2
 #NO_APP
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	mulhsu, .-mulhsu
	.align	2
	.type	mulhu, @function
mulhu:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a5,-36(s0)
	lw	a4,-40(s0)
 #APP
# 24 "div32.c" 1
	mulhu a5, a5, a4
# 0 "" 2
 #NO_APP
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	mulhu, .-mulhu
	.data
	.align	2
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
	.section	.rodata
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
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	sw	a3,-32(s0)
	lw	a0,-20(s0)
	call	put_str
	li	a0,32
	call	put_char
	lw	a0,-24(s0)
	call	put_int
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
	call	put_str
	lw	a0,-28(s0)
	call	put_int
	lui	a5,%hi(.LC0)
	addi	a0,a5,%lo(.LC0)
	call	put_str
	lw	a0,-32(s0)
	call	put_int
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	put_str
	lw	a5,-32(s0)
	li	a1,8
	mv	a0,a5
	call	put_hex
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	put_str
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	line, .-line
	.section	.rodata
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
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-192
	sw	ra,188(sp)
	sw	s0,184(sp)
	sw	s1,180(sp)
	sw	s2,176(sp)
	sw	s4,172(sp)
	sw	s5,168(sp)
	sw	s6,164(sp)
	sw	s7,160(sp)
	sw	s8,156(sp)
	sw	s9,152(sp)
	sw	s10,148(sp)
	sw	s11,144(sp)
	addi	s0,sp,192
	sw	a0,-116(s0)
	sw	a1,-120(s0)
	sw	zero,-72(s0)
	li	a5,-1
	sw	a5,-76(s0)
	li	a5,-2147483648
	sw	a5,-80(s0)
	li	a5,7
	sw	a5,-84(s0)
	li	a5,-7
	sw	a5,-88(s0)
	sw	zero,-68(s0)
	lw	s1,-72(s0)
	lw	a5,-72(s0)
	mv	a1,a5
	li	a0,42
	call	div
	mv	a5,a0
	mv	a3,a5
	mv	a2,s1
	li	a1,42
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	line
	lw	s1,-72(s0)
	lw	a5,-72(s0)
	mv	a1,a5
	li	a0,-42
	call	div
	mv	a5,a0
	mv	a3,a5
	mv	a2,s1
	li	a1,-42
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	line
	lw	s1,-72(s0)
	lw	a5,-72(s0)
	mv	a1,a5
	li	a0,42
	call	divu
	mv	a5,a0
	mv	a3,a5
	mv	a2,s1
	li	a1,42
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	line
	lw	s1,-72(s0)
	lw	a5,-72(s0)
	mv	a1,a5
	li	a0,42
	call	rem
	mv	a5,a0
	mv	a3,a5
	mv	a2,s1
	li	a1,42
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	line
	lw	s1,-72(s0)
	lw	a5,-72(s0)
	mv	a1,a5
	li	a0,-42
	call	rem
	mv	a5,a0
	mv	a3,a5
	mv	a2,s1
	li	a1,-42
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	line
	lw	s1,-72(s0)
	lw	a5,-72(s0)
	mv	a1,a5
	li	a0,-42
	call	remu
	mv	a5,a0
	mv	a3,a5
	mv	a2,s1
	li	a1,-42
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	line
	lw	s1,-80(s0)
	lw	s2,-76(s0)
	lw	a4,-80(s0)
	lw	a5,-76(s0)
	mv	a1,a5
	mv	a0,a4
	call	div
	mv	a5,a0
	mv	a3,a5
	mv	a2,s2
	mv	a1,s1
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	line
	lw	s1,-80(s0)
	lw	s2,-76(s0)
	lw	a4,-80(s0)
	lw	a5,-76(s0)
	mv	a1,a5
	mv	a0,a4
	call	rem
	mv	a5,a0
	mv	a3,a5
	mv	a2,s2
	mv	a1,s1
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	line
	lw	s1,-80(s0)
	lw	s2,-76(s0)
	lw	a4,-80(s0)
	lw	a5,-76(s0)
	mv	a1,a5
	mv	a0,a4
	call	divu
	mv	a5,a0
	mv	a3,a5
	mv	a2,s2
	mv	a1,s1
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	line
	lw	s1,-80(s0)
	lw	s2,-76(s0)
	lw	a4,-80(s0)
	lw	a5,-76(s0)
	mv	a1,a5
	mv	a0,a4
	call	remu
	mv	a5,a0
	mv	a3,a5
	mv	a2,s2
	mv	a1,s1
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	line
	lw	s1,-88(s0)
	lw	a5,-88(s0)
	li	a1,2
	mv	a0,a5
	call	div
	mv	a5,a0
	mv	a3,a5
	li	a2,2
	mv	a1,s1
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	line
	lw	s1,-88(s0)
	lw	a5,-88(s0)
	li	a1,2
	mv	a0,a5
	call	rem
	mv	a5,a0
	mv	a3,a5
	li	a2,2
	mv	a1,s1
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	line
	lw	s1,-84(s0)
	lw	a5,-84(s0)
	li	a1,-2
	mv	a0,a5
	call	rem
	mv	a5,a0
	mv	a3,a5
	li	a2,-2
	mv	a1,s1
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	line
	lw	s1,-88(s0)
	lw	a5,-88(s0)
	li	a1,2
	mv	a0,a5
	call	divu
	mv	a5,a0
	mv	a3,a5
	li	a2,2
	mv	a1,s1
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	line
	lw	s1,-80(s0)
	lw	s2,-80(s0)
	lw	a4,-80(s0)
	lw	a5,-80(s0)
	mv	a1,a5
	mv	a0,a4
	call	mulh
	mv	a5,a0
	mv	a3,a5
	mv	a2,s2
	mv	a1,s1
	lui	a5,%hi(.LC9)
	addi	a0,a5,%lo(.LC9)
	call	line
	lw	s1,-76(s0)
	lw	s2,-76(s0)
	lw	a4,-76(s0)
	lw	a5,-76(s0)
	mv	a1,a5
	mv	a0,a4
	call	mulhu
	mv	a5,a0
	mv	a3,a5
	mv	a2,s2
	mv	a1,s1
	lui	a5,%hi(.LC10)
	addi	a0,a5,%lo(.LC10)
	call	line
	lw	s1,-76(s0)
	lw	s2,-76(s0)
	lw	a4,-76(s0)
	lw	a5,-76(s0)
	mv	a1,a5
	mv	a0,a4
	call	mulhsu
	mv	a5,a0
	mv	a3,a5
	mv	a2,s2
	mv	a1,s1
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	line
	lw	s1,-80(s0)
	lw	s2,-76(s0)
	lw	a4,-80(s0)
	lw	a5,-76(s0)
	mv	a1,a5
	mv	a0,a4
	call	mulhsu
	mv	a5,a0
	mv	a3,a5
	mv	a2,s2
	mv	a1,s1
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	line
	li	a1,65536
	li	a0,65536
	call	mul
	mv	a5,a0
	mv	a3,a5
	li	a2,65536
	li	a1,65536
	lui	a5,%hi(.LC12)
	addi	a0,a5,%lo(.LC12)
	call	line
	sw	zero,-60(s0)
	j	.L156
.L161:
	li	a5,-2128830464
	addi	a5,a5,-571
	sw	a5,-64(s0)
	sw	zero,-52(s0)
	j	.L157
.L160:
	sw	zero,-56(s0)
	j	.L158
.L159:
	lui	a5,%hi(ops.0)
	addi	a4,a5,%lo(ops.0)
	lw	a5,-60(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	lw	a3,4(a5)
	lui	a5,%hi(edge)
	addi	a4,a5,%lo(edge)
	lw	a5,-52(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a2,0(a5)
	lui	a5,%hi(edge)
	addi	a4,a5,%lo(edge)
	lw	a5,-56(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a1,a5
	mv	a0,a2
	jalr	a3
	mv	a5,a0
	mv	a4,a5
	lw	a5,-64(s0)
	xor	a4,a4,a5
	li	a5,16777216
	addi	a5,a5,403
	mul	a5,a4,a5
	sw	a5,-64(s0)
	lw	a5,-56(s0)
	addi	a5,a5,1
	sw	a5,-56(s0)
.L158:
	lw	a4,-56(s0)
	li	a5,18
	ble	a4,a5,.L159
	lw	a5,-52(s0)
	addi	a5,a5,1
	sw	a5,-52(s0)
.L157:
	lw	a4,-52(s0)
	li	a5,18
	ble	a4,a5,.L160
	lui	a5,%hi(ops.0)
	addi	a4,a5,%lo(ops.0)
	lw	a5,-60(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	put_str
	lui	a5,%hi(.LC13)
	addi	a0,a5,%lo(.LC13)
	call	put_str
	li	a1,8
	lw	a0,-64(s0)
	call	put_hex
	call	put_nl
	lw	a4,-68(s0)
	lw	a5,-64(s0)
	xor	a5,a4,a5
	sw	a5,-68(s0)
	lw	a5,-60(s0)
	addi	a5,a5,1
	sw	a5,-60(s0)
.L156:
	lw	a4,-60(s0)
	li	a5,7
	ble	a4,a5,.L161
	li	a5,-999424
	addi	a5,a5,-576
	sw	a5,-100(s0)
	li	a5,37
	sw	a5,-104(s0)
	lw	a4,-100(s0)
	lw	a5,-104(s0)
	div	a5,a4,a5
	mv	a1,a5
	lui	a5,%hi(.LC14)
	addi	a0,a5,%lo(.LC14)
	call	put_kv
	lw	a4,-100(s0)
	lw	a5,-104(s0)
	rem	a5,a4,a5
	mv	a1,a5
	lui	a5,%hi(.LC15)
	addi	a0,a5,%lo(.LC15)
	call	put_kv
	li	a5,-294965248
	addi	a5,a5,-2048
	sw	a5,-92(s0)
	li	a5,37
	sw	a5,-96(s0)
	lw	a4,-92(s0)
	lw	a5,-96(s0)
	divu	a5,a4,a5
	mv	a1,a5
	lui	a5,%hi(.LC16)
	addi	a0,a5,%lo(.LC16)
	call	put_kv
	lw	a4,-92(s0)
	lw	a5,-96(s0)
	remu	a5,a4,a5
	mv	a1,a5
	lui	a5,%hi(.LC17)
	addi	a0,a5,%lo(.LC17)
	call	put_kv
	li	a5,-123457536
	addi	a5,a5,747
	sw	a5,-100(s0)
	li	a5,987656192
	addi	a5,a5,-1871
	sw	a5,-104(s0)
	lw	a5,-100(s0)
	sw	a5,-144(s0)
	srai	a5,a5,31
	sw	a5,-140(s0)
	lw	a5,-104(s0)
	sw	a5,-152(s0)
	srai	a5,a5,31
	sw	a5,-148(s0)
	lw	a6,-144(s0)
	lw	a7,-140(s0)
	mv	a5,a7
	lw	a1,-152(s0)
	lw	a2,-148(s0)
	mv	a4,a1
	mul	a4,a5,a4
	mv	a5,a2
	mv	a3,a6
	mul	a5,a5,a3
	add	a5,a4,a5
	mv	a4,a6
	mv	a3,a1
	mul	a4,a4,a3
	mv	a3,a6
	mv	a2,a1
	mulhu	a3,a3,a2
	sw	a3,-124(s0)
	sw	a4,-128(s0)
	lw	a4,-124(s0)
	add	a5,a5,a4
	sw	a5,-124(s0)
	lw	a3,-128(s0)
	lw	a4,-124(s0)
	mv	a5,a4
	srai	a5,a5,0
	sw	a5,-160(s0)
	mv	a5,a4
	srai	a5,a5,31
	sw	a5,-156(s0)
	lw	a5,-160(s0)
	mv	a1,a5
	lui	a5,%hi(.LC18)
	addi	a0,a5,%lo(.LC18)
	call	put_kx
	li	a5,-559038464
	addi	a5,a5,-273
	sw	a5,-92(s0)
	li	a5,-889274368
	addi	a5,a5,-1346
	sw	a5,-96(s0)
	lw	a5,-92(s0)
	sw	a5,-168(s0)
	sw	zero,-164(s0)
	lw	a5,-96(s0)
	mv	s10,a5
	li	s11,0
	lw	a2,-168(s0)
	lw	a3,-164(s0)
	mv	a5,a3
	mul	a4,a5,s10
	mv	a5,a2
	mul	a5,s11,a5
	add	a5,a4,a5
	mv	a4,a2
	mul	a4,a4,s10
	mv	a3,a2
	mulhu	a3,a3,s10
	sw	a3,-132(s0)
	sw	a4,-136(s0)
	lw	a4,-132(s0)
	add	a5,a5,a4
	sw	a5,-132(s0)
	lw	a5,-132(s0)
	srli	a5,a5,0
	sw	a5,-176(s0)
	sw	zero,-172(s0)
	lw	a5,-176(s0)
	mv	a1,a5
	lui	a5,%hi(.LC19)
	addi	a0,a5,%lo(.LC19)
	call	put_kx
	lw	a5,-100(s0)
	mv	s8,a5
	srai	a5,a5,31
	mv	s9,a5
	lw	a5,-96(s0)
	mv	s6,a5
	li	s7,0
	mul	a4,s9,s6
	mul	a5,s7,s8
	add	a5,a4,a5
	mul	a4,s8,s6
	mulhu	s5,s8,s6
	mv	s4,a4
	add	a5,a5,s5
	mv	s5,a5
	srai	a5,s5,0
	sw	a5,-184(s0)
	srai	a5,s5,31
	sw	a5,-180(s0)
	lw	a5,-184(s0)
	mv	a1,a5
	lui	a5,%hi(.LC20)
	addi	a0,a5,%lo(.LC20)
	call	put_kx
	lw	a5,-100(s0)
	mv	a4,a5
	lw	a5,-96(s0)
	mul	a5,a4,a5
	mv	a1,a5
	lui	a5,%hi(.LC21)
	addi	a0,a5,%lo(.LC21)
	call	put_kx
	lw	a1,-68(s0)
	lui	a5,%hi(.LC22)
	addi	a0,a5,%lo(.LC22)
	call	put_kx
	lw	a5,-68(s0)
	andi	a5,a5,255
	ori	a5,a5,1
	mv	a0,a5
	lw	ra,188(sp)
	lw	s0,184(sp)
	lw	s1,180(sp)
	lw	s2,176(sp)
	lw	s4,172(sp)
	lw	s5,168(sp)
	lw	s6,164(sp)
	lw	s7,160(sp)
	lw	s8,156(sp)
	lw	s9,152(sp)
	lw	s10,148(sp)
	lw	s11,144(sp)
	addi	sp,sp,192
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.1, @object
	.size	hex.1, 17
hex.1:
	.string	"0123456789abcdef"
	.align	2
	.type	ops.0, @object
	.size	ops.0, 64
ops.0:
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
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
