	.file	"interp.c"
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
	.type	put_int, @function
put_int:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	mv	a5,a0
	blt	a0,zero,.L32
	sb	zero,15(sp)
	addi	a4,sp,4
	li	a2,10
	li	a0,9
.L27:
	remu	a3,a5,a2
	mv	a1,a4
	addi	a4,a4,-1
	mv	a6,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,a2
	bgtu	a6,a0,.L27
	add	s0,a1,a2
.L31:
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
.L32:
	li	a4,45
	sb	a4,4(sp)
	li	a0,1
	addi	a1,sp,4
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a2,10
	neg	a5,a5
	sb	zero,15(sp)
	mv	a4,a1
	li	a7,9
.L25:
	remu	a3,a5,a2
	mv	a6,a4
	addi	a4,a4,-1
	mv	a0,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,a2
	bgtu	a0,a7,.L25
	sub	a2,a2,a1
	add	a2,a2,a6
	addi	a5,sp,4
	add	s0,a5,a2
	j	.L31
	.size	put_int, .-put_int
	.section	.rodata.str1.4,"aMS",@progbits,1
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
	mv	s0,a1
	call	put_str
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	put_str
	mv	a0,s0
	call	put_int
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
	.size	put_kv, .-put_kv
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
	.align	2
.LC2:
	.string	"; "
	.align	2
.LC3:
	.string	"bad opcode "
	.align	2
.LC4:
	.string	"result"
	.align	2
.LC5:
	.string	"steps"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-448
	lui	a5,%hi(.LANCHOR1)
	sw	s0,440(sp)
	lui	s0,%hi(.LANCHOR0)
	sw	s2,432(sp)
	addi	s0,s0,%lo(.LANCHOR0)
	addi	s2,a5,%lo(.LANCHOR1)
	sw	ra,444(sp)
	sw	s1,436(sp)
	sw	s3,428(sp)
	sw	s4,424(sp)
	sw	s5,420(sp)
	sw	s6,416(sp)
	sw	s7,412(sp)
	sw	s8,408(sp)
	sw	s9,404(sp)
	sw	s10,400(sp)
	sw	s11,396(sp)
	addi	a5,a5,%lo(.LANCHOR1)
	addi	a4,s0,256
	addi	a6,s2,240
.L36:
	lw	a0,0(a5)
	lw	a1,4(a5)
	lw	a2,8(a5)
	lw	a3,12(a5)
	sw	a0,0(a4)
	sw	a1,4(a4)
	sw	a2,8(a4)
	sw	a3,12(a4)
	addi	a5,a5,16
	addi	a4,a4,16
	bne	a5,a6,.L36
	lw	a3,0(a5)
	lw	a5,4(a5)
	li	s6,-454656
	sw	a3,0(a4)
	sw	a5,4(a4)
	lui	s1,%hi(.LC2)
	addi	a5,s6,-2
	addi	s1,s1,%lo(.LC2)
	li	s11,0
	li	s4,18
	sw	a5,12(sp)
	li	s5,32
	li	s8,10
	li	s9,9
	li	s3,11
.L42:
	slli	a5,s11,2
	add	s7,s0,a5
	lw	s10,256(s7)
	slli	a4,s10,2
	add	a4,s2,a4
	lw	s6,248(a4)
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
	addi	a4,s11,1
	bgtu	s10,s4,.L91
	lw	a5,12(sp)
	sra	s10,a5,s10
	andi	s10,s10,1
	bne	s10,zero,.L91
	sb	s5,20(sp)
	li	a0,1
	addi	a1,sp,20
	li	a2,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a5,260(s7)
	blt	a5,zero,.L113
	sb	zero,31(sp)
	addi	a4,sp,20
.L41:
	remu	a3,a5,s8
	mv	a1,a4
	addi	a4,a4,-1
	mv	a2,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,s8
	bgtu	a2,s9,.L41
.L108:
	add	s10,a1,s8
	mv	a0,s10
	call	strlen
	mv	a2,a0
	mv	a1,s10
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s11,s11,2
.L37:
	li	a0,1
	mv	a1,s1
	li	a2,2
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	ble	s11,s3,.L42
	li	a5,10
	sb	a5,20(sp)
	li	a0,1
	addi	a1,sp,20
	li	a2,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a2,364
	mv	a0,a1
	li	a1,0
	call	memset
	lui	s3,%hi(.L46)
	li	a5,0
	li	s2,0
	li	s4,21
	addi	s3,s3,%lo(.L46)
