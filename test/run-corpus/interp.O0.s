	.file	"interp.c"
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
	.section	.rodata
	.align	2
.LC2:
	.string	"halt"
	.align	2
.LC3:
	.string	"push"
	.align	2
.LC4:
	.string	"pop"
	.align	2
.LC5:
	.string	"dup"
	.align	2
.LC6:
	.string	"swap"
	.align	2
.LC7:
	.string	"over"
	.align	2
.LC8:
	.string	"rot"
	.align	2
.LC9:
	.string	"add"
	.align	2
.LC10:
	.string	"sub"
	.align	2
.LC11:
	.string	"mul"
	.align	2
.LC12:
	.string	"div"
	.align	2
.LC13:
	.string	"rem"
	.align	2
.LC14:
	.string	"divu"
	.align	2
.LC15:
	.string	"remu"
	.align	2
.LC16:
	.string	"and"
	.align	2
.LC17:
	.string	"or"
	.align	2
.LC18:
	.string	"xor"
	.align	2
.LC19:
	.string	"not"
	.align	2
.LC20:
	.string	"neg"
	.align	2
.LC21:
	.string	"shl"
	.align	2
.LC22:
	.string	"shr"
	.align	2
.LC23:
	.string	"sar"
	.align	2
.LC24:
	.string	"eq"
	.align	2
.LC25:
	.string	"ne"
	.align	2
.LC26:
	.string	"lt"
	.align	2
.LC27:
	.string	"ltu"
	.align	2
.LC28:
	.string	"gt"
	.align	2
.LC29:
	.string	"le"
	.align	2
.LC30:
	.string	"ge"
	.align	2
.LC31:
	.string	"jmp"
	.align	2
.LC32:
	.string	"jz"
	.align	2
.LC33:
	.string	"jnz"
	.align	2
.LC34:
	.string	"call"
	.align	2
.LC35:
	.string	"ret"
	.align	2
.LC36:
	.string	"load"
	.align	2
.LC37:
	.string	"store"
	.align	2
.LC38:
	.string	"inc"
	.align	2
.LC39:
	.string	"dec"
	.align	2
.LC40:
	.string	"print"
	.align	2
.LC41:
	.string	"printc"
	.align	2
.LC42:
	.string	"min"
	.align	2
.LC43:
	.string	"max"
	.align	2
.LC44:
	.string	"abs"
	.align	2
.LC45:
	.string	"nop"
	.align	2
	.type	names, @object
	.size	names, 176
names:
	.word	.LC2
	.word	.LC3
	.word	.LC4
	.word	.LC5
	.word	.LC6
	.word	.LC7
	.word	.LC8
	.word	.LC9
	.word	.LC10
	.word	.LC11
	.word	.LC12
	.word	.LC13
	.word	.LC14
	.word	.LC15
	.word	.LC16
	.word	.LC17
	.word	.LC18
	.word	.LC19
	.word	.LC20
	.word	.LC21
	.word	.LC22
	.word	.LC23
	.word	.LC24
	.word	.LC25
	.word	.LC26
	.word	.LC27
	.word	.LC28
	.word	.LC29
	.word	.LC30
	.word	.LC31
	.word	.LC32
	.word	.LC33
	.word	.LC34
	.word	.LC35
	.word	.LC36
	.word	.LC37
	.word	.LC38
	.word	.LC39
	.word	.LC40
	.word	.LC41
	.word	.LC42
	.word	.LC43
	.word	.LC44
	.word	.LC45
	.local	code
	.comm	code,4096,4
	.local	ncode
	.comm	ncode,4,4
	.local	counts
	.comm	counts,176,4
	.text
	.align	2
	.type	emit, @function
emit:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	lui	a4,%hi(code)
	addi	a4,a4,%lo(code)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,-20(s0)
	sw	a4,0(a5)
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	addi	a3,a5,1
	lui	a4,%hi(ncode)
	sw	a3,%lo(ncode)(a4)
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	emit, .-emit
	.align	2
	.type	emit2, @function
