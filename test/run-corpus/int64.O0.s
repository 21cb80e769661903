	.file	"int64.c"
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
	.data
	.align	3
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
	.align	2
	.type	shifts, @object
	.size	shifts, 24
shifts:
	.word	0
	.word	1
	.word	31
	.word	32
	.word	33
	.word	63
	.text
	.align	2
	.type	mix, @function
mix:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-24(s0)
	sw	a1,-20(s0)
	sw	a2,-32(s0)
	sw	a3,-28(s0)
	lw	a2,-24(s0)
	lw	a3,-32(s0)
	xor	t1,a2,a3
	lw	a2,-20(s0)
	lw	a3,-28(s0)
	xor	t2,a2,a3
	sw	t1,-24(s0)
	sw	t2,-20(s0)
	lw	a2,-20(s0)
	li	a3,435
	mul	a2,a2,a3
	lw	a1,-24(s0)
	li	a3,256
	mul	a3,a1,a3
	add	a1,a2,a3
	lw	a2,-24(s0)
	li	a3,435
	mul	a0,a2,a3
	mulhu	a7,a2,a3
	mv	a6,a0
	add	a3,a1,a7
	mv	a7,a3
	sw	a6,-24(s0)
	sw	a7,-20(s0)
	sw	a6,-24(s0)
	sw	a7,-20(s0)
	lw	a3,-20(s0)
	slli	a3,a3,3
	lw	a2,-24(s0)
	srli	a4,a2,29
	or	a4,a3,a4
	lw	a3,-20(s0)
	srli	a5,a3,29
	lw	a3,-24(s0)
	xor	t3,a3,a4
	lw	a3,-20(s0)
	xor	t4,a3,a5
	mv	a4,t3
	mv	a5,t4
	mv	a0,a4
	mv	a1,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	mix, .-mix
	.section	.rodata
	.align	2
.LC2:
	.string	" (0x"
	.align	2
.LC3:
	.string	")\n"
	.text
	.align	2
	.type	show, @function
show:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-32(s0)
	sw	a2,-28(s0)
	lw	a0,-20(s0)
	call	put_str
	lui	a5,%hi(.LC0)
	addi	a0,a5,%lo(.LC0)
	call	put_str
	lw	a0,-32(s0)
	lw	a1,-28(s0)
	call	put_i64
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
	call	put_str
	lw	a4,-32(s0)
	lw	a5,-28(s0)
	mv	a0,a4
	mv	a1,a5
	call	put_hex64
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	put_str
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	show, .-show
	.section	.rodata
	.align	2
.LC4:
	.string	"123456789 * 987654321"
	.align	2
.LC5:
	.string	"INT64_MAX * 2"
	.align	2
.LC8:
	.string	"-0x123456789 * 0x987654321 (wraps)"
	.globl	__divdi3
	.align	2
.LC9:
	.string	"INT64_MIN / 10"
	.globl	__moddi3
	.align	2
.LC10:
	.string	"INT64_MIN % 10"
	.align	2
.LC11:
	.string	"INT64_MIN / -10"
	.align	2
.LC12:
	.string	"-7 / 2"
	.align	2
.LC13:
	.string	"-7 % 2"
	.align	2
.LC14:
	.string	"-7 >> 1"
	.align	2
