	.file	"hash.c"
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
	lui	a4,%hi(hex.4)
	addi	a4,a4,%lo(hex.4)
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
	.type	fnv1a32, @function
fnv1a32:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	li	a5,-2128830464
	addi	a5,a5,-571
	sw	a5,-20(s0)
	j	.L139
.L140:
	lw	a5,-36(s0)
	addi	a4,a5,1
	sw	a4,-36(s0)
	lbu	a5,0(a5)
	mv	a4,a5
	lw	a5,-20(s0)
	xor	a4,a4,a5
	li	a5,16777216
	addi	a5,a5,403
	mul	a5,a4,a5
	sw	a5,-20(s0)
.L139:
	lw	a5,-40(s0)
	addi	a4,a5,-1
	sw	a4,-40(s0)
	bne	a5,zero,.L140
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	fnv1a32, .-fnv1a32
	.align	2
	.type	fnv1a64, @function
fnv1a64:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lui	a1,%hi(.LC2)
	lw	a0,%lo(.LC2)(a1)
	lw	a1,%lo(.LC2+4)(a1)
	sw	a0,-24(s0)
	sw	a1,-20(s0)
	j	.L143
.L144:
	lw	a1,-36(s0)
	addi	a0,a1,1
	sw	a0,-36(s0)
	lbu	a1,0(a1)
	mv	a6,a1
	li	a7,0
	lw	a1,-24(s0)
	xor	a4,a1,a6
	lw	a1,-20(s0)
	xor	a5,a1,a7
	li	a1,435
	mul	a0,a5,a1
	li	a1,256
	mul	a1,a4,a1
	add	a0,a0,a1
	li	a1,435
	mul	t1,a4,a1
	mulhu	a3,a4,a1
	mv	a2,t1
	add	a1,a0,a3
	mv	a3,a1
	sw	a2,-24(s0)
	sw	a3,-20(s0)
	sw	a2,-24(s0)
	sw	a3,-20(s0)
.L143:
	lw	a1,-40(s0)
	addi	a0,a1,-1
	sw	a0,-40(s0)
	bne	a1,zero,.L144
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	mv	a0,a4
	mv	a1,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	fnv1a64, .-fnv1a64
	.section	.rodata
	.align	2
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
	.text
	.align	2
	.type	ror, @function
ror:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a5,-20(s0)
	lw	a4,-24(s0)
	srl	a4,a5,a4
	lw	a3,-24(s0)
	neg	a3,a3
	andi	a3,a3,31
	sll	a5,a5,a3
	or	a5,a5,a4
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	ror, .-ror
	.align	2
	.type	sha_block, @function
sha_block:
	addi	sp,sp,-352
	sw	ra,348(sp)
	sw	s0,344(sp)
	sw	s1,340(sp)
	addi	s0,sp,352
	sw	a0,-340(s0)
	sw	a1,-344(s0)
	sw	zero,-52(s0)
	j	.L149
