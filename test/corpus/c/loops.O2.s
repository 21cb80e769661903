	.file	"loops.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L2
	add	a2,a0,a2
	mv	a5,a0
.L3:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L3
.L2:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L15
.L11:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L11
.L15:
	ret
	.size	memset, .-memset
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L19
	mv	a5,a0
.L18:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L18
	sub	a0,a5,a0
	ret
.L19:
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
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	put_str, .-put_str
	.align	2
	.type	put_uint, @function
put_uint:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sb	zero,15(sp)
	addi	a5,sp,4
	li	a3,10
	li	a6,9
.L24:
	remu	a4,a0,a3
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,a3
	bgtu	a2,a6,.L24
	add	s0,a1,a3
	mv	a0,s0
	call	strlen
	mv	a2,a0
	mv	a1,s0
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_uint, .-put_uint
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	" = "
	.text
	.align	2
	.type	put_kv, @function
put_kv:
	addi	sp,sp,-32
	sw	s0,24(sp)
	sw	ra,28(sp)
	mv	s0,a1
	call	put_str
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	put_str
	blt	s0,zero,.L31
	mv	a0,s0
	call	put_uint
.L29:
	li	a5,10
	sb	a5,15(sp)
	li	a0,1
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
.L31:
	li	a5,45
	sb	a5,15(sp)
	li	a0,1
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	neg	a0,s0
	call	put_uint
	j	.L29
	.size	put_kv, .-put_kv
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"sum 1..100"
	.align	2
.LC2:
	.string	"collatz(27)"
	.align	2
.LC3:
	.string	"gcd(1071, 462)"
	.align	2
.LC4:
	.string	"10!"
	.align	2
.LC5:
	.string	"pairs"
	.align	2
.LC6:
	.string	"primes:"
	.align	2
.LC7:
	.string	"prime count"
	.align	2
.LC8:
	.string	"acc"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	li	a1,4096
	lui	a0,%hi(.LC1)
	addi	sp,sp,-64
	addi	a1,a1,954
	addi	a0,a0,%lo(.LC1)
	sw	ra,60(sp)
	sw	s0,56(sp)
	sw	s1,52(sp)
	sw	s2,48(sp)
	sw	s3,44(sp)
	sw	s4,40(sp)
	sw	s5,36(sp)
	sw	s6,32(sp)
	sw	s7,28(sp)
	sw	s8,24(sp)
	sw	s9,20(sp)
	sw	s10,16(sp)
	call	put_kv
	li	a1,0
	li	a5,27
	li	a2,1
.L35:
	slli	a4,a5,1
	andi	a3,a5,1
	add	a4,a4,a5
	srli	a5,a5,1
	beq	a3,zero,.L34
	addi	a5,a4,1
.L34:
	addi	a1,a1,1
	bne	a5,a2,.L35
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	put_kv
	li	a5,1071
	li	a1,462
	j	.L36
.L60:
	mv	a1,s2
.L36:
	remu	s2,a5,a1
	mv	a5,a1
	bne	s2,zero,.L60
	lui	a0,%hi(.LC3)
	addi	a0,a0,%lo(.LC3)
	call	put_kv
	li	s8,10
	li	a1,1
	li	a5,1
.L37:
	mul	a1,a1,s8
	addi	s8,s8,-1
	bne	s8,a5,.L37
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	put_kv
	li	a0,1
	li	a7,30
	li	a1,0
	li	t1,400
	li	t3,5
	li	t4,30
	li	t5,7
.L44:
	mul	a5,a0,a0
	addi	a6,a0,1
	bgt	a5,t1,.L43
	mul	a3,a6,a0
	slli	a4,a0,1
	j	.L39
.L41:
	addi	a4,a4,1
	bgt	a3,t1,.L43
	mv	a3,a2
.L39:
	rem	a5,a4,t3
	add	a2,a3,a0
	seqz	a5,a5
	add	a1,a1,a5
	bne	a4,a7,.L41
.L43:
	mv	a0,a6
	addi	a7,a7,1
	beq	a6,t4,.L42
.L76:
	rem	a5,a6,t5
	addi	a6,a6,1
	bne	a5,zero,.L44
	mv	a0,a6
	addi	a7,a7,1
	bne	a6,t4,.L76