.LC15:
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
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-224
	sw	ra,220(sp)
	sw	s0,216(sp)
	sw	s2,212(sp)
	sw	s3,208(sp)
	sw	s4,204(sp)
	sw	s5,200(sp)
	sw	s6,196(sp)
	sw	s7,192(sp)
	sw	s8,188(sp)
	sw	s9,184(sp)
	sw	s10,180(sp)
	sw	s11,176(sp)
	addi	s0,sp,224
	sw	a0,-164(s0)
	sw	a1,-168(s0)
	li	a4,0
	li	a5,0
	sw	a4,-64(s0)
	sw	a5,-60(s0)
	sw	a4,-72(s0)
	sw	a5,-68(s0)
	sw	a4,-80(s0)
	sw	a5,-76(s0)
	sw	a4,-88(s0)
	sw	a5,-84(s0)
	sw	a4,-96(s0)
	sw	a5,-92(s0)
	li	a4,123457536
	addi	a4,a4,-747
	li	a5,0
	sw	a4,-152(s0)
	sw	a5,-148(s0)
	li	a4,987656192
	addi	a4,a4,-1871
	li	a5,0
	sw	a4,-160(s0)
	sw	a5,-156(s0)
	lw	a4,-152(s0)
	lw	a5,-148(s0)
	lw	a2,-160(s0)
	lw	a3,-156(s0)
	mul	a0,a5,a2
	mul	a1,a3,a4
	add	a1,a0,a1
	mul	a0,a4,a2
	mulhu	a7,a4,a2
	mv	a6,a0
	add	a5,a1,a7
	mv	a7,a5
	mv	a1,a6
	mv	a2,a7
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	show
	li	a4,-1
	li	a5,-2147483648
	xori	a5,a5,-1
	sw	a4,-152(s0)
	sw	a5,-148(s0)
	li	a4,2
	li	a5,0
	sw	a4,-160(s0)
	sw	a5,-156(s0)
	lw	a4,-152(s0)
	lw	a5,-148(s0)
	mv	a2,a4
	mv	a3,a5
	lw	a4,-160(s0)
	lw	a5,-156(s0)
	mul	a0,a3,a4
	mul	a1,a5,a2
	add	a1,a0,a1
	mul	a0,a2,a4
	mulhu	a5,a2,a4
	sw	a5,-172(s0)
	sw	a0,-176(s0)
	lw	a5,-172(s0)
	add	a5,a1,a5
	sw	a5,-172(s0)
	lw	a4,-176(s0)
	lw	a5,-172(s0)
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	show
	lui	a5,%hi(.LC6)
	lw	a4,%lo(.LC6)(a5)
	lw	a5,%lo(.LC6+4)(a5)
	sw	a4,-152(s0)
	sw	a5,-148(s0)
	lui	a5,%hi(.LC7)
	lw	a4,%lo(.LC7)(a5)
	lw	a5,%lo(.LC7+4)(a5)
	sw	a4,-160(s0)
	sw	a5,-156(s0)
	lw	a4,-152(s0)
	lw	a5,-148(s0)
	mv	a2,a4
	mv	a3,a5
	lw	a4,-160(s0)
	lw	a5,-156(s0)
	mul	a0,a3,a4
	mul	a1,a5,a2
	add	a1,a0,a1
	mul	a0,a2,a4
	mulhu	a5,a2,a4
	sw	a5,-180(s0)
	sw	a0,-184(s0)
	lw	a5,-180(s0)
	add	a5,a1,a5
	sw	a5,-180(s0)
	lw	a4,-184(s0)
	lw	a5,-180(s0)
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	show
	li	a4,0
	li	a5,-2147483648
	sw	a4,-152(s0)
	sw	a5,-148(s0)
	li	a4,10
	li	a5,0
	sw	a4,-160(s0)
	sw	a5,-156(s0)
	lw	a4,-152(s0)
	lw	a5,-148(s0)
	lw	a2,-160(s0)
	lw	a3,-156(s0)
	mv	a0,a4
	mv	a1,a5
	call	__divdi3
	mv	a4,a0
	mv	a5,a1
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC9)
	addi	a0,a5,%lo(.LC9)
	call	show
	lw	a4,-152(s0)
	lw	a5,-148(s0)
	lw	a2,-160(s0)
	lw	a3,-156(s0)
	mv	a0,a4
	mv	a1,a5
	call	__moddi3
	mv	a4,a0
	mv	a5,a1
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC10)
	addi	a0,a5,%lo(.LC10)
	call	show
	li	a4,-10
	li	a5,-1
	sw	a4,-160(s0)
	sw	a5,-156(s0)
	lw	a4,-152(s0)
	lw	a5,-148(s0)
	lw	a2,-160(s0)
	lw	a3,-156(s0)
	mv	a0,a4
	mv	a1,a5
	call	__divdi3
	mv	a4,a0
	mv	a5,a1
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	show
	li	a4,-7
	li	a5,-1
	sw	a4,-152(s0)
	sw	a5,-148(s0)
	li	a4,2
	li	a5,0
	sw	a4,-160(s0)
	sw	a5,-156(s0)
	lw	a4,-152(s0)
	lw	a5,-148(s0)
	lw	a2,-160(s0)
	lw	a3,-156(s0)
	mv	a0,a4
	mv	a1,a5
	call	__divdi3
	mv	a4,a0
	mv	a5,a1
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC12)
	addi	a0,a5,%lo(.LC12)
	call	show
	lw	a4,-152(s0)
	lw	a5,-148(s0)
	lw	a2,-160(s0)
	lw	a3,-156(s0)
	mv	a0,a4
	mv	a1,a5
	call	__moddi3
	mv	a4,a0
	mv	a5,a1
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC13)
	addi	a0,a5,%lo(.LC13)
	call	show
	lw	a4,-152(s0)
	lw	a5,-148(s0)
	slli	a3,a5,31
	srli	s10,a4,1
	or	s10,a3,s10
	srai	s11,a5,1
	mv	a1,s10
	mv	a2,s11
	lui	a5,%hi(.LC14)
	addi	a0,a5,%lo(.LC14)
	call	show
	lw	a4,-152(s0)
	lw	a5,-148(s0)
	slli	a3,a5,31
	srli	a2,a4,1
	sw	a2,-192(s0)
	lw	a2,-192(s0)
	or	a3,a3,a2
	sw	a3,-192(s0)
	srli	a5,a5,1
	sw	a5,-188(s0)
	lw	a4,-192(s0)
	lw	a5,-188(s0)
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC15)
	addi	a0,a5,%lo(.LC15)
	call	show
	li	a4,-1
	li	a5,-1
	sw	a4,-112(s0)
	sw	a5,-108(s0)
	li	a4,3
	li	a5,0
	sw	a4,-120(s0)
	sw	a5,-116(s0)
	lw	a2,-120(s0)
	lw	a3,-116(s0)
	lw	a0,-112(s0)
	lw	a1,-108(s0)
	call	__udivdi3
	mv	a4,a0
	mv	a5,a1
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC16)
	addi	a0,a5,%lo(.LC16)
	call	show
	lw	a4,-112(s0)
	lw	a5,-108(s0)
	li	a2,1000
	li	a3,0
	mv	a0,a4
	mv	a1,a5
	call	__umoddi3
	mv	a4,a0
	mv	a5,a1
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC17)
	addi	a0,a5,%lo(.LC17)
	call	show
	li	a4,0
	li	a5,1
	sw	a4,-152(s0)
	sw	a5,-148(s0)
	li	a4,-1
	li	a5,0
	sw	a4,-160(s0)
	sw	a5,-156(s0)
	lw	a2,-152(s0)
	lw	a3,-148(s0)
	lw	a4,-160(s0)
	lw	a5,-156(s0)
	li	a1,1
	mv	a6,a3
	mv	a0,a5
	bgt	a6,a0,.L142
	mv	a6,a3
	mv	a0,a5
	bne	a6,a0,.L143
	mv	a3,a2
	mv	a5,a4
	bgtu	a3,a5,.L142
