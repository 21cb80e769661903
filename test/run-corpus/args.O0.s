	.file	"args.c"
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
	.text
	.align	2
	.type	parse_int, @function
parse_int:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	zero,-20(s0)
	sw	zero,-24(s0)
	lw	a5,-36(s0)
	lbu	a4,0(a5)
	li	a5,45
	bne	a4,a5,.L139
	li	a5,1
	sw	a5,-20(s0)
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L139:
	lw	a5,-36(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L142
	li	a5,0
	j	.L141
.L145:
	lw	a5,-36(s0)
	lbu	a4,0(a5)
	li	a5,47
	bleu	a4,a5,.L143
	lw	a5,-36(s0)
	lbu	a4,0(a5)
	li	a5,57
	bleu	a4,a5,.L144
.L143:
	li	a5,0
	j	.L141
.L144:
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,1
	mv	a4,a5
	lw	a5,-36(s0)
	lbu	a5,0(a5)
	addi	a5,a5,-48
	add	a5,a4,a5
	sw	a5,-24(s0)
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L142:
	lw	a5,-36(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L145
	lw	a5,-20(s0)
	beq	a5,zero,.L146
	lw	a5,-24(s0)
	neg	a5,a5
	j	.L147
.L146:
	lw	a5,-24(s0)
.L147:
	lw	a4,-40(s0)
	sw	a5,0(a4)
	li	a5,1
.L141:
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	parse_int, .-parse_int
	.section	.rodata
	.align	2
.LC2:
	.string	"argc"
	.align	2
.LC3:
	.string	"argv[argc] is NULL"
	.align	2
.LC4:
	.string	"argv[0] = "
	.align	2
.LC5:
	.string	"argv["
	.align	2
.LC6:
	.string	"] = \""
	.align	2
.LC7:
	.string	"\" ("
	.align	2
.LC8:
	.string	")\n"
	.align	2
.LC9:
	.string	"reversed:"
	.align	2
.LC10:
	.string	"total length"
	.align	2
.LC11:
	.string	"numeric arguments"
	.align	2
.LC12:
	.string	"numeric sum"
	.align	2
.LC13:
	.string	"argv[1] upper = "
	.align	2
.LC14:
	.string	"envp follows argv"
	.align	2
.LC15:
	.string	"env: "
	.align	2
.LC16:
	.string	"envc"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-64
	sw	ra,60(sp)
	sw	s0,56(sp)
	addi	s0,sp,64
	sw	a0,-52(s0)
	sw	a1,-56(s0)
	sw	zero,-24(s0)
	sw	zero,-28(s0)
	sw	zero,-32(s0)
	lw	a1,-52(s0)
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
	call	put_kv
	lw	a5,-52(s0)
	slli	a5,a5,2
	lw	a4,-56(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	seqz	a5,a5
	andi	a5,a5,0xff
	mv	a1,a5
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	put_kv
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	put_str
	lw	a5,-56(s0)
	lw	a5,0(a5)
	mv	a0,a5
	call	put_str
	call	put_nl
	li	a5,1
	sw	a5,-20(s0)
	j	.L149
.L151:
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	put_str
	lw	a0,-20(s0)
	call	put_int
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	put_str
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-56(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	put_str
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	put_str
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-56(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	strlen
	mv	a5,a0
	mv	a0,a5
	call	put_uint
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	put_str
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-56(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	strlen
	mv	a4,a0
	lw	a5,-32(s0)
	add	a5,a5,a4
	sw	a5,-32(s0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-56(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	addi	a4,s0,-44
	mv	a1,a4
	mv	a0,a5
	call	parse_int
	mv	a5,a0
	beq	a5,zero,.L150
	lw	a5,-44(s0)
	lw	a4,-24(s0)
	add	a5,a4,a5
	sw	a5,-24(s0)
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L150:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L149:
	lw	a4,-20(s0)
	lw	a5,-52(s0)
	blt	a4,a5,.L151
	lui	a5,%hi(.LC9)
	addi	a0,a5,%lo(.LC9)
	call	put_str
	lw	a5,-52(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	j	.L152
.L153:
	li	a0,32
	call	put_char
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-56(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	put_str
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
.L152:
	lw	a5,-20(s0)
	bgt	a5,zero,.L153
	call	put_nl
	lw	a5,-32(s0)
	mv	a1,a5
	lui	a5,%hi(.LC10)
	addi	a0,a5,%lo(.LC10)
	call	put_kv
	lw	a1,-28(s0)
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	put_kv
	lw	a1,-24(s0)
	lui	a5,%hi(.LC12)
	addi	a0,a5,%lo(.LC12)
	call	put_kv
	lw	a4,-52(s0)
	li	a5,1
	ble	a4,a5,.L154
	lw	a5,-56(s0)
	lw	a5,4(a5)
	sw	a5,-40(s0)
	j	.L155
.L157:
	lw	a5,-40(s0)
	lbu	a4,0(a5)
	li	a5,96
	bleu	a4,a5,.L156
	lw	a5,-40(s0)
	lbu	a4,0(a5)
	li	a5,122
	bgtu	a4,a5,.L156
	lw	a5,-40(s0)
	lbu	a5,0(a5)
	addi	a5,a5,-32
	andi	a4,a5,0xff
	lw	a5,-40(s0)
	sb	a4,0(a5)
.L156:
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
.L155:
	lw	a5,-40(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L157
	lui	a5,%hi(.LC13)
	addi	a0,a5,%lo(.LC13)
	call	put_str
	lw	a5,-56(s0)
	addi	a5,a5,4
	lw	a5,0(a5)
	mv	a0,a5
	call	put_str
	call	put_nl
.L154:
	lw	a5,-52(s0)
	addi	a5,a5,1
	slli	a5,a5,2
	lw	a4,-56(s0)
	add	a4,a4,a5
	lui	a5,%hi(rt_envp)
	lw	a5,%lo(rt_envp)(a5)
	sub	a5,a4,a5
	seqz	a5,a5
	andi	a5,a5,0xff
	mv	a1,a5
	lui	a5,%hi(.LC14)
	addi	a0,a5,%lo(.LC14)
	call	put_kv
	sw	zero,-20(s0)
	lui	a5,%hi(rt_envp)
	lw	a5,%lo(rt_envp)(a5)
	sw	a5,-36(s0)
	j	.L158
.L159:
	lui	a5,%hi(.LC15)
	addi	a0,a5,%lo(.LC15)
	call	put_str
	lw	a5,-36(s0)
	lw	a5,0(a5)
	mv	a0,a5
	call	put_str
	call	put_nl
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	lw	a5,-36(s0)
	addi	a5,a5,4
	sw	a5,-36(s0)
.L158:
	lw	a5,-36(s0)
	lw	a5,0(a5)
	bne	a5,zero,.L159
	lw	a1,-20(s0)
	lui	a5,%hi(.LC16)
	addi	a0,a5,%lo(.LC16)
	call	put_kv
	lw	a4,-52(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,1
	mv	a4,a5
	lw	a5,-28(s0)
	add	a5,a4,a5
	mv	a0,a5
	lw	ra,60(sp)
	lw	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
