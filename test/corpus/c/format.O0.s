	.file	"format.c"
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
.LC7:
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
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
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
	.local	out
	.comm	out,512,4
	.local	out_len
	.comm	out_len,4,4
	.align	2
	.type	emit, @function
emit:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	mv	a5,a0
	sb	a5,-17(s0)
	lui	a5,%hi(out_len)
	lw	a4,%lo(out_len)(a5)
	li	a5,510
	bgt	a4,a5,.L34
	lui	a5,%hi(out_len)
	lw	a5,%lo(out_len)(a5)
	addi	a3,a5,1
	lui	a4,%hi(out_len)
	sw	a3,%lo(out_len)(a4)
	lui	a4,%hi(out)
	addi	a4,a4,%lo(out)
	add	a5,a4,a5
	lbu	a4,-17(s0)
	sb	a4,0(a5)
.L34:
	nop
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	emit, .-emit
	.align	2
	.type	flush, @function
flush:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	addi	s0,sp,16
	lui	a5,%hi(out_len)
	lw	a5,%lo(out_len)(a5)
	mv	a2,a5
	lui	a5,%hi(out)
	addi	a1,a5,%lo(out)
	li	a0,1
	call	rt_write
	lui	a5,%hi(out_len)
	sw	zero,%lo(out_len)(a5)
	nop
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	flush, .-flush
	.align	2
	.type	emit_padded, @function
emit_padded:
	addi	sp,sp,-64
	sw	ra,60(sp)
	sw	s0,56(sp)
	addi	s0,sp,64
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	sw	a3,-48(s0)
	mv	a5,a4
	sb	a5,-49(s0)
	lw	a4,-44(s0)
	lw	a5,-40(s0)
	ble	a4,a5,.L37
	lw	a4,-44(s0)
	lw	a5,-40(s0)
	sub	a5,a4,a5
	j	.L38
.L37:
	li	a5,0
.L38:
	sw	a5,-20(s0)
	lw	a5,-48(s0)
	bne	a5,zero,.L39
	lbu	a4,-49(s0)
	li	a5,48
	bne	a4,a5,.L39
	lw	a5,-36(s0)
	lbu	a4,0(a5)
	li	a5,45
	beq	a4,a5,.L40
	lw	a5,-36(s0)
	lbu	a4,0(a5)
	li	a5,43
	beq	a4,a5,.L40
	lw	a5,-36(s0)
	lbu	a4,0(a5)
	li	a5,32
	bne	a4,a5,.L39
.L40:
	lw	a5,-40(s0)
	ble	a5,zero,.L39
	lw	a5,-36(s0)
	addi	a4,a5,1
	sw	a4,-36(s0)
	lbu	a5,0(a5)
	mv	a0,a5
	call	emit
	lw	a5,-40(s0)
	addi	a5,a5,-1
	sw	a5,-40(s0)
.L39:
	lw	a5,-48(s0)
	bne	a5,zero,.L44
	j	.L42
.L43:
	lbu	a5,-49(s0)
	mv	a0,a5
	call	emit
.L42:
	lw	a5,-20(s0)
	addi	a4,a5,-1
	sw	a4,-20(s0)
	bgt	a5,zero,.L43
	j	.L44
.L45:
	lw	a5,-36(s0)
	addi	a4,a5,1
	sw	a4,-36(s0)
	lbu	a5,0(a5)
	mv	a0,a5
	call	emit
.L44:
	lw	a5,-40(s0)
	addi	a4,a5,-1
	sw	a4,-40(s0)
	bgt	a5,zero,.L45
	lw	a5,-48(s0)
	beq	a5,zero,.L49
	j	.L47
.L48:
	li	a0,32
	call	emit
.L47:
	lw	a5,-20(s0)
	addi	a4,a5,-1
	sw	a4,-20(s0)
	bgt	a5,zero,.L48
.L49:
	nop
	lw	ra,60(sp)
	lw	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	emit_padded, .-emit_padded
	.section	.rodata
	.align	2
