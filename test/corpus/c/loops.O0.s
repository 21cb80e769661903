	.file	"loops.c"
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
	.local	composite
	.comm	composite,200,4
	.align	2
	.type	collatz_steps, @function
collatz_steps:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	zero,-20(s0)
	j	.L33
.L36:
	lw	a5,-36(s0)
	andi	a5,a5,1
	beq	a5,zero,.L34
	lw	a4,-36(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	addi	a5,a5,1
	j	.L35
.L34:
	lw	a5,-36(s0)
	srli	a5,a5,1
.L35:
	sw	a5,-36(s0)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L33:
	lw	a4,-36(s0)
	li	a5,1
	bne	a4,a5,.L36
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	collatz_steps, .-collatz_steps
	.align	2
	.type	gcd, @function
gcd:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	j	.L39
.L40:
	lw	a4,-36(s0)
	lw	a5,-40(s0)
	remu	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-40(s0)
	sw	a5,-36(s0)
	lw	a5,-20(s0)
	sw	a5,-40(s0)
.L39:
	lw	a5,-40(s0)
	bne	a5,zero,.L40
	lw	a5,-36(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	gcd, .-gcd
	.section	.rodata
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
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-80
	sw	ra,76(sp)
	sw	s0,72(sp)
	addi	s0,sp,80
	sw	zero,-20(s0)
	li	a5,1
	sw	a5,-24(s0)
	j	.L43
.L44:
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	add	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L43:
	lw	a4,-24(s0)
	li	a5,100
	ble	a4,a5,.L44
	lw	a1,-20(s0)
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
	call	put_kv
	li	a0,27
	call	collatz_steps
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
	call	put_kv
	li	a1,462
	li	a0,1071
	call	gcd
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	put_kv
	li	a5,10
	sw	a5,-28(s0)
	li	a5,1
	sw	a5,-32(s0)
.L45:
	lw	a4,-32(s0)
	lw	a5,-28(s0)
	mul	a5,a4,a5
	sw	a5,-32(s0)
	lw	a5,-28(s0)
	addi	a5,a5,-1
	sw	a5,-28(s0)
	lw	a4,-28(s0)
	li	a5,1
	bgt	a4,a5,.L45
	lw	a1,-32(s0)
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	put_kv
	sw	zero,-36(s0)
	li	a5,1
	sw	a5,-40(s0)
	j	.L46
.L53:
	lw	a4,-40(s0)
	li	a5,7
	rem	a5,a4,a5
	beq	a5,zero,.L70
	lw	a5,-40(s0)
	sw	a5,-44(s0)
	j	.L49
.L52:
	lw	a4,-40(s0)
	lw	a5,-44(s0)
	mul	a4,a4,a5
	li	a5,400
	bgt	a4,a5,.L71
	lw	a4,-40(s0)
	lw	a5,-44(s0)
	add	a4,a4,a5
	li	a5,5
	rem	a5,a4,a5
	bne	a5,zero,.L51
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L51:
	lw	a5,-44(s0)
	addi	a5,a5,1
	sw	a5,-44(s0)
.L49:
	lw	a4,-44(s0)
	li	a5,29
	ble	a4,a5,.L52
	j	.L48
.L70:
	nop
	j	.L48
.L71:
	nop
.L48:
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
.L46:
	lw	a4,-40(s0)
	li	a5,29
	ble	a4,a5,.L53
	lw	a1,-36(s0)
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	put_kv
	li	a5,2
	sw	a5,-48(s0)
	j	.L54
.L58:
	lui	a5,%hi(composite)
	addi	a4,a5,%lo(composite)
	lw	a5,-48(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	bne	a5,zero,.L55
	lw	a5,-48(s0)
	mul	a5,a5,a5
	sw	a5,-52(s0)
	j	.L56
.L57:
	lui	a5,%hi(composite)
	addi	a4,a5,%lo(composite)
	lw	a5,-52(s0)
	add	a5,a4,a5
	li	a4,1
	sb	a4,0(a5)
	lw	a4,-52(s0)
	lw	a5,-48(s0)
	add	a5,a4,a5
	sw	a5,-52(s0)
.L56:
	lw	a4,-52(s0)
	li	a5,199
	ble	a4,a5,.L57
.L55:
	lw	a5,-48(s0)
	addi	a5,a5,1
	sw	a5,-48(s0)
.L54:
	lw	a5,-48(s0)
	mul	a4,a5,a5
	li	a5,199
	ble	a4,a5,.L58
	sw	zero,-56(s0)
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	put_str
	li	a5,2
	sw	a5,-60(s0)
	j	.L59
.L62:
	lui	a5,%hi(composite)
	addi	a4,a5,%lo(composite)
	lw	a5,-60(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	bne	a5,zero,.L72
	lw	a5,-56(s0)
	addi	a5,a5,1
	sw	a5,-56(s0)
	lw	a4,-56(s0)
	li	a5,15
	bgt	a4,a5,.L61
	li	a0,32
	call	put_char
	lw	a0,-60(s0)
	call	put_int
	j	.L61
.L72:
	nop
.L61:
	lw	a5,-60(s0)
	addi	a5,a5,1
	sw	a5,-60(s0)
.L59:
	lw	a4,-60(s0)
	li	a5,199
	ble	a4,a5,.L62
	call	put_nl
	lw	a1,-56(s0)
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	put_kv
	li	a5,1
	sw	a5,-64(s0)
	j	.L63
.L66:
	sw	zero,-68(s0)
	j	.L64
.L65:
	li	a0,42
	call	put_char
	lw	a5,-68(s0)
	addi	a5,a5,1
	sw	a5,-68(s0)
.L64:
	lw	a4,-68(s0)
	lw	a5,-64(s0)
	blt	a4,a5,.L65
	call	put_nl
	lw	a5,-64(s0)
	addi	a5,a5,1
	sw	a5,-64(s0)
.L63:
	lw	a4,-64(s0)
	li	a5,4
	ble	a4,a5,.L66
	sw	zero,-72(s0)
	li	a5,10
	sw	a5,-76(s0)
	j	.L67
.L68:
	lw	a4,-72(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	lw	a4,-76(s0)
	add	a5,a4,a5
	sw	a5,-72(s0)
.L67:
	lw	a5,-76(s0)
	addi	a4,a5,-1
	sw	a4,-76(s0)
	bne	a5,zero,.L68
	lw	a5,-72(s0)
	mv	a1,a5
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	put_kv
	li	a0,97
	call	collatz_steps
	mv	a5,a0
	andi	a5,a5,255
	mv	a0,a5
	lw	ra,76(sp)
	lw	s0,72(sp)
	addi	sp,sp,80
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
