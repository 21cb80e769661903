	.file	"switch.c"
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
	lui	a4,%hi(hex.2)
	addi	a4,a4,%lo(hex.2)
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
	.section	.rodata
	.align	2
.LC1:
	.string	"bad op\n"
	.text
	.align	2
	.type	apply, @function
apply:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	lw	a4,-20(s0)
	li	a5,11
	bgtu	a4,a5,.L33
	lw	a5,-20(s0)
	slli	a4,a5,2
	lui	a5,%hi(.L35)
	addi	a5,a5,%lo(.L35)
	add	a5,a4,a5
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
	.text
.L46:
	lw	a4,-24(s0)
	lw	a5,-28(s0)
	add	a5,a4,a5
	sw	a5,-24(s0)
	j	.L47
.L45:
	lw	a4,-24(s0)
	lw	a5,-28(s0)
	sub	a5,a4,a5
	sw	a5,-24(s0)
	j	.L47
.L44:
	lw	a4,-24(s0)
	lw	a5,-28(s0)
	mul	a5,a4,a5
	sw	a5,-24(s0)
	j	.L47
.L43:
	lw	a4,-24(s0)
	lw	a5,-28(s0)
	xor	a5,a4,a5
	sw	a5,-24(s0)
	j	.L47
.L42:
	lw	a4,-24(s0)
	lw	a5,-28(s0)
	andi	a5,a5,31
	sll	a5,a4,a5
	sw	a5,-24(s0)
	j	.L47
.L41:
	lw	a5,-28(s0)
	andi	a5,a5,31
	lw	a4,-24(s0)
	sra	a5,a4,a5
	sw	a5,-24(s0)
	j	.L47
.L40:
	lw	a4,-24(s0)
	lw	a5,-28(s0)
	and	a5,a4,a5
	sw	a5,-24(s0)
	j	.L47
.L39:
	lw	a4,-24(s0)
	lw	a5,-28(s0)
	or	a5,a4,a5
	sw	a5,-24(s0)
	j	.L47
.L38:
	lw	a5,-24(s0)
	neg	a5,a5
	sw	a5,-24(s0)
	j	.L47
.L37:
	lw	a5,-24(s0)
	not	a5,a5
	sw	a5,-24(s0)
	j	.L47
.L36:
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
	j	.L47