.LC8:
	.string	"0123456789ABCDEF"
	.align	2
.LC9:
	.string	"0123456789abcdef"
	.text
	.align	2
	.type	utoa, @function
utoa:
	addi	sp,sp,-80
	sw	s0,76(sp)
	addi	s0,sp,80
	sw	a0,-68(s0)
	sw	a1,-72(s0)
	sw	a2,-76(s0)
	sw	a3,-80(s0)
	lw	a5,-76(s0)
	beq	a5,zero,.L51
	lui	a5,%hi(.LC8)
	addi	a5,a5,%lo(.LC8)
	j	.L52
.L51:
	lui	a5,%hi(.LC9)
	addi	a5,a5,%lo(.LC9)
.L52:
	sw	a5,-28(s0)
	sw	zero,-20(s0)
	sw	zero,-24(s0)
.L53:
	lw	a4,-68(s0)
	lw	a5,-72(s0)
	remu	a5,a4,a5
	lw	a4,-28(s0)
	add	a4,a4,a5
	lw	a5,-20(s0)
	addi	a3,a5,1
	sw	a3,-20(s0)
	lbu	a4,0(a4)
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	a4,-48(a5)
	lw	a4,-68(s0)
	lw	a5,-72(s0)
	divu	a5,a4,a5
	sw	a5,-68(s0)
	lw	a5,-68(s0)
	bne	a5,zero,.L53
	j	.L54
.L55:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a4,a5,1
	sw	a4,-24(s0)
	mv	a4,a5
	lw	a5,-80(s0)
	add	a5,a5,a4
	lw	a4,-20(s0)
	addi	a4,a4,-16
	add	a4,a4,s0
	lbu	a4,-48(a4)
	sb	a4,0(a5)
.L54:
	lw	a5,-20(s0)
	bne	a5,zero,.L55
	lw	a5,-24(s0)
	lw	a4,-80(s0)
	add	a5,a4,a5
	sb	zero,0(a5)
	lw	a5,-24(s0)
	mv	a0,a5
	lw	s0,76(sp)
	addi	sp,sp,80
	jr	ra
	.size	utoa, .-utoa
	.section	.rodata
	.align	2
.LC10:
	.string	"(null)"
	.text
	.align	2
	.type	format, @function
format:
	addi	sp,sp,-112
	sw	ra,108(sp)
	sw	s0,104(sp)
	sw	s1,100(sp)
	addi	s0,sp,112
	sw	a0,-100(s0)
	sw	a1,-104(s0)
	lui	a5,%hi(out_len)
	lw	a5,%lo(out_len)(a5)
	sw	a5,-52(s0)
	j	.L58
.L88:
	lw	a5,-100(s0)
	lbu	a4,0(a5)
	li	a5,37
	beq	a4,a5,.L59
	lw	a5,-100(s0)
	lbu	a5,0(a5)
	mv	a0,a5
	call	emit
	j	.L60
.L59:
	lw	a5,-100(s0)
	addi	a5,a5,1
	sw	a5,-100(s0)
	sw	zero,-20(s0)
	sw	zero,-24(s0)
	sw	zero,-28(s0)
	li	a5,32
	sb	a5,-29(s0)
.L67:
	lw	a5,-100(s0)
	lbu	a4,0(a5)
	li	a5,45
	bne	a4,a5,.L61
	li	a5,1
	sw	a5,-20(s0)
	j	.L62
.L61:
	lw	a5,-100(s0)
	lbu	a4,0(a5)
	li	a5,48
	bne	a4,a5,.L63
	li	a5,48
	sb	a5,-29(s0)
	j	.L62
.L63:
	lw	a5,-100(s0)
	lbu	a4,0(a5)
	li	a5,43
	bne	a4,a5,.L64
	li	a5,1
	sw	a5,-24(s0)
	j	.L62
