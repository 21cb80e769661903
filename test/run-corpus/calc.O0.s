	.file	"calc.c"
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
	.type	rt_exit, @function
rt_exit:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a0,-20(s0)
	li	a7,93
 #APP
# 82 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
.L10:
	j	.L10
	.size	rt_exit, .-rt_exit
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
	j	.L12
.L17:
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
	bge	a5,zero,.L13
	lw	a5,-24(s0)
	j	.L14
.L13:
	lw	a5,-24(s0)
	beq	a5,zero,.L18
	lw	a5,-24(s0)
	lw	a4,-20(s0)
	add	a5,a4,a5
	sw	a5,-20(s0)
.L12:
	lw	a4,-20(s0)
	lw	a5,-44(s0)
	bltu	a4,a5,.L17
	j	.L16
.L18:
	nop
.L16:
	lw	a5,-20(s0)
.L14:
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
	j	.L20
.L21:
	lw	a4,-24(s0)
	addi	a5,a4,1
	sw	a5,-24(s0)
	lw	a5,-20(s0)
	addi	a3,a5,1
	sw	a3,-20(s0)
	lbu	a4,0(a4)
	sb	a4,0(a5)
.L20:
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	bne	a5,zero,.L21
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
	bgeu	a4,a5,.L28
	j	.L25
.L26:
	lw	a4,-24(s0)
	addi	a5,a4,1
	sw	a5,-24(s0)
	lw	a5,-20(s0)
	addi	a3,a5,1
	sw	a3,-20(s0)
	lbu	a4,0(a4)
	sb	a4,0(a5)
.L25:
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	bne	a5,zero,.L26
	j	.L27
.L29:
	lw	a4,-24(s0)
	lw	a5,-44(s0)
	add	a4,a4,a5
	lw	a3,-20(s0)
	lw	a5,-44(s0)
	add	a5,a3,a5
	lbu	a4,0(a4)
	sb	a4,0(a5)
.L28:
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	bne	a5,zero,.L29
.L27:
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
	j	.L32
.L33:
	lw	a5,-20(s0)
	addi	a4,a5,1
	sw	a4,-20(s0)
	lw	a4,-40(s0)
	andi	a4,a4,0xff
	sb	a4,0(a5)
.L32:
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	bne	a5,zero,.L33
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
	j	.L36
.L39:
	lw	a5,-20(s0)
	lbu	a4,0(a5)
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	beq	a4,a5,.L37
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	mv	a4,a5
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	sub	a5,a4,a5
	j	.L38
.L37:
	lw	a5,-44(s0)
	addi	a5,a5,-1
	sw	a5,-44(s0)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L36:
	lw	a5,-44(s0)
	bne	a5,zero,.L39
	li	a5,0
.L38:
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
	j	.L41
.L42:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L41:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L42
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
	j	.L45
.L47:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L45:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	beq	a5,zero,.L46
	lw	a5,-20(s0)
	lbu	a4,0(a5)
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	beq	a4,a5,.L47
.L46:
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
	bne	a5,zero,.L50
	lw	a3,-68(s0)
	lw	a4,-56(s0)
	lw	a5,-52(s0)
	sw	a4,0(a3)
	sw	a5,4(a3)
	li	a4,-1
	li	a5,-1
	j	.L51
.L50:
	li	a5,63
	sw	a5,-36(s0)
	j	.L52
.L59:
	lw	a5,-32(s0)
	srli	a5,a5,31
	lw	a4,-28(s0)
	slli	t4,a4,1
	or	t4,a5,t4
	lw	a5,-32(s0)
	slli	t3,a5,1
	lw	a5,-36(s0)
	addi	a5,a5,-32
	blt	a5,zero,.L53
	lw	a4,-52(s0)
	srl	a6,a4,a5
	li	a7,0
	j	.L54
