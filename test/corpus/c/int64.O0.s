	.file	"int64.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	rt_write, @function
rt_write:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	lw	a0,-20(s0)
	lw	a5,-24(s0)
	mv	a1,a5
	lw	a5,-28(s0)
	mv	a2,a5
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a5,a0
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	rt_write, .-rt_write
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
# 38 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
.L4:
	j	.L4
	.size	rt_exit, .-rt_exit
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
	j	.L6
.L7:
	lw	a4,-24(s0)
	addi	a5,a4,1
	sw	a5,-24(s0)
	lw	a5,-20(s0)
	addi	a3,a5,1
	sw	a3,-20(s0)
	lbu	a4,0(a4)
	sb	a4,0(a5)
.L6:
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	bne	a5,zero,.L7
	lw	a5,-36(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	memcpy, .-memcpy
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
	j	.L10
.L11:
	lw	a5,-20(s0)
	addi	a4,a5,1
	sw	a4,-20(s0)
	lw	a4,-40(s0)
	andi	a4,a4,0xff
	sb	a4,0(a5)
.L10:
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	bne	a5,zero,.L11
	lw	a5,-36(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	memset, .-memset
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
	j	.L14
.L15:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L14:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L15
	lw	a4,-20(s0)
	lw	a5,-36(s0)
	sub	a5,a4,a5
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	strlen, .-strlen
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
.L21:
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
	bne	a5,zero,.L21
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
	bge	a5,zero,.L23
	li	a0,45
	call	put_char
	lw	a5,-20(s0)
	neg	a5,a5
	mv	a0,a5
	call	put_uint
	j	.L25
.L23:
	lw	a5,-20(s0)
	mv	a0,a5
	call	put_uint
.L25:
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
	ble	a4,a5,.L27
	li	a5,8
	sw	a5,-40(s0)
.L27:
	lw	a5,-40(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	j	.L28
.L29:
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
.L28:
	lw	a5,-20(s0)
	bge	a5,zero,.L29
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
	.align	2
	.globl	_start
	.type	_start, @function
_start:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	addi	s0,sp,16
	call	main
	mv	a5,a0
	mv	a0,a5
	call	rt_exit
	.size	_start, .-_start
	.align	2
	.globl	__udivmoddi4
	.type	__udivmoddi4, @function
__udivmoddi4:
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
	li	a5,63
	sw	a5,-36(s0)
	j	.L33
.L40:
	lw	a5,-32(s0)
	srli	a5,a5,31
	lw	a4,-28(s0)
	slli	t4,a4,1
	or	t4,a5,t4
	lw	a5,-32(s0)
	slli	t3,a5,1
	lw	a5,-36(s0)
	addi	a5,a5,-32
	blt	a5,zero,.L34
	lw	a4,-52(s0)
	srl	a6,a4,a5
	li	a7,0
	j	.L35
.L34:
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
.L35:
	andi	t5,a6,1
	andi	t6,a7,0
	or	a5,t3,t5
	sw	a5,-32(s0)
	or	a5,t4,t6
	sw	a5,-28(s0)
	lw	a4,-60(s0)
	lw	a5,-28(s0)
	bgtu	a4,a5,.L36
	lw	a4,-60(s0)
	lw	a5,-28(s0)
	bne	a4,a5,.L43
	lw	a4,-64(s0)
	lw	a5,-32(s0)
	bgtu	a4,a5,.L36
.L43:
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
	blt	a5,zero,.L38
	li	a4,1
	sll	t2,a4,a5
	li	t1,0
	j	.L39
.L38:
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
.L39:
	lw	a5,-24(s0)
	or	s2,a5,t1
	lw	a5,-20(s0)
	or	s3,a5,t2
	sw	s2,-24(s0)
	sw	s3,-20(s0)
.L36:
	lw	a5,-36(s0)
	addi	a5,a5,-1
	sw	a5,-36(s0)
.L33:
	lw	a5,-36(s0)
	bge	a5,zero,.L40
	lw	a5,-68(s0)
	beq	a5,zero,.L41
	lw	a3,-68(s0)
	lw	a4,-32(s0)
	lw	a5,-28(s0)
	sw	a4,0(a3)
	sw	a5,4(a3)
.L41:
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	mv	a0,a4
	mv	a1,a5
	lw	s0,76(sp)
	lw	s2,72(sp)
	lw	s3,68(sp)
	addi	sp,sp,80
	jr	ra
	.size	__udivmoddi4, .-__udivmoddi4
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-24(s0)
	sw	a1,-20(s0)
	sw	a2,-32(s0)
	sw	a3,-28(s0)
	li	a4,0
	lw	a2,-32(s0)
	lw	a3,-28(s0)
	lw	a0,-24(s0)
	lw	a1,-20(s0)
	call	__udivmoddi4
	mv	a4,a0
	mv	a5,a1
	mv	a0,a4
	mv	a1,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
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
	call	__udivmoddi4
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
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-48(s0)
	sw	a3,-44(s0)
	lw	a2,-40(s0)
	lw	a3,-48(s0)
	xor	a4,a2,a3
	lw	a2,-36(s0)
	lw	a3,-44(s0)
	xor	a5,a2,a3
	srli	a5,a5,31
	andi	a5,a5,0xff
	sw	a5,-20(s0)
	lw	a5,-36(s0)
	bge	a5,zero,.L49
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
	mv	a6,a2
	mv	a7,a3
	j	.L51
.L49:
	lw	a6,-40(s0)
	lw	a7,-36(s0)
.L51:
	lw	a5,-44(s0)
	bge	a5,zero,.L52
	lw	a0,-48(s0)
	lw	a1,-44(s0)
	li	a4,0
	li	a5,0
	sub	a2,a4,a0
	mv	t1,a2
	sgtu	t1,t1,a4
	sub	a3,a5,a1
	sub	a5,a3,t1
	mv	a3,a5
	j	.L54
.L52:
	lw	a2,-48(s0)
	lw	a3,-44(s0)
.L54:
	li	a4,0
	mv	a0,a6
	mv	a1,a7
	call	__udivmoddi4
	sw	a0,-32(s0)
	sw	a1,-28(s0)
	lw	a5,-20(s0)
	beq	a5,zero,.L55
	lw	a0,-32(s0)
	lw	a1,-28(s0)
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
	j	.L57
.L55:
	lw	a4,-32(s0)
	lw	a5,-28(s0)
.L57:
	mv	a0,a4
	mv	a1,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	__divdi3, .-__divdi3
	.align	2
	.globl	__moddi3
	.type	__moddi3, @function
__moddi3:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-48(s0)
	sw	a3,-44(s0)
	lw	a5,-36(s0)
	bge	a5,zero,.L59
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
	mv	a6,a2
	mv	a7,a3
	j	.L61
.L59:
	lw	a6,-40(s0)
	lw	a7,-36(s0)
.L61:
	lw	a5,-44(s0)
	bge	a5,zero,.L62
	lw	a0,-48(s0)
	lw	a1,-44(s0)
	li	a4,0
	li	a5,0
	sub	a2,a4,a0
	mv	t1,a2
	sgtu	t1,t1,a4
	sub	a3,a5,a1
	sub	a5,a3,t1
	mv	a3,a5
	j	.L64
.L62:
	lw	a2,-48(s0)
	lw	a3,-44(s0)
.L64:
	addi	a5,s0,-24
	mv	a4,a5
	mv	a0,a6
	mv	a1,a7
	call	__udivmoddi4
	lw	a5,-36(s0)
	bge	a5,zero,.L65
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	mv	a0,a4
	mv	a1,a5
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
.L65:
	lw	a4,-24(s0)
	lw	a5,-20(s0)
.L68:
	mv	a0,a4
	mv	a1,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	__moddi3, .-__moddi3
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
.L70:
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
	bne	a5,zero,.L70
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
	bge	a5,zero,.L72
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
	j	.L75
.L72:
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	mv	a0,a4
	mv	a1,a5
	call	put_u64
.L75:
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_i64, .-put_i64
	.section	.rodata
	.align	2
.LC1:
	.string	"0x"
	.text
	.align	2
	.type	put_hex64, @function
put_hex64:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s2,20(sp)
	sw	s3,16(sp)
	addi	s0,sp,32
	sw	a0,-24(s0)
	sw	a1,-20(s0)
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
	call	put_str
	lw	a5,-20(s0)
	srli	s2,a5,0
	li	s3,0
	mv	a5,s2
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
	lw	s2,20(sp)
	lw	s3,16(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_hex64, .-put_hex64
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
	call	put_nl
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	show, .-show
	.globl	big_constant
	.section	.sdata,"aw"
	.align	3
	.type	big_constant, @object
	.size	big_constant, 8
big_constant:
	.word	-1985229329
	.word	19088743
	.globl	neg_constant
	.section	.srodata,"a"
	.align	3
	.type	neg_constant, @object
	.size	neg_constant, 8
neg_constant:
	.word	-2112454933
	.word	-287445237
	.globl	accum64
	.section	.sbss,"aw",@nobits
	.align	3
	.type	accum64, @object
	.size	accum64, 8
accum64:
	.zero	8
	.text
	.align	2
	.type	xorshift64, @function
xorshift64:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lw	a1,-36(s0)
	lw	a0,0(a1)
	lw	a1,4(a1)
	sw	a0,-24(s0)
	sw	a1,-20(s0)
	lw	a1,-24(s0)
	srli	a1,a1,19
	lw	a0,-20(s0)
	slli	a7,a0,13
	or	a7,a1,a7
	lw	a1,-24(s0)
	slli	a6,a1,13
	lw	a1,-24(s0)
	xor	t5,a1,a6
	lw	a1,-20(s0)
	xor	t6,a1,a7
	sw	t5,-24(s0)
	sw	t6,-20(s0)
	lw	a1,-20(s0)
	slli	a1,a1,25
	lw	a0,-24(s0)
	srli	a2,a0,7
	or	a2,a1,a2
	lw	a1,-20(s0)
	srli	a3,a1,7
	lw	a1,-24(s0)
	xor	t3,a1,a2
	lw	a1,-20(s0)
	xor	t4,a1,a3
	sw	t3,-24(s0)
	sw	t4,-20(s0)
	lw	a3,-24(s0)
	srli	a3,a3,15
	lw	a2,-20(s0)
	slli	a5,a2,17
	or	a5,a3,a5
	lw	a3,-24(s0)
	slli	a4,a3,17
	lw	a3,-24(s0)
	xor	t1,a3,a4
	lw	a3,-20(s0)
	xor	t2,a3,a5
	sw	t1,-24(s0)
	sw	t2,-20(s0)
	lw	a3,-36(s0)
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	sw	a4,0(a3)
	sw	a5,4(a3)
	lw	a5,-36(s0)
	lw	a4,0(a5)
	lw	a5,4(a5)
	mv	a0,a4
	mv	a1,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	xorshift64, .-xorshift64
	.align	2
	.type	shl, @function
shl:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-24(s0)
	sw	a1,-20(s0)
	sw	a2,-28(s0)
	lw	a2,-24(s0)
	lw	a3,-20(s0)
	lw	a1,-28(s0)
	addi	a1,a1,-32
	blt	a1,zero,.L81
	sll	a5,a2,a1
	li	a4,0
	j	.L82
.L81:
	srli	a0,a2,1
	li	a6,31
	lw	a1,-28(s0)
	sub	a1,a6,a1
	srl	a1,a0,a1
	lw	a0,-28(s0)
	sll	a5,a3,a0
	or	a5,a1,a5
	lw	a1,-28(s0)
	sll	a4,a2,a1
.L82:
	mv	a0,a4
	mv	a1,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	shl, .-shl
	.align	2
	.type	sar, @function
sar:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-24(s0)
	sw	a1,-20(s0)
	sw	a2,-28(s0)
	lw	a3,-28(s0)
	addi	a3,a3,-32
	blt	a3,zero,.L85
	lw	a2,-20(s0)
	sra	a4,a2,a3
	lw	a3,-20(s0)
	srai	a5,a3,31
	j	.L87
.L85:
	lw	a3,-20(s0)
	slli	a2,a3,1
	li	a1,31
	lw	a3,-28(s0)
	sub	a3,a1,a3
	sll	a3,a2,a3
	lw	a2,-28(s0)
	lw	a1,-24(s0)
	srl	a4,a1,a2
	or	a4,a3,a4
	lw	a3,-28(s0)
	lw	a2,-20(s0)
	sra	a5,a2,a3
.L87:
	mv	a0,a4
	mv	a1,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	sar, .-sar
	.align	2
	.type	shr, @function
shr:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-24(s0)
	sw	a1,-20(s0)
	sw	a2,-28(s0)
	lw	a3,-28(s0)
	addi	a3,a3,-32
	blt	a3,zero,.L89
	lw	a2,-20(s0)
	srl	a4,a2,a3
	li	a5,0
	j	.L91
.L89:
	lw	a3,-20(s0)
	slli	a2,a3,1
	li	a1,31
	lw	a3,-28(s0)
	sub	a3,a1,a3
	sll	a3,a2,a3
	lw	a2,-28(s0)
	lw	a1,-24(s0)
	srl	a4,a1,a2
	or	a4,a3,a4
	lw	a3,-28(s0)
	lw	a2,-20(s0)
	srl	a5,a2,a3
.L91:
	mv	a0,a4
	mv	a1,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	shr, .-shr
	.section	.rodata
	.align	2
.LC2:
	.string	"carry add"
	.align	2
.LC3:
	.string	"borrow sub"
	.align	2
.LC5:
	.string	"mul"
	.align	2
.LC6:
	.string	"neg mul"
	.align	2
.LC7:
	.string	"20! = "
	.align	2
.LC8:
	.string	"fib(90) = "
	.align	2
.LC10:
	.string	"compares:"
	.globl	__divdi3
	.align	2
.LC11:
	.string	"div"
	.globl	__moddi3
	.align	2
.LC12:
	.string	"mod"
	.align	2
.LC13:
	.string	"udiv"
	.align	2
.LC14:
	.string	"umod"
	.align	2
.LC16:
	.string	"accum"
	.align	2
.LC17:
	.string	"min"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-192
	sw	ra,188(sp)
	sw	s0,184(sp)
	sw	s2,180(sp)
	sw	s3,176(sp)
	sw	s4,172(sp)
	sw	s5,168(sp)
	sw	s6,164(sp)
	sw	s7,160(sp)
	sw	s8,156(sp)
	sw	s9,152(sp)
	sw	s10,148(sp)
	sw	s11,144(sp)
	addi	s0,sp,192
	li	a4,-1
	li	a5,0
	sw	a4,-104(s0)
	sw	a5,-100(s0)
	li	a4,1
	li	a5,0
	sw	a4,-112(s0)
	sw	a5,-108(s0)
	lw	a4,-104(s0)
	lw	a5,-100(s0)
	lw	a0,-112(s0)
	lw	a1,-108(s0)
	add	a2,a4,a0
	mv	a6,a2
	sltu	a6,a6,a4
	add	a3,a5,a1
	add	a5,a6,a3
	mv	a3,a5
	mv	a4,a2
	mv	a5,a3
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
	call	show
	li	a1,-1
	li	a2,0
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	show
	lui	a5,%hi(.LC4)
	lw	a4,%lo(.LC4)(a5)
	lw	a5,%lo(.LC4+4)(a5)
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	show
	li	a1,474836992
	addi	a1,a1,-512
	li	a2,-5
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	show
	li	a4,1
	li	a5,0
	sw	a4,-56(s0)
	sw	a5,-52(s0)
	li	a5,1
	sw	a5,-60(s0)
	j	.L93
.L94:
	lw	a5,-60(s0)
	mv	s2,a5
	srai	a5,a5,31
	mv	s3,a5
	lw	a5,-52(s0)
	mul	a4,a5,s2
	lw	a5,-56(s0)
	mul	a5,a5,s3
	add	a4,a4,a5
	lw	a5,-56(s0)
	mul	a3,a5,s2
	mulhu	s5,a5,s2
	mv	s4,a3
	add	a5,a4,s5
	mv	s5,a5
	sw	s4,-56(s0)
	sw	s5,-52(s0)
	sw	s4,-56(s0)
	sw	s5,-52(s0)
	lw	a5,-60(s0)
	addi	a5,a5,1
	sw	a5,-60(s0)
.L93:
	lw	a4,-60(s0)
	li	a5,20
	ble	a4,a5,.L94
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	put_str
	lw	a0,-56(s0)
	lw	a1,-52(s0)
	call	put_u64
	call	put_nl
	li	a5,0
	li	a6,0
	sw	a5,-72(s0)
	sw	a6,-68(s0)
	li	a4,1
	li	a5,0
	sw	a4,-80(s0)
	sw	a5,-76(s0)
	sw	zero,-84(s0)
	j	.L95
.L96:
	lw	a2,-72(s0)
	lw	a3,-68(s0)
	lw	a0,-80(s0)
	lw	a1,-76(s0)
	add	a4,a2,a0
	mv	a6,a4
	sltu	a6,a6,a2
	add	a5,a3,a1
	add	a3,a6,a5
	mv	a5,a3
	sw	a4,-152(s0)
	sw	a5,-148(s0)
	lw	a4,-80(s0)
	lw	a5,-76(s0)
	sw	a4,-72(s0)
	sw	a5,-68(s0)
	lw	a4,-152(s0)
	lw	a5,-148(s0)
	sw	a4,-80(s0)
	sw	a5,-76(s0)
	lw	a5,-84(s0)
	addi	a5,a5,1
	sw	a5,-84(s0)
.L95:
	lw	a4,-84(s0)
	li	a5,89
	ble	a4,a5,.L96
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	put_str
	lw	a0,-72(s0)
	lw	a1,-68(s0)
	call	put_u64
	call	put_nl
	sw	zero,-88(s0)
	j	.L97
.L98:
	lw	a0,-88(s0)
	call	put_int
	li	a0,32
	call	put_char
	lui	a5,%hi(big_constant)
	lw	a4,%lo(big_constant)(a5)
	lw	a5,%lo(big_constant+4)(a5)
	lw	a2,-88(s0)
	mv	a0,a4
	mv	a1,a5
	call	shl
	mv	a4,a0
	mv	a5,a1
	mv	a0,a4
	mv	a1,a5
	call	put_hex64
	li	a0,32
	call	put_char
	lui	a5,%hi(.LC9)
	lw	a4,%lo(.LC9)(a5)
	lw	a5,%lo(.LC9+4)(a5)
	lw	a2,-88(s0)
	mv	a0,a4
	mv	a1,a5
	call	sar
	mv	a4,a0
	mv	a5,a1
	mv	a0,a4
	mv	a1,a5
	call	put_hex64
	li	a0,32
	call	put_char
	lui	a5,%hi(big_constant)
	lw	a4,%lo(big_constant)(a5)
	lw	a5,%lo(big_constant+4)(a5)
	lw	a2,-88(s0)
	mv	a0,a4
	mv	a1,a5
	call	shr
	mv	a4,a0
	mv	a5,a1
	mv	a0,a4
	mv	a1,a5
	call	put_hex64
	call	put_nl
	lw	a5,-88(s0)
	addi	a5,a5,13
	sw	a5,-88(s0)
.L97:
	lw	a4,-88(s0)
	li	a5,63
	ble	a4,a5,.L98
	lui	a5,%hi(big_constant)
	lw	a4,%lo(big_constant)(a5)
	lw	a5,%lo(big_constant+4)(a5)
	slli	a5,a4,0
	sw	a5,-164(s0)
	sw	zero,-168(s0)
	lw	a0,-168(s0)
	lw	a1,-164(s0)
	call	put_hex64
	li	a0,32
	call	put_char
	lui	a5,%hi(big_constant)
	lw	a4,%lo(big_constant)(a5)
	lw	a5,%lo(big_constant+4)(a5)
	srli	a5,a5,8
	sw	a5,-176(s0)
	sw	zero,-172(s0)
	lw	a0,-176(s0)
	lw	a1,-172(s0)
	call	put_hex64
	li	a0,32
	call	put_char
	lui	a5,%hi(.LC9)
	lw	a4,%lo(.LC9)(a5)
	lw	a5,%lo(.LC9+4)(a5)
	srai	a3,a5,1
	sw	a3,-184(s0)
	srai	a5,a5,31
	sw	a5,-180(s0)
	lw	a4,-184(s0)
	lw	a5,-180(s0)
	mv	a0,a4
	mv	a1,a5
	call	put_hex64
	call	put_nl
	li	a4,-5
	li	a5,-1
	sw	a4,-120(s0)
	sw	a5,-116(s0)
	li	a4,3
	li	a5,0
	sw	a4,-128(s0)
	sw	a5,-124(s0)
	lw	a4,-120(s0)
	lw	a5,-116(s0)
	sw	a4,-136(s0)
	sw	a5,-132(s0)
	li	a4,3
	li	a5,0
	sw	a4,-144(s0)
	sw	a5,-140(s0)
	lui	a5,%hi(.LC10)
	addi	a0,a5,%lo(.LC10)
	call	put_str
	li	a3,1
	lw	a4,-124(s0)
	lw	a5,-116(s0)
	bgt	a4,a5,.L99
	lw	a4,-124(s0)
	lw	a5,-116(s0)
	bne	a4,a5,.L100
	lw	a4,-128(s0)
	lw	a5,-120(s0)
	bgtu	a4,a5,.L99
.L100:
	li	a3,0
.L99:
	andi	a5,a3,0xff
	mv	a0,a5
	call	put_int
	li	a3,1
	lw	a4,-140(s0)
	lw	a5,-132(s0)
	bgtu	a4,a5,.L101
	lw	a4,-140(s0)
	lw	a5,-132(s0)
	bne	a4,a5,.L102
	lw	a4,-144(s0)
	lw	a5,-136(s0)
	bgtu	a4,a5,.L101
.L102:
	li	a3,0
.L101:
	andi	a5,a3,0xff
	mv	a0,a5
	call	put_int
	li	a3,1
	lw	a4,-124(s0)
	lw	a5,-116(s0)
	bgt	a4,a5,.L104
	lw	a4,-124(s0)
	lw	a5,-116(s0)
	bne	a4,a5,.L103
	lw	a4,-128(s0)
	lw	a5,-120(s0)
	bleu	a4,a5,.L103
.L104:
	li	a3,0
.L103:
	andi	a5,a3,0xff
	mv	a0,a5
	call	put_int
	li	a3,1
	lw	a4,-140(s0)
	lw	a5,-132(s0)
	bgtu	a4,a5,.L106
	lw	a4,-140(s0)
	lw	a5,-132(s0)
	bne	a4,a5,.L105
	lw	a4,-144(s0)
	lw	a5,-136(s0)
	bleu	a4,a5,.L105
.L106:
	li	a3,0
.L105:
	andi	a5,a3,0xff
	mv	a0,a5
	call	put_int
	lw	a5,-120(s0)
	xori	s10,a5,-5
	lw	a5,-116(s0)
	xori	s11,a5,-1
	or	a5,s10,s11
	seqz	a5,a5
	andi	a5,a5,0xff
	mv	a0,a5
	call	put_int
	lw	a5,-136(s0)
	xori	s8,a5,3
	lw	a5,-132(s0)
	xori	s9,a5,0
	or	a5,s8,s9
	snez	a5,a5
	andi	a5,a5,0xff
	mv	a0,a5
	call	put_int
	lui	a5,%hi(.LC9)
	lw	a4,%lo(.LC9)(a5)
	lw	a5,%lo(.LC9+4)(a5)
	lui	a3,%hi(big_constant)
	lw	a2,%lo(big_constant)(a3)
	lw	a3,%lo(big_constant+4)(a3)
	li	a1,1
	mv	a6,a3
	mv	a0,a5
	bgt	a6,a0,.L107
	mv	a6,a3
	mv	a0,a5
	bne	a6,a0,.L108
	mv	a3,a2
	mv	a5,a4
	bgtu	a3,a5,.L107
.L108:
	li	a1,0
.L107:
	andi	a5,a1,0xff
	mv	a0,a5
	call	put_int
	call	put_nl
	lui	a5,%hi(.LC9)
	lw	a4,%lo(.LC9)(a5)
	lw	a5,%lo(.LC9+4)(a5)
	li	a2,999424
	addi	a2,a2,579
	li	a3,0
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
	lui	a5,%hi(.LC9)
	lw	a4,%lo(.LC9)(a5)
	lw	a5,%lo(.LC9+4)(a5)
	li	a2,999424
	addi	a2,a2,579
	li	a3,0
	mv	a0,a4
	mv	a1,a5
	call	__moddi3
	mv	a4,a0
	mv	a5,a1
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC12)
	addi	a0,a5,%lo(.LC12)
	call	show
	lui	a5,%hi(big_constant)
	lw	a4,%lo(big_constant)(a5)
	lw	a5,%lo(big_constant+4)(a5)
	li	a2,12288
	addi	a2,a2,57
	li	a3,0
	mv	a0,a4
	mv	a1,a5
	call	__udivdi3
	mv	a4,a0
	mv	a5,a1
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC13)
	addi	a0,a5,%lo(.LC13)
	call	show
	lui	a5,%hi(big_constant)
	lw	a4,%lo(big_constant)(a5)
	lw	a5,%lo(big_constant+4)(a5)
	li	a2,12288
	addi	a2,a2,57
	li	a3,0
	mv	a0,a4
	mv	a1,a5
	call	__umoddi3
	mv	a4,a0
	mv	a5,a1
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC14)
	addi	a0,a5,%lo(.LC14)
	call	show
	lui	a5,%hi(.LC15)
	lw	a4,%lo(.LC15)(a5)
	lw	a5,%lo(.LC15+4)(a5)
	sw	a4,-160(s0)
	sw	a5,-156(s0)
	sw	zero,-92(s0)
	j	.L109
.L110:
	addi	a5,s0,-160
	mv	a0,a5
	call	xorshift64
	mv	a4,a0
	mv	a5,a1
	slli	a3,a5,16
	srli	s6,a4,16
	or	s6,a3,s6
	srli	s7,a5,16
	mv	a2,s6
	mv	a3,s7
	lui	a5,%hi(accum64)
	lw	a0,%lo(accum64)(a5)
	lw	a1,%lo(accum64+4)(a5)
	add	a4,a2,a0
	mv	a6,a4
	sltu	a6,a6,a2
	add	a5,a3,a1
	add	a3,a6,a5
	mv	a5,a3
	lui	a3,%hi(accum64)
	sw	a4,%lo(accum64)(a3)
	sw	a5,%lo(accum64+4)(a3)
	lw	a4,-160(s0)
	lw	a5,-156(s0)
	mv	a0,a4
	mv	a1,a5
	call	put_hex64
	call	put_nl
	lw	a5,-92(s0)
	addi	a5,a5,1
	sw	a5,-92(s0)
.L109:
	lw	a4,-92(s0)
	li	a5,4
	ble	a4,a5,.L110
	lui	a5,%hi(accum64)
	lw	a4,%lo(accum64)(a5)
	lw	a5,%lo(accum64+4)(a5)
	mv	a1,a4
	mv	a2,a5
	lui	a5,%hi(.LC16)
	addi	a0,a5,%lo(.LC16)
	call	show
	li	a1,0
	li	a2,-2147483648
	lui	a5,%hi(.LC17)
	addi	a0,a5,%lo(.LC17)
	call	show
	lui	a5,%hi(accum64)
	lw	a4,%lo(accum64)(a5)
	lw	a5,%lo(accum64+4)(a5)
	mv	a5,a4
	andi	a5,a5,127
	mv	a0,a5
	lw	ra,188(sp)
	lw	s0,184(sp)
	lw	s2,180(sp)
	lw	s3,176(sp)
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
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.align	3
.LC4:
	.word	-498937336
	.word	11538084
	.align	3
.LC9:
	.word	-2112454933
	.word	-287445237
	.align	3
.LC15:
	.word	-876643772
	.word	20529293
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
