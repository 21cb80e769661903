	.file	"strings.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	find.constprop.0, @function
find.constprop.0:
	lbu	a6,0(a0)
	mv	a1,a0
	beq	a6,zero,.L12
	lui	a5,%hi(.LANCHOR0)
	addi	a0,a5,%lo(.LANCHOR0)
.L2:
	mv	a3,a6
	mv	a4,a1
	mv	a5,a0
	j	.L5
.L4:
	lbu	a3,0(a4)
	beq	a3,zero,.L1
.L5:
	lbu	a2,0(a5)
	addi	a4,a4,1
	addi	a5,a5,1
	beq	a2,a3,.L4
	lbu	a5,1(a0)
	addi	a0,a0,1
	bne	a5,zero,.L2
	li	a0,0
.L1:
	ret
.L12:
	lui	a0,%hi(.LANCHOR0)
	addi	a0,a0,%lo(.LANCHOR0)
	ret
	.size	find.constprop.0, .-find.constprop.0
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L14
	add	a2,a0,a2
	mv	a5,a0
.L15:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L15
.L14:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L26
.L22:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L22
.L26:
	ret
	.size	memset, .-memset
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L30
	mv	a5,a0
.L29:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L29
	sub	a0,a5,a0
	ret
.L30:
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
	sb	zero,15(sp)
	addi	a5,sp,4
	li	a3,10
	li	a6,9
.L35:
	remu	a4,a0,a3
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,a3
	bgtu	a2,a6,.L35
	add	a0,a1,a3
	call	put_str
	lw	ra,28(sp)
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
	blt	s0,zero,.L42
	mv	a0,s0
	call	put_uint
.L40:
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
.L42:
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
	j	.L40
	.size	put_kv, .-put_kv
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"one"
	.align	2
.LC2:
	.string	"seven"
	.align	2
.LC3:
	.string	"seventeen"
	.align	2
.LC4:
	.string	"The Quick Brown Fox Jumps Over The Lazy Dog"
	.align	2
.LC5:
	.string	"] "
	.align	2
.LC6:
	.string	"cmp(one, one)"
	.align	2
.LC7:
	.string	"cmp(seven, seventeen)"
	.align	2
.LC8:
	.string	"cmp(teen, een)"
	.align	2
.LC9:
	.string	"world"
	.align	2
.LC10:
	.string	"find world"
	.align	2
.LC11:
	.string	"xyz"
	.align	2
.LC12:
	.string	"find xyz"
	.align	2
.LC13:
	.string	"vowels"
	.align	2
.LC14:
	.string	" and one again, "
	.align	2
.LC15:
	.string	"teen"
	.align	2
.LC16:
	.string	"\t\"quoted\"\\\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-128
	sw	s2,112(sp)
	lui	s2,%hi(.LANCHOR0)
	addi	s2,s2,%lo(.LANCHOR0)
	sw	s0,120(sp)
	sw	s1,116(sp)
	sw	s3,108(sp)
	sw	s4,104(sp)
	sw	ra,124(sp)
	sw	s5,100(sp)
	sw	s6,96(sp)
	sw	s7,92(sp)
	sw	s8,88(sp)
	sw	s9,84(sp)
	addi	s0,s2,16
	addi	s4,s2,100
	li	a2,4
	li	s1,0
	li	s3,32
	j	.L45
.L78:
	lw	a0,0(s0)
	call	strlen
	mv	a2,a0
.L45:
	lw	a1,0(s0)
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	sb	s3,16(sp)
	addi	a1,sp,16
	li	a2,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a0,0(s0)
	addi	s0,s0,12
	call	strlen
	add	s1,s1,a0
	bne	s0,s4,.L78
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
	lui	s3,%hi(.LANCHOR1)
	addi	s4,s3,%lo(.LANCHOR1)
	lui	s6,%hi(.LC5)
	mv	s7,a1
	addi	s6,s6,%lo(.LC5)
	addi	s0,s4,20
	addi	s9,s4,56
	li	s8,91
.L46:
	sb	s8,16(sp)
	li	a0,1
	mv	a1,s7
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	s5,0(s0)
	mv	a0,s5
	call	strlen
	mv	a2,a0
	mv	a1,s5
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	mv	a1,s6
	li	a2,2
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s0,s0,4
	bne	s0,s9,.L46
	li	a5,10
	sb	a5,16(sp)
	li	a0,1
	addi	a1,sp,16
	li	a2,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	s0,%hi(.LC1)
	addi	a5,s0,%lo(.LC1)
.L47:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L47
	lui	a0,%hi(.LC6)
	li	a1,0
	addi	a0,a0,%lo(.LC6)
	call	put_kv
	lui	a4,%hi(.LC2)
	lui	a5,%hi(.LC3)
	li	a3,115
	addi	a4,a4,%lo(.LC2)
	addi	a5,a5,%lo(.LC3)
	j	.L48
.L50:
	lbu	a3,0(a4)
	addi	a5,a5,1
	beq	a3,zero,.L49
.L48:
	lbu	a2,0(a5)
	addi	a4,a4,1
	beq	a2,a3,.L50
.L49:
	lbu	a5,0(a5)
	li	a1,1
	bge	a3,a5,.L51
	li	a1,-1
.L51:
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	call	put_kv
	lui	a0,%hi(.LC8)
	li	a1,1
	addi	a0,a0,%lo(.LC8)
	call	put_kv
	mv	a4,s2
	addi	a5,sp,16