.L43:
	slli	a4,s2,2
	add	a3,s0,a4
	lw	s1,256(a3)
	addi	a5,a5,1
	sw	a5,380(sp)
	bgtu	s1,s4,.L44
	slli	s1,s1,2
	add	s1,s1,s3
	lw	a5,0(s1)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L46:
	.word	.L67
	.word	.L66
	.word	.L65
	.word	.L64
	.word	.L63
	.word	.L62
	.word	.L61
	.word	.L60
	.word	.L59
	.word	.L58
	.word	.L57
	.word	.L56
	.word	.L55
	.word	.L54
	.word	.L53
	.word	.L52
	.word	.L51
	.word	.L50
	.word	.L49
	.word	.L48
	.word	.L47
	.word	.L45
	.section	.text.startup
.L91:
	mv	s11,a4
	j	.L37
.L113:
	li	a4,45
	sb	a4,20(sp)
	li	a0,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	neg	a5,a5
	sb	zero,31(sp)
	mv	a4,a1
.L39:
	remu	a3,a5,s8
	mv	a1,a4
	addi	a4,a4,-1
	mv	a2,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,s8
	bgtu	a2,s9,.L39
	j	.L108
.L47:
	lw	a5,276(sp)
	addi	a3,sp,16
	li	a0,1
	addi	a5,a5,-1
	slli	a4,a5,2
	addi	a4,a4,368
	add	a4,a4,a3
	lw	a4,-364(a4)
	addi	a1,sp,19
	sw	a5,276(sp)
	li	a2,1
	sb	a4,19(sp)
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s2,s2,1
.L68:
	lw	a5,380(sp)
	j	.L43
.L48:
	lw	a5,276(sp)
	addi	a3,sp,16
	addi	a5,a5,-1
	slli	a4,a5,2
	addi	a4,a4,368
	add	a4,a4,a3
	lw	a0,-364(a4)
	sw	a5,276(sp)
	call	put_int
	li	a5,32
	sb	a5,19(sp)
	li	a0,1
	addi	a1,sp,19
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s2,s2,1
	j	.L68
.L49:
	add	a4,s0,a4
	lw	a5,260(a4)
	lw	a4,276(sp)
	addi	a2,sp,16
	addi	a5,a5,80
	addi	a4,a4,-1
	slli	a3,a4,2
	addi	a3,a3,368
	add	a3,a3,a2
	lw	a3,-364(a3)
	slli	a5,a5,2
	addi	a5,a5,368
	add	a5,a5,a2
	sw	a4,276(sp)
	sw	a3,-356(a5)
	addi	s2,s2,2
	lw	a5,380(sp)
	j	.L43
.L50:
	add	a4,s0,a4
	lw	a5,260(a4)
	lw	a4,276(sp)
	addi	a3,sp,16
	addi	a5,a5,80
	slli	a5,a5,2
	addi	a5,a5,368
	add	a5,a5,a3
	lw	a3,-356(a5)
	slli	a5,a4,2
	addi	a2,a4,1
	addi	a5,a5,368
	addi	a4,sp,16
	add	a5,a5,a4
	sw	a2,276(sp)
	sw	a3,-364(a5)
	addi	s2,s2,2
	lw	a5,380(sp)
	j	.L43
.L51:
	lw	a4,344(sp)
	addi	a3,sp,16
	addi	a5,a4,63
	slli	a5,a5,2
	addi	a5,a5,368
	add	a5,a5,a3
	addi	a4,a4,-1
	lw	s2,-360(a5)
	lw	a5,380(sp)
	sw	a4,344(sp)
	j	.L43
.L52:
	lw	a3,344(sp)
	addi	a2,s2,2
	add	a4,s0,a4
	addi	a5,a3,64
	slli	a5,a5,2
	addi	a3,a3,1
	sw	a3,344(sp)
	addi	a5,a5,368
	addi	a3,sp,16
	add	a5,a5,a3
	sw	a2,-360(a5)
	lw	s2,260(a4)
	lw	a5,380(sp)
	j	.L43
.L53:
	lw	a5,276(sp)
	add	a4,s0,a4
	lw	a3,260(a4)
	addi	a5,a5,-1
	slli	a4,a5,2
	addi	a4,a4,368
	addi	a2,sp,16
	add	a4,a4,a2
	lw	a4,-364(a4)
	sw	a5,276(sp)
	beq	a4,zero,.L109