.L34:
	lw	a5,-24(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
	j	.L47
.L33:
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
	call	put_str
	nop
.L47:
	lw	a5,-24(s0)
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	apply, .-apply
	.section	.rodata
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
	.text
	.align	2
	.type	describe, @function
describe:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a4,-20(s0)
	li	a5,7
	bgtu	a4,a5,.L50
	lw	a5,-20(s0)
	slli	a4,a5,2
	lui	a5,%hi(.L52)
	addi	a5,a5,%lo(.L52)
	add	a5,a4,a5
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L52:
	.word	.L59
	.word	.L58
	.word	.L57
	.word	.L56
	.word	.L55
	.word	.L54
	.word	.L53
	.word	.L51
	.text
.L59:
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
	call	put_str
	j	.L60
.L58:
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	put_str
	j	.L60
.L57:
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	put_str
	j	.L60
.L56:
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	put_str
	j	.L60
.L55:
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	put_str
	j	.L60
.L54:
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	put_str
	j	.L60
.L53:
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	put_str
	j	.L60
.L51:
	lui	a5,%hi(.LC9)
	addi	a0,a5,%lo(.LC9)
	call	put_str
	j	.L60
.L50:
	lui	a5,%hi(.LC10)
	addi	a0,a5,%lo(.LC10)
	call	put_str
	nop
.L60:
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	describe, .-describe
	.align	2
	.type	fall, @function
fall:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	zero,-20(s0)
	lw	a5,-36(s0)
	andi	a5,a5,7
	li	a4,7
	bgtu	a5,a4,.L62
	slli	a4,a5,2
	lui	a5,%hi(.L64)
	addi	a5,a5,%lo(.L64)
	add	a5,a4,a5
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L64:
	.word	.L62
	.word	.L70
	.word	.L69
	.word	.L68
	.word	.L67
	.word	.L66
	.word	.L65
	.word	.L63
	.text
.L63:
	lw	a5,-20(s0)
	addi	a5,a5,7
	sw	a5,-20(s0)
.L65:
	lw	a5,-20(s0)
	addi	a5,a5,6
	sw	a5,-20(s0)
.L66:
	lw	a5,-20(s0)
	addi	a5,a5,5
	sw	a5,-20(s0)
.L67:
	lw	a5,-20(s0)
	addi	a5,a5,4
	sw	a5,-20(s0)
.L68:
	lw	a5,-20(s0)
	addi	a5,a5,3
	sw	a5,-20(s0)
.L69:
	lw	a5,-20(s0)
	addi	a5,a5,2
	sw	a5,-20(s0)
.L70:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L62:
	lw	a5,-20(s0)
	addi	a5,a5,100
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	fall, .-fall
	.align	2
	.type	sparse, @function
sparse:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a4,-20(s0)
	li	a5,65536
	beq	a4,a5,.L73
	lw	a4,-20(s0)
	li	a5,65536
	bgt	a4,a5,.L74
	lw	a4,-20(s0)
	li	a5,8192
	addi	a5,a5,-415
	beq	a4,a5,.L75
	lw	a4,-20(s0)
	li	a5,8192
	addi	a5,a5,-415
	bgt	a4,a5,.L74
	lw	a4,-20(s0)
	li	a5,1000
	beq	a4,a5,.L76
	lw	a4,-20(s0)
	li	a5,1000
	bgt	a4,a5,.L74
	lw	a4,-20(s0)
	li	a5,100
	beq	a4,a5,.L77
	lw	a4,-20(s0)
	li	a5,100
	bgt	a4,a5,.L74
	lw	a4,-20(s0)
	li	a5,-50
	beq	a4,a5,.L78
	lw	a4,-20(s0)
	li	a5,3
	bne	a4,a5,.L74
	li	a5,1
	j	.L79
.L77:
	li	a5,2
	j	.L79
.L76:
	li	a5,3
	j	.L79
.L78:
	li	a5,4
	j	.L79
.L73:
	li	a5,5
	j	.L79
.L75:
	li	a5,6
	j	.L79
.L74:
	li	a5,0
.L79:
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	sparse, .-sparse
	.align	2
	.type	days_in_month, @function
days_in_month:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sltiu	a4,a5,12
	xori	a4,a4,1
	andi	a4,a4,0xff
	bne	a4,zero,.L81
	li	a4,1
	sll	a5,a4,a5
	li	a4,4096
	addi	a4,a4,-1323
	and	a4,a5,a4
	snez	a4,a4
	andi	a4,a4,0xff
	bne	a4,zero,.L82
	andi	a4,a5,1320
	snez	a4,a4
	andi	a4,a4,0xff
	bne	a4,zero,.L83
	andi	a5,a5,2
	snez	a5,a5
	andi	a5,a5,0xff
	bne	a5,zero,.L84
	j	.L81
.L82:
	li	a5,31
	j	.L85
.L83:
	li	a5,30
	j	.L85
.L84:
	li	a5,28
	j	.L85
.L81:
	li	a5,-1
.L85:
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	days_in_month, .-days_in_month
	.section	.rodata
	.align	2
.LC11:
	.string	"fall"
	.align	2
.LC12:
	.string	"sparse"
	.align	2
.LC13:
	.string	"days"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-64
	sw	ra,60(sp)
	sw	s0,56(sp)
	sw	s1,52(sp)
	addi	s0,sp,64
	li	a5,1
	sw	a5,-20(s0)
	sw	zero,-24(s0)
	j	.L87
.L90:
	lui	a5,%hi(prog.1)
	addi	a4,a5,%lo(prog.1)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lh	a5,0(a5)
	mv	a3,a5
	lui	a5,%hi(prog.1)
	addi	a4,a5,%lo(prog.1)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lh	a5,2(a5)
	mv	a2,a5
	lw	a1,-20(s0)
	mv	a0,a3
	call	apply
	sw	a0,-20(s0)
	lw	a0,-20(s0)
	call	put_int
	lw	a4,-24(s0)
	li	a5,7
	remu	a4,a4,a5
	li	a5,6
	bne	a4,a5,.L88
	li	a5,10
	j	.L89
.L88:
	li	a5,32
.L89:
	mv	a0,a5
	call	put_char
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L87:
	lw	a4,-24(s0)
	li	a5,13
	bleu	a4,a5,.L90
	call	put_nl
	sw	zero,-28(s0)
	j	.L91
.L94:
	lw	a0,-28(s0)
	call	describe
	lw	a4,-28(s0)
	li	a5,9
	bne	a4,a5,.L92
	li	a5,10
	j	.L93
.L92:
	li	a5,44
.L93:
	mv	a0,a5
	call	put_char
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L91:
	lw	a4,-28(s0)
	li	a5,9
	ble	a4,a5,.L94
	sw	zero,-32(s0)
	sw	zero,-36(s0)
	j	.L95
.L96:
	lw	a0,-36(s0)
	call	fall
	mv	a4,a0
	lw	a5,-32(s0)
	add	a5,a5,a4
	sw	a5,-32(s0)
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L95:
	lw	a4,-36(s0)
	li	a5,8
	ble	a4,a5,.L96
	lw	a1,-32(s0)
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	put_kv
	sw	zero,-40(s0)
	sw	zero,-44(s0)
	j	.L97
.L98:
	lw	a4,-40(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,1
	mv	s1,a5
	lui	a5,%hi(codes.0)
	addi	a4,a5,%lo(codes.0)
	lw	a5,-44(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	sparse
	mv	a5,a0
	add	a5,s1,a5
	sw	a5,-40(s0)
	lw	a5,-44(s0)
	addi	a5,a5,1
	sw	a5,-44(s0)
.L97:
	lw	a4,-44(s0)
	li	a5,6
	ble	a4,a5,.L98
	lw	a1,-40(s0)
	lui	a5,%hi(.LC12)
	addi	a0,a5,%lo(.LC12)
	call	put_kv
	sw	zero,-48(s0)
	sw	zero,-52(s0)
	j	.L99
.L100:
	lw	a0,-52(s0)
	call	days_in_month
	mv	a4,a0
	lw	a5,-48(s0)
	add	a5,a5,a4
	sw	a5,-48(s0)
	lw	a5,-52(s0)
	addi	a5,a5,1
	sw	a5,-52(s0)
.L99:
	lw	a4,-52(s0)
	li	a5,13
	ble	a4,a5,.L100
	lw	a1,-48(s0)
	lui	a5,%hi(.LC13)
	addi	a0,a5,%lo(.LC13)
	call	put_kv
	lw	a5,-20(s0)
	andi	a5,a5,255
	mv	a0,a5
	lw	ra,60(sp)
	lw	s0,56(sp)
	lw	s1,52(sp)
	addi	sp,sp,64
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.2, @object
	.size	hex.2, 17
hex.2:
	.string	"0123456789abcdef"
	.align	2
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
	.align	2
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