.L52:
	lbu	a3,0(a4)
	addi	a5,a5,1
	addi	a4,a4,1
	sb	a3,-1(a5)
	bne	a3,zero,.L52
	addi	a0,sp,16
	call	strlen
	srli	a1,a0,1
	beq	a1,zero,.L57
	addi	a5,sp,16
	addi	a4,a0,-1
	add	a4,a5,a4
	add	a1,a5,a1
.L56:
	lbu	a2,0(a4)
	lbu	a3,0(a5)
	addi	a5,a5,1
	addi	a4,a4,-1
	sb	a2,-1(a5)
	sb	a3,1(a4)
	bne	a1,a5,.L56
.L57:
	addi	a0,sp,16
	call	put_str
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
	lbu	a5,0(s4)
	li	a3,25
	beq	a5,zero,.L55
.L54:
	addi	a4,a5,-97
	andi	a4,a4,0xff
	addi	a5,a5,-32
	bgtu	a4,a3,.L60
	sb	a5,0(s4)
.L60:
	lbu	a5,1(s4)
	addi	s4,s4,1
	bne	a5,zero,.L54
.L55:
	addi	a0,s3,%lo(.LANCHOR1)
	call	put_str
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
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	call	find.constprop.0
	sub	a1,a0,s2
	beq	a0,zero,.L79
.L59:
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	put_kv
	lui	a0,%hi(.LC11)
	addi	a0,a0,%lo(.LC11)
	call	find.constprop.0
	snez	a1,a0
	lui	a0,%hi(.LC12)
	addi	a0,a0,%lo(.LC12)
	call	put_kv
	lui	a3,%hi(.LC4)
	li	a2,1064960
	addi	a3,a3,%lo(.LC4)
	li	a1,0
	li	a5,84
	li	a0,20
	addi	a2,a2,273
.L62:
	ori	a5,a5,32
	addi	a5,a5,-97
	andi	a5,a5,0xff
	srl	a4,a2,a5
	addi	a3,a3,1
	andi	a4,a4,1
	bgtu	a5,a0,.L61
	add	a1,a1,a4
.L61:
	lbu	a5,0(a3)
	bne	a5,zero,.L62
	lui	a0,%hi(.LC13)
	addi	a0,a0,%lo(.LC13)
	call	put_kv
	addi	a0,s0,%lo(.LC1)
	call	put_str
	lui	a0,%hi(.LC14)
	addi	a0,a0,%lo(.LC14)
	call	put_str
	lui	a0,%hi(.LC15)
	addi	a0,a0,%lo(.LC15)
	call	put_str
	lui	a0,%hi(.LC16)
	addi	a0,a0,%lo(.LC16)
	call	put_str
	lw	ra,124(sp)
	lw	s0,120(sp)
	lw	s2,112(sp)
	lw	s3,108(sp)
	lw	s4,104(sp)
	lw	s5,100(sp)
	lw	s6,96(sp)
	lw	s7,92(sp)
	lw	s8,88(sp)
	lw	s9,84(sp)
	mv	a0,s1
	lw	s1,116(sp)
	addi	sp,sp,128
	jr	ra
.L79:
	li	a1,-1
	j	.L59
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
.L81:
	j	.L81
	.size	_start, .-_start
	.globl	mutable_text
	.globl	greeting
	.globl	suffixes
	.section	.rodata.str1.4
	.align	2
.LC17:
	.string	"een"
	.align	2
.LC18:
	.string	"en"
	.align	2
.LC19:
	.string	"n"
	.align	2
.LC20:
	.string	"ve"
	.align	2
.LC21:
	.string	"elve"
	.align	2
.LC22:
	.string	""
	.align	2
.LC23:
	.string	"hello, world"
	.align	2
.LC24:
	.string	"zero"
	.align	2
.LC25:
	.string	"two"
	.align	2
.LC26:
	.string	"three"
	.align	2
.LC27:
	.string	"four"
	.align	2
.LC28:
	.string	"five"
	.align	2
.LC29:
	.string	"six"
	.align	2
.LC30:
	.string	"eight"
	.align	2
.LC31:
	.string	"nine"
	.align	2
.LC32:
	.string	"ten"
	.align	2
.LC33:
	.string	"eleven"
	.align	2
.LC34:
	.string	"twelve"
	.align	2
.LC35:
	.string	"thirteen"
	.align	2
.LC36:
	.string	"fourteen"
	.align	2
.LC37:
	.string	"fifteen"
	.align	2
.LC38:
	.string	"sixteen"
	.align	2
.LC39:
	.string	"eighteen"
	.align	2
.LC40:
	.string	"nineteen"
	.align	2
.LC41:
	.string	"twenty"
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	greeting, @object
	.size	greeting, 13
greeting:
	.string	"hello, world"
	.zero	3
	.type	numbers, @object
	.size	numbers, 84
numbers:
	.word	.LC24
	.word	.LC1
	.word	.LC25
	.word	.LC26
	.word	.LC27
	.word	.LC28
	.word	.LC29
	.word	.LC2
	.word	.LC30
	.word	.LC31
	.word	.LC32
	.word	.LC33
	.word	.LC34
	.word	.LC35
	.word	.LC36
	.word	.LC37
	.word	.LC38
	.word	.LC3
	.word	.LC39
	.word	.LC40
	.word	.LC41
	.data
	.align	2
	.set	.LANCHOR1,. + 0
	.type	mutable_text, @object
	.size	mutable_text, 17
mutable_text:
	.string	"Mutable Text 123"
	.zero	3
	.type	suffixes, @object
	.size	suffixes, 36
suffixes:
	.word	.LC15
	.word	.LC17
	.word	.LC18
	.word	.LC19
	.word	.LC20
	.word	.LC21
	.word	.LC22
	.word	.LC23
	.word	.LC9
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