.L93:
	lw	a5,380(sp)
	mv	s2,a3
	j	.L43
.L54:
	lw	a5,276(sp)
	add	a4,s0,a4
	lw	a3,260(a4)
	addi	a5,a5,-1
	slli	a4,a5,2
	addi	a4,a4,368
	addi	a2,sp,16
	add	a4,a4,a2
	lw	a4,-364(a4)
	sw	a5,276(sp)
	beq	a4,zero,.L93
.L109:
	lw	a5,380(sp)
	addi	s2,s2,2
	j	.L43
.L55:
	add	a4,s0,a4
	lw	s2,260(a4)
	lw	a5,380(sp)
	j	.L43
.L62:
	lw	a5,276(sp)
	addi	a2,sp,16
	addi	s2,s2,1
	addi	a3,a5,-1
	addi	a5,a5,-2
	slli	a5,a5,2
	slli	a4,a3,2
	addi	a5,a5,368
	addi	a4,a4,368
	add	a5,a5,a2
	add	a4,a4,a2
	lw	a4,-364(a4)
	lw	a2,-364(a5)
	sw	a3,276(sp)
	add	a4,a4,a2
	sw	a4,-364(a5)
	j	.L68
.L63:
	lw	a5,276(sp)
	addi	a4,a5,-2
.L110:
	slli	a4,a4,2
	addi	a3,sp,16
	addi	a4,a4,368
	add	a4,a4,a3
	lw	a3,-364(a4)
	slli	a4,a5,2
	addi	a4,a4,368
	addi	a2,sp,16
	add	a4,a4,a2
	sw	a3,-364(a4)
	addi	a5,a5,1
	sw	a5,276(sp)
	addi	s2,s2,1
	j	.L68
.L64:
	lw	a5,276(sp)
	addi	a3,sp,20
	addi	a2,sp,20
	addi	a4,a5,-1
	slli	a4,a4,2
	add	a4,a3,a4
	lw	a3,-4(a4)
	addi	a5,a5,-2
	lw	a4,0(a4)
	slli	a5,a5,2
	add	a5,a2,a5
	sw	a4,0(a5)
	sw	a3,4(a5)
	addi	s2,s2,1
	j	.L68
.L65:
	lw	a5,276(sp)
	addi	a4,a5,-1
	j	.L110
.L66:
	lw	a5,276(sp)
	addi	s2,s2,1
	addi	a5,a5,-1
	sw	a5,276(sp)
	j	.L68
.L67:
	lw	a5,276(sp)
	add	a4,s0,a4
	lw	a4,260(a4)
	addi	a3,a5,1
	slli	a5,a5,2
	sw	a3,276(sp)
	addi	a5,a5,368
	addi	a3,sp,16
	add	a5,a5,a3
	sw	a4,-364(a5)
	addi	s2,s2,2
	lw	a5,380(sp)
	j	.L43
.L45:
	lw	s1,276(sp)
	beq	s1,zero,.L71
	addi	a5,s1,-1
	slli	a5,a5,2
	addi	a5,a5,368
	addi	a4,sp,16
	add	a5,a5,a4
	lw	s1,-364(a5)
.L71:
	lui	a0,%hi(.LC4)
	mv	a1,s1
	addi	a0,a0,%lo(.LC4)
	call	put_kv
	lw	a1,380(sp)
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	call	put_kv
	lui	a4,%hi(.LC1)
	lui	a6,%hi(.L74)
	addi	a4,a4,%lo(.LC1)
	li	a5,43
	li	a3,50
	addi	a6,a6,%lo(.L74)
.L89:
	addi	a5,a5,-43
	andi	a5,a5,0xff
	bgtu	a5,a3,.L96
	slli	a5,a5,2
	add	a5,a5,a6
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L74:
	.word	.L80
	.word	.L96
	.word	.L79
	.word	.L78
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L77
	.word	.L96
	.word	.L76
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L96
	.word	.L75
	.word	.L96
	.word	.L73
	.section	.text.startup
.L80:
	lbu	a5,0(s0)
	addi	a5,a5,1
	sb	a5,0(s0)
.L96:
	mv	a5,a4
