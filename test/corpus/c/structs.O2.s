	.file	"structs.c"
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
	.string	" area "
	.align	2
.LC2:
	.string	"mid.x"
	.align	2
.LC3:
	.string	"mid.y"
	.align	2
.LC4:
	.string	"original min.x"
	.align	2
.LC5:
	.string	"sum big_a"
	.align	2
.LC6:
	.string	"sum local"
	.align	2
.LC7:
	.string	"sum big_b"
	.align	2
.LC8:
	.string	"flags.ready"
	.align	2
.LC9:
	.string	"flags.mode"
	.align	2
.LC10:
	.string	"flags.delta"
	.align	2
.LC11:
	.string	"flags.count"
	.align	2
.LC12:
	.string	"bytes "
	.align	2
.LC13:
	.string	"origin"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-320
	sw	s9,276(sp)
	lui	s9,%hi(.LANCHOR0)
	sw	s2,304(sp)
	sw	s4,296(sp)
	addi	s2,s9,%lo(.LANCHOR0)
	sw	s7,284(sp)
	sw	s8,280(sp)
	addi	s7,sp,136
	li	s8,10
	lui	s4,%hi(.LC1)
	sw	s0,312(sp)
	sw	s1,308(sp)
	sw	s3,300(sp)
	sw	s5,292(sp)
	sw	s6,288(sp)
	sw	s10,272(sp)
	sw	ra,316(sp)
	sw	s11,268(sp)
	addi	s1,sp,16
	addi	s4,s4,%lo(.LC1)
	addi	s9,s9,%lo(.LANCHOR0)
	addi	s0,s2,60
	li	s3,0
	li	s10,9
	sub	s5,s8,s7
	li	s6,45
.L37:
	lw	s11,16(s9)
	mv	a0,s11
	call	strlen
	mv	a2,a0
	mv	a1,s11
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	mv	a1,s4
	li	a2,6
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a5,8(s9)
	lw	a2,0(s9)
	lw	a4,12(s9)
	lw	a3,4(s9)
	sub	a5,a5,a2
	sub	a4,a4,a3
	mul	a5,a5,a4
	blt	a5,zero,.L65
	sb	zero,147(sp)
	mv	a4,s7
.L36:
	remu	a3,a5,s8
	mv	a1,a4
	addi	a4,a4,-1
	mv	a2,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,s8
	bgtu	a2,s10,.L36
	add	a1,s5,a1
	add	s11,s7,a1
.L64:
	mv	a0,s11
	call	strlen
	mv	a2,a0
	mv	a1,s11
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	sb	s8,16(sp)
	mv	a1,s1
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a5,8(s9)
	lw	a2,0(s9)
	lw	a4,12(s9)
	lw	a3,4(s9)
	sub	a5,a5,a2
	addi	s9,s9,20
	sub	a4,a4,a3
	mul	a5,a5,a4
	add	s3,s3,a5
	bne	s9,s0,.L37
	lw	a3,28(s2)
	lw	a5,20(s2)
	lw	a2,32(s2)
	lw	a4,24(s2)
	add	a5,a5,a3
	addi	a5,a5,6
	srli	a1,a5,31
	add	a4,a4,a2
	addi	a4,a4,-4
	add	a1,a1,a5
	lui	a0,%hi(.LC2)
	srli	s4,a4,31
	addi	a0,a0,%lo(.LC2)
	srai	a1,a1,1
	add	s4,s4,a4
	call	put_kv
	srai	s4,s4,1
	lui	a0,%hi(.LC3)
	mv	a1,s4
	addi	a0,a0,%lo(.LC3)
	call	put_kv
	lw	a1,20(s2)
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	put_kv
	addi	a5,sp,112
	mv	a4,s1
	li	a3,1
.L38:
	sw	a3,0(a4)
	addi	a4,a4,4
	addi	a3,a3,5
	bne	a5,a4,.L38
	li	a3,102
	addi	a2,s1,111
	sub	a3,a3,a5