emit2:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a0,-36(s0)
	call	emit
	sw	a0,-20(s0)
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	addi	a3,a5,1
	lui	a4,%hi(ncode)
	sw	a3,%lo(ncode)(a4)
	lui	a4,%hi(code)
	addi	a4,a4,%lo(code)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,-40(s0)
	sw	a4,0(a5)
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	emit2, .-emit2
	.align	2
	.type	patch, @function
patch:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,1
	lui	a4,%hi(ncode)
	lw	a4,%lo(ncode)(a4)
	lui	a3,%hi(code)
	addi	a3,a3,%lo(code)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	nop
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	patch, .-patch
	.section	.rodata
	.align	2
.LC46:
	.string	"bad opcode "
	.align	2
.LC47:
	.string	"stack out of range\n"
	.text
	.align	2
	.type	run, @function
run:
	addi	sp,sp,-2032
	sw	ra,2028(sp)
	sw	s0,2024(sp)
	addi	s0,sp,2032
	addi	sp,sp,-80
	li	a5,-4096
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a0,2012(a5)
	li	a5,-4096
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a1,2008(a5)
	li	a5,-4096
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a2,2004(a5)
	sw	zero,-20(s0)
	sw	zero,-24(s0)
	li	a5,-4096
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,2012(a5)
	sw	a5,-28(s0)
	sw	zero,-32(s0)