.L81:
	lbu	a5,1(a5)
	addi	a4,a4,1
	bne	a5,zero,.L89
	lw	ra,444(sp)
	lw	s0,440(sp)
	lw	s2,432(sp)
	lw	s3,428(sp)
	lw	s4,424(sp)
	lw	s5,420(sp)
	lw	s6,416(sp)
	lw	s7,412(sp)
	lw	s8,408(sp)
	lw	s9,404(sp)
	lw	s10,400(sp)
	lw	s11,396(sp)
	mv	a0,s1
	lw	s1,436(sp)
	addi	sp,sp,448
	jr	ra
.L58:
	lw	a5,276(sp)
	addi	a4,sp,16
	addi	s2,s2,1
	addi	a2,a5,-1
	addi	a5,a5,-2
	slli	a5,a5,2
	slli	a3,a2,2
	addi	a5,a5,368
	add	a5,a5,a4
	addi	a4,a3,368
	addi	a3,sp,16
	add	a3,a4,a3
	lw	a3,-364(a3)
	lw	a4,-364(a5)
	sw	a2,276(sp)
	rem	a4,a4,a3
	sw	a4,-364(a5)
	j	.L68
.L59:
	lw	a5,276(sp)
	addi	a4,sp,16
	addi	s2,s2,1
	addi	a2,a5,-1
	addi	a5,a5,-2
	slli	a5,a5,2
	slli	a3,a2,2
	addi	a5,a5,368
	add	a5,a5,a4
	addi	a4,a3,368
	addi	a3,sp,16
	add	a3,a4,a3
	lw	a3,-364(a3)
	lw	a4,-364(a5)
	sw	a2,276(sp)
	div	a4,a4,a3
	sw	a4,-364(a5)
	j	.L68
.L60:
	lw	a5,276(sp)
	addi	a2,sp,16
	addi	s2,s2,1
	addi	a3,a5,-1
	addi	a5,a5,-2
	slli	a5,a5,2
	slli	a4,a3,2
	addi	a5,a5,368
	addi	a4,a4,368
	add	a5,a5,a2
	add	a4,a4,a2
	lw	a4,-364(a4)
	lw	a2,-364(a5)
	sw	a3,276(sp)
	mul	a4,a4,a2
	sw	a4,-364(a5)
	j	.L68
.L61:
	lw	a5,276(sp)
	addi	a4,sp,16
	addi	s2,s2,1
	addi	a2,a5,-1
	addi	a5,a5,-2
	slli	a5,a5,2
	slli	a3,a2,2
	addi	a5,a5,368
	add	a5,a5,a4
	addi	a4,a3,368
	addi	a3,sp,16
	add	a3,a4,a3
	lw	a3,-364(a3)
	lw	a4,-364(a5)
	sw	a2,276(sp)
	sub	a4,a4,a3
	sw	a4,-364(a5)
	j	.L68
.L56:
	lw	a5,276(sp)
	addi	a2,sp,16
	addi	s2,s2,1
	addi	a3,a5,-1
	addi	a5,a5,-2
	slli	a5,a5,2
	slli	a4,a3,2
	addi	a5,a5,368
	addi	a4,a4,368
	add	a5,a5,a2
	add	a4,a4,a2
	lw	a4,-364(a4)
	lw	a2,-364(a5)
	sw	a3,276(sp)
	sub	a4,a4,a2
	seqz	a4,a4
	sw	a4,-364(a5)
	j	.L68
.L57:
	lw	a5,276(sp)
	addi	a2,sp,16
	addi	s2,s2,1
	addi	a3,a5,-1
	addi	a5,a5,-2
	slli	a5,a5,2
	slli	a4,a3,2
	addi	a5,a5,368
	addi	a4,a4,368
	add	a5,a5,a2
	add	a4,a4,a2
	lw	a4,-364(a4)
	lw	a2,-364(a5)
	sw	a3,276(sp)
	sgt	a4,a4,a2
	sw	a4,-364(a5)
	j	.L68
.L73:
	lbu	a2,0(s0)
	mv	a5,a4
	beq	a2,zero,.L81
	li	a2,1
	li	a1,93
.L88:
	lbu	a5,-1(a4)
	addi	a4,a4,-1
	beq	a5,a1,.L114
.L86:
	addi	a5,a5,-91
	seqz	a5,a5
	sub	a2,a2,a5
	beq	a2,zero,.L96
	lbu	a5,-1(a4)
	addi	a4,a4,-1
	bne	a5,a1,.L86
.L114:
	addi	a2,a2,1
	j	.L88
