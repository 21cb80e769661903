	.file	"switch.c"
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
	.string	"bad op\n"
	.align	2
.LC2:
	.string	"zero"
	.align	2
.LC3:
	.string	"one"
	.align	2
.LC4:
	.string	"two"
	.align	2
.LC5:
	.string	"three"
	.align	2
.LC6:
	.string	"four"
	.align	2
.LC7:
	.string	"five"
	.align	2
.LC8:
	.string	"six"
	.align	2
.LC9:
	.string	"seven"
	.align	2
.LC10:
	.string	"many"
	.align	2
.LC11:
	.string	"fall"
	.align	2
.LC12:
	.string	"sparse"
	.align	2
.LC13:
	.string	"days"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-80
	sw	s0,72(sp)
	sw	s7,44(sp)
	sw	s8,40(sp)
	sw	s11,28(sp)
	addi	s7,sp,4
	lui	s11,%hi(.LANCHOR0)
	li	s8,10
	lui	s0,%hi(.L35)
	sw	s1,68(sp)
	sw	s2,64(sp)
	sw	s3,60(sp)
	sw	s4,56(sp)
	sw	s5,52(sp)
	sw	s9,36(sp)
	sw	s10,32(sp)
	sw	ra,76(sp)
	sw	s6,48(sp)
	addi	s11,s11,%lo(.LANCHOR0)
	li	s4,0
	li	s10,1
	li	s3,11
	addi	s0,s0,%lo(.L35)
	li	s9,9
	sub	s5,s8,s7
	li	s2,6
	li	s1,14
.L53:
	lhu	a5,0(s11)
	lh	a4,2(s11)
	bgtu	a5,s3,.L33
	slli	a5,a5,2
	add	a5,a5,s0
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L35:
	.word	.L46
	.word	.L45
	.word	.L44
	.word	.L43
	.word	.L42
	.word	.L41
	.word	.L40
	.word	.L39
	.word	.L38
	.word	.L37
	.word	.L36
	.word	.L34
	.section	.text.startup
.L36:
	addi	s10,s10,1
	mv	a5,s10
.L47:
	blt	s10,zero,.L84
.L48:
	sb	zero,15(sp)
	mv	a4,s7
.L51:
	remu	a3,a5,s8
	mv	a1,a4
	addi	a4,a4,-1
	mv	a2,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,s8
	bgtu	a2,s9,.L51
	add	a1,s5,a1
	add	s6,s7,a1
.L83:
	mv	a0,s6
	call	strlen
	mv	a2,a0
	mv	a1,s6
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a5,7
	li	a4,32
	remu	a5,s4,a5
	bne	a5,s2,.L52
	li	a4,10
.L52:
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
	addi	s4,s4,1
	addi	s11,s11,4
	bne	s4,s1,.L53
	li	a5,10
	sb	a5,4(sp)
	li	a0,1
	addi	a1,sp,4
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a3,%hi(.L56)
	mv	a6,a1
	li	a5,0
	li	t3,7
	lui	s5,%hi(.LC10)
	li	s3,9
	li	t1,10
	addi	a3,a3,%lo(.L56)
	lui	s2,%hi(.LC9)
	lui	s1,%hi(.LC8)
	lui	s0,%hi(.LC7)
	lui	t2,%hi(.LC6)
	lui	t0,%hi(.LC5)
	lui	t6,%hi(.LC4)
	lui	t5,%hi(.LC3)
	lui	t4,%hi(.LC2)
.L66:
	bgtu	a5,t3,.L54
	slli	a4,a5,2
	add	a4,a4,a3
	lw	a4,0(a4)
	li	a0,1
	jr	a4
	.section	.rodata
	.align	2
	.align	2
.L56:
	.word	.L63
	.word	.L62
	.word	.L61
	.word	.L60
	.word	.L59
	.word	.L58
	.word	.L57
	.word	.L55
	.section	.text.startup
.L37:
	not	s10,s10
	mv	a5,s10
	bge	s10,zero,.L48
.L84:
	li	a5,45
	sb	a5,4(sp)
	li	a0,1
	mv	a1,s7
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	neg	a4,s10
	sb	zero,15(sp)
	mv	a5,s7
.L49:
	remu	a3,a4,s8
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a4
	addi	a3,a3,48
	sb	a3,11(a5)
	divu	a4,a4,s8
	bgtu	a2,s9,.L49
	add	s6,a1,s8
	j	.L83
.L39:
	or	s10,s10,a4
	mv	a5,s10
	j	.L47
.L40:
	and	s10,s10,a4
	mv	a5,s10
	j	.L47
.L38:
	neg	s10,s10
	mv	a5,s10
	j	.L47
.L41:
	sra	s10,s10,a4
	mv	a5,s10
	j	.L47