.L53:
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
.L54:
	andi	t5,a6,1
	andi	t6,a7,0
	or	a5,t3,t5
	sw	a5,-32(s0)
	or	a5,t4,t6
	sw	a5,-28(s0)
	lw	a4,-60(s0)
	lw	a5,-28(s0)
	bgtu	a4,a5,.L55
	lw	a4,-60(s0)
	lw	a5,-28(s0)
	bne	a4,a5,.L60
	lw	a4,-64(s0)
	lw	a5,-32(s0)
	bgtu	a4,a5,.L55
.L60:
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
	blt	a5,zero,.L57
	li	a4,1
	sll	t2,a4,a5
	li	t1,0
	j	.L58
.L57:
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
.L58:
	lw	a5,-24(s0)
	or	s2,a5,t1
	lw	a5,-20(s0)
	or	s3,a5,t2
	sw	s2,-24(s0)
	sw	s3,-20(s0)
.L55:
	lw	a5,-36(s0)
	addi	a5,a5,-1
	sw	a5,-36(s0)
.L52:
	lw	a5,-36(s0)
	bge	a5,zero,.L59
	lw	a3,-68(s0)
	lw	a4,-32(s0)
	lw	a5,-28(s0)
	sw	a4,0(a3)
	sw	a5,4(a3)
	lw	a4,-24(s0)
	lw	a5,-20(s0)
.L51:
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
	bge	a5,zero,.L66
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
	j	.L68
.L66:
	lw	a4,-56(s0)
	lw	a5,-52(s0)
.L68:
	sw	a4,-24(s0)
	sw	a5,-20(s0)
	lw	a5,-60(s0)
	bge	a5,zero,.L69
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
	j	.L71
.L69:
	lw	a4,-64(s0)
	lw	a5,-60(s0)
.L71:
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
	bne	a5,zero,.L72
	li	a4,-1
	li	a5,-1
	j	.L77
.L72:
	lw	a4,-56(s0)
	lw	a5,-64(s0)
	xor	s2,a4,a5
	lw	a4,-52(s0)
	lw	a5,-60(s0)
	xor	s3,a4,a5
	mv	a5,s3
	bge	a5,zero,.L74
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
	j	.L77
.L74:
	lw	a4,-40(s0)
	lw	a5,-36(s0)
.L77:
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
	bge	a5,zero,.L79
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
	j	.L81
.L79:
	lw	a4,-56(s0)
	lw	a5,-52(s0)
.L81:
	sw	a4,-24(s0)
	sw	a5,-20(s0)
	lw	a5,-60(s0)
	bge	a5,zero,.L82
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
	j	.L84
.L82:
	lw	a4,-64(s0)
	lw	a5,-60(s0)
.L84:
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
	bge	a5,zero,.L85
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
	j	.L87
.L85:
	lw	a4,-40(s0)
	lw	a5,-36(s0)
.L87:
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
	bne	a5,zero,.L90
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
	beq	a4,a5,.L90
	lw	a0,-20(s0)
	call	rt_brk
	mv	a4,a0
	lw	a5,-20(s0)
	beq	a5,a4,.L91
	li	a5,0
	j	.L92
.L91:
	lui	a5,%hi(rt_heap_end)
	lw	a4,-20(s0)
	sw	a4,%lo(rt_heap_end)(a5)
