	.file	"interp.c"
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
	.string	"PUSH"
	.align	2
.LC2:
	.string	"POP"
	.align	2
.LC3:
	.string	"DUP"
	.align	2
.LC4:
	.string	"SWAP"
	.align	2
.LC5:
	.string	"OVER"
	.align	2
.LC6:
	.string	"ADD"
	.align	2
.LC7:
	.string	"SUB"
	.align	2
.LC8:
	.string	"MUL"
	.align	2
.LC9:
	.string	"DIV"
	.align	2
.LC10:
	.string	"MOD"
	.align	2
.LC11:
	.string	"LT"
	.align	2
.LC12:
	.string	"EQ"
	.align	2
.LC13:
	.string	"JMP"
	.align	2
.LC14:
	.string	"JZ"
	.align	2
.LC15:
	.string	"JNZ"
	.align	2
.LC16:
	.string	"CALL"
	.align	2
.LC17:
	.string	"RET"
	.align	2
.LC18:
	.string	"LOAD"
	.align	2
.LC19:
	.string	"STORE"
	.align	2
.LC20:
	.string	"PRINT"
	.align	2
.LC21:
	.string	"EMIT"
	.align	2
.LC22:
	.string	"HALT"
	.align	2
	.type	opnames, @object
	.size	opnames, 88
opnames:
	.word	.LC1
	.word	.LC2
	.word	.LC3
	.word	.LC4
	.word	.LC5
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
	.align	2
.LC23:
	.string	"bad opcode "
	.text
	.align	2
	.type	run, @function
run:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	zero,-20(s0)
.L63:
	lw	a5,-20(s0)
	addi	a4,a5,1
	sw	a4,-20(s0)
	slli	a5,a5,2
	lw	a4,-40(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-24(s0)
	lw	a5,-36(s0)
	lw	a5,360(a5)
	addi	a4,a5,1
	lw	a5,-36(s0)
	sw	a4,360(a5)
	lw	a4,-24(s0)
	li	a5,21
	bgtu	a4,a5,.L33
	lw	a5,-24(s0)
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
.L56:
	lw	a5,-20(s0)
	addi	a4,a5,1
	sw	a4,-20(s0)
	slli	a5,a5,2
	lw	a4,-40(s0)
	add	a4,a4,a5
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a2,a5,1
	lw	a3,-36(s0)
	sw	a2,256(a3)
	lw	a4,0(a4)
	lw	a3,-36(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	j	.L57
.L55:
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-1
	lw	a5,-36(s0)
	sw	a4,256(a5)
	j	.L57
.L54:
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-1
	lw	a5,-36(s0)
	lw	a5,256(a5)
	lw	a3,-36(s0)
	slli	a4,a4,2
	add	a4,a3,a4
	lw	a4,0(a4)
	lw	a3,-36(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,1
	lw	a5,-36(s0)
	sw	a4,256(a5)
	j	.L57
.L53:
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-28(s0)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-2
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	lw	a3,-36(s0)
	slli	a4,a4,2
	add	a4,a3,a4
	lw	a4,0(a4)
	lw	a3,-36(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-2
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,-28(s0)
	sw	a4,0(a5)
	j	.L57
.L52:
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-2
	lw	a5,-36(s0)
	lw	a5,256(a5)
	lw	a3,-36(s0)
	slli	a4,a4,2
	add	a4,a3,a4
	lw	a4,0(a4)
	lw	a3,-36(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,1
	lw	a5,-36(s0)
	sw	a4,256(a5)
	j	.L57
.L51:
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-1
	lw	a5,-36(s0)
	sw	a4,256(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-32(s0)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a3,0(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	lw	a4,-32(s0)
	add	a4,a3,a4
	lw	a3,-36(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	j	.L57
.L50:
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-1
	lw	a5,-36(s0)
	sw	a4,256(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-32(s0)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a3,0(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	lw	a4,-32(s0)
	sub	a4,a3,a4
	lw	a3,-36(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	j	.L57
.L49:
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-1
	lw	a5,-36(s0)
	sw	a4,256(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-32(s0)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a3,0(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	lw	a4,-32(s0)
	mul	a4,a3,a4
	lw	a3,-36(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	j	.L57
.L48:
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-1
	lw	a5,-36(s0)
	sw	a4,256(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-32(s0)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a3,0(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	lw	a4,-32(s0)
	div	a4,a3,a4
	lw	a3,-36(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	j	.L57
.L47:
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-1
	lw	a5,-36(s0)
	sw	a4,256(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-32(s0)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a3,0(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	lw	a4,-32(s0)
	rem	a4,a3,a4
	lw	a3,-36(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	j	.L57
.L46:
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-1
	lw	a5,-36(s0)
	sw	a4,256(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-32(s0)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a4,-32(s0)
	sgt	a5,a4,a5
	andi	a4,a5,0xff
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	mv	a3,a4
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	sw	a3,0(a5)
	j	.L57
.L45:
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-1
	lw	a5,-36(s0)
	sw	a4,256(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-32(s0)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a4,-32(s0)
	sub	a5,a4,a5
	seqz	a5,a5
	andi	a4,a5,0xff
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	mv	a3,a4
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	sw	a3,0(a5)
	j	.L57
.L44:
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-40(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-20(s0)
	j	.L57
.L43:
	lw	a5,-20(s0)
	addi	a4,a5,1
	sw	a4,-20(s0)
	slli	a5,a5,2
	lw	a4,-40(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-28(s0)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-1
	lw	a5,-36(s0)
	sw	a4,256(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	bne	a5,zero,.L64
	lw	a5,-28(s0)
	sw	a5,-20(s0)
	j	.L64
.L42:
	lw	a5,-20(s0)
	addi	a4,a5,1
	sw	a4,-20(s0)
	slli	a5,a5,2
	lw	a4,-40(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-28(s0)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-1
	lw	a5,-36(s0)
	sw	a4,256(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	beq	a5,zero,.L65
	lw	a5,-28(s0)
	sw	a5,-20(s0)
	j	.L65
.L41:
	lw	a5,-36(s0)
	lw	a5,324(a5)
	addi	a3,a5,1
	lw	a4,-36(s0)
	sw	a3,324(a4)
	lw	a4,-20(s0)
	addi	a4,a4,1
	lw	a3,-36(s0)
	addi	a5,a5,64
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,4(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-40(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-20(s0)
	j	.L57
.L40:
	lw	a5,-36(s0)
	lw	a5,324(a5)
	addi	a4,a5,-1
	lw	a5,-36(s0)
	sw	a4,324(a5)
	lw	a5,-36(s0)
	lw	a5,324(a5)
	lw	a4,-36(s0)
	addi	a5,a5,64
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,4(a5)
	sw	a5,-20(s0)
	j	.L57
.L39:
	lw	a5,-20(s0)
	addi	a4,a5,1
	sw	a4,-20(s0)
	slli	a5,a5,2
	lw	a4,-40(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a4,-36(s0)
	lw	a4,256(a4)
	addi	a2,a4,1
	lw	a3,-36(s0)
	sw	a2,256(a3)
	lw	a3,-36(s0)
	addi	a5,a5,80
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a3,8(a5)
	lw	a2,-36(s0)
	slli	a5,a4,2
	add	a5,a2,a5
	sw	a3,0(a5)
	j	.L57
.L38:
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-1
	lw	a5,-36(s0)
	sw	a4,256(a5)
	lw	a5,-36(s0)
	lw	a4,256(a5)
	lw	a5,-20(s0)
	addi	a3,a5,1
	sw	a3,-20(s0)
	slli	a5,a5,2
	lw	a3,-40(s0)
	add	a5,a3,a5
	lw	a5,0(a5)
	lw	a3,-36(s0)
	slli	a4,a4,2
	add	a4,a3,a4
	lw	a4,0(a4)
	lw	a3,-36(s0)
	addi	a5,a5,80
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,8(a5)
	j	.L57
.L37:
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-1
	lw	a5,-36(s0)
	sw	a4,256(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	put_int
	li	a0,32
	call	put_char
	j	.L57
.L36:
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a4,a5,-1
	lw	a5,-36(s0)
	sw	a4,256(a5)
	lw	a5,-36(s0)
	lw	a5,256(a5)
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	andi	a5,a5,0xff
	mv	a0,a5
	call	put_char
	j	.L57
.L34:
	lw	a5,-36(s0)
	lw	a5,256(a5)
	beq	a5,zero,.L60
	lw	a5,-36(s0)
	lw	a5,256(a5)
	addi	a5,a5,-1
	lw	a4,-36(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	j	.L62
.L60:
	li	a5,0
	j	.L62
.L33:
	lui	a5,%hi(.LC23)
	addi	a0,a5,%lo(.LC23)
	call	put_str
	lw	a0,-24(s0)
	call	put_int
	call	put_nl
	li	a5,-1
	j	.L62
.L64:
	nop
	j	.L63
.L65:
	nop
.L57:
	j	.L63
.L62:
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	run, .-run
	.section	.rodata
	.align	2
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
	.align	2
.LC24:
	.string	"; "
	.text
	.align	2
	.type	disasm, @function
disasm:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	zero,-20(s0)
	j	.L67
.L71:
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-24(s0)
	lui	a5,%hi(opnames)
	addi	a4,a5,%lo(opnames)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	put_str
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	beq	a5,zero,.L68
	lw	a4,-24(s0)
	li	a5,12
	beq	a4,a5,.L68
	lw	a4,-24(s0)
	li	a5,13
	beq	a4,a5,.L68
	lw	a4,-24(s0)
	li	a5,14
	beq	a4,a5,.L68
	lw	a4,-24(s0)
	li	a5,15
	beq	a4,a5,.L68
	lw	a4,-24(s0)
	li	a5,17
	beq	a4,a5,.L68
	lw	a4,-24(s0)
	li	a5,18
	bne	a4,a5,.L69
.L68:
	li	a0,32
	call	put_char
	lw	a5,-20(s0)
	addi	a4,a5,1
	sw	a4,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	put_int
.L69:
	lui	a5,%hi(.LC24)
	addi	a0,a5,%lo(.LC24)
	call	put_str
.L67:
	lw	a4,-20(s0)
	lw	a5,-40(s0)
	bge	a4,a5,.L70
	lw	a4,-20(s0)
	li	a5,11
	ble	a4,a5,.L71
.L70:
	call	put_nl
	nop
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	disasm, .-disasm
	.local	tape
	.comm	tape,256,4
	.align	2
	.type	brainfuck, @function
brainfuck:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lui	a5,%hi(tape)
	addi	a5,a5,%lo(tape)
	sw	a5,-20(s0)
	lw	a5,-36(s0)
	sw	a5,-24(s0)
	j	.L73
.L98:
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	addi	a5,a5,-43
	li	a4,50
	bgtu	a5,a4,.L99
	slli	a4,a5,2
	lui	a5,%hi(.L76)
	addi	a5,a5,%lo(.L76)
	add	a5,a4,a5
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L76:
	.word	.L82
	.word	.L99
	.word	.L81
	.word	.L80
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L79
	.word	.L99
	.word	.L78
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L99
	.word	.L77
	.word	.L99
	.word	.L75
	.text
.L78:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	j	.L83
.L79:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	j	.L83
.L82:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	addi	a5,a5,1
	andi	a4,a5,0xff
	lw	a5,-20(s0)
	sb	a4,0(a5)
	j	.L83
.L81:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	addi	a5,a5,-1
	andi	a4,a5,0xff
	lw	a5,-20(s0)
	sb	a4,0(a5)
	j	.L83
.L80:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	mv	a0,a5
	call	put_char
	j	.L83
.L77:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L100
	li	a5,1
	sw	a5,-28(s0)
	j	.L85
.L90:
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
	lw	a5,-24(s0)
	lbu	a4,0(a5)
	li	a5,91
	beq	a4,a5,.L86
	lw	a5,-24(s0)
	lbu	a4,0(a5)
	li	a5,93
	bne	a4,a5,.L87
	li	a5,-1
	j	.L89
.L87:
	li	a5,0
	j	.L89
.L86:
	li	a5,1
.L89:
	lw	a4,-28(s0)
	add	a5,a4,a5
	sw	a5,-28(s0)
.L85:
	lw	a5,-28(s0)
	bne	a5,zero,.L90
	j	.L100
.L75:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	beq	a5,zero,.L101
	li	a5,1
	sw	a5,-32(s0)
	j	.L92
.L97:
	lw	a5,-24(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
	lw	a5,-24(s0)
	lbu	a4,0(a5)
	li	a5,93
	beq	a4,a5,.L93
	lw	a5,-24(s0)
	lbu	a4,0(a5)
	li	a5,91
	bne	a4,a5,.L94
	li	a5,-1
	j	.L96
.L94:
	li	a5,0
	j	.L96
.L93:
	li	a5,1
.L96:
	lw	a4,-32(s0)
	add	a5,a4,a5
	sw	a5,-32(s0)
.L92:
	lw	a5,-32(s0)
	bne	a5,zero,.L97
	j	.L101
.L99:
	nop
	j	.L83
.L100:
	nop
	j	.L83
.L101:
	nop
.L83:
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L73:
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L98
	nop
	nop
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	brainfuck, .-brainfuck
	.section	.rodata
	.align	2
.LC25:
	.string	"result"
	.align	2
.LC26:
	.string	"steps"
	.align	2
.LC27:
	.string	"++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-400
	sw	ra,396(sp)
	sw	s0,392(sp)
	addi	s0,sp,400
	li	a5,62
	sw	a5,-24(s0)
	sw	zero,-20(s0)
	j	.L103
.L104:
	lui	a5,%hi(program)
	addi	a4,a5,%lo(program)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	lui	a5,%hi(code.0)
	addi	a3,a5,%lo(code.0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L103:
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	blt	a4,a5,.L104
	lw	a1,-24(s0)
	lui	a5,%hi(code.0)
	addi	a0,a5,%lo(code.0)
	call	disasm
	addi	a5,s0,-392
	li	a2,364
	li	a1,0
	mv	a0,a5
	call	memset
	addi	a4,s0,-392
	lui	a5,%hi(code.0)
	addi	a1,a5,%lo(code.0)
	mv	a0,a4
	call	run
	sw	a0,-28(s0)
	lw	a1,-28(s0)
	lui	a5,%hi(.LC25)
	addi	a0,a5,%lo(.LC25)
	call	put_kv
	lw	a5,-32(s0)
	mv	a1,a5
	lui	a5,%hi(.LC26)
	addi	a0,a5,%lo(.LC26)
	call	put_kv
	lui	a5,%hi(.LC27)
	addi	a0,a5,%lo(.LC27)
	call	brainfuck
	lw	a5,-28(s0)
	mv	a0,a5
	lw	ra,396(sp)
	lw	s0,392(sp)
	addi	sp,sp,400
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.1, @object
	.size	hex.1, 17
hex.1:
	.string	"0123456789abcdef"
	.local	code.0
	.comm	code.0,320,4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