.L42:
	sll	s10,s10,a4
	mv	a5,s10
	j	.L47
.L43:
	xor	s10,s10,a4
	mv	a5,s10
	j	.L47
.L44:
	mul	s10,s10,a4
	mv	a5,s10
	j	.L47
.L45:
	sub	s10,s10,a4
	mv	a5,s10
	j	.L47
.L46:
	add	s10,s10,a4
	mv	a5,s10
	j	.L47
.L34:
	addi	s10,s10,-1
	mv	a5,s10
	j	.L47
.L57:
	addi	a1,s1,%lo(.LC8)
	li	a2,3
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
.L65:
	li	a4,44
.L64:
	sb	a4,4(sp)
	li	a0,1
	mv	a1,a6
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a5,a5,1
	bne	a5,t1,.L66
	lui	a0,%hi(.LC11)
	li	a1,984
	addi	a0,a0,%lo(.LC11)
	call	put_kv
	lui	a5,%hi(.LANCHOR0)
	addi	a4,a5,%lo(.LANCHOR0)
	li	a0,8192
	addi	a5,a5,%lo(.LANCHOR0)
	addi	a4,a4,56
	addi	s4,a5,84
	li	a1,0
	li	a3,1000
	addi	a0,a0,-415
	li	t3,65536
	li	t1,3
	li	a7,100
	li	a6,-50
	j	.L75
.L87:
	beq	a5,t1,.L69
	bne	a5,a7,.L85
	addi	a1,a1,2
.L72:
	addi	a4,a4,4
	beq	s4,a4,.L86
.L75:
	lw	a5,0(a4)
	slli	a2,a1,2
	add	a1,a2,a1
	slli	a1,a1,1
	beq	a5,a3,.L67
	ble	a5,a3,.L87
	beq	a5,a0,.L73
	bne	a5,t3,.L72
	addi	a4,a4,4
	addi	a1,a1,5
	bne	s4,a4,.L75
.L86:
	lui	a0,%hi(.LC12)
	addi	a0,a0,%lo(.LC12)
	call	put_kv
	lui	a0,%hi(.LC13)
	addi	a0,a0,%lo(.LC13)
	li	a1,363
	call	put_kv
	lw	ra,76(sp)
	lw	s0,72(sp)
	lw	s1,68(sp)
	lw	s2,64(sp)
	lw	s3,60(sp)
	lw	s4,56(sp)
	lw	s5,52(sp)
	lw	s6,48(sp)
	lw	s7,44(sp)
	lw	s8,40(sp)
	lw	s9,36(sp)
	lw	s11,28(sp)
	andi	a0,s10,0xff
	lw	s10,32(sp)
	addi	sp,sp,80
	jr	ra
.L58:
	addi	a1,s0,%lo(.LC7)
	li	a2,4
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	j	.L65
.L59:
	addi	a1,t2,%lo(.LC6)
	li	a2,4
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	j	.L65
.L60:
	addi	a1,t0,%lo(.LC5)
	li	a2,5
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	j	.L65
.L61:
	addi	a1,t6,%lo(.LC4)
	li	a2,3
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	j	.L65
.L62:
	addi	a1,t5,%lo(.LC3)
	li	a2,3
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	j	.L65
.L63:
	addi	a1,t4,%lo(.LC2)
	li	a2,4
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	j	.L65
.L55:
	addi	a1,s2,%lo(.LC9)
	li	a2,5
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	j	.L65
.L85:
	bne	a5,a6,.L72
	addi	a1,a1,4
	j	.L72
.L54:
	li	a0,1
	addi	a1,s5,%lo(.LC10)
	li	a2,4
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	bne	a5,s3,.L65
	li	a4,10
	j	.L64
.L33:
	lui	a5,%hi(.LC1)
	li	a0,1
	addi	a1,a5,%lo(.LC1)
	li	a2,7
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a5,s10
	j	.L47
.L67:
	addi	a1,a1,3
	j	.L72
.L69:
	addi	a1,a1,1
	j	.L72
.L73:
	addi	a1,a1,6
	j	.L72
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
.L89:
	j	.L89
	.size	_start, .-_start
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	prog.1, @object
	.size	prog.1, 56
prog.1:
	.half	0
	.half	5
	.half	2
	.half	7
	.half	4
	.half	3
	.half	3
	.half	85
	.half	1
	.half	9
	.half	5
	.half	1
	.half	7
	.half	256
	.half	6
	.half	499
	.half	8
	.half	0
	.half	9
	.half	0
	.half	10
	.half	0
	.half	11
	.half	0
	.half	10
	.half	0
	.half	42
	.half	0
	.type	codes.0, @object
	.size	codes.0, 28
codes.0:
	.word	3
	.word	100
	.word	1000
	.word	-50
	.word	65536
	.word	7777
	.word	8
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