.L39:
	add	a4,a3,a5
	sb	a4,0(a5)
	addi	a5,a5,1
	bne	a5,a2,.L39
	li	a5,5
	sw	a5,128(sp)
	li	a5,-5
	sw	a5,132(sp)
	sb	zero,127(sp)
	mv	a5,s1
	mv	a4,s7
.L40:
	lw	a6,0(a5)
	lw	a0,4(a5)
	lw	a1,8(a5)
	lw	a2,12(a5)
	lw	a3,16(a5)
	sw	a6,0(a4)
	sw	a0,4(a4)
	sw	a1,8(a4)
	sw	a2,12(a4)
	sw	a3,16(a4)
	addi	a5,a5,20
	addi	a4,a4,20
	bne	a5,s7,.L40
	lui	a5,%hi(.LANCHOR1)
	addi	s8,a5,%lo(.LANCHOR1)
	mv	a4,s7
	addi	a5,a5,%lo(.LANCHOR1)
	addi	a7,sp,256
.L41:
	lw	a6,0(a4)
	lw	a0,4(a4)
	lw	a1,8(a4)
	lw	a2,12(a4)
	lw	a3,16(a4)
	sw	a6,0(a5)
	sw	a0,4(a5)
	sw	a1,8(a5)
	sw	a2,12(a5)
	sw	a3,16(a5)
	addi	a4,a4,20
	addi	a5,a5,20
	bne	a4,a7,.L41
	mv	a5,s8
	mv	a4,s7
	addi	a7,s8,120
.L42:
	lw	a6,0(a5)
	lw	a0,4(a5)
	lw	a1,8(a5)
	lw	a2,12(a5)
	lw	a3,16(a5)
	sw	a6,0(a4)
	sw	a0,4(a4)
	sw	a1,8(a4)
	sw	a2,12(a4)
	sw	a3,16(a4)
	addi	a5,a5,20
	addi	a4,a4,20
	bne	a5,a7,.L42
	li	a5,100
	sw	a5,136(sp)
	mv	s4,s8
	addi	s5,s8,96
	mv	a5,s8
	li	a1,0
.L43:
	lw	a4,0(a5)
	addi	a5,a5,4
	add	a1,a1,a4
	bne	s5,a5,.L43
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	call	put_kv
	addi	s6,sp,232
	mv	a5,s7
	li	a1,0
.L44:
	lw	a4,0(a5)
	addi	a5,a5,4
	add	a1,a1,a4
	bne	s6,a5,.L44
	lw	a5,248(sp)
	lui	a0,%hi(.LC6)
	addi	a0,a0,%lo(.LC6)
	add	a1,a1,a5
	lw	a5,252(sp)
	add	a1,a1,a5
	call	put_kv
	mv	a0,s6
	call	put_str
	li	a5,10
	sb	a5,16(sp)
	li	a0,1
	addi	a1,sp,16
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a5,s8
	addi	s2,s2,180
.L45:
	lw	a0,0(s0)
	lw	a1,4(s0)
	lw	a2,8(s0)
	lw	a3,12(s0)
	lw	a4,16(s0)
	sw	a0,0(a5)
	sw	a1,4(a5)
	sw	a2,8(a5)
	sw	a3,12(a5)
	sw	a4,16(a5)
	addi	s0,s0,20
	addi	a5,a5,20
	bne	s0,s2,.L45
	li	a5,0
.L46:
	lw	a4,0(s4)
	addi	s4,s4,4
	add	a5,a5,a4
	bne	s5,s4,.L46
	lw	a4,112(s8)
	lw	a1,116(s8)
	lui	a0,%hi(.LC7)
	add	a5,a5,a4
	add	a1,a5,a1
	addi	a0,a0,%lo(.LC7)
	call	put_kv
	mv	a0,s5
	call	put_str
	li	a5,10
	sb	a5,16(sp)
	li	a0,1
	addi	a1,sp,16
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC8)
	li	a1,1
	addi	a0,a0,%lo(.LC8)
	call	put_kv
	lui	a0,%hi(.LC9)
	li	a1,5
	addi	a0,a0,%lo(.LC9)
	call	put_kv
	lui	a0,%hi(.LC10)
	li	a1,-5
	addi	a0,a0,%lo(.LC10)
	call	put_kv
	lui	a0,%hi(.LC11)
	li	a1,103
	addi	a0,a0,%lo(.LC11)
	call	put_kv
	lui	a0,%hi(.LC12)
	li	a5,287453184
	addi	a5,a5,836
	addi	a0,a0,%lo(.LC12)
	sw	a5,12(sp)
	call	put_str
	addi	s5,sp,12
	li	a5,12288
	lui	s0,%hi(.LANCHOR2)
	mv	s2,s5
	addi	a5,a5,1076
	addi	s0,s0,%lo(.LANCHOR2)
	li	s4,32