.L150:
	lw	a5,-52(s0)
	slli	a5,a5,2
	mv	a4,a5
	lw	a5,-344(s0)
	add	a5,a5,a4
	lbu	a5,0(a5)
	slli	a4,a5,24
	lw	a5,-52(s0)
	slli	a5,a5,2
	addi	a5,a5,1
	lw	a3,-344(s0)
	add	a5,a3,a5
	lbu	a5,0(a5)
	slli	a5,a5,16
	or	a4,a4,a5
	lw	a5,-52(s0)
	slli	a5,a5,2
	addi	a5,a5,2
	lw	a3,-344(s0)
	add	a5,a3,a5
	lbu	a5,0(a5)
	slli	a5,a5,8
	or	a5,a4,a5
	lw	a4,-52(s0)
	slli	a4,a4,2
	addi	a4,a4,3
	lw	a3,-344(s0)
	add	a4,a3,a4
	lbu	a4,0(a4)
	or	a4,a5,a4
	lw	a5,-52(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-308(a5)
	lw	a5,-52(s0)
	addi	a5,a5,1
	sw	a5,-52(s0)
.L149:
	lw	a4,-52(s0)
	li	a5,15
	ble	a4,a5,.L150
	j	.L151
.L152:
	lw	a5,-52(s0)
	addi	a5,a5,-15
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-308(a5)
	li	a1,7
	mv	a0,a5
	call	ror
	mv	s1,a0
	lw	a5,-52(s0)
	addi	a5,a5,-15
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-308(a5)
	li	a1,18
	mv	a0,a5
	call	ror
	mv	a5,a0
	xor	a4,s1,a5
	lw	a5,-52(s0)
	addi	a5,a5,-15
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-308(a5)
	srli	a5,a5,3
	xor	a5,a4,a5
	sw	a5,-64(s0)
	lw	a5,-52(s0)
	addi	a5,a5,-2
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-308(a5)
	li	a1,17
	mv	a0,a5
	call	ror
	mv	s1,a0
	lw	a5,-52(s0)
	addi	a5,a5,-2
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-308(a5)
	li	a1,19
	mv	a0,a5
	call	ror
	mv	a5,a0
	xor	a4,s1,a5
	lw	a5,-52(s0)
	addi	a5,a5,-2
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-308(a5)
	srli	a5,a5,10
	xor	a5,a4,a5
	sw	a5,-68(s0)
	lw	a5,-52(s0)
	addi	a5,a5,-16
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-308(a5)
	lw	a5,-64(s0)
	add	a4,a4,a5
	lw	a5,-52(s0)
	addi	a5,a5,-7
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-308(a5)
	add	a4,a4,a5
	lw	a5,-68(s0)
	add	a4,a4,a5
	lw	a5,-52(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-308(a5)
	lw	a5,-52(s0)
	addi	a5,a5,1
	sw	a5,-52(s0)
.L151:
	lw	a4,-52(s0)
	li	a5,63
	ble	a4,a5,.L152
	lw	a5,-340(s0)
	lw	a5,0(a5)
	sw	a5,-20(s0)
	lw	a5,-340(s0)
	lw	a5,4(a5)
	sw	a5,-24(s0)
	lw	a5,-340(s0)
	lw	a5,8(a5)
	sw	a5,-28(s0)
	lw	a5,-340(s0)
	lw	a5,12(a5)
	sw	a5,-32(s0)
	lw	a5,-340(s0)
	lw	a5,16(a5)
	sw	a5,-36(s0)
	lw	a5,-340(s0)
	lw	a5,20(a5)
	sw	a5,-40(s0)
	lw	a5,-340(s0)
	lw	a5,24(a5)
	sw	a5,-44(s0)
	lw	a5,-340(s0)
	lw	a5,28(a5)
	sw	a5,-48(s0)
	sw	zero,-52(s0)
	j	.L153
.L154:
	li	a1,6
	lw	a0,-36(s0)
	call	ror
	mv	s1,a0
	li	a1,11
	lw	a0,-36(s0)
	call	ror
	mv	a5,a0
	xor	s1,s1,a5
	li	a1,25
	lw	a0,-36(s0)
	call	ror
	mv	a5,a0
	xor	a4,s1,a5
	lw	a5,-48(s0)
	add	a4,a4,a5
	lw	a3,-36(s0)
	lw	a5,-40(s0)
	and	a3,a3,a5
	lw	a5,-36(s0)
	not	a2,a5
	lw	a5,-44(s0)
	and	a5,a2,a5
	xor	a5,a3,a5
	add	a4,a4,a5
	lui	a5,%hi(K)
	addi	a3,a5,%lo(K)
	lw	a5,-52(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a5,0(a5)
	add	a4,a4,a5
	lw	a5,-52(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-308(a5)
	add	a5,a4,a5
	sw	a5,-56(s0)
	li	a1,2
	lw	a0,-20(s0)
	call	ror
	mv	s1,a0
	li	a1,13
	lw	a0,-20(s0)
	call	ror
	mv	a5,a0
	xor	s1,s1,a5
	li	a1,22
	lw	a0,-20(s0)
	call	ror
	mv	a5,a0
	xor	a4,s1,a5
	lw	a3,-24(s0)
	lw	a5,-28(s0)
	xor	a3,a3,a5
	lw	a5,-20(s0)
	and	a3,a3,a5
	lw	a2,-24(s0)
	lw	a5,-28(s0)
	and	a5,a2,a5
	xor	a5,a3,a5
	add	a5,a4,a5
	sw	a5,-60(s0)
	lw	a5,-44(s0)
	sw	a5,-48(s0)
	lw	a5,-40(s0)
	sw	a5,-44(s0)
	lw	a5,-36(s0)
	sw	a5,-40(s0)
	lw	a4,-32(s0)
	lw	a5,-56(s0)
	add	a5,a4,a5
	sw	a5,-36(s0)
	lw	a5,-28(s0)
	sw	a5,-32(s0)
	lw	a5,-24(s0)
	sw	a5,-28(s0)
	lw	a5,-20(s0)
	sw	a5,-24(s0)
	lw	a4,-56(s0)
	lw	a5,-60(s0)
	add	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-52(s0)
	addi	a5,a5,1
	sw	a5,-52(s0)
.L153:
	lw	a4,-52(s0)
	li	a5,63
	ble	a4,a5,.L154
	lw	a5,-340(s0)
	lw	a4,0(a5)
	lw	a5,-20(s0)
	add	a4,a4,a5
	lw	a5,-340(s0)
	sw	a4,0(a5)
	lw	a5,-340(s0)
	lw	a4,4(a5)
	lw	a5,-24(s0)
	add	a4,a4,a5
	lw	a5,-340(s0)
	sw	a4,4(a5)
	lw	a5,-340(s0)
	lw	a4,8(a5)
	lw	a5,-28(s0)
	add	a4,a4,a5
	lw	a5,-340(s0)
	sw	a4,8(a5)
	lw	a5,-340(s0)
	lw	a4,12(a5)
	lw	a5,-32(s0)
	add	a4,a4,a5
	lw	a5,-340(s0)
	sw	a4,12(a5)
	lw	a5,-340(s0)
	lw	a4,16(a5)
	lw	a5,-36(s0)
	add	a4,a4,a5
	lw	a5,-340(s0)
	sw	a4,16(a5)
	lw	a5,-340(s0)
	lw	a4,20(a5)
	lw	a5,-40(s0)
	add	a4,a4,a5
	lw	a5,-340(s0)
	sw	a4,20(a5)
	lw	a5,-340(s0)
	lw	a4,24(a5)
	lw	a5,-44(s0)
	add	a4,a4,a5
	lw	a5,-340(s0)
	sw	a4,24(a5)
	lw	a5,-340(s0)
	lw	a4,28(a5)
	lw	a5,-48(s0)
	add	a4,a4,a5
	lw	a5,-340(s0)
	sw	a4,28(a5)
	nop
	lw	ra,348(sp)
	lw	s0,344(sp)
	lw	s1,340(sp)
	addi	sp,sp,352
	jr	ra
	.size	sha_block, .-sha_block
	.align	2
	.type	sha_init, @function
sha_init:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a4,-20(s0)
	li	a2,32
	lui	a5,%hi(iv.3)
	addi	a1,a5,%lo(iv.3)
	mv	a0,a4
	call	memcpy
	lw	a5,-20(s0)
	sw	zero,96(a5)
	lw	a5,-20(s0)
	li	a3,0
	li	a4,0
	sw	a3,104(a5)
	sw	a4,108(a5)
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	sha_init, .-sha_init
	.align	2
	.type	sha_update, @function
sha_update:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	lw	a5,-20(s0)
	lw	a4,104(a5)
	lw	a5,108(a5)
	lw	a3,-28(s0)
	mv	a6,a3
	li	a7,0
	add	a2,a4,a6
	mv	a1,a2
	sltu	a1,a1,a4
	add	a3,a5,a7
	add	a5,a1,a3
	mv	a3,a5
	mv	a4,a2
	mv	a5,a3
	lw	a3,-20(s0)
	sw	a4,104(a3)
	sw	a5,108(a3)
	j	.L157
.L158:
	lw	a4,-24(s0)
	addi	a5,a4,1
	sw	a5,-24(s0)
	lw	a5,-20(s0)
	lw	a5,96(a5)
	addi	a2,a5,1
	lw	a3,-20(s0)
	sw	a2,96(a3)
	lbu	a4,0(a4)
	lw	a3,-20(s0)
	add	a5,a3,a5
	sb	a4,32(a5)
	lw	a5,-20(s0)
	lw	a4,96(a5)
	li	a5,64
	bne	a4,a5,.L157
	lw	a5,-20(s0)
	addi	a5,a5,32
	mv	a1,a5
	lw	a0,-20(s0)
	call	sha_block
	lw	a5,-20(s0)
	sw	zero,96(a5)
.L157:
	lw	a5,-28(s0)
	addi	a4,a5,-1
	sw	a4,-28(s0)
	bne	a5,zero,.L158
	nop
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	sha_update, .-sha_update
	.align	2
	.type	sha_final, @function
sha_final:
	addi	sp,sp,-64
	sw	ra,60(sp)
	sw	s0,56(sp)
	sw	s2,52(sp)
	sw	s3,48(sp)
	addi	s0,sp,64
	sw	a0,-52(s0)
	sw	a1,-56(s0)
	lw	a5,-52(s0)
	lw	a4,104(a5)
	lw	a5,108(a5)
	srli	a3,a4,29
	slli	a2,a5,3
	or	a3,a2,a3
	sw	a3,-28(s0)
	slli	a5,a4,3
	sw	a5,-32(s0)
	li	a5,-128
	sb	a5,-33(s0)
	addi	a5,s0,-33
	li	a2,1
	mv	a1,a5
	lw	a0,-52(s0)
	call	sha_update
	sb	zero,-33(s0)
	j	.L160
.L161:
	addi	a5,s0,-33
	li	a2,1
	mv	a1,a5
	lw	a0,-52(s0)
	call	sha_update
.L160:
	lw	a5,-52(s0)
	lw	a4,96(a5)
	li	a5,56
	bne	a4,a5,.L161
	li	a5,7
	sw	a5,-20(s0)
	j	.L162
.L165:
	lw	a5,-20(s0)
	slli	a5,a5,3
	addi	a4,a5,-32
	blt	a4,zero,.L163
	lw	a5,-28(s0)
	srl	s2,a5,a4
	li	s3,0
	j	.L164
.L163:
	lw	a4,-28(s0)
	slli	a3,a4,1
	li	a4,31
	sub	a4,a4,a5
	sll	a4,a3,a4
	lw	a3,-32(s0)
	srl	s2,a3,a5
	or	s2,a4,s2
	lw	a4,-28(s0)
	srl	s3,a4,a5
.L164:
	andi	a5,s2,0xff
	sb	a5,-34(s0)
	addi	a5,s0,-34
	li	a2,1
	mv	a1,a5
	lw	a0,-52(s0)
	call	sha_update
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
.L162:
	lw	a5,-20(s0)
	bge	a5,zero,.L165
	sw	zero,-20(s0)
	j	.L166
.L167:
	lw	a4,-52(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	srli	a4,a5,24
	lw	a5,-20(s0)
	slli	a5,a5,2
	mv	a3,a5
	lw	a5,-56(s0)
	add	a5,a5,a3
	andi	a4,a4,0xff
	sb	a4,0(a5)
	lw	a4,-52(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	srli	a3,a5,16
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,1
	lw	a4,-56(s0)
	add	a5,a4,a5
	andi	a4,a3,0xff
	sb	a4,0(a5)
	lw	a4,-52(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	srli	a3,a5,8
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,2
	lw	a4,-56(s0)
	add	a5,a4,a5
	andi	a4,a3,0xff
	sb	a4,0(a5)
	lw	a4,-52(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a3,0(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,3
	lw	a4,-56(s0)
	add	a5,a4,a5
	andi	a4,a3,0xff
	sb	a4,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L166:
	lw	a4,-20(s0)
	li	a5,7
	ble	a4,a5,.L167
	nop
	nop
	lw	ra,60(sp)
	lw	s0,56(sp)
	lw	s2,52(sp)
	lw	s3,48(sp)
	addi	sp,sp,64
	jr	ra
	.size	sha_final, .-sha_final
	.align	2
	.type	put_digest, @function
put_digest:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	lw	a0,-36(s0)
	call	put_str
	lui	a5,%hi(.LC0)
	addi	a0,a5,%lo(.LC0)
	call	put_str
	sw	zero,-20(s0)
	j	.L169
.L170:
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
.L169:
	lw	a4,-20(s0)
	lw	a5,-44(s0)
	blt	a4,a5,.L170
	call	put_nl
	nop
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	put_digest, .-put_digest
	.align	2
	.type	crc32, @function
crc32:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lui	a5,%hi(table.2)
	addi	a5,a5,%lo(table.2)
	lw	a5,4(a5)
	bne	a5,zero,.L172
	sw	zero,-24(s0)
	j	.L173
.L178:
	lw	a5,-24(s0)
	sw	a5,-20(s0)
	sw	zero,-28(s0)
	j	.L174
.L177:
	lw	a5,-20(s0)
	andi	a5,a5,1
	beq	a5,zero,.L175
	lw	a5,-20(s0)
	srli	a4,a5,1
	li	a5,-306675712
	addi	a5,a5,800
	xor	a5,a4,a5
	j	.L176
.L175:
	lw	a5,-20(s0)
	srli	a5,a5,1
.L176:
	sw	a5,-20(s0)
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L174:
	lw	a4,-28(s0)
	li	a5,7
	ble	a4,a5,.L177
	lui	a5,%hi(table.2)
	addi	a4,a5,%lo(table.2)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,-20(s0)
	sw	a4,0(a5)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L173:
	lw	a4,-24(s0)
	li	a5,255
	ble	a4,a5,.L178
.L172:
	li	a5,-1
	sw	a5,-20(s0)
	j	.L179
.L180:
	lw	a5,-36(s0)
	addi	a4,a5,1
	sw	a4,-36(s0)
	lbu	a5,0(a5)
	mv	a4,a5
	lw	a5,-20(s0)
	xor	a5,a4,a5
	andi	a5,a5,255
	lui	a4,%hi(table.2)
	addi	a4,a4,%lo(table.2)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,-20(s0)
	srli	a5,a5,8
	xor	a5,a4,a5
	sw	a5,-20(s0)
.L179:
	lw	a5,-40(s0)
	addi	a4,a5,-1
	sw	a4,-40(s0)
	bne	a5,zero,.L180
	lw	a5,-20(s0)
	not	a5,a5
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	crc32, .-crc32
	.align	2
	.type	adler32, @function
adler32:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	li	a5,1
	sw	a5,-20(s0)
	sw	zero,-24(s0)
	j	.L183
.L184:
	lw	a5,-36(s0)
	addi	a4,a5,1
	sw	a4,-36(s0)
	lbu	a5,0(a5)
	mv	a4,a5
	lw	a5,-20(s0)
	add	a4,a4,a5
	li	a5,65536
	addi	a5,a5,-15
	remu	a5,a4,a5
	sw	a5,-20(s0)
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	add	a4,a4,a5
	li	a5,65536
	addi	a5,a5,-15
	remu	a5,a4,a5
	sw	a5,-24(s0)
.L183:
	lw	a5,-40(s0)
	addi	a4,a5,-1
	sw	a4,-40(s0)
	bne	a5,zero,.L184
	lw	a5,-24(s0)
	slli	a4,a5,16
	lw	a5,-20(s0)
	or	a5,a4,a5
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	adler32, .-adler32
	.local	buffer
	.comm	buffer,3000,4
	.section	.rodata
	.align	2
.LC3:
	.string	""
	.align	2
.LC4:
	.string	"fnv1a32(\"\")"
	.align	2
.LC5:
	.string	"fnv1a32(abc)"
	.align	2
.LC6:
	.string	"fnv1a64(abc) = 0x"
	.align	2
.LC7:
	.string	"sha256(abc)"
	.align	2
.LC8:
	.string	"sha256(448 bits)"
	.align	2
.LC9:
	.string	"sha256(buffer)"
	.align	2
.LC10:
	.string	"pieces agree"
	.align	2
.LC11:
	.string	"fnv1a32(buffer)"
	.align	2
.LC12:
	.string	"fnv1a64(buffer) = 0x"
	.align	2
.LC13:
	.string	"123456789"
	.align	2
.LC14:
	.string	"crc32(123456789)"
	.align	2
.LC15:
	.string	"crc32(buffer)"
	.align	2
.LC16:
	.string	"adler32(buffer)"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-224
	sw	ra,220(sp)
	sw	s0,216(sp)
	addi	s0,sp,224
	sw	a0,-212(s0)
	sw	a1,-216(s0)
	li	a5,1
	sw	a5,-20(s0)
	li	a1,0
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	fnv1a32
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	put_kx
	li	a1,3
	lui	a5,%hi(abc.1)
	addi	a0,a5,%lo(abc.1)
	call	fnv1a32
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	put_kx
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	put_str
	li	a1,3
	lui	a5,%hi(abc.1)
	addi	a0,a5,%lo(abc.1)
	call	fnv1a64
	mv	a4,a0
	mv	a5,a1
	mv	a0,a4
	mv	a1,a5
	call	put_hex64
	call	put_nl
	addi	a5,s0,-144
	mv	a0,a5
	call	sha_init
	addi	a4,s0,-144
	li	a2,3
	lui	a5,%hi(abc.1)
	addi	a1,a5,%lo(abc.1)
	mv	a0,a4
	call	sha_update
	addi	a4,s0,-176
	addi	a5,s0,-144
	mv	a1,a4
	mv	a0,a5
	call	sha_final
	addi	a5,s0,-176
	li	a2,32
	mv	a1,a5
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	put_digest
	addi	a5,s0,-144
	mv	a0,a5
	call	sha_init
	lui	a5,%hi(msg448.0)
	addi	a0,a5,%lo(msg448.0)
	call	strlen
	mv	a5,a0
	addi	a4,s0,-144
	mv	a2,a5
	lui	a5,%hi(msg448.0)
	addi	a1,a5,%lo(msg448.0)
	mv	a0,a4
	call	sha_update
	addi	a4,s0,-176
	addi	a5,s0,-144
	mv	a1,a4
	mv	a0,a5
	call	sha_final
	addi	a5,s0,-176
	li	a2,32
	mv	a1,a5
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	put_digest
	sw	zero,-24(s0)
	j	.L187
.L188:
	lw	a4,-20(s0)
	li	a5,1662976
	addi	a5,a5,1549
	mul	a4,a4,a5
	li	a5,1013903360
	addi	a5,a5,863
	add	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	srli	a5,a5,24
	andi	a4,a5,0xff
	lui	a5,%hi(buffer)
	addi	a3,a5,%lo(buffer)
	lw	a5,-24(s0)
	add	a5,a3,a5
	sb	a4,0(a5)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L187:
	lw	a4,-24(s0)
	li	a5,4096
	addi	a5,a5,-1097
	bleu	a4,a5,.L188
	addi	a5,s0,-144
	mv	a0,a5
	call	sha_init
	addi	a4,s0,-144
	li	a5,4096
	addi	a2,a5,-1096
	lui	a5,%hi(buffer)
	addi	a1,a5,%lo(buffer)
	mv	a0,a4
	call	sha_update
	addi	a4,s0,-176
	addi	a5,s0,-144
	mv	a1,a4
	mv	a0,a5
	call	sha_final
	addi	a5,s0,-176
	li	a2,32
	mv	a1,a5
	lui	a5,%hi(.LC9)
	addi	a0,a5,%lo(.LC9)
	call	put_digest
	addi	a5,s0,-144
	mv	a0,a5
	call	sha_init
	sw	zero,-28(s0)
	li	a5,1
	sw	a5,-32(s0)
	j	.L189
.L192:
	lw	a4,-28(s0)
	lui	a5,%hi(buffer)
	addi	a5,a5,%lo(buffer)
	add	a3,a4,a5
	lw	a4,-28(s0)
	lw	a5,-32(s0)
	add	a4,a4,a5
	li	a5,4096
	addi	a5,a5,-1096
	bleu	a4,a5,.L190
	li	a5,4096
	addi	a4,a5,-1096
	lw	a5,-28(s0)
	sub	a5,a4,a5
	j	.L191
.L190:
	lw	a5,-32(s0)
.L191:
	addi	a4,s0,-144
	mv	a2,a5
	mv	a1,a3
	mv	a0,a4
	call	sha_update
	lw	a4,-28(s0)
	lw	a5,-32(s0)
	add	a5,a4,a5
	sw	a5,-28(s0)
	lw	a4,-32(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a4,a5,a4
	li	a5,97
	remu	a5,a4,a5
	addi	a5,a5,1
	sw	a5,-32(s0)
.L189:
	lw	a4,-28(s0)
	li	a5,4096
	addi	a5,a5,-1097
	bleu	a4,a5,.L192
	addi	a4,s0,-208
	addi	a5,s0,-144
	mv	a1,a4
	mv	a0,a5
	call	sha_final
	addi	a4,s0,-208
	addi	a5,s0,-176
	li	a2,32
	mv	a1,a4
	mv	a0,a5
	call	memcmp
	mv	a5,a0
	seqz	a5,a5
	andi	a5,a5,0xff
	mv	a1,a5
	lui	a5,%hi(.LC10)
	addi	a0,a5,%lo(.LC10)
	call	put_kv
	li	a5,4096
	addi	a1,a5,-1096
	lui	a5,%hi(buffer)
	addi	a0,a5,%lo(buffer)
	call	fnv1a32
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	put_kx
	lui	a5,%hi(.LC12)
	addi	a0,a5,%lo(.LC12)
	call	put_str
	li	a5,4096
	addi	a1,a5,-1096
	lui	a5,%hi(buffer)
	addi	a0,a5,%lo(buffer)
	call	fnv1a64
	mv	a4,a0
	mv	a5,a1
	mv	a0,a4
	mv	a1,a5
	call	put_hex64
	call	put_nl
	li	a1,9
	lui	a5,%hi(.LC13)
	addi	a0,a5,%lo(.LC13)
	call	crc32
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC14)
	addi	a0,a5,%lo(.LC14)
	call	put_kx
	li	a5,4096
	addi	a1,a5,-1096
	lui	a5,%hi(buffer)
	addi	a0,a5,%lo(buffer)
	call	crc32
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC15)
	addi	a0,a5,%lo(.LC15)
	call	put_kx
	li	a5,4096
	addi	a1,a5,-1096
	lui	a5,%hi(buffer)
	addi	a0,a5,%lo(buffer)
	call	adler32
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC16)
	addi	a0,a5,%lo(.LC16)
	call	put_kx
	lbu	a5,-176(s0)
	andi	a5,a5,127
	mv	a0,a5
	lw	ra,220(sp)
	lw	s0,216(sp)
	addi	sp,sp,224
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.4, @object
	.size	hex.4, 17
hex.4:
	.string	"0123456789abcdef"
	.align	2
	.type	iv.3, @object
	.size	iv.3, 32
iv.3:
	.word	1779033703
	.word	-1150833019
	.word	1013904242
	.word	-1521486534
	.word	1359893119
	.word	-1694144372
	.word	528734635
	.word	1541459225
	.local	table.2
	.comm	table.2,1024,4
	.section	.srodata,"a"
	.align	2
	.type	abc.1, @object
	.size	abc.1, 4
abc.1:
	.string	"abc"
	.section	.rodata
	.align	2
	.type	msg448.0, @object
	.size	msg448.0, 57
msg448.0:
	.string	"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
	.align	3
.LC2:
	.word	-2078137563
	.word	-873292572
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