.L64:
	lw	a5,-100(s0)
	lbu	a4,0(a5)
	li	a5,32
	bne	a4,a5,.L90
	li	a5,1
	sw	a5,-28(s0)
.L62:
	lw	a5,-100(s0)
	addi	a5,a5,1
	sw	a5,-100(s0)
	j	.L67
.L90:
	nop
	sw	zero,-36(s0)
	j	.L68
.L70:
	lw	a4,-36(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,1
	mv	a3,a5
	lw	a5,-100(s0)
	addi	a4,a5,1
	sw	a4,-100(s0)
	lbu	a5,0(a5)
	addi	a5,a5,-48
	add	a5,a3,a5
	sw	a5,-36(s0)
.L68:
	lw	a5,-100(s0)
	lbu	a4,0(a5)
	li	a5,47
	bleu	a4,a5,.L69
	lw	a5,-100(s0)
	lbu	a4,0(a5)
	li	a5,57
	bleu	a4,a5,.L70
.L69:
	lw	a5,-100(s0)
	lbu	a5,0(a5)
	beq	a5,zero,.L71
	blt	a5,zero,.L72
	li	a4,120
	bgt	a5,a4,.L72
	li	a4,37
	blt	a5,a4,.L72
	addi	a5,a5,-37
	li	a4,83
	bgtu	a5,a4,.L72
	slli	a4,a5,2
	lui	a5,%hi(.L74)
	addi	a5,a5,%lo(.L74)
	add	a5,a4,a5
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L74:
	.word	.L82
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L73
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L81
	.word	.L80
	.word	.L79
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L79
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L72
	.word	.L78
	.word	.L77
	.word	.L72
	.word	.L72
	.word	.L76
	.word	.L72
	.word	.L75
	.word	.L72
	.word	.L72
	.word	.L73
	.text
.L79:
	lw	a5,-104(s0)
	addi	a4,a5,4
	sw	a4,-104(s0)
	lw	a5,0(a5)
	sw	a5,-40(s0)
	addi	a5,s0,-96
	sw	a5,-44(s0)
	lw	a5,-40(s0)
	bge	a5,zero,.L83
	lw	a5,-44(s0)
	addi	a4,a5,1
	sw	a4,-44(s0)
	li	a4,45
	sb	a4,0(a5)
	lw	a5,-40(s0)
	neg	a5,a5
	sw	a5,-40(s0)
	j	.L84
.L83:
	lw	a5,-24(s0)
	beq	a5,zero,.L85
	lw	a5,-44(s0)
	addi	a4,a5,1
	sw	a4,-44(s0)
	li	a4,43
	sb	a4,0(a5)
	j	.L84
.L85:
	lw	a5,-28(s0)
	beq	a5,zero,.L84
	lw	a5,-44(s0)
	addi	a4,a5,1
	sw	a4,-44(s0)
	li	a4,32
	sb	a4,0(a5)
.L84:
	addi	a5,s0,-96
	lw	a4,-44(s0)
	sub	s1,a4,a5
	lw	a5,-40(s0)
	lw	a3,-44(s0)
	li	a2,0
	li	a1,10
	mv	a0,a5
	call	utoa
	mv	a5,a0
	add	a5,s1,a5
	sw	a5,-56(s0)
	lbu	a4,-29(s0)
	addi	a5,s0,-96
	lw	a3,-20(s0)
	lw	a2,-36(s0)
	lw	a1,-56(s0)
	mv	a0,a5
	call	emit_padded
	j	.L60
.L75:
	lw	a5,-104(s0)
	addi	a4,a5,4
	sw	a4,-104(s0)
	lw	a5,0(a5)
	addi	a4,s0,-96
	mv	a3,a4
	li	a2,0
	li	a1,10
	mv	a0,a5
	call	utoa
	sw	a0,-56(s0)
	lbu	a4,-29(s0)
	addi	a5,s0,-96
	lw	a3,-20(s0)
	lw	a2,-36(s0)
	lw	a1,-56(s0)
	mv	a0,a5
	call	emit_padded
	j	.L60
.L73:
	lw	a5,-104(s0)
	addi	a4,a5,4
	sw	a4,-104(s0)
	lw	a4,0(a5)
	lw	a5,-100(s0)
	lbu	a5,0(a5)
	addi	a5,a5,-88
	seqz	a5,a5
	andi	a5,a5,0xff
	mv	a2,a5
	addi	a5,s0,-96
	mv	a3,a5
	li	a1,16
	mv	a0,a4
	call	utoa
	sw	a0,-56(s0)
	lbu	a4,-29(s0)
	addi	a5,s0,-96
	lw	a3,-20(s0)
	lw	a2,-36(s0)
	lw	a1,-56(s0)
	mv	a0,a5
	call	emit_padded
	j	.L60
.L78:
	lw	a5,-104(s0)
	addi	a4,a5,4
	sw	a4,-104(s0)
	lw	a5,0(a5)
	addi	a4,s0,-96
	mv	a3,a4
	li	a2,0
	li	a1,8
	mv	a0,a5
	call	utoa
	sw	a0,-56(s0)
	lbu	a4,-29(s0)
	addi	a5,s0,-96
	lw	a3,-20(s0)
	lw	a2,-36(s0)
	lw	a1,-56(s0)
	mv	a0,a5
	call	emit_padded
	j	.L60
.L81:
	lw	a5,-104(s0)
	addi	a4,a5,4
	sw	a4,-104(s0)
	lw	a5,0(a5)
	addi	a4,s0,-96
	mv	a3,a4
	li	a2,0
	li	a1,2
	mv	a0,a5
	call	utoa
	sw	a0,-56(s0)
	lbu	a4,-29(s0)
	addi	a5,s0,-96
	lw	a3,-20(s0)
	lw	a2,-36(s0)
	lw	a1,-56(s0)
	mv	a0,a5
	call	emit_padded
	j	.L60
.L77:
	li	a5,48
	sb	a5,-96(s0)
	li	a5,120
	sb	a5,-95(s0)
	lw	a5,-104(s0)
	addi	a4,a5,4
	sw	a4,-104(s0)
	lw	a4,0(a5)
	addi	a5,s0,-96
	addi	a5,a5,2
	mv	a3,a5
	li	a2,0
	li	a1,16
	mv	a0,a4
	call	utoa
	mv	a5,a0
	addi	a5,a5,2
	sw	a5,-56(s0)
	lbu	a4,-29(s0)
	addi	a5,s0,-96
	lw	a3,-20(s0)
	lw	a2,-36(s0)
	lw	a1,-56(s0)
	mv	a0,a5
	call	emit_padded
	j	.L60
.L80:
	lw	a5,-104(s0)
	addi	a4,a5,4
	sw	a4,-104(s0)
	lw	a5,0(a5)
	andi	a5,a5,0xff
	sb	a5,-96(s0)
	addi	a5,s0,-96
	li	a4,32
	lw	a3,-20(s0)
	lw	a2,-36(s0)
	li	a1,1
	mv	a0,a5
	call	emit_padded
	j	.L60
.L76:
	lw	a5,-104(s0)
	addi	a4,a5,4
	sw	a4,-104(s0)
	lw	a5,0(a5)
	sw	a5,-48(s0)
	lw	a5,-48(s0)
	bne	a5,zero,.L87
	lui	a5,%hi(.LC10)
	addi	a5,a5,%lo(.LC10)
	sw	a5,-48(s0)
.L87:
	lw	a0,-48(s0)
	call	strlen
	mv	a5,a0
	li	a4,32
	lw	a3,-20(s0)
	lw	a2,-36(s0)
	mv	a1,a5
	lw	a0,-48(s0)
	call	emit_padded
	j	.L60
.L82:
	li	a0,37
	call	emit
	j	.L60
.L71:
	lw	a5,-100(s0)
	addi	a5,a5,-1
	sw	a5,-100(s0)
	j	.L60
.L72:
	li	a0,37
	call	emit
	lw	a5,-100(s0)
	lbu	a5,0(a5)
	mv	a0,a5
	call	emit
	nop
.L60:
	lw	a5,-100(s0)
	addi	a5,a5,1
	sw	a5,-100(s0)
.L58:
	lw	a5,-100(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L88
	lui	a5,%hi(out_len)
	lw	a4,%lo(out_len)(a5)
	lw	a5,-52(s0)
	sub	a5,a4,a5
	mv	a0,a5
	lw	ra,108(sp)
	lw	s0,104(sp)
	lw	s1,100(sp)
	addi	sp,sp,112
	jr	ra
	.size	format, .-format
	.section	.rodata
	.align	2
.LC11:
	.string	"plain text\n"
	.align	2
.LC12:
	.string	"%d %i %u|%5d|%-5d|%05d|%+d|% d\n"
	.align	2
.LC13:
	.string	"%x %X %08x %o %b\n"
	.align	2
.LC14:
	.string	"[%s] [%10s] [%-10s] [%s]\n"
	.align	2
.LC15:
	.string	"%c%c%c %5c|%-3c|\n"
	.align	2
.LC16:
	.string	"100%% done, %q unknown, %p\n"
	.align	2
.LC17:
	.string	"%d %d %d\n"
	.align	2
.LC18:
	.string	"%-8s|%3d|%04x\n"
	.align	2
.LC0:
	.word	42
	.word	-17
	.word	-294967296
	.word	123
	.word	123
	.word	-123
	.word	9
	.word	9
	.align	2
.LC1:
	.word	48879
	.word	48879
	.word	255
	.word	8
	.word	10
	.align	2
.LC2:
	.string	"abc"
	.align	2
.LC3:
	.string	"right"
	.align	2
.LC4:
	.string	"left"
	.align	2
.LC5:
	.word	.LC2
	.word	.LC3
	.word	.LC4
	.word	0
	.align	2
.LC6:
	.word	120
	.word	121
	.word	122
	.word	33
	.word	63
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-144
	sw	ra,140(sp)
	sw	s0,136(sp)
	addi	s0,sp,144
	sw	zero,-20(s0)
	li	a1,0
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	format
	mv	a4,a0
	lw	a5,-20(s0)
	add	a5,a5,a4
	sw	a5,-20(s0)
	lui	a5,%hi(.LC0)
	addi	a5,a5,%lo(.LC0)
	lw	a7,0(a5)
	lw	a6,4(a5)
	lw	a0,8(a5)
	lw	a1,12(a5)
	lw	a2,16(a5)
	lw	a3,20(a5)
	lw	a4,24(a5)
	lw	a5,28(a5)
	sw	a7,-56(s0)
	sw	a6,-52(s0)
	sw	a0,-48(s0)
	sw	a1,-44(s0)
	sw	a2,-40(s0)
	sw	a3,-36(s0)
	sw	a4,-32(s0)
	sw	a5,-28(s0)
	addi	a5,s0,-56
	mv	a1,a5
	lui	a5,%hi(.LC12)
	addi	a0,a5,%lo(.LC12)
	call	format
	mv	a4,a0
	lw	a5,-20(s0)
	add	a5,a5,a4
	sw	a5,-20(s0)
	lui	a5,%hi(.LC1)
	addi	a5,a5,%lo(.LC1)
	lw	a1,0(a5)
	lw	a2,4(a5)
	lw	a3,8(a5)
	lw	a4,12(a5)
	lw	a5,16(a5)
	sw	a1,-76(s0)
	sw	a2,-72(s0)
	sw	a3,-68(s0)
	sw	a4,-64(s0)
	sw	a5,-60(s0)
	addi	a5,s0,-76
	mv	a1,a5
	lui	a5,%hi(.LC13)
	addi	a0,a5,%lo(.LC13)
	call	format
	mv	a4,a0
	lw	a5,-20(s0)
	add	a5,a5,a4
	sw	a5,-20(s0)
	lui	a5,%hi(.LC5)
	addi	a5,a5,%lo(.LC5)
	lw	a2,0(a5)
	lw	a3,4(a5)
	lw	a4,8(a5)
	lw	a5,12(a5)
	sw	a2,-92(s0)
	sw	a3,-88(s0)
	sw	a4,-84(s0)
	sw	a5,-80(s0)
	addi	a5,s0,-92
	mv	a1,a5
	lui	a5,%hi(.LC14)
	addi	a0,a5,%lo(.LC14)
	call	format
	mv	a4,a0
	lw	a5,-20(s0)
	add	a5,a5,a4
	sw	a5,-20(s0)
	lui	a5,%hi(.LC6)
	addi	a5,a5,%lo(.LC6)
	lw	a1,0(a5)
	lw	a2,4(a5)
	lw	a3,8(a5)
	lw	a4,12(a5)
	lw	a5,16(a5)
	sw	a1,-112(s0)
	sw	a2,-108(s0)
	sw	a3,-104(s0)
	sw	a4,-100(s0)
	sw	a5,-96(s0)
	addi	a5,s0,-112
	mv	a1,a5
	lui	a5,%hi(.LC15)
	addi	a0,a5,%lo(.LC15)
	call	format
	mv	a4,a0
	lw	a5,-20(s0)
	add	a5,a5,a4
	sw	a5,-20(s0)
	li	a5,4096
	sw	a5,-116(s0)
	addi	a5,s0,-116
	mv	a1,a5
	lui	a5,%hi(.LC16)
	addi	a0,a5,%lo(.LC16)
	call	format
	mv	a4,a0
	lw	a5,-20(s0)
	add	a5,a5,a4
	sw	a5,-20(s0)
	li	a5,-2147483648
	sw	a5,-128(s0)
	li	a5,-2147483648
	xori	a5,a5,-1
	sw	a5,-124(s0)
	sw	zero,-120(s0)
	addi	a5,s0,-128
	mv	a1,a5
	lui	a5,%hi(.LC17)
	addi	a0,a5,%lo(.LC17)
	call	format
	mv	a4,a0
	lw	a5,-20(s0)
	add	a5,a5,a4
	sw	a5,-20(s0)
	call	flush
	sw	zero,-24(s0)
	j	.L92
.L93:
	lui	a5,%hi(table.0)
	addi	a4,a5,%lo(table.0)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-140(s0)
	lw	a5,-24(s0)
	mul	a4,a5,a5
	mv	a5,a4
	slli	a5,a5,3
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	sw	a5,-136(s0)
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,10
	add	a5,a5,a4
	slli	a5,a5,2
	sub	a5,a5,a4
	sw	a5,-132(s0)
	addi	a5,s0,-140
	mv	a1,a5
	lui	a5,%hi(.LC18)
	addi	a0,a5,%lo(.LC18)
	call	format
	mv	a4,a0
	lw	a5,-20(s0)
	add	a5,a5,a4
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L92:
	lw	a4,-24(s0)
	li	a5,3
	ble	a4,a5,.L93
	call	flush
	lw	a5,-20(s0)
	andi	a5,a5,255
	mv	a0,a5
	lw	ra,140(sp)
	lw	s0,136(sp)
	addi	sp,sp,144
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.1, @object
	.size	hex.1, 17
hex.1:
	.string	"0123456789abcdef"
	.align	2
.LC19:
	.string	"alpha"
	.align	2
.LC20:
	.string	"beta"
	.align	2
.LC21:
	.string	"gamma"
	.align	2
.LC22:
	.string	"delta"
	.align	2
	.type	table.0, @object
	.size	table.0, 16
table.0:
	.word	.LC19
	.word	.LC20
	.word	.LC21
	.word	.LC22
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