.L48:
	mv	a0,s1
	sh	a5,16(sp)
	sb	zero,18(sp)
	call	strlen
	mv	a2,a0
	mv	a1,s1
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	sb	s4,11(sp)
	addi	a1,sp,11
	li	a2,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s2,s2,1
	beq	s1,s2,.L47
	lbu	a5,0(s2)
	andi	a4,a5,15
	add	a4,s0,a4
	srli	a5,a5,4
	lbu	a4,0(a4)
	add	a5,s0,a5
	lbu	a5,0(a5)
	slli	a4,a4,8
	or	a5,a5,a4
	j	.L48
.L65:
	sb	s6,136(sp)
	li	a0,1
	mv	a1,s7
	li	a2,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	neg	a5,a5
	sb	zero,147(sp)
	mv	a4,s7
.L34:
	remu	a3,a5,s8
	mv	a1,a4
	addi	a4,a4,-1
	mv	a2,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,s8
	bgtu	a2,s10,.L34
	add	s11,a1,s8
	j	.L64
.L47:
	lhu	a3,14(sp)
	mv	a5,s1
.L49:
	andi	a4,a3,15
	add	a4,s0,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	a3,a3,4
	sb	a4,4(a5)
	bne	a5,s5,.L49
	mv	a0,s1
	sb	zero,20(sp)
	call	put_str
	li	a5,10
	sb	a5,16(sp)
	li	a0,1
	mv	a1,s1
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC13)
	addi	a0,a0,%lo(.LC13)
	li	a1,0
	call	put_kv
	lw	ra,316(sp)
	lw	s0,312(sp)
	lw	s1,308(sp)
	lw	s2,304(sp)
	lw	s4,296(sp)
	lw	s5,292(sp)
	lw	s6,288(sp)
	lw	s7,284(sp)
	lw	s8,280(sp)
	lw	s9,276(sp)
	lw	s10,272(sp)
	lw	s11,268(sp)
	andi	a0,s3,0xff
	lw	s3,300(sp)
	addi	sp,sp,320
	jr	ra
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
.L67:
	j	.L67
	.size	_start, .-_start
	.globl	origin
	.globl	big_b
	.globl	big_a
	.globl	shapes
	.section	.rodata.str1.4
	.align	2
.LC14:
	.string	"small"
	.align	2
.LC15:
	.string	"square"
	.align	2
.LC16:
	.string	"tall"
	.section	.rodata
	.align	2
	.set	.LANCHOR2,. + 0
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.data
	.align	2
	.set	.LANCHOR0,. + 0
	.type	shapes, @object
	.size	shapes, 60
shapes:
	.word	0
	.word	0
	.word	4
	.word	3
	.word	.LC14
	.word	-5
	.word	-5
	.word	5
	.word	5
	.word	.LC15
	.word	1
	.word	2
	.word	11
	.word	22
	.word	.LC16
	.type	big_b, @object
	.size	big_b, 120
big_b:
	.word	1
	.word	2
	.word	3
	.zero	84
	.string	"big-b"
	.zero	10
	.word	7
	.word	9
	.bss
	.align	2
	.set	.LANCHOR1,. + 0
	.type	big_a, @object
	.size	big_a, 120
big_a:
	.zero	120
	.section	.srodata,"a"
	.align	2
	.type	origin, @object
	.size	origin, 8
origin:
	.zero	8
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