.L75:
	lbu	a5,0(s0)
	bne	a5,zero,.L96
	li	a2,1
	li	a1,91
.L85:
	lbu	a5,1(a4)
	addi	a4,a4,1
	beq	a5,a1,.L115
.L83:
	addi	a5,a5,-93
	seqz	a5,a5
	sub	a2,a2,a5
	beq	a2,zero,.L96
	lbu	a5,1(a4)
	addi	a4,a4,1
	bne	a5,a1,.L83
.L115:
	addi	a2,a2,1
	j	.L85
.L76:
	addi	s0,s0,1
	mv	a5,a4
	j	.L81
.L77:
	addi	s0,s0,-1
	mv	a5,a4
	j	.L81
.L78:
	lbu	a5,0(s0)
	li	a0,1
	addi	a1,sp,19
	sb	a5,19(sp)
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	j	.L96
.L79:
	lbu	a5,0(s0)
	addi	a5,a5,-1
	sb	a5,0(s0)
	j	.L96
.L44:
	lui	a0,%hi(.LC3)
	addi	a0,a0,%lo(.LC3)
	call	put_str
	mv	a0,s1
	call	put_int
	li	a5,10
	sb	a5,19(sp)
	li	a0,1
	addi	a1,sp,19
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	s1,-1
	j	.L71
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
.L117:
	j	.L117
	.size	_start, .-_start
	.section	.rodata.str1.4
	.align	2
.LC6:
	.string	"PUSH"
	.align	2
.LC7:
	.string	"POP"
	.align	2
.LC8:
	.string	"DUP"
	.align	2
.LC9:
	.string	"SWAP"
	.align	2
.LC10:
	.string	"OVER"
	.align	2
.LC11:
	.string	"ADD"
	.align	2
.LC12:
	.string	"SUB"
	.align	2
.LC13:
	.string	"MUL"
	.align	2
.LC14:
	.string	"DIV"
	.align	2
.LC15:
	.string	"MOD"
	.align	2
.LC16:
	.string	"LT"
	.align	2
.LC17:
	.string	"EQ"
	.align	2
.LC18:
	.string	"JMP"
	.align	2
.LC19:
	.string	"JZ"
	.align	2
.LC20:
	.string	"JNZ"
	.align	2
.LC21:
	.string	"CALL"
	.align	2
.LC22:
	.string	"RET"
	.align	2
.LC23:
	.string	"LOAD"
	.align	2
.LC24:
	.string	"STORE"
	.align	2
.LC25:
	.string	"PRINT"
	.align	2
.LC26:
	.string	"EMIT"
	.align	2
.LC27:
	.string	"HALT"
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	tape, @object
	.size	tape, 256
tape:
	.zero	256
	.type	code.0, @object
	.size	code.0, 320
code.0:
	.zero	320
	.section	.rodata
	.align	2
	.set	.LANCHOR1,. + 0
	.type	program, @object
	.size	program, 248
program:
	.word	0
	.word	1
	.word	18
	.word	0
	.word	17
	.word	0
	.word	0
	.word	11
	.word	10
	.word	13
	.word	25
	.word	17
	.word	0
	.word	15
	.word	33
	.word	19
	.word	17
	.word	0
	.word	0
	.word	1
	.word	5
	.word	18
	.word	0
	.word	12
	.word	4
	.word	0
	.word	10
	.word	20
	.word	0
	.word	42
	.word	21
	.word	21
	.word	21
	.word	18
	.word	1
	.word	0
	.word	1
	.word	18
	.word	2
	.word	17
	.word	1
	.word	13
	.word	59
	.word	17
	.word	2
	.word	17
	.word	1
	.word	7
	.word	18
	.word	2
	.word	17
	.word	1
	.word	0
	.word	1
	.word	6
	.word	18
	.word	1
	.word	12
	.word	39
	.word	17
	.word	2
	.word	16
	.type	opnames, @object
	.size	opnames, 88
opnames:
	.word	.LC6
	.word	.LC7
	.word	.LC8
	.word	.LC9
	.word	.LC10
	.word	.LC11
	.word	.LC12
	.word	.LC13
	.word	.LC14
	.word	.LC15
	.word	.LC16
	.word	.LC17
	.word	.LC18
	.word	.LC19
	.word	.LC20
	.word	.LC21
	.word	.LC22
	.word	.LC23
	.word	.LC24
	.word	.LC25
	.word	.LC26
	.word	.LC27
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
