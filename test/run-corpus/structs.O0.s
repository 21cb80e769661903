	.file	"structs.c"
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
.LC1:
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
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
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
.LC2:
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
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
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
	.type	vadd, @function
vadd:
	addi	sp,sp,-48
	sw	s0,44(sp)
	sw	s1,40(sp)
	sw	s2,36(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	mv	s2,a1
	mv	s1,a2
	lw	a4,0(s2)
	lw	a5,0(s1)
	add	a5,a4,a5
	sw	a5,-28(s0)
	lw	a4,4(s2)
	lw	a5,4(s1)
	add	a5,a4,a5
	sw	a5,-24(s0)
	lw	a4,8(s2)
	lw	a5,8(s1)
	add	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-36(s0)
	lw	a4,-28(s0)
	sw	a4,0(a5)
	lw	a4,-24(s0)
	sw	a4,4(a5)
	lw	a4,-20(s0)
	sw	a4,8(a5)
	lw	a0,-36(s0)
	lw	s0,44(sp)
	lw	s1,40(sp)
	lw	s2,36(sp)
	addi	sp,sp,48
	jr	ra
	.size	vadd, .-vadd
	.align	2
	.type	vcross, @function
vcross:
	addi	sp,sp,-48
	sw	s0,44(sp)
	sw	s1,40(sp)
	sw	s2,36(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	mv	s2,a1
	mv	s1,a2
	lw	a4,4(s2)
	lw	a5,8(s1)
	mul	a4,a4,a5
	lw	a3,8(s2)
	lw	a5,4(s1)
	mul	a5,a3,a5
	sub	a5,a4,a5
	sw	a5,-28(s0)
	lw	a4,8(s2)
	lw	a5,0(s1)
	mul	a4,a4,a5
	lw	a3,0(s2)
	lw	a5,8(s1)
	mul	a5,a3,a5
	sub	a5,a4,a5
	sw	a5,-24(s0)
	lw	a4,0(s2)
	lw	a5,4(s1)
	mul	a4,a4,a5
	lw	a3,4(s2)
	lw	a5,0(s1)
	mul	a5,a3,a5
	sub	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-36(s0)
	lw	a4,-28(s0)
	sw	a4,0(a5)
	lw	a4,-24(s0)
	sw	a4,4(a5)
	lw	a4,-20(s0)
	sw	a4,8(a5)
	lw	a0,-36(s0)
	lw	s0,44(sp)
	lw	s1,40(sp)
	lw	s2,36(sp)
	addi	sp,sp,48
	jr	ra
	.size	vcross, .-vcross
	.align	2
	.type	vdot, @function
vdot:
	addi	sp,sp,-16
	sw	s0,12(sp)
	sw	s1,8(sp)
	sw	s2,4(sp)
	addi	s0,sp,16
	mv	s2,a0
	mv	s1,a1
	lw	a4,0(s2)
	lw	a5,0(s1)
	mul	a4,a4,a5
	lw	a3,4(s2)
	lw	a5,4(s1)
	mul	a5,a3,a5
	add	a4,a4,a5
	lw	a3,8(s2)
	lw	a5,8(s1)
	mul	a5,a3,a5
	add	a5,a4,a5
	mv	a0,a5
	lw	s0,12(sp)
	lw	s1,8(sp)
	lw	s2,4(sp)
	addi	sp,sp,16
	jr	ra
	.size	vdot, .-vdot
	.align	2
	.type	make_big, @function
make_big:
	addi	sp,sp,-144
	sw	ra,140(sp)
	sw	s0,136(sp)
	sw	s2,132(sp)
	sw	s3,128(sp)
	sw	s4,124(sp)
	sw	s5,120(sp)
	addi	s0,sp,144
	sw	a0,-132(s0)
	sw	a1,-136(s0)
	sw	a2,-140(s0)
	addi	a5,s0,-128
	li	a2,88
	li	a1,0
	mv	a0,a5
	call	memset
	lw	a5,-136(s0)
	sw	a5,-128(s0)
	sw	zero,-36(s0)
	j	.L145
.L147:
	lw	a5,-36(s0)
	lw	a4,-140(s0)
	add	a5,a4,a5
	lbu	a4,0(a5)
	lw	a5,-36(s0)
	addi	a5,a5,-32
	add	a5,a5,s0
	sb	a4,-92(a5)
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L145:
	lw	a5,-36(s0)
	lw	a4,-140(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	beq	a5,zero,.L146
	lw	a4,-36(s0)
	li	a5,18
	ble	a4,a5,.L147
.L146:
	sw	zero,-36(s0)
	j	.L148
.L149:
	lw	a4,-136(s0)
	lw	a5,-36(s0)
	mul	a3,a4,a5
	lw	a4,-36(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,2
	addi	a5,a5,-32
	add	a5,a5,s0
	sw	a3,-72(a5)
	lw	a4,-136(s0)
	lw	a5,-36(s0)
	sub	a3,a4,a5
	lw	a4,-36(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,2
	addi	a5,a5,-32
	add	a5,a5,s0
	sw	a3,-68(a5)
	lw	a5,-36(s0)
	mul	a3,a5,a5
	lw	a4,-36(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,2
	addi	a5,a5,-32
	add	a5,a5,s0
	sw	a3,-64(a5)
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L148:
	lw	a4,-36(s0)
	li	a5,3
	ble	a4,a5,.L149
	lw	a5,-136(s0)
	andi	a5,a5,0xff
	mv	a4,a5
	slli	a4,a4,3
	add	a4,a4,a5
	slli	a4,a4,2
	add	a5,a4,a5
	andi	a5,a5,0xff
	sb	a5,-56(s0)
	lw	a5,-136(s0)
	mv	s2,a5
	srai	a5,a5,31
	mv	s3,a5
	li	a5,1000001536
	addi	a5,a5,-1529
	mul	a4,s3,a5
	li	a5,0
	mul	a5,s2,a5
	add	a4,a4,a5
	li	a5,1000001536
	addi	a5,a5,-1529
	mul	a3,s2,a5
	mulhu	s5,s2,a5
	mv	s4,a3
	add	a5,a4,s5
	mv	s5,a5
	sw	s4,-48(s0)
	sw	s5,-44(s0)
	lw	a5,-132(s0)
	mv	a3,a5
	addi	a5,s0,-128
	li	a4,88
	mv	a2,a4
	mv	a1,a5
	mv	a0,a3
	call	memcpy
	lw	a0,-132(s0)
	lw	ra,140(sp)
	lw	s0,136(sp)
	lw	s2,132(sp)
	lw	s3,128(sp)
	lw	s4,124(sp)
	lw	s5,120(sp)
	addi	sp,sp,144
	jr	ra
	.size	make_big, .-make_big
	.align	2
	.type	big_sum, @function
big_sum:
	addi	sp,sp,-64
	sw	ra,60(sp)
	sw	s0,56(sp)
	sw	s1,52(sp)
	addi	s0,sp,64
	mv	s1,a0
	lw	a5,0(s1)
	mv	a4,a5
	lbu	a5,72(s1)
	add	a1,a4,a5
	lw	a4,80(s1)
	lw	a5,84(s1)
	mv	a5,a4
	add	a1,a1,a5
	lw	a4,80(s1)
	lw	a5,84(s1)
	srai	a2,a5,0
	srai	a3,a5,31
	mv	a5,a2
	add	a5,a1,a5
	sw	a5,-20(s0)
	sw	zero,-24(s0)
	j	.L152
.L153:
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,5
	sub	a5,a5,a4
	lw	a4,-24(s0)
	add	a4,s1,a4
	lbu	a4,4(a4)
	add	a5,a5,a4
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L152:
	lw	a5,-24(s0)
	add	a5,s1,a5
	lbu	a5,4(a5)
	bne	a5,zero,.L153
	sw	zero,-24(s0)
	j	.L154
.L155:
	lw	a5,-24(s0)
	addi	a5,a5,1
	andi	a4,a5,3
	lw	a3,-24(s0)
	mv	a5,a3
	slli	a5,a5,1
	add	a5,a5,a3
	slli	a5,a5,2
	add	a5,s1,a5
	lw	a3,24(a5)
	sw	a3,-48(s0)
	lw	a3,28(a5)
	sw	a3,-44(s0)
	lw	a5,32(a5)
	sw	a5,-40(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,s1,a5
	lw	a4,24(a5)
	sw	a4,-64(s0)
	lw	a4,28(a5)
	sw	a4,-60(s0)
	lw	a5,32(a5)
	sw	a5,-56(s0)
	addi	a4,s0,-64
	addi	a5,s0,-48
	mv	a1,a4
	mv	a0,a5
	call	vdot
	mv	a5,a0
	mv	a4,a5
	lw	a5,-20(s0)
	add	a5,a5,a4
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L154:
	lw	a4,-24(s0)
	li	a5,3
	ble	a4,a5,.L155
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,60(sp)
	lw	s0,56(sp)
	lw	s1,52(sp)
	addi	sp,sp,64
	jr	ra
	.size	big_sum, .-big_sum
	.align	2
	.type	rect_area2, @function
rect_area2:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	lw	a4,4(a5)
	lw	a5,-20(s0)
	lw	a5,8(a5)
	mul	a5,a4,a5
	slli	a5,a5,1
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	rect_area2, .-rect_area2
	.align	2
	.type	rect_perim, @function
rect_perim:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	lw	a4,4(a5)
	lw	a5,-20(s0)
	lw	a5,8(a5)
	add	a5,a4,a5
	slli	a5,a5,1
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	rect_perim, .-rect_perim
	.align	2
	.type	rect_scale, @function
rect_scale:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a5,-20(s0)
	lw	a4,4(a5)
	lw	a5,-24(s0)
	mul	a4,a4,a5
	lw	a5,-20(s0)
	sw	a4,4(a5)
	lw	a5,-20(s0)
	lw	a4,8(a5)
	lw	a5,-24(s0)
	mul	a4,a4,a5
	lw	a5,-20(s0)
	sw	a4,8(a5)
	nop
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	rect_scale, .-rect_scale
	.align	2
	.type	rtri_area2, @function
rtri_area2:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	lw	a4,4(a5)
	lw	a5,-20(s0)
	lw	a5,8(a5)
	mul	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	rtri_area2, .-rtri_area2
	.align	2
	.type	isqrt, @function
isqrt:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	zero,-20(s0)
	j	.L165
.L166:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L165:
	lw	a5,-20(s0)
	addi	a4,a5,1
	lw	a5,-20(s0)
	addi	a5,a5,1
	mul	a5,a4,a5
	lw	a4,-36(s0)
	bge	a4,a5,.L166
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	isqrt, .-isqrt
	.align	2
	.type	rtri_perim, @function
rtri_perim:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lw	a5,-36(s0)
	lw	a5,4(a5)
	sw	a5,-20(s0)
	lw	a5,-36(s0)
	lw	a5,8(a5)
	sw	a5,-24(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	add	s1,a4,a5
	lw	a5,-20(s0)
	mul	a4,a5,a5
	lw	a5,-24(s0)
	mul	a5,a5,a5
	add	a5,a4,a5
	mv	a0,a5
	call	isqrt
	mv	a5,a0
	add	a5,s1,a5
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	addi	sp,sp,48
	jr	ra
	.size	rtri_perim, .-rtri_perim
	.align	2
	.type	rtri_scale, @function
rtri_scale:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a5,-20(s0)
	lw	a4,4(a5)
	lw	a5,-24(s0)
	mul	a4,a4,a5
	lw	a5,-20(s0)
	sw	a4,4(a5)
	lw	a5,-20(s0)
	lw	a4,8(a5)
	lw	a5,-24(s0)
	mul	a4,a4,a5
	lw	a5,-20(s0)
	sw	a4,8(a5)
	nop
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	rtri_scale, .-rtri_scale
	.section	.rodata
	.align	2
.LC3:
	.string	"rect"
	.align	2
	.type	rect_ops, @object
	.size	rect_ops, 16
rect_ops:
	.word	.LC3
	.word	rect_area2
	.word	rect_perim
	.word	rect_scale
	.align	2
.LC4:
	.string	"right-triangle"
	.align	2
	.type	rtri_ops, @object
	.size	rtri_ops, 16
rtri_ops:
	.word	.LC4
	.word	rtri_area2
	.word	rtri_perim
	.word	rtri_scale
	.text
	.align	2
	.type	gsort, @function
gsort:
	addi	sp,sp,-112
	sw	ra,108(sp)
	sw	s0,104(sp)
	addi	s0,sp,112
	sw	a0,-100(s0)
	sw	a1,-104(s0)
	sw	a2,-108(s0)
	sw	a3,-112(s0)
	lw	a5,-100(s0)
	sw	a5,-28(s0)
	li	a5,1
	sw	a5,-20(s0)
	j	.L172
.L176:
	lw	a4,-20(s0)
	lw	a5,-108(s0)
	mul	a5,a4,a5
	lw	a4,-28(s0)
	add	a4,a4,a5
	addi	a5,s0,-92
	lw	a2,-108(s0)
	mv	a1,a4
	mv	a0,a5
	call	memcpy
	lw	a5,-20(s0)
	sw	a5,-24(s0)
	j	.L173
.L175:
	lw	a4,-24(s0)
	lw	a5,-108(s0)
	mul	a5,a4,a5
	lw	a4,-28(s0)
	add	a3,a4,a5
	lw	a5,-24(s0)
	addi	a4,a5,-1
	lw	a5,-108(s0)
	mul	a5,a4,a5
	lw	a4,-28(s0)
	add	a5,a4,a5
	lw	a2,-108(s0)
	mv	a1,a5
	mv	a0,a3
	call	memcpy
	lw	a5,-24(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
.L173:
	lw	a5,-24(s0)
	beq	a5,zero,.L174
	lw	a5,-24(s0)
	addi	a4,a5,-1
	lw	a5,-108(s0)
	mul	a5,a4,a5
	lw	a4,-28(s0)
	add	a4,a4,a5
	addi	a3,s0,-92
	lw	a5,-112(s0)
	mv	a1,a3
	mv	a0,a4
	jalr	a5
	mv	a5,a0
	bgt	a5,zero,.L175
.L174:
	lw	a4,-24(s0)
	lw	a5,-108(s0)
	mul	a5,a4,a5
	lw	a4,-28(s0)
	add	a5,a4,a5
	addi	a4,s0,-92
	lw	a2,-108(s0)
	mv	a1,a4
	mv	a0,a5
	call	memcpy
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L172:
	lw	a4,-20(s0)
	lw	a5,-104(s0)
	bltu	a4,a5,.L176
	nop
	nop
	lw	ra,108(sp)
	lw	s0,104(sp)
	addi	sp,sp,112
	jr	ra
	.size	gsort, .-gsort
	.align	2
	.type	cmp_area, @function
cmp_area:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	lw	a5,-40(s0)
	sw	a5,-24(s0)
	lw	a5,-20(s0)
	lw	a5,0(a5)
	lw	a5,4(a5)
	lw	a0,-20(s0)
	jalr	a5
	mv	s1,a0
	lw	a5,-24(s0)
	lw	a5,0(a5)
	lw	a5,4(a5)
	lw	a0,-24(s0)
	jalr	a5
	mv	a5,a0
	sub	a5,s1,a5
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	addi	sp,sp,48
	jr	ra
	.size	cmp_area, .-cmp_area
	.align	2
	.type	cmp_int_desc, @function
cmp_int_desc:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a5,-24(s0)
	lw	a4,0(a5)
	lw	a5,-20(s0)
	lw	a5,0(a5)
	sub	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	cmp_int_desc, .-cmp_int_desc
	.align	2
	.type	op_add, @function
op_add:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	add	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	op_add, .-op_add
	.align	2
	.type	op_sub, @function
op_sub:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	sub	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	op_sub, .-op_sub
	.align	2
	.type	op_mul, @function
op_mul:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	mul	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	op_mul, .-op_mul
	.align	2
	.type	op_max, @function
op_max:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	bge	a5,a4,.L189
	mv	a5,a4
.L189:
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	op_max, .-op_max
	.align	2
	.type	op_xor, @function
op_xor:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	xor	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	op_xor, .-op_xor
	.align	2
	.type	fold, @function
fold:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	sw	a3,-48(s0)
	sw	zero,-20(s0)
	j	.L193
.L194:
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,-44(s0)
	mv	a1,a4
	lw	a0,-48(s0)
	jalr	a5
	sw	a0,-48(s0)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L193:
	lw	a4,-20(s0)
	lw	a5,-40(s0)
	blt	a4,a5,.L194
	lw	a5,-48(s0)
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	fold, .-fold
	.align	2
	.type	pick, @function
pick:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a4,-20(s0)
	li	a5,5
	rem	a5,a4,a5
	lui	a4,%hi(table.0)
	addi	a4,a4,%lo(table.0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	pick, .-pick
	.section	.rodata
	.align	2
.LC5:
	.string	"vadd = "
	.align	2
.LC6:
	.string	"vcross = "
	.align	2
.LC7:
	.string	"vdot"
	.align	2
.LC8:
	.string	"cross is orthogonal"
	.align	2
.LC9:
	.string	"seven"
	.align	2
.LC10:
	.string	"sizeof(struct big)"
	.align	2
.LC11:
	.string	"big1 sum"
	.align	2
.LC12:
	.string	"big2 sum"
	.align	2
.LC13:
	.string	"names: "
	.align	2
.LC14:
	.string	" area2="
	.align	2
.LC15:
	.string	" perimeter="
	.align	2
.LC16:
	.string	"fold "
	.align	2
.LC17:
	.string	"desc:"
	.align	2
.LC18:
	.string	"total perimeter"
	.align	2
.LC0:
	.word	5
	.word	-3
	.word	17
	.word	0
	.word	8
	.word	8
	.word	-20
	.word	11
	.word	2
	.word	9
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-544
	sw	ra,540(sp)
	sw	s0,536(sp)
	addi	s0,sp,544
	sw	a0,-388(s0)
	sw	a1,-392(s0)
	li	a5,1
	sw	a5,-40(s0)
	li	a5,2
	sw	a5,-36(s0)
	li	a5,3
	sw	a5,-32(s0)
	li	a5,-4
	sw	a5,-52(s0)
	li	a5,5
	sw	a5,-48(s0)
	li	a5,6
	sw	a5,-44(s0)
	lui	a5,%hi(.LC0)
	addi	a5,a5,%lo(.LC0)
	lw	t3,0(a5)
	lw	t1,4(a5)
	lw	a7,8(a5)
	lw	a6,12(a5)
	lw	a0,16(a5)
	lw	a1,20(a5)
	lw	a2,24(a5)
	lw	a3,28(a5)
	lw	a4,32(a5)
	lw	a5,36(a5)
	sw	t3,-376(s0)
	sw	t1,-372(s0)
	sw	a7,-368(s0)
	sw	a6,-364(s0)
	sw	a0,-360(s0)
	sw	a1,-356(s0)
	sw	a2,-352(s0)
	sw	a3,-348(s0)
	sw	a4,-344(s0)
	sw	a5,-340(s0)
	sw	zero,-24(s0)
	addi	a4,s0,-64
	lw	a5,-40(s0)
	sw	a5,-416(s0)
	lw	a5,-36(s0)
	sw	a5,-412(s0)
	lw	a5,-32(s0)
	sw	a5,-408(s0)
	lw	a5,-52(s0)
	sw	a5,-432(s0)
	lw	a5,-48(s0)
	sw	a5,-428(s0)
	lw	a5,-44(s0)
	sw	a5,-424(s0)
	addi	a3,s0,-432
	addi	a5,s0,-416
	mv	a2,a3
	mv	a1,a5
	mv	a0,a4
	call	vadd
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	put_str
	lw	a5,-64(s0)
	mv	a0,a5
	call	put_int
	li	a0,32
	call	put_char
	lw	a5,-60(s0)
	mv	a0,a5
	call	put_int
	li	a0,32
	call	put_char
	lw	a5,-56(s0)
	mv	a0,a5
	call	put_int
	call	put_nl
	addi	a4,s0,-432
	lw	a5,-40(s0)
	sw	a5,-416(s0)
	lw	a5,-36(s0)
	sw	a5,-412(s0)
	lw	a5,-32(s0)
	sw	a5,-408(s0)
	lw	a5,-52(s0)
	sw	a5,-448(s0)
	lw	a5,-48(s0)
	sw	a5,-444(s0)
	lw	a5,-44(s0)
	sw	a5,-440(s0)
	addi	a3,s0,-448
	addi	a5,s0,-416
	mv	a2,a3
	mv	a1,a5
	mv	a0,a4
	call	vcross
	lw	a5,-432(s0)
	sw	a5,-64(s0)
	lw	a5,-428(s0)
	sw	a5,-60(s0)
	lw	a5,-424(s0)
	sw	a5,-56(s0)
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	put_str
	lw	a5,-64(s0)
	mv	a0,a5
	call	put_int
	li	a0,32
	call	put_char
	lw	a5,-60(s0)
	mv	a0,a5
	call	put_int
	li	a0,32
	call	put_char
	lw	a5,-56(s0)
	mv	a0,a5
	call	put_int
	call	put_nl
	lw	a5,-40(s0)
	sw	a5,-448(s0)
	lw	a5,-36(s0)
	sw	a5,-444(s0)
	lw	a5,-32(s0)
	sw	a5,-440(s0)
	lw	a5,-52(s0)
	sw	a5,-432(s0)
	lw	a5,-48(s0)
	sw	a5,-428(s0)
	lw	a5,-44(s0)
	sw	a5,-424(s0)
	addi	a4,s0,-432
	addi	a5,s0,-448
	mv	a1,a4
	mv	a0,a5
	call	vdot
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	put_kv
	lw	a5,-64(s0)
	sw	a5,-448(s0)
	lw	a5,-60(s0)
	sw	a5,-444(s0)
	lw	a5,-56(s0)
	sw	a5,-440(s0)
	lw	a5,-40(s0)
	sw	a5,-432(s0)
	lw	a5,-36(s0)
	sw	a5,-428(s0)
	lw	a5,-32(s0)
	sw	a5,-424(s0)
	addi	a4,s0,-432
	addi	a5,s0,-448
	mv	a1,a4
	mv	a0,a5
	call	vdot
	mv	a5,a0
	bne	a5,zero,.L199
	lw	a5,-64(s0)
	sw	a5,-448(s0)
	lw	a5,-60(s0)
	sw	a5,-444(s0)
	lw	a5,-56(s0)
	sw	a5,-440(s0)
	lw	a5,-52(s0)
	sw	a5,-432(s0)
	lw	a5,-48(s0)
	sw	a5,-428(s0)
	lw	a5,-44(s0)
	sw	a5,-424(s0)
	addi	a4,s0,-432
	addi	a5,s0,-448
	mv	a1,a4
	mv	a0,a5
	call	vdot
	mv	a5,a0
	bne	a5,zero,.L199
	li	a5,1
	j	.L200
.L199:
	li	a5,0
.L200:
	mv	a1,a5
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	put_kv
	addi	a4,s0,-544
	lui	a5,%hi(.LC9)
	addi	a2,a5,%lo(.LC9)
	li	a1,7
	mv	a0,a4
	call	make_big
	addi	a5,s0,-152
	addi	a4,s0,-544
	li	a3,88
	mv	a2,a3
	mv	a1,a4
	mv	a0,a5
	call	memcpy
	addi	a5,s0,-240
	addi	a4,s0,-152
	li	a3,88
	mv	a2,a3
	mv	a1,a4
	mv	a0,a5
	call	memcpy
	li	a5,83
	sb	a5,-236(s0)
	li	a5,-1
	sw	a5,-172(s0)
	li	a1,88
	lui	a5,%hi(.LC10)
	addi	a0,a5,%lo(.LC10)
	call	put_kv
	addi	a5,s0,-544
	addi	a4,s0,-152
	li	a3,88
	mv	a2,a3
	mv	a1,a4
	mv	a0,a5
	call	memcpy
	addi	a5,s0,-544
	mv	a0,a5
	call	big_sum
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	put_kx
	addi	a5,s0,-544
	addi	a4,s0,-240
	li	a3,88
	mv	a2,a3
	mv	a1,a4
	mv	a0,a5
	call	memcpy
	addi	a5,s0,-544
	mv	a0,a5
	call	big_sum
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC12)
	addi	a0,a5,%lo(.LC12)
	call	put_kx
	lui	a5,%hi(.LC13)
	addi	a0,a5,%lo(.LC13)
	call	put_str
	addi	a5,s0,-152
	addi	a5,a5,4
	mv	a0,a5
	call	put_str
	li	a0,32
	call	put_char
	addi	a5,s0,-240
	addi	a5,a5,4
	mv	a0,a5
	call	put_str
	call	put_nl
	sw	zero,-20(s0)
	j	.L201
.L204:
	lw	a5,-20(s0)
	andi	a5,a5,1
	beq	a5,zero,.L202
	lw	a5,-20(s0)
	slli	a5,a5,4
	addi	a5,a5,-16
	add	a5,a5,s0
	lui	a4,%hi(rtri_ops)
	addi	a4,a4,%lo(rtri_ops)
	sw	a4,-320(a5)
	lw	a5,-20(s0)
	addi	a4,a5,1
	mv	a5,a4
	slli	a5,a5,1
	add	a4,a5,a4
	lw	a5,-20(s0)
	slli	a5,a5,4
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-316(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	slli	a4,a5,2
	lw	a5,-20(s0)
	slli	a5,a5,4
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-312(a5)
	j	.L203
.L202:
	lw	a5,-20(s0)
	slli	a5,a5,4
	addi	a5,a5,-16
	add	a5,a5,s0
	lui	a4,%hi(rect_ops)
	addi	a4,a4,%lo(rect_ops)
	sw	a4,-320(a5)
	li	a4,7
	lw	a5,-20(s0)
	sub	a4,a4,a5
	lw	a5,-20(s0)
	slli	a5,a5,4
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-316(a5)
	lw	a5,-20(s0)
	addi	a4,a5,2
	lw	a5,-20(s0)
	slli	a5,a5,4
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-312(a5)
.L203:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L201:
	lw	a4,-20(s0)
	li	a5,5
	ble	a4,a5,.L204
	lw	a5,-256(s0)
	lw	a5,12(a5)
	addi	a4,s0,-336
	addi	a4,a4,80
	li	a1,2
	mv	a0,a4
	jalr	a5
	lw	a5,-336(s0)
	lw	a5,12(a5)
	addi	a4,s0,-336
	li	a1,3
	mv	a0,a4
	jalr	a5
	addi	a4,s0,-336
	lui	a5,%hi(cmp_area)
	addi	a3,a5,%lo(cmp_area)
	li	a2,16
	li	a1,6
	mv	a0,a4
	call	gsort
	sw	zero,-20(s0)
	j	.L205
.L206:
	addi	a4,s0,-336
	lw	a5,-20(s0)
	slli	a5,a5,4
	add	a5,a4,a5
	sw	a5,-28(s0)
	lw	a5,-28(s0)
	lw	a5,0(a5)
	lw	a5,0(a5)
	mv	a0,a5
	call	put_str
	lui	a5,%hi(.LC14)
	addi	a0,a5,%lo(.LC14)
	call	put_str
	lw	a5,-28(s0)
	lw	a5,0(a5)
	lw	a5,4(a5)
	lw	a0,-28(s0)
	jalr	a5
	mv	a5,a0
	mv	a0,a5
	call	put_int
	lui	a5,%hi(.LC15)
	addi	a0,a5,%lo(.LC15)
	call	put_str
	lw	a5,-28(s0)
	lw	a5,0(a5)
	lw	a5,8(a5)
	lw	a0,-28(s0)
	jalr	a5
	mv	a5,a0
	mv	a0,a5
	call	put_int
	call	put_nl
	lw	a5,-28(s0)
	lw	a5,0(a5)
	lw	a5,8(a5)
	lw	a0,-28(s0)
	jalr	a5
	mv	a4,a0
	lw	a5,-24(s0)
	add	a5,a5,a4
	sw	a5,-24(s0)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L205:
	lw	a4,-20(s0)
	li	a5,5
	ble	a4,a5,.L206
	sw	zero,-20(s0)
	j	.L207
.L208:
	lui	a5,%hi(.LC16)
	addi	a0,a5,%lo(.LC16)
	call	put_str
	lw	a0,-20(s0)
	call	put_int
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
	call	put_str
	lw	a0,-20(s0)
	call	pick
	mv	a4,a0
	lw	a5,-20(s0)
	addi	a5,a5,-2
	seqz	a5,a5
	andi	a5,a5,0xff
	mv	a3,a5
	addi	a5,s0,-376
	mv	a2,a4
	li	a1,10
	mv	a0,a5
	call	fold
	mv	a5,a0
	mv	a0,a5
	call	put_int
	call	put_nl
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L207:
	lw	a4,-20(s0)
	li	a5,4
	ble	a4,a5,.L208
	addi	a4,s0,-376
	lui	a5,%hi(cmp_int_desc)
	addi	a3,a5,%lo(cmp_int_desc)
	li	a2,4
	li	a1,10
	mv	a0,a4
	call	gsort
	lui	a5,%hi(.LC17)
	addi	a0,a5,%lo(.LC17)
	call	put_str
	sw	zero,-20(s0)
	j	.L209
.L210:
	li	a0,32
	call	put_char
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-360(a5)
	mv	a0,a5
	call	put_int
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L209:
	lw	a4,-20(s0)
	li	a5,9
	ble	a4,a5,.L210
	call	put_nl
	lw	a1,-24(s0)
	lui	a5,%hi(.LC18)
	addi	a0,a5,%lo(.LC18)
	call	put_kv
	lw	a5,-24(s0)
	andi	a5,a5,255
	mv	a0,a5
	lw	ra,540(sp)
	lw	s0,536(sp)
	addi	sp,sp,544
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.1, @object
	.size	hex.1, 17
hex.1:
	.string	"0123456789abcdef"
	.align	2
	.type	table.0, @object
	.size	table.0, 20
table.0:
	.word	op_add
	.word	op_sub
	.word	op_mul
	.word	op_max
	.word	op_xor
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