.L210:
	lw	a5,-28(s0)
	addi	a4,a5,1
	sw	a4,-28(s0)
	lui	a4,%hi(code)
	addi	a4,a4,%lo(code)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-36(s0)
	lw	a5,-32(s0)
	addi	a5,a5,1
	sw	a5,-32(s0)
	lui	a5,%hi(counts)
	addi	a4,a5,%lo(counts)
	lw	a5,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	addi	a4,a5,1
	lui	a5,%hi(counts)
	addi	a3,a5,%lo(counts)
	lw	a5,-36(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	lw	a4,-36(s0)
	li	a5,43
	bgtu	a4,a5,.L144
	lw	a5,-36(s0)
	slli	a4,a5,2
	lui	a5,%hi(.L146)
	addi	a5,a5,%lo(.L146)
	add	a5,a4,a5
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L146:
	.word	.L189
	.word	.L188
	.word	.L187
	.word	.L186
	.word	.L185
	.word	.L184
	.word	.L183
	.word	.L182
	.word	.L181
	.word	.L180
	.word	.L179
	.word	.L178
	.word	.L177
	.word	.L176
	.word	.L175
	.word	.L174
	.word	.L173
	.word	.L172
	.word	.L171
	.word	.L170
	.word	.L169
	.word	.L168
	.word	.L167
	.word	.L166
	.word	.L165
	.word	.L164
	.word	.L163
	.word	.L162
	.word	.L161
	.word	.L160
	.word	.L159
	.word	.L158
	.word	.L157
	.word	.L156
	.word	.L155
	.word	.L154
	.word	.L153
	.word	.L152
	.word	.L151
	.word	.L150
	.word	.L149
	.word	.L148
	.word	.L147
	.word	.L212
	.text
.L189:
	lw	a5,-20(s0)
	beq	a5,zero,.L190
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	j	.L211
.L190:
	li	a5,0
	j	.L211
.L188:
	lw	a4,-28(s0)
	addi	a5,a4,1
	sw	a5,-28(s0)
	lw	a5,-20(s0)
	addi	a3,a5,1
	sw	a3,-20(s0)
	lui	a3,%hi(code)
	addi	a3,a3,%lo(code)
	slli	a4,a4,2
	add	a4,a3,a4
	lw	a4,0(a4)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L187:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	j	.L193
.L186:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	j	.L193
.L185:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	sw	a5,-48(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-2
	lw	a4,-20(s0)
	addi	a3,a4,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	slli	a5,a3,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	lw	a5,-20(s0)
	addi	a5,a5,-2
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-48(s0)
	sw	a4,-1056(a5)
	j	.L193
.L184:
	lw	a5,-20(s0)
	addi	a5,a5,-2
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	j	.L193
.L183:
	lw	a5,-20(s0)
	addi	a5,a5,-3
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	sw	a5,-48(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-2
	lw	a4,-20(s0)
	addi	a3,a4,-3
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	slli	a5,a3,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	lw	a4,-20(s0)
	addi	a3,a4,-2
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	slli	a5,a3,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-48(s0)
	sw	a4,-1056(a5)
	j	.L193
.L182:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a3,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	add	a4,a3,a4
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L181:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a3,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sub	a4,a3,a4
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L180:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a3,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	mul	a4,a3,a4
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L179:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	beq	a5,zero,.L194
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	div	a4,a4,a5
	j	.L195
.L194:
	li	a4,-1
.L195:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L178:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	beq	a5,zero,.L196
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	rem	a4,a4,a5
	j	.L197
.L196:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
.L197:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L177:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	beq	a5,zero,.L198
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	mv	a4,a5
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	divu	a5,a4,a5
	mv	a4,a5
	j	.L199
.L198:
	li	a4,-1
.L199:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L176:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	beq	a5,zero,.L200
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	mv	a4,a5
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	remu	a5,a4,a5
	mv	a4,a5
	j	.L201
.L200:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
.L201:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L175:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a3,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	and	a4,a3,a4
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L174:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a3,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	or	a4,a3,a4
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L173:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a3,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	xor	a4,a3,a4
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L172:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	not	a4,a4
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L171:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	neg	a4,a5
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L170:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	mv	a4,a5
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	andi	a5,a5,31
	sll	a4,a4,a5
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L169:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	mv	a4,a5
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	andi	a5,a5,31
	srl	a4,a4,a5
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L168:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a3,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	andi	a4,a5,31
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sra	a4,a3,a4
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L167:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	sub	a5,a4,a5
	seqz	a5,a5
	andi	a4,a5,0xff
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L166:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	sub	a5,a4,a5
	snez	a5,a5
	andi	a4,a5,0xff
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L165:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	slt	a5,a4,a5
	andi	a4,a5,0xff
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L164:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	mv	a4,a5
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	sltu	a5,a4,a5
	andi	a4,a5,0xff
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L163:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	sgt	a5,a4,a5
	andi	a4,a5,0xff
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L162:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	sgt	a5,a4,a5
	xori	a5,a5,1
	andi	a4,a5,0xff
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L161:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	slt	a5,a4,a5
	xori	a5,a5,1
	andi	a4,a5,0xff
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L160:
	lui	a5,%hi(code)
	addi	a4,a5,%lo(code)
	lw	a5,-28(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-28(s0)
	j	.L193
.L159:
	lw	a5,-28(s0)
	addi	a4,a5,1
	sw	a4,-28(s0)
	lui	a4,%hi(code)
	addi	a4,a4,%lo(code)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-48(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	bne	a5,zero,.L213
	lw	a5,-48(s0)
	sw	a5,-28(s0)
	j	.L213
.L158:
	lw	a5,-28(s0)
	addi	a4,a5,1
	sw	a4,-28(s0)
	lui	a4,%hi(code)
	addi	a4,a4,%lo(code)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-48(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	beq	a5,zero,.L214
	lw	a5,-48(s0)
	sw	a5,-28(s0)
	j	.L214
.L157:
	lw	a5,-24(s0)
	addi	a4,a5,1
	sw	a4,-24(s0)
	lw	a4,-28(s0)
	addi	a4,a4,1
	li	a3,-4096
	addi	a3,a3,-16
	add	a3,a3,s0
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,2016(a5)
	lui	a5,%hi(code)
	addi	a4,a5,%lo(code)
	lw	a5,-28(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-28(s0)
	j	.L193
.L156:
	lw	a5,-24(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
	li	a5,-4096
	addi	a5,a5,-16
	add	a4,a5,s0
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,2016(a5)
	sw	a5,-28(s0)
	j	.L193
.L155:
	lw	a5,-28(s0)
	addi	a4,a5,1
	sw	a4,-28(s0)
	lui	a4,%hi(code)
	addi	a4,a4,%lo(code)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	slli	a5,a5,2
	li	a4,-4096
	addi	a4,a4,-16
	add	a4,a4,s0
	lw	a4,2008(a4)
	add	a4,a4,a5
	lw	a5,-20(s0)
	addi	a3,a5,1
	sw	a3,-20(s0)
	lw	a4,0(a4)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L154:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-28(s0)
	addi	a4,a5,1
	sw	a4,-28(s0)
	lui	a4,%hi(code)
	addi	a4,a4,%lo(code)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	slli	a5,a5,2
	li	a4,-4096
	addi	a4,a4,-16
	add	a4,a4,s0
	lw	a4,2008(a4)
	add	a4,a4,a5
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	sw	a5,0(a4)
	j	.L193
.L153:
	lw	a5,-20(s0)
	addi	a4,a5,-1
	slli	a5,a4,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	addi	a3,a5,1
	slli	a5,a4,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a3,-1056(a5)
	j	.L193
.L152:
	lw	a5,-20(s0)
	addi	a4,a5,-1
	slli	a5,a4,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	addi	a3,a5,-1
	slli	a5,a4,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a3,-1056(a5)
	j	.L193
.L151:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	mv	a0,a5
	call	put_int
	li	a0,32
	call	put_char
	j	.L193
.L150:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	andi	a5,a5,0xff
	mv	a0,a5
	call	put_char
	j	.L193
.L149:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	sw	a5,-40(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	sw	a5,-44(s0)
	lw	a5,-20(s0)
	addi	a3,a5,-1
	lw	a5,-40(s0)
	lw	a4,-44(s0)
	ble	a4,a5,.L204
	mv	a4,a5
.L204:
	slli	a5,a3,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L148:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	sw	a5,-40(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	sw	a5,-44(s0)
	lw	a5,-20(s0)
	addi	a3,a5,-1
	lw	a5,-40(s0)
	lw	a4,-44(s0)
	bge	a4,a5,.L205
	mv	a4,a5
.L205:
	slli	a5,a3,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L193
.L147:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	bge	a5,zero,.L215
	lw	a5,-20(s0)
	addi	a5,a5,-1
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-1056(a5)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	neg	a4,a4
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-1056(a5)
	j	.L215
.L144:
	li	a5,-4096
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,2004(a5)
	beq	a5,zero,.L207
	lui	a5,%hi(.LC46)
	addi	a0,a5,%lo(.LC46)
	call	put_str
	lw	a0,-36(s0)
	call	put_int
	call	put_nl
.L207:
	li	a5,-1
	j	.L211
.L212:
	nop
	j	.L193
.L213:
	nop
	j	.L193
.L214:
	nop
	j	.L193
.L215:
	nop
.L193:
	lw	a5,-20(s0)
	blt	a5,zero,.L208
	lw	a4,-20(s0)
	li	a5,250
	bgt	a4,a5,.L208
	lw	a5,-24(s0)
	blt	a5,zero,.L208
	lw	a4,-24(s0)
	li	a5,250
	ble	a4,a5,.L210
.L208:
	lui	a5,%hi(.LC47)
	addi	a0,a5,%lo(.LC47)
	call	put_str
	li	a5,-2
.L211:
	mv	a0,a5
	addi	sp,sp,80
	lw	ra,2028(sp)
	lw	s0,2024(sp)
	addi	sp,sp,2032
	jr	ra
	.size	run, .-run
	.align	2
	.type	gen_factorial, @function
gen_factorial:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	sw	a5,-20(s0)
	li	a1,1
	li	a0,1
	call	emit2
	li	a1,1
	li	a0,35
	call	emit2
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	sw	a5,-24(s0)
	li	a1,0
	li	a0,34
	call	emit2
	li	a1,0
	li	a0,30
	call	emit2
	sw	a0,-28(s0)
	li	a1,1
	li	a0,34
	call	emit2
	li	a1,0
	li	a0,34
	call	emit2
	li	a0,9
	call	emit
	li	a1,1
	li	a0,35
	call	emit2
	li	a1,0
	li	a0,34
	call	emit2
	li	a0,37
	call	emit
	li	a1,0
	li	a0,35
	call	emit2
	lw	a1,-24(s0)
	li	a0,29
	call	emit2
	lw	a0,-28(s0)
	call	patch
	li	a1,1
	li	a0,34
	call	emit2
	li	a0,0
	call	emit
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	gen_factorial, .-gen_factorial
	.align	2
	.type	gen_primes, @function
gen_primes:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	sw	a5,-20(s0)
	li	a1,0
	li	a0,1
	call	emit2
	li	a1,3
	li	a0,35
	call	emit2
	li	a1,2
	li	a0,1
	call	emit2
	li	a1,1
	li	a0,35
	call	emit2
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	sw	a5,-24(s0)
	li	a1,1
	li	a0,34
	call	emit2
	li	a1,0
	li	a0,34
	call	emit2
	li	a0,24
	call	emit
	li	a1,0
	li	a0,30
	call	emit2
	sw	a0,-28(s0)
	li	a1,2
	li	a0,1
	call	emit2
	li	a1,2
	li	a0,35
	call	emit2
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	sw	a5,-32(s0)
	li	a1,2
	li	a0,34
	call	emit2
	li	a0,3
	call	emit
	li	a0,9
	call	emit
	li	a1,1
	li	a0,34
	call	emit2
	li	a0,26
	call	emit
	li	a1,0
	li	a0,31
	call	emit2
	sw	a0,-36(s0)
	li	a1,1
	li	a0,34
	call	emit2
	li	a1,2
	li	a0,34
	call	emit2
	li	a0,11
	call	emit
	li	a1,0
	li	a0,30
	call	emit2
	sw	a0,-40(s0)
	li	a1,2
	li	a0,34
	call	emit2
	li	a0,36
	call	emit
	li	a1,2
	li	a0,35
	call	emit2
	lw	a1,-32(s0)
	li	a0,29
	call	emit2
	lw	a0,-36(s0)
	call	patch
	li	a1,3
	li	a0,34
	call	emit2
	li	a0,36
	call	emit
	li	a1,3
	li	a0,35
	call	emit2
	li	a1,1
	li	a0,34
	call	emit2
	li	a1,0
	li	a0,34
	call	emit2
	li	a1,60
	li	a0,1
	call	emit2
	li	a0,8
	call	emit
	li	a0,27
	call	emit
	li	a1,0
	li	a0,31
	call	emit2
	sw	a0,-44(s0)
	li	a1,1
	li	a0,34
	call	emit2
	li	a0,38
	call	emit
	lw	a0,-44(s0)
	call	patch
	lw	a0,-40(s0)
	call	patch
	li	a1,1
	li	a0,34
	call	emit2
	li	a0,36
	call	emit
	li	a1,1
	li	a0,35
	call	emit2
	lw	a1,-24(s0)
	li	a0,29
	call	emit2
	lw	a0,-28(s0)
	call	patch
	li	a1,10
	li	a0,1
	call	emit2
	li	a0,39
	call	emit
	li	a1,3
	li	a0,34
	call	emit2
	li	a0,0
	call	emit
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	gen_primes, .-gen_primes
	.align	2
	.type	gen_fib, @function
gen_fib:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	li	a1,0
	li	a0,29
	call	emit2
	sw	a0,-20(s0)
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	sw	a5,-24(s0)
	li	a0,3
	call	emit
	li	a1,2
	li	a0,1
	call	emit2
	li	a0,24
	call	emit
	li	a1,0
	li	a0,31
	call	emit2
	sw	a0,-28(s0)
	li	a0,3
	call	emit
	li	a0,37
	call	emit
	lw	a1,-24(s0)
	li	a0,32
	call	emit2
	li	a0,4
	call	emit
	li	a1,2
	li	a0,1
	call	emit2
	li	a0,8
	call	emit
	lw	a1,-24(s0)
	li	a0,32
	call	emit2
	li	a0,7
	call	emit
	lw	a0,-28(s0)
	call	patch
	li	a0,33
	call	emit
	lw	a0,-20(s0)
	call	patch
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	sw	a5,-32(s0)
	li	a1,0
	li	a0,34
	call	emit2
	lw	a1,-24(s0)
	li	a0,32
	call	emit2
	li	a0,0
	call	emit
	lw	a5,-32(s0)
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	gen_fib, .-gen_fib
	.align	2
	.type	gen_gcd_collatz, @function
gen_gcd_collatz:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	sw	a5,-20(s0)
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	sw	a5,-24(s0)
	li	a1,1
	li	a0,34
	call	emit2
	li	a1,0
	li	a0,30
	call	emit2
	sw	a0,-28(s0)
	li	a1,0
	li	a0,34
	call	emit2
	li	a1,1
	li	a0,34
	call	emit2
	li	a0,13
	call	emit
	li	a1,1
	li	a0,34
	call	emit2
	li	a1,0
	li	a0,35
	call	emit2
	li	a1,1
	li	a0,35
	call	emit2
	lw	a1,-24(s0)
	li	a0,29
	call	emit2
	lw	a0,-28(s0)
	call	patch
	li	a1,0
	li	a0,34
	call	emit2
	li	a0,38
	call	emit
	li	a1,0
	li	a0,1
	call	emit2
	li	a1,3
	li	a0,35
	call	emit2
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	sw	a5,-32(s0)
	li	a1,2
	li	a0,34
	call	emit2
	li	a1,1
	li	a0,1
	call	emit2
	li	a0,23
	call	emit
	li	a1,0
	li	a0,30
	call	emit2
	sw	a0,-36(s0)
	li	a1,2
	li	a0,34
	call	emit2
	li	a1,1
	li	a0,1
	call	emit2
	li	a0,14
	call	emit
	li	a1,0
	li	a0,30
	call	emit2
	sw	a0,-40(s0)
	li	a1,2
	li	a0,34
	call	emit2
	li	a1,3
	li	a0,1
	call	emit2
	li	a0,9
	call	emit
	li	a0,36
	call	emit
	li	a1,0
	li	a0,29
	call	emit2
	sw	a0,-44(s0)
	lw	a0,-40(s0)
	call	patch
	li	a1,2
	li	a0,34
	call	emit2
	li	a1,1
	li	a0,1
	call	emit2
	li	a0,20
	call	emit
	lw	a0,-44(s0)
	call	patch
	li	a1,2
	li	a0,35
	call	emit2
	li	a1,3
	li	a0,34
	call	emit2
	li	a0,36
	call	emit
	li	a1,3
	li	a0,35
	call	emit2
	lw	a1,-32(s0)
	li	a0,29
	call	emit2
	lw	a0,-36(s0)
	call	patch
	li	a1,3
	li	a0,34
	call	emit2
	li	a0,0
	call	emit
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	gen_gcd_collatz, .-gen_gcd_collatz
	.align	2
	.type	gen_misc, @function
gen_misc:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	sw	a5,-20(s0)
	li	a1,-7
	li	a0,1
	call	emit2
	li	a0,42
	call	emit
	li	a1,3
	li	a0,1
	call	emit2
	li	a0,5
	call	emit
	li	a0,6
	call	emit
	li	a0,41
	call	emit
	li	a0,40
	call	emit
	li	a0,38
	call	emit
	li	a1,-100
	li	a0,1
	call	emit2
	li	a1,7
	li	a0,1
	call	emit2
	li	a0,10
	call	emit
	li	a0,38
	call	emit
	li	a1,-100
	li	a0,1
	call	emit2
	li	a1,7
	li	a0,1
	call	emit2
	li	a0,12
	call	emit
	li	a0,38
	call	emit
	li	a1,-100
	li	a0,1
	call	emit2
	li	a1,7
	li	a0,1
	call	emit2
	li	a0,13
	call	emit
	li	a0,38
	call	emit
	li	a1,-100
	li	a0,1
	call	emit2
	li	a1,3
	li	a0,1
	call	emit2
	li	a0,21
	call	emit
	li	a0,38
	call	emit
	li	a5,4096
	addi	a1,a5,-16
	li	a0,1
	call	emit2
	li	a5,16384
	addi	a1,a5,-964
	li	a0,1
	call	emit2
	li	a0,16
	call	emit
	li	a5,4096
	addi	a1,a5,273
	li	a0,1
	call	emit2
	li	a0,15
	call	emit
	li	a0,17
	call	emit
	li	a0,18
	call	emit
	li	a1,4
	li	a0,1
	call	emit2
	li	a0,19
	call	emit
	li	a0,38
	call	emit
	li	a1,-1
	li	a0,1
	call	emit2
	li	a1,1
	li	a0,1
	call	emit2
	li	a0,25
	call	emit
	li	a1,5
	li	a0,1
	call	emit2
	li	a1,5
	li	a0,1
	call	emit2
	li	a0,28
	call	emit
	li	a0,7
	call	emit
	li	a1,5
	li	a0,1
	call	emit2
	li	a1,6
	li	a0,1
	call	emit2
	li	a0,22
	call	emit
	li	a0,7
	call	emit
	li	a0,43
	call	emit
	li	a1,9
	li	a0,1
	call	emit2
	li	a0,2
	call	emit
	li	a0,38
	call	emit
	li	a1,10
	li	a0,1
	call	emit2
	li	a0,39
	call	emit
	li	a1,77
	li	a0,1
	call	emit2
	li	a0,0
	call	emit
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	gen_misc, .-gen_misc
	.section	.rodata
	.align	2
.LC48:
	.string	"bytecode words"
	.align	2
.LC49:
	.string	"fact("
	.align	2
.LC50:
	.string	") = "
	.align	2
.LC51:
	.string	"primes: "
	.align	2
.LC52:
	.string	"primes below 1000"
	.align	2
.LC53:
	.string	"fib(17)"
	.align	2
.LC54:
	.string	"gcd: "
	.align	2
.LC55:
	.string	"collatz(27)"
	.align	2
.LC56:
	.string	"misc: "
	.align	2
.LC57:
	.string	"misc result"
	.align	2
.LC58:
	.string	"bad opcode result"
	.align	2
.LC59:
	.string	"never ran: "
	.align	2
.LC60:
	.string	"instructions"
	.align	2
.LC61:
	.string	"histogram"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-112
	sw	ra,108(sp)
	sw	s0,104(sp)
	addi	s0,sp,112
	sw	a0,-100(s0)
	sw	a1,-104(s0)
	sw	zero,-84(s0)
	sw	zero,-80(s0)
	sw	zero,-76(s0)
	sw	zero,-72(s0)
	sw	zero,-68(s0)
	sw	zero,-64(s0)
	sw	zero,-60(s0)
	sw	zero,-56(s0)
	sw	zero,-24(s0)
	sw	zero,-28(s0)
	call	gen_factorial
	sw	a0,-32(s0)
	call	gen_primes
	sw	a0,-36(s0)
	call	gen_fib
	sw	a0,-40(s0)
	call	gen_gcd_collatz
	sw	a0,-44(s0)
	call	gen_misc
	sw	a0,-48(s0)
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	mv	a1,a5
	lui	a5,%hi(.LC48)
	addi	a0,a5,%lo(.LC48)
	call	put_kv
	li	a5,1
	sw	a5,-20(s0)
	j	.L227
.L228:
	lw	a5,-20(s0)
	sw	a5,-84(s0)
	lui	a5,%hi(.LC49)
	addi	a0,a5,%lo(.LC49)
	call	put_str
	lw	a0,-20(s0)
	call	put_int
	lui	a5,%hi(.LC50)
	addi	a0,a5,%lo(.LC50)
	call	put_str
	addi	a5,s0,-84
	li	a2,1
	mv	a1,a5
	lw	a0,-32(s0)
	call	run
	mv	a5,a0
	mv	a0,a5
	call	put_int
	call	put_nl
	lw	a5,-20(s0)
	addi	a5,a5,4
	sw	a5,-20(s0)
.L227:
	lw	a4,-20(s0)
	li	a5,13
	ble	a4,a5,.L228
	li	a5,1000
	sw	a5,-84(s0)
	lui	a5,%hi(.LC51)
	addi	a0,a5,%lo(.LC51)
	call	put_str
	addi	a5,s0,-84
	li	a2,1
	mv	a1,a5
	lw	a0,-36(s0)
	call	run
	sw	a0,-52(s0)
	lw	a1,-52(s0)
	lui	a5,%hi(.LC52)
	addi	a0,a5,%lo(.LC52)
	call	put_kv
	li	a5,17
	sw	a5,-84(s0)
	addi	a5,s0,-84
	li	a2,1
	mv	a1,a5
	lw	a0,-40(s0)
	call	run
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC53)
	addi	a0,a5,%lo(.LC53)
	call	put_kv
	li	a5,1071
	sw	a5,-84(s0)
	li	a5,462
	sw	a5,-80(s0)
	li	a5,27
	sw	a5,-76(s0)
	lui	a5,%hi(.LC54)
	addi	a0,a5,%lo(.LC54)
	call	put_str
	addi	a5,s0,-84
	li	a2,1
	mv	a1,a5
	lw	a0,-44(s0)
	call	run
	sw	a0,-52(s0)
	call	put_nl
	lw	a1,-52(s0)
	lui	a5,%hi(.LC55)
	addi	a0,a5,%lo(.LC55)
	call	put_kv
	lui	a5,%hi(.LC56)
	addi	a0,a5,%lo(.LC56)
	call	put_str
	addi	a5,s0,-84
	li	a2,1
	mv	a1,a5
	lw	a0,-48(s0)
	call	run
	sw	a0,-52(s0)
	lw	a1,-52(s0)
	lui	a5,%hi(.LC57)
	addi	a0,a5,%lo(.LC57)
	call	put_kv
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	lui	a4,%hi(code)
	addi	a4,a4,%lo(code)
	slli	a5,a5,2
	add	a5,a4,a5
	li	a4,200
	sw	a4,0(a5)
	lui	a5,%hi(ncode)
	lw	a5,%lo(ncode)(a5)
	addi	a4,s0,-84
	li	a2,1
	mv	a1,a4
	mv	a0,a5
	call	run
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC58)
	addi	a0,a5,%lo(.LC58)
	call	put_kv
	sw	zero,-20(s0)
	j	.L229
.L231:
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,5
	sub	a4,a5,a4
	lui	a5,%hi(counts)
	addi	a3,a5,%lo(counts)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a5,0(a5)
	add	a5,a4,a5
	sw	a5,-24(s0)
	lui	a5,%hi(counts)
	addi	a4,a5,%lo(counts)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a4,-28(s0)
	add	a5,a4,a5
	sw	a5,-28(s0)
	lui	a5,%hi(counts)
	addi	a4,a5,%lo(counts)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	bne	a5,zero,.L230
	lui	a5,%hi(.LC59)
	addi	a0,a5,%lo(.LC59)
	call	put_str
	lui	a5,%hi(names)
	addi	a4,a5,%lo(names)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	put_str
	call	put_nl
.L230:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L229:
	lw	a4,-20(s0)
	li	a5,43
	ble	a4,a5,.L231
	lw	a5,-28(s0)
	mv	a1,a5
	lui	a5,%hi(.LC60)
	addi	a0,a5,%lo(.LC60)
	call	put_kv
	lw	a1,-24(s0)
	lui	a5,%hi(.LC61)
	addi	a0,a5,%lo(.LC61)
	call	put_kx
	lw	a4,-28(s0)
	li	a5,200
	remu	a5,a4,a5
	addi	a5,a5,1
	mv	a0,a5
	lw	ra,108(sp)
	lw	s0,104(sp)
	addi	sp,sp,112
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