.L143:
	li	a1,0
.L142:
	andi	a5,a1,0xff
	mv	a1,a5
	lui	a5,%hi(.LC18)
	addi	a0,a5,%lo(.LC18)
	call	put_kv
	lw	a4,-160(s0)
	lw	a5,-156(s0)
	lw	a0,-160(s0)
	lw	a1,-156(s0)
	sub	a2,a4,a0
	mv	a6,a2
	sgtu	a6,a6,a4
	sub	a3,a5,a1
	sub	a5,a3,a6
	mv	a3,a5
	mv	a4,a2
	mv	a5,a3
	li	a2,1
	mv	a1,a5
	li	a3,-1
	blt	a1,a3,.L145
	mv	a1,a5
	li	a3,-1
	bne	a1,a3,.L144
	li	a5,-1
	bgeu	a4,a5,.L144
.L145:
	li	a2,0
.L144:
	andi	a5,a2,0xff
	mv	a1,a5
	lui	a5,%hi(.LC19)
	addi	a0,a5,%lo(.LC19)
	call	put_kv
	lw	a4,-152(s0)
	lw	a5,-148(s0)
	lw	a0,-152(s0)
	lw	a1,-148(s0)
	sub	a2,a4,a0
	mv	a6,a2
	sgtu	a6,a6,a4
	sub	a3,a5,a1
	sub	a5,a3,a6
	mv	a3,a5
	li	a0,-1
	li	a1,-1
	add	a4,a2,a0
	mv	a6,a4
	sltu	a6,a6,a2
	add	a5,a3,a1
	add	a3,a6,a5
	mv	a5,a3
	li	a3,1
	mv	a2,a5
	bne	a2,zero,.L146
	mv	a2,a5
	bne	a2,zero,.L147
	li	a5,1
	bgtu	a4,a5,.L146
.L147:
	li	a3,0