.L42:
	lui	a0,%hi(.LC5)
	lui	s0,%hi(.LANCHOR0)
	addi	a0,a0,%lo(.LC5)
	call	put_kv
	addi	s1,s0,%lo(.LANCHOR0)
	lbu	a5,2(s1)
	addi	a2,s1,2
	li	a4,2
	beq	a5,zero,.L61
.L49:
	li	a1,199
.L47:
	addi	a4,a4,1
	mul	a5,a4,a4
	addi	a2,a2,1
	bgt	a5,a1,.L46
	lbu	a3,0(a2)
	bne	a3,zero,.L47
.L45:
	add	a3,s1,a5
	li	a0,1
	li	a1,199
.L48:
	sb	a0,0(a3)
	add	a5,a5,a4
	add	a3,a3,a4
	ble	a5,a1,.L48
	j	.L49
.L46:
	lui	a0,%hi(.LC6)
	addi	a0,a0,%lo(.LC6)
	li	s4,2
	addi	s9,s1,198
	sub	s4,s4,s1
	call	put_str
	addi	s0,s0,%lo(.LANCHOR0)
	li	s6,0
	li	s10,15
	li	s5,32
	li	s1,10
	li	s7,9
	j	.L53
.L50:
	addi	s0,s0,1
	beq	s9,s0,.L77
.L53:
	lbu	a5,2(s0)
	bne	a5,zero,.L50
	addi	s6,s6,1
	bgt	s6,s10,.L50
	sb	s5,4(sp)
	li	a0,1
	addi	a1,sp,4
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	add	a4,s4,s0
	sb	zero,15(sp)
	mv	a5,a1
.L52:
	remu	a3,a4,s1
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a4
	addi	a3,a3,48
	sb	a3,11(a5)
	divu	a4,a4,s1
	bgtu	a2,s7,.L52
	add	s3,a1,s1
	mv	a0,s3
	call	strlen
	mv	a2,a0
	mv	a1,s3
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s0,s0,1
	bne	s9,s0,.L53
.L77:
	li	a5,10
	sb	a5,4(sp)
	li	a0,1
	addi	a1,sp,4
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC7)
	mv	a1,s6
	addi	a0,a0,%lo(.LC7)
	call	put_kv
	li	a4,42
	li	a6,10
	li	a3,5
.L54:
	li	a5,0
.L55:
	sb	a4,3(sp)
	li	a0,1
	addi	a1,sp,3
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a5,a5,1
	bne	a5,s8,.L55
	sb	a6,4(sp)
	li	a0,1
	addi	a1,sp,4
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s8,a5,1
	bne	s8,a3,.L54
	li	a1,0
	li	a5,9
	li	a3,-1
.L56:
	slli	a4,a1,1
	add	a1,a4,a1
	add	a1,a1,a5
	addi	a5,a5,-1
	bne	a5,a3,.L56
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	put_kv
	li	a5,97
	li	a2,1
.L59:
	slli	a4,a5,1
	andi	a3,a5,1
	add	a4,a4,a5
	srli	a5,a5,1
	beq	a3,zero,.L58
	addi	a5,a4,1
.L58:
	addi	s2,s2,1
	bne	a5,a2,.L59
	lw	ra,60(sp)
	lw	s0,56(sp)
	lw	s1,52(sp)
	lw	s3,44(sp)
	lw	s4,40(sp)
	lw	s5,36(sp)
	lw	s6,32(sp)
	lw	s7,28(sp)
	lw	s8,24(sp)
	lw	s9,20(sp)
	lw	s10,16(sp)
	andi	a0,s2,0xff
	lw	s2,48(sp)
	addi	sp,sp,64
	jr	ra
.L61:
	li	a5,4
	j	.L45
	.size	main, .-main
	.text
	.align	2
	.globl	_start
	.type	_start, @function
_start:
	addi	sp,sp,-16
	sw	ra,12(sp)
	call	main
	li	a7,93
 #APP
# 38 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
.L79:
	j	.L79
	.size	_start, .-_start
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	composite, @object
	.size	composite, 200
composite:
	.zero	200
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