.L90:
	lui	a5,%hi(rt_heap_end)
	lw	a5,%lo(rt_heap_end)(a5)
	sw	a5,-24(s0)
	lw	a4,-24(s0)
	lw	a5,-36(s0)
	add	a5,a4,a5
	sw	a5,-20(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	bltu	a4,a5,.L93
	lw	a0,-20(s0)
	call	rt_brk
	mv	a4,a0
	lw	a5,-20(s0)
	beq	a5,a4,.L94
.L93:
	li	a5,0
	j	.L92
.L94:
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
.L92:
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
	bleu	a4,a5,.L96
	li	a5,0
	j	.L97
.L96:
	lw	a5,-36(s0)
	addi	a5,a5,7
	andi	a5,a5,-8
	sw	a5,-36(s0)
	lw	a5,-36(s0)
	bne	a5,zero,.L98
	li	a5,8
	sw	a5,-36(s0)
.L98:
	lw	a4,-36(s0)
	li	a5,135
	bgtu	a4,a5,.L99
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
	beq	a5,zero,.L100
	lw	a5,-24(s0)
	lw	a4,4(a5)
	lw	a5,-20(s0)
	sw	a4,0(a5)
	lw	a5,-24(s0)
	addi	a5,a5,8
	j	.L97
.L99:
	lui	a5,%hi(rt_free_large)
	addi	a5,a5,%lo(rt_free_large)
	sw	a5,-20(s0)
	j	.L101
.L103:
	lw	a5,-24(s0)
	lw	a5,0(a5)
	lw	a4,-36(s0)
	bgtu	a4,a5,.L102
	lw	a5,-24(s0)
	lw	a4,4(a5)
	lw	a5,-20(s0)
	sw	a4,0(a5)
	lw	a5,-24(s0)
	addi	a5,a5,8
	j	.L97
.L102:
	lw	a5,-24(s0)
	addi	a5,a5,4
	sw	a5,-20(s0)
.L101:
	lw	a5,-20(s0)
	lw	a5,0(a5)
	sw	a5,-24(s0)
	lw	a5,-24(s0)
	bne	a5,zero,.L103
.L100:
	lw	a5,-36(s0)
	addi	a5,a5,8
	mv	a0,a5
	call	rt_sbrk
	sw	a0,-24(s0)
	lw	a5,-24(s0)
	bne	a5,zero,.L104
	li	a5,0
	j	.L97
.L104:
	lw	a5,-24(s0)
	lw	a4,-36(s0)
	sw	a4,0(a5)
	lw	a5,-24(s0)
	sw	zero,4(a5)
	lw	a5,-24(s0)
	addi	a5,a5,8
.L97:
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
	beq	a5,zero,.L110
	lw	a5,-36(s0)
	addi	a5,a5,-8
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	lw	a4,0(a5)
	li	a5,135
	bgtu	a4,a5,.L108
	lw	a5,-20(s0)
	lw	a5,0(a5)
	srli	a5,a5,3
	addi	a5,a5,-1
	slli	a4,a5,2
	lui	a5,%hi(rt_free_small)
	addi	a5,a5,%lo(rt_free_small)
	add	a5,a4,a5
	j	.L109
.L108:
	lui	a5,%hi(rt_free_large)
	addi	a5,a5,%lo(rt_free_large)
.L109:
	sw	a5,-24(s0)
	lw	a5,-24(s0)
	lw	a4,0(a5)
	lw	a5,-20(s0)
	sw	a4,4(a5)
	lw	a5,-24(s0)
	lw	a4,-20(s0)
	sw	a4,0(a5)
	j	.L105
.L110:
	nop
.L105:
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
	beq	a5,zero,.L112
	lw	a4,-20(s0)
	lw	a5,-40(s0)
	divu	a5,a4,a5
	lw	a4,-36(s0)
	beq	a4,a5,.L112
	li	a5,0
	j	.L113
.L112:
	lw	a0,-20(s0)
	call	malloc
	sw	a0,-24(s0)
	lw	a5,-24(s0)
	beq	a5,zero,.L114
	lw	a2,-20(s0)
	li	a1,0
	lw	a0,-24(s0)
	call	memset
.L114:
	lw	a5,-24(s0)
.L113:
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
.L120:
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
	bne	a5,zero,.L120
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
	bge	a5,zero,.L122
	li	a0,45
	call	put_char
	lw	a5,-20(s0)
	neg	a5,a5
	mv	a0,a5
	call	put_uint
	j	.L124
.L122:
	lw	a5,-20(s0)
	mv	a0,a5
	call	put_uint
.L124:
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
	ble	a4,a5,.L126
	li	a5,8
	sw	a5,-40(s0)
.L126:
	lw	a5,-40(s0)
	bgt	a5,zero,.L127
	li	a5,1
	sw	a5,-40(s0)
.L127:
	lw	a5,-40(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	j	.L128
.L129:
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
.L128:
	lw	a5,-20(s0)
	bge	a5,zero,.L129
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
.L131:
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
	bne	a5,zero,.L131
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
	bge	a5,zero,.L133
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
	j	.L136
.L133:
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	mv	a0,a4
	mv	a1,a5
	call	put_u64
.L136:
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
	.local	input
	.comm	input,4096,4
	.local	in_len
	.comm	in_len,4,4
	.local	pos
	.comm	pos,4,4
	.local	vars
	.comm	vars,104,4
	.local	defined
	.comm	defined,104,4
	.local	error
	.comm	error,4,4
	.text
	.align	2
	.type	peek, @function
peek:
	addi	sp,sp,-16
	sw	s0,12(sp)
	addi	s0,sp,16
	j	.L141
.L143:
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,1
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
.L141:
	lui	a5,%hi(pos)
	lw	a4,%lo(pos)(a5)
	lui	a5,%hi(in_len)
	lw	a5,%lo(in_len)(a5)
	bge	a4,a5,.L142
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	lui	a4,%hi(input)
	addi	a4,a4,%lo(input)
	add	a5,a4,a5
	lbu	a4,0(a5)
	li	a5,32
	beq	a4,a5,.L143
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	lui	a4,%hi(input)
	addi	a4,a4,%lo(input)
	add	a5,a4,a5
	lbu	a4,0(a5)
	li	a5,9
	beq	a4,a5,.L143
.L142:
	lui	a5,%hi(pos)
	lw	a4,%lo(pos)(a5)
	lui	a5,%hi(in_len)
	lw	a5,%lo(in_len)(a5)
	bge	a4,a5,.L144
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	lui	a4,%hi(input)
	addi	a4,a4,%lo(input)
	add	a5,a4,a5
	lbu	a5,0(a5)
	j	.L146
.L144:
	li	a5,10
.L146:
	mv	a0,a5
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	peek, .-peek
	.section	.rodata
	.align	2
.LC2:
	.string	"expected )"
	.align	2
.LC3:
	.string	"undefined variable"
	.align	2
.LC4:
	.string	"unexpected end of line"
	.align	2
.LC5:
	.string	"unexpected character"
	.text
	.align	2
	.type	primary, @function
primary:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	call	peek
	sw	a0,-28(s0)
	sw	zero,-20(s0)
	lui	a5,%hi(error)
	lw	a5,%lo(error)(a5)
	beq	a5,zero,.L148
	li	a5,0
	j	.L149
.L148:
	lw	a4,-28(s0)
	li	a5,40
	bne	a4,a5,.L150
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,1
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
	call	expr
	sw	a0,-20(s0)
	call	peek
	mv	a4,a0
	li	a5,41
	beq	a4,a5,.L151
	lui	a5,%hi(error)
	lw	a5,%lo(error)(a5)
	bne	a5,zero,.L152
	lui	a5,%hi(error)
	lui	a4,%hi(.LC2)
	addi	a4,a4,%lo(.LC2)
	sw	a4,%lo(error)(a5)
.L152:
	li	a5,0
	j	.L149
.L151:
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,1
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
	lw	a5,-20(s0)
	j	.L149
.L150:
	lw	a4,-28(s0)
	li	a5,45
	bne	a4,a5,.L153
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,1
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
	call	primary
	mv	a5,a0
	neg	a5,a5
	j	.L149
.L153:
	lw	a4,-28(s0)
	li	a5,126
	bne	a4,a5,.L154
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,1
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
	call	primary
	mv	a5,a0
	not	a5,a5
	j	.L149
.L154:
	lw	a4,-28(s0)
	li	a5,47
	ble	a4,a5,.L155
	lw	a4,-28(s0)
	li	a5,57
	bgt	a4,a5,.L155
	lw	a4,-28(s0)
	li	a5,48
	bne	a4,a5,.L162
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a5,a5,1
	lui	a4,%hi(input)
	addi	a4,a4,%lo(input)
	add	a5,a4,a5
	lbu	a4,0(a5)
	li	a5,120
	beq	a4,a5,.L157
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a5,a5,1
	lui	a4,%hi(input)
	addi	a4,a4,%lo(input)
	add	a5,a4,a5
	lbu	a4,0(a5)
	li	a5,88
	bne	a4,a5,.L162
.L157:
	sw	zero,-24(s0)
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,2
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
.L161:
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	lui	a4,%hi(input)
	addi	a4,a4,%lo(input)
	add	a5,a4,a5
	lbu	a5,0(a5)
	sw	a5,-28(s0)
	lw	a4,-28(s0)
	li	a5,47
	ble	a4,a5,.L158
	lw	a4,-28(s0)
	li	a5,57
	bgt	a4,a5,.L158
	lw	a5,-24(s0)
	slli	a4,a5,4
	lw	a5,-28(s0)
	add	a5,a4,a5
	addi	a5,a5,-48
	sw	a5,-24(s0)
	j	.L159
.L158:
	lw	a5,-28(s0)
	ori	a4,a5,32
	li	a5,96
	ble	a4,a5,.L160
	lw	a5,-28(s0)
	ori	a4,a5,32
	li	a5,102
	bgt	a4,a5,.L160
	lw	a5,-24(s0)
	slli	a5,a5,4
	lw	a4,-28(s0)
	ori	a4,a4,32
	add	a5,a5,a4
	addi	a5,a5,-87
	sw	a5,-24(s0)
.L159:
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,1
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
	j	.L161
.L160:
	lw	a5,-24(s0)
	j	.L149
.L164:
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,1
	mv	a2,a5
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a3,a5,1
	lui	a4,%hi(pos)
	sw	a3,%lo(pos)(a4)
	lui	a4,%hi(input)
	addi	a4,a4,%lo(input)
	add	a5,a4,a5
	lbu	a5,0(a5)
	add	a5,a2,a5
	addi	a5,a5,-48
	sw	a5,-20(s0)
.L162:
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	lui	a4,%hi(input)
	addi	a4,a4,%lo(input)
	add	a5,a4,a5
	lbu	a4,0(a5)
	li	a5,47
	bleu	a4,a5,.L163
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	lui	a4,%hi(input)
	addi	a4,a4,%lo(input)
	add	a5,a4,a5
	lbu	a4,0(a5)
	li	a5,57
	bleu	a4,a5,.L164
.L163:
	lw	a5,-20(s0)
	j	.L149
.L155:
	lw	a4,-28(s0)
	li	a5,96
	ble	a4,a5,.L165
	lw	a4,-28(s0)
	li	a5,122
	bgt	a4,a5,.L165
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,1
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
	lw	a5,-28(s0)
	addi	a5,a5,-97
	lui	a4,%hi(defined)
	addi	a4,a4,%lo(defined)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	bne	a5,zero,.L166
	lui	a5,%hi(error)
	lui	a4,%hi(.LC3)
	addi	a4,a4,%lo(.LC3)
	sw	a4,%lo(error)(a5)
	li	a5,0
	j	.L149
.L166:
	lw	a5,-28(s0)
	addi	a5,a5,-97
	lui	a4,%hi(vars)
	addi	a4,a4,%lo(vars)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	j	.L149
.L165:
	lw	a4,-28(s0)
	li	a5,10
	bne	a4,a5,.L167
	lui	a5,%hi(.LC4)
	addi	a5,a5,%lo(.LC4)
	j	.L168
.L167:
	lui	a5,%hi(.LC5)
	addi	a5,a5,%lo(.LC5)
.L168:
	lui	a4,%hi(error)
	sw	a5,%lo(error)(a4)
	li	a5,0
.L149:
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	primary, .-primary
	.section	.rodata
	.align	2
.LC6:
	.string	"division by zero"
	.text
	.align	2
	.type	term, @function
term:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	call	primary
	sw	a0,-20(s0)
	j	.L170
.L180:
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,1
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
	call	primary
	sw	a0,-28(s0)
	lui	a5,%hi(error)
	lw	a5,%lo(error)(a5)
	bne	a5,zero,.L182
	lw	a4,-24(s0)
	li	a5,42
	bne	a4,a5,.L173
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	mul	a5,a4,a5
	sw	a5,-20(s0)
	j	.L170
.L173:
	lw	a5,-28(s0)
	bne	a5,zero,.L174
	lui	a5,%hi(error)
	lui	a4,%hi(.LC6)
	addi	a4,a4,%lo(.LC6)
	sw	a4,%lo(error)(a5)
	j	.L170
.L174:
	lw	a4,-20(s0)
	li	a5,-2147483648
	bne	a4,a5,.L175
	lw	a4,-28(s0)
	li	a5,-1
	bne	a4,a5,.L175
	lw	a4,-24(s0)
	li	a5,47
	bne	a4,a5,.L176
	lw	a5,-20(s0)
	j	.L177
.L176:
	li	a5,0
.L177:
	sw	a5,-20(s0)
	j	.L170
.L175:
	lw	a4,-24(s0)
	li	a5,47
	bne	a4,a5,.L178
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	div	a5,a4,a5
	j	.L179
.L178:
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	rem	a5,a4,a5
.L179:
	sw	a5,-20(s0)
.L170:
	lui	a5,%hi(error)
	lw	a5,%lo(error)(a5)
	bne	a5,zero,.L172
	call	peek
	sw	a0,-24(s0)
	lw	a4,-24(s0)
	li	a5,42
	beq	a4,a5,.L180
	lw	a4,-24(s0)
	li	a5,47
	beq	a4,a5,.L180
	lw	a4,-24(s0)
	li	a5,37
	beq	a4,a5,.L180
	j	.L172
.L182:
	nop
.L172:
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	term, .-term
	.align	2
	.type	sum, @function
sum:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	call	term
	sw	a0,-20(s0)
	j	.L184
.L188:
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,1
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
	call	term
	sw	a0,-28(s0)
	lw	a4,-24(s0)
	li	a5,43
	bne	a4,a5,.L185
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	add	a5,a4,a5
	j	.L186
.L185:
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	sub	a5,a4,a5
.L186:
	sw	a5,-20(s0)
.L184:
	lui	a5,%hi(error)
	lw	a5,%lo(error)(a5)
	bne	a5,zero,.L187
	call	peek
	sw	a0,-24(s0)
	lw	a4,-24(s0)
	li	a5,43
	beq	a4,a5,.L188
	lw	a4,-24(s0)
	li	a5,45
	beq	a4,a5,.L188
.L187:
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	sum, .-sum
	.align	2
	.type	shift, @function
shift:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	call	sum
	sw	a0,-20(s0)
	j	.L191
.L196:
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,2
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
	call	sum
	mv	a5,a0
	andi	a5,a5,31
	sw	a5,-28(s0)
	lw	a4,-24(s0)
	li	a5,60
	bne	a4,a5,.L192
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	sll	a5,a4,a5
	j	.L193
.L192:
	lw	a5,-28(s0)
	lw	a4,-20(s0)
	sra	a5,a4,a5
.L193:
	sw	a5,-20(s0)
.L191:
	lui	a5,%hi(error)
	lw	a5,%lo(error)(a5)
	bne	a5,zero,.L194
	call	peek
	sw	a0,-24(s0)
	lw	a4,-24(s0)
	li	a5,60
	beq	a4,a5,.L195
	lw	a4,-24(s0)
	li	a5,62
	bne	a4,a5,.L194
.L195:
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a5,a5,1
	lui	a4,%hi(input)
	addi	a4,a4,%lo(input)
	add	a5,a4,a5
	lbu	a5,0(a5)
	mv	a4,a5
	lw	a5,-24(s0)
	beq	a5,a4,.L196
.L194:
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	shift, .-shift
	.align	2
	.type	bitwise, @function
bitwise:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	call	shift
	sw	a0,-20(s0)
	j	.L199
.L205:
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,1
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
	call	shift
	sw	a0,-28(s0)
	lw	a4,-24(s0)
	li	a5,38
	bne	a4,a5,.L200
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	and	a5,a4,a5
	j	.L201
.L200:
	lw	a4,-24(s0)
	li	a5,124
	bne	a4,a5,.L202
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	or	a5,a4,a5
	j	.L201
.L202:
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	xor	a5,a4,a5
.L201:
	sw	a5,-20(s0)
.L199:
	lui	a5,%hi(error)
	lw	a5,%lo(error)(a5)
	bne	a5,zero,.L204
	call	peek
	sw	a0,-24(s0)
	lw	a4,-24(s0)
	li	a5,38
	beq	a4,a5,.L205
	lw	a4,-24(s0)
	li	a5,124
	beq	a4,a5,.L205
	lw	a4,-24(s0)
	li	a5,94
	beq	a4,a5,.L205
.L204:
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	bitwise, .-bitwise
	.align	2
	.type	expr, @function
expr:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	addi	s0,sp,16
	call	bitwise
	mv	a5,a0
	mv	a0,a5
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	expr, .-expr
	.section	.rodata
	.align	2
.LC7:
	.string	"["
	.align	2
.LC8:
	.string	"] "
	.align	2
.LC9:
	.string	" -> quitting with "
	.align	2
.LC10:
	.string	"trailing characters"
	.align	2
.LC11:
	.string	" -> error: "
	.align	2
.LC12:
	.string	" -> "
	.align	2
.LC13:
	.string	" (stored)"
	.text
	.align	2
	.type	statement, @function
statement:
	addi	sp,sp,-64
	sw	ra,60(sp)
	sw	s0,56(sp)
	addi	s0,sp,64
	sw	a0,-52(s0)
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	sw	a5,-24(s0)
	li	a5,-1
	sw	a5,-20(s0)
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	put_str
	lw	a0,-52(s0)
	call	put_int
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	put_str
	j	.L210
.L212:
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a3,a5,1
	lui	a4,%hi(pos)
	sw	a3,%lo(pos)(a4)
	lui	a4,%hi(input)
	addi	a4,a4,%lo(input)
	add	a5,a4,a5
	lbu	a5,0(a5)
	mv	a0,a5
	call	put_char
.L210:
	lui	a5,%hi(pos)
	lw	a4,%lo(pos)(a5)
	lui	a5,%hi(in_len)
	lw	a5,%lo(in_len)(a5)
	bge	a4,a5,.L211
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	lui	a4,%hi(input)
	addi	a4,a4,%lo(input)
	add	a5,a4,a5
	lbu	a4,0(a5)
	li	a5,10
	bne	a4,a5,.L212
.L211:
	lui	a5,%hi(pos)
	lw	a4,-24(s0)
	sw	a4,%lo(pos)(a5)
	call	peek
	mv	a4,a0
	li	a5,113
	bne	a4,a5,.L213
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a5,a5,1
	lui	a4,%hi(input)
	addi	a4,a4,%lo(input)
	add	a5,a4,a5
	lbu	a4,0(a5)
	li	a5,117
	bne	a4,a5,.L213
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,4
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
	lui	a5,%hi(error)
	sw	zero,%lo(error)(a5)
	call	expr
	sw	a0,-28(s0)
	lui	a5,%hi(.LC9)
	addi	a0,a5,%lo(.LC9)
	call	put_str
	lw	a0,-28(s0)
	call	put_int
	call	put_nl
	lw	a0,-28(s0)
	call	rt_exit
.L213:
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	sw	a5,-32(s0)
	call	peek
	mv	a4,a0
	li	a5,96
	ble	a4,a5,.L214
	call	peek
	mv	a4,a0
	li	a5,122
	bgt	a4,a5,.L214
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	lui	a4,%hi(input)
	addi	a4,a4,%lo(input)
	add	a5,a4,a5
	lbu	a5,0(a5)
	addi	a5,a5,-97
	sw	a5,-20(s0)
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,1
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
	call	peek
	mv	a4,a0
	li	a5,61
	bne	a4,a5,.L215
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,1
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
	j	.L214
.L215:
	li	a5,-1
	sw	a5,-20(s0)
	lui	a5,%hi(pos)
	lw	a4,-32(s0)
	sw	a4,%lo(pos)(a5)
.L214:
	lui	a5,%hi(error)
	sw	zero,%lo(error)(a5)
	call	expr
	sw	a0,-36(s0)
	lui	a5,%hi(error)
	lw	a5,%lo(error)(a5)
	bne	a5,zero,.L216
	call	peek
	mv	a4,a0
	li	a5,10
	beq	a4,a5,.L216
	lui	a5,%hi(error)
	lui	a4,%hi(.LC10)
	addi	a4,a4,%lo(.LC10)
	sw	a4,%lo(error)(a5)
.L216:
	lui	a5,%hi(error)
	lw	a5,%lo(error)(a5)
	beq	a5,zero,.L217
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	put_str
	lui	a5,%hi(error)
	lw	a5,%lo(error)(a5)
	mv	a0,a5
	call	put_str
	j	.L218
.L217:
	lui	a5,%hi(.LC12)
	addi	a0,a5,%lo(.LC12)
	call	put_str
	lw	a0,-36(s0)
	call	put_int
	lw	a5,-20(s0)
	blt	a5,zero,.L218
	lui	a5,%hi(vars)
	addi	a4,a5,%lo(vars)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,-36(s0)
	sw	a4,0(a5)
	lui	a5,%hi(defined)
	addi	a4,a5,%lo(defined)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	li	a4,1
	sw	a4,0(a5)
	lui	a5,%hi(.LC13)
	addi	a0,a5,%lo(.LC13)
	call	put_str
.L218:
	call	put_nl
	j	.L219
.L221:
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,1
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
.L219:
	lui	a5,%hi(pos)
	lw	a4,%lo(pos)(a5)
	lui	a5,%hi(in_len)
	lw	a5,%lo(in_len)(a5)
	bge	a4,a5,.L220
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	lui	a4,%hi(input)
	addi	a4,a4,%lo(input)
	add	a5,a4,a5
	lbu	a4,0(a5)
	li	a5,10
	bne	a4,a5,.L221
.L220:
	lui	a5,%hi(pos)
	lw	a5,%lo(pos)(a5)
	addi	a4,a5,1
	lui	a5,%hi(pos)
	sw	a4,%lo(pos)(a5)
	nop
	lw	ra,60(sp)
	lw	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	statement, .-statement
	.section	.rodata
	.align	2
.LC14:
	.string	"bytes of input"
	.align	2
.LC15:
	.string	"end of input\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	li	a5,1
	sw	a5,-20(s0)
	li	a5,4096
	addi	a2,a5,-1
	lui	a5,%hi(input)
	addi	a1,a5,%lo(input)
	li	a0,0
	call	rt_read_all
	mv	a4,a0
	lui	a5,%hi(in_len)
	sw	a4,%lo(in_len)(a5)
	lui	a5,%hi(in_len)
	lw	a5,%lo(in_len)(a5)
	mv	a1,a5
	lui	a5,%hi(.LC14)
	addi	a0,a5,%lo(.LC14)
	call	put_kv
	j	.L223
.L224:
	lw	a5,-20(s0)
	addi	a4,a5,1
	sw	a4,-20(s0)
	mv	a0,a5
	call	statement
.L223:
	lui	a5,%hi(pos)
	lw	a4,%lo(pos)(a5)
	lui	a5,%hi(in_len)
	lw	a5,%lo(in_len)(a5)
	blt	a4,a5,.L224
	lui	a5,%hi(.LC15)
	addi	a0,a5,%lo(.LC15)
	call	put_str
	li	a5,0
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