.L146:
	andi	a5,a3,0xff
	mv	a1,a5
	lui	a5,%hi(.LC20)
	addi	a0,a5,%lo(.LC20)
	call	put_kv
	sw	zero,-52(s0)
	j	.L148
.L169:
	sw	zero,-56(s0)
	j	.L149
.L160:
	lui	a5,%hi(vals)
	addi	a4,a5,%lo(vals)
	lw	a5,-52(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,4(a5)
	sw	a4,-136(s0)
	sw	a5,-132(s0)
	lui	a5,%hi(vals)
	addi	a4,a5,%lo(vals)
	lw	a5,-56(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,4(a5)
	sw	a4,-144(s0)
	sw	a5,-140(s0)
	lw	a2,-136(s0)
	lw	a3,-132(s0)
	lw	a4,-144(s0)
	lw	a5,-140(s0)
	mul	a0,a3,a4
	mul	a1,a5,a2
	add	a1,a0,a1
	mul	a0,a2,a4
	mulhu	a5,a2,a4
	sw	a5,-196(s0)
	sw	a0,-200(s0)
	lw	a5,-196(s0)
	add	a5,a1,a5
	sw	a5,-196(s0)
	lw	a2,-200(s0)
	lw	a3,-196(s0)
	lw	a0,-64(s0)
	lw	a1,-60(s0)
	call	mix
	sw	a0,-64(s0)
	sw	a1,-60(s0)
	li	a3,1
	lw	a4,-140(s0)
	lw	a5,-132(s0)
	bgt	a4,a5,.L150
	lw	a4,-140(s0)
	lw	a5,-132(s0)
	bne	a4,a5,.L151
	lw	a4,-144(s0)
	lw	a5,-136(s0)
	bgtu	a4,a5,.L150
.L151:
	li	a3,0
.L150:
	andi	a5,a3,0xff
	mv	a3,a5
	lw	a4,-136(s0)
	lw	a5,-144(s0)
	bne	a4,a5,.L152
	lw	a4,-132(s0)
	lw	a5,-140(s0)
	bne	a4,a5,.L152
	li	a5,2
	j	.L153
.L152:
	li	a5,0
.L153:
	or	a1,a5,a3
	lw	a4,-136(s0)
	lw	a5,-132(s0)
	lw	a2,-144(s0)
	lw	a3,-140(s0)
	mv	a6,a3
	mv	a0,a5
	bgtu	a6,a0,.L173
	mv	a6,a3
	mv	a0,a5
	bne	a6,a0,.L154
	mv	a3,a2
	mv	a5,a4
	bleu	a3,a5,.L154
.L173:
	li	a5,4
	j	.L156
.L154:
	li	a5,0
.L156:
	or	a5,a5,a1
	sw	a5,-208(s0)
	srai	a5,a5,31
	sw	a5,-204(s0)
	lw	a2,-208(s0)
	lw	a3,-204(s0)
	lw	a0,-96(s0)
	lw	a1,-92(s0)
	call	mix
	sw	a0,-96(s0)
	sw	a1,-92(s0)
	lw	a5,-144(s0)
	lw	a4,-140(s0)
	or	a5,a5,a4
	beq	a5,zero,.L174
	lw	a4,-136(s0)
	lw	a5,-132(s0)
	sw	a4,-112(s0)
	sw	a5,-108(s0)
	lw	a4,-144(s0)
	lw	a5,-140(s0)
	sw	a4,-120(s0)
	sw	a5,-116(s0)
	lw	a2,-120(s0)
	lw	a3,-116(s0)
	lw	a0,-112(s0)
	lw	a1,-108(s0)
	call	__udivdi3
	mv	a4,a0
	mv	a5,a1
	mv	a2,a4
	mv	a3,a5
	lw	a0,-72(s0)
	lw	a1,-68(s0)
	call	mix
	sw	a0,-72(s0)
	sw	a1,-68(s0)
	lw	a4,-112(s0)
	lw	a5,-108(s0)
	lw	a2,-120(s0)
	lw	a3,-116(s0)
	mv	a0,a4
	mv	a1,a5
	call	__umoddi3
	mv	a4,a0
	mv	a5,a1
	mv	a2,a4
	mv	a3,a5
	lw	a0,-80(s0)
	lw	a1,-76(s0)
	call	mix
	sw	a0,-80(s0)
	sw	a1,-76(s0)
	lw	a5,-136(s0)
	bne	a5,zero,.L159
	lw	a4,-132(s0)
	li	a5,-2147483648
	bne	a4,a5,.L159
	lw	a4,-144(s0)
	li	a5,-1
	bne	a4,a5,.L159
	lw	a4,-140(s0)
	li	a5,-1
	beq	a4,a5,.L175
.L159:
	lw	a2,-144(s0)
	lw	a3,-140(s0)
	lw	a0,-136(s0)
	lw	a1,-132(s0)
	call	__divdi3
	mv	a4,a0
	mv	a5,a1
	mv	a2,a4
	mv	a3,a5
	lw	a0,-72(s0)
	lw	a1,-68(s0)
	call	mix
	sw	a0,-72(s0)
	sw	a1,-68(s0)
	lw	a4,-136(s0)
	lw	a5,-132(s0)
	lw	a2,-144(s0)
	lw	a3,-140(s0)
	mv	a0,a4
	mv	a1,a5
	call	__moddi3
	mv	a4,a0
	mv	a5,a1
	mv	a2,a4
	mv	a3,a5
	lw	a0,-80(s0)
	lw	a1,-76(s0)
	call	mix
	sw	a0,-80(s0)
	sw	a1,-76(s0)
	j	.L158
.L174:
	nop
	j	.L158
.L175:
	nop
.L158:
	lw	a5,-56(s0)
	addi	a5,a5,1
	sw	a5,-56(s0)
.L149:
	lw	a4,-56(s0)
	li	a5,15
	ble	a4,a5,.L160
	sw	zero,-56(s0)
	j	.L161
.L168:
	lui	a5,%hi(shifts)
	addi	a4,a5,%lo(shifts)
	lw	a5,-56(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-124(s0)
	lui	a5,%hi(vals)
	addi	a4,a5,%lo(vals)
	lw	a5,-52(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,4(a5)
	lw	a3,-124(s0)
	addi	a3,a3,-32
	blt	a3,zero,.L162
	sll	s5,a4,a3
	li	s4,0
	j	.L163
.L162:
	srli	a2,a4,1
	li	a1,31
	lw	a3,-124(s0)
	sub	a3,a1,a3
	srl	a3,a2,a3
	lw	a2,-124(s0)
	sll	s5,a5,a2
	or	s5,a3,s5
	lw	a3,-124(s0)
	sll	s4,a4,a3
.L163:
	mv	a2,s4
	mv	a3,s5
	lw	a0,-88(s0)
	lw	a1,-84(s0)
	call	mix
	sw	a0,-88(s0)
	sw	a1,-84(s0)
	lui	a5,%hi(vals)
	addi	a4,a5,%lo(vals)
	lw	a5,-52(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,4(a5)
	lw	a3,-124(s0)
	addi	a3,a3,-32
	blt	a3,zero,.L164
	srl	s6,a5,a3
	li	s7,0
	j	.L165
.L164:
	slli	a2,a5,1
	li	a1,31
	lw	a3,-124(s0)
	sub	a3,a1,a3
	sll	a3,a2,a3
	lw	a2,-124(s0)
	srl	s6,a4,a2
	or	s6,a3,s6
	lw	a3,-124(s0)
	srl	s7,a5,a3
.L165:
	mv	a2,s6
	mv	a3,s7
	lw	a0,-88(s0)
	lw	a1,-84(s0)
	call	mix
	sw	a0,-88(s0)
	sw	a1,-84(s0)
	lui	a5,%hi(vals)
	addi	a4,a5,%lo(vals)
	lw	a5,-52(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,4(a5)
	lw	a3,-124(s0)
	addi	a3,a3,-32
	blt	a3,zero,.L166
	sra	s2,a5,a3
	srai	s3,a5,31
	j	.L167
.L166:
	slli	a2,a5,1
	li	a1,31
	lw	a3,-124(s0)
	sub	a3,a1,a3
	sll	a3,a2,a3
	lw	a2,-124(s0)
	srl	s2,a4,a2
	or	s2,a3,s2
	lw	a3,-124(s0)
	sra	s3,a5,a3
.L167:
	mv	a4,s2
	mv	a5,s3
	mv	a2,a4
	mv	a3,a5
	lw	a0,-88(s0)
	lw	a1,-84(s0)
	call	mix
	sw	a0,-88(s0)
	sw	a1,-84(s0)
	lw	a5,-56(s0)
	addi	a5,a5,1
	sw	a5,-56(s0)
.L161:
	lw	a4,-56(s0)
	li	a5,5
	ble	a4,a5,.L168
	lw	a5,-52(s0)
	addi	a5,a5,1
	sw	a5,-52(s0)
.L148:
	lw	a4,-52(s0)
	li	a5,15
	ble	a4,a5,.L169
	lui	a5,%hi(.LC21)
	addi	a0,a5,%lo(.LC21)
	call	put_str
	lw	a0,-64(s0)
	lw	a1,-60(s0)
	call	put_hex64
	call	put_nl
	lui	a5,%hi(.LC22)
	addi	a0,a5,%lo(.LC22)
	call	put_str
	lw	a0,-72(s0)
	lw	a1,-68(s0)
	call	put_hex64
	call	put_nl
	lui	a5,%hi(.LC23)
	addi	a0,a5,%lo(.LC23)
	call	put_str
	lw	a0,-80(s0)
	lw	a1,-76(s0)
	call	put_hex64
	call	put_nl
	lui	a5,%hi(.LC24)
	addi	a0,a5,%lo(.LC24)
	call	put_str
	lw	a0,-88(s0)
	lw	a1,-84(s0)
	call	put_hex64
	call	put_nl
	lui	a5,%hi(.LC25)
	addi	a0,a5,%lo(.LC25)
	call	put_str
	lw	a0,-96(s0)
	lw	a1,-92(s0)
	call	put_hex64
	call	put_nl
	li	a4,1
	li	a5,0
	sw	a4,-104(s0)
	sw	a5,-100(s0)
	sw	zero,-52(s0)
	j	.L170
.L171:
	lw	a4,-100(s0)
	li	a5,1284866048
	addi	a5,a5,-211
	mul	a4,a4,a5
	lw	a3,-104(s0)
	li	a5,1481764864
	addi	a5,a5,1069
	mul	a5,a3,a5
	add	a3,a4,a5
	lw	a4,-104(s0)
	li	a5,1284866048
	addi	a5,a5,-211
	mul	a2,a4,a5
	mulhu	s9,a4,a5
	mv	s8,a2
	add	a5,a3,s9
	mv	s9,a5
	lui	a5,%hi(.LC26)
	lw	a2,%lo(.LC26)(a5)
	lw	a3,%lo(.LC26+4)(a5)
	add	a4,s8,a2
	mv	a1,a4
	sltu	a1,a1,s8
	add	a5,s9,a3
	add	a3,a1,a5
	mv	a5,a3
	sw	a4,-104(s0)
	sw	a5,-100(s0)
	lw	a5,-52(s0)
	addi	a5,a5,1
	sw	a5,-52(s0)
.L170:
	lw	a4,-52(s0)
	li	a5,999
	ble	a4,a5,.L171
	lui	a5,%hi(.LC27)
	addi	a0,a5,%lo(.LC27)
	call	put_str
	lw	a0,-104(s0)
	lw	a1,-100(s0)
	call	put_hex64
	call	put_nl
	lw	a4,-104(s0)
	lw	a5,-100(s0)
	li	a2,1000001536
	addi	a2,a2,-1529
	li	a3,0
	mv	a0,a4
	mv	a1,a5
	call	__umoddi3
	mv	a4,a0
	mv	a5,a1
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC28)
	addi	a0,a5,%lo(.LC28)
	call	show
	lw	a4,-104(s0)
	lw	a5,-100(s0)
	li	a2,12288
	addi	a2,a2,57
	li	a3,0
	mv	a0,a4
	mv	a1,a5
	call	__divdi3
	mv	a4,a0
	mv	a5,a1
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC29)
	addi	a0,a5,%lo(.LC29)
	call	show
	lw	a5,-100(s0)
	srli	a5,a5,26
	sw	a5,-216(s0)
	sw	zero,-212(s0)
	lw	a5,-216(s0)
	addi	a5,a5,64
	mv	a0,a5
	lw	ra,220(sp)
	lw	s0,216(sp)
	lw	s2,212(sp)
	lw	s3,208(sp)
	lw	s4,204(sp)
	lw	s5,200(sp)
	lw	s6,196(sp)
	lw	s7,192(sp)
	lw	s8,188(sp)
	lw	s9,184(sp)
	lw	s10,180(sp)
	lw	s11,176(sp)
	addi	sp,sp,224
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.align	3
.LC6:
	.word	-591751049
	.word	-2
	.align	3
.LC7:
	.word	-2023406815
	.word	9
	.align	3
.LC26:
	.word	-144211633
	.word	335903614
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
