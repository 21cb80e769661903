	.file	"structs.c"
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
	.globl	shapes
	.section	.rodata
	.align	2
.LC1:
	.string	"small"
	.align	2
.LC2:
	.string	"square"
	.align	2
.LC3:
	.string	"tall"
	.data
	.align	2
	.type	shapes, @object
	.size	shapes, 60
shapes:
	.word	0
	.word	0
	.word	4
	.word	3
	.word	.LC1
	.word	-5
	.word	-5
	.word	5
	.word	5
	.word	.LC2
	.word	1
	.word	2
	.word	11
	.word	22
	.word	.LC3
	.globl	big_a
	.bss
	.align	2
	.type	big_a, @object
	.size	big_a, 120
big_a:
	.zero	120
	.globl	big_b
	.data
	.align	2
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
	.globl	origin
	.section	.srodata,"a"
	.align	2
	.type	origin, @object
	.size	origin, 8
origin:
	.zero	8
	.text
	.align	2
	.type	area, @function
area:
	addi	sp,sp,-16
	sw	s0,12(sp)
	sw	s1,8(sp)
	addi	s0,sp,16
	mv	s1,a0
	lw	a4,8(s1)
	lw	a5,0(s1)
	sub	a4,a4,a5
	lw	a3,12(s1)
	lw	a5,4(s1)
	sub	a5,a3,a5
	mul	a5,a4,a5
	mv	a0,a5
	lw	s0,12(sp)
	lw	s1,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	area, .-area
	.align	2
	.type	midpoint, @function
midpoint:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-48(s0)
	sw	a3,-44(s0)
	lw	a4,-40(s0)
	lw	a5,-48(s0)
	add	a5,a4,a5
	srli	a4,a5,31
	add	a5,a4,a5
	srai	a5,a5,1
	sw	a5,-32(s0)
	lw	a4,-36(s0)
	lw	a5,-44(s0)
	add	a5,a4,a5
	srli	a4,a5,31
	add	a5,a4,a5
	srai	a5,a5,1
	sw	a5,-28(s0)
	lw	a5,-32(s0)
	sw	a5,-24(s0)
	lw	a5,-28(s0)
	sw	a5,-20(s0)
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	mv	a6,a4
	mv	a7,a5
	mv	a4,a6
	mv	a5,a7
	mv	a0,a4
	mv	a1,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	midpoint, .-midpoint
	.align	2
	.type	make_big, @function
make_big:
	addi	sp,sp,-160
	sw	ra,156(sp)
	sw	s0,152(sp)
	addi	s0,sp,160
	sw	a0,-148(s0)
	sw	a1,-152(s0)
	sw	zero,-20(s0)
	j	.L37
.L38:
	lw	a4,-152(s0)
	lw	a5,-20(s0)
	mul	a5,a4,a5
	addi	a4,a5,1
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	sw	a4,-128(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L37:
	lw	a4,-20(s0)
	li	a5,23
	ble	a4,a5,.L38
	sw	zero,-24(s0)
	j	.L39
.L40:
	lw	a4,-152(s0)
	lw	a5,-24(s0)
	add	a4,a4,a5
	li	a5,26
	rem	a5,a4,a5
	andi	a5,a5,0xff
	addi	a5,a5,97
	andi	a4,a5,0xff
	lw	a5,-24(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	a4,-32(a5)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L39:
	lw	a4,-24(s0)
	li	a5,14
	ble	a4,a5,.L40
	sb	zero,-33(s0)
	lw	a5,-152(s0)
	sw	a5,-32(s0)
	lw	a5,-152(s0)
	neg	a5,a5
	sw	a5,-28(s0)
	lw	a5,-148(s0)
	mv	a3,a5
	addi	a5,s0,-144
	li	a4,120
	mv	a2,a4
	mv	a1,a5
	mv	a0,a3
	call	memcpy
	lw	a0,-148(s0)
	lw	ra,156(sp)
	lw	s0,152(sp)
	addi	sp,sp,160
	jr	ra
	.size	make_big, .-make_big
	.align	2
	.type	sum_big, @function
sum_big:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	zero,-20(s0)
	sw	zero,-24(s0)
	j	.L43
.L44:
	lw	a4,-36(s0)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a4,-20(s0)
	add	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L43:
	lw	a4,-24(s0)
	li	a5,23
	ble	a4,a5,.L44
	lw	a5,-36(s0)
	lw	a4,112(a5)
	lw	a5,-20(s0)
	add	a4,a4,a5
	lw	a5,-36(s0)
	lw	a5,116(a5)
	add	a5,a4,a5
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	sum_big, .-sum_big
	.align	2
	.type	translate, @function
translate:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-28(s0)
	sw	a2,-24(s0)
	lw	a5,-20(s0)
	lw	a4,0(a5)
	lw	a5,-28(s0)
	add	a4,a4,a5
	lw	a5,-20(s0)
	sw	a4,0(a5)
	lw	a5,-20(s0)
	lw	a4,4(a5)
	lw	a5,-24(s0)
	add	a4,a4,a5
	lw	a5,-20(s0)
	sw	a4,4(a5)
	lw	a5,-20(s0)
	lw	a4,8(a5)
	lw	a5,-28(s0)
	add	a4,a4,a5
	lw	a5,-20(s0)
	sw	a4,8(a5)
	lw	a5,-20(s0)
	lw	a4,12(a5)
	lw	a5,-24(s0)
	add	a4,a4,a5
	lw	a5,-20(s0)
	sw	a4,12(a5)
	nop
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	translate, .-translate
	.section	.rodata
	.align	2
.LC4:
	.string	" area "
	.align	2
.LC5:
	.string	"mid.x"
	.align	2
.LC6:
	.string	"mid.y"
	.align	2
.LC7:
	.string	"original min.x"
	.align	2
.LC8:
	.string	"sum big_a"
	.align	2
.LC9:
	.string	"sum local"
	.align	2
.LC10:
	.string	"sum big_b"
	.align	2
.LC11:
	.string	"flags.ready"
	.align	2
.LC12:
	.string	"flags.mode"
	.align	2
.LC13:
	.string	"flags.delta"
	.align	2
.LC14:
	.string	"flags.count"
	.align	2
.LC15:
	.string	"bytes "
	.align	2
.LC16:
	.string	"origin"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-352
	sw	ra,348(sp)
	sw	s0,344(sp)
	sw	s1,340(sp)
	addi	s0,sp,352
	sw	zero,-20(s0)
	sw	zero,-24(s0)
	j	.L48
.L49:
	lui	a5,%hi(shapes)
	addi	a3,a5,%lo(shapes)
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a5,16(a5)
	mv	a0,a5
	call	put_str
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	put_str
	lui	a5,%hi(shapes)
	addi	a3,a5,%lo(shapes)
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a1,0(a5)
	lw	a2,4(a5)
	lw	a3,8(a5)
	lw	a4,12(a5)
	lw	a5,16(a5)
	sw	a1,-224(s0)
	sw	a2,-220(s0)
	sw	a3,-216(s0)
	sw	a4,-212(s0)
	sw	a5,-208(s0)
	addi	a5,s0,-224
	mv	a0,a5
	call	area
	mv	a5,a0
	mv	a0,a5
	call	put_int
	call	put_nl
	lui	a5,%hi(shapes)
	addi	a3,a5,%lo(shapes)
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a1,0(a5)
	lw	a2,4(a5)
	lw	a3,8(a5)
	lw	a4,12(a5)
	lw	a5,16(a5)
	sw	a1,-224(s0)
	sw	a2,-220(s0)
	sw	a3,-216(s0)
	sw	a4,-212(s0)
	sw	a5,-208(s0)
	addi	a5,s0,-224
	mv	a0,a5
	call	area
	mv	a4,a0
	lw	a5,-20(s0)
	add	a5,a5,a4
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L48:
	lw	a4,-24(s0)
	li	a5,2
	ble	a4,a5,.L49
	lui	a5,%hi(shapes)
	addi	a5,a5,%lo(shapes)
	lw	a1,20(a5)
	lw	a2,24(a5)
	lw	a3,28(a5)
	lw	a4,32(a5)
	lw	a5,36(a5)
	sw	a1,-48(s0)
	sw	a2,-44(s0)
	sw	a3,-40(s0)
	sw	a4,-36(s0)
	sw	a5,-32(s0)
	li	a5,3
	sw	a5,-56(s0)
	li	a5,-2
	sw	a5,-52(s0)
	addi	a5,s0,-48
	lw	a1,-56(s0)
	lw	a2,-52(s0)
	mv	a0,a5
	call	translate
	lw	a2,-40(s0)
	lw	a3,-36(s0)
	lw	a0,-48(s0)
	lw	a1,-44(s0)
	call	midpoint
	mv	a4,a0
	mv	a5,a1
	sw	a4,-64(s0)
	sw	a5,-60(s0)
	lw	a5,-64(s0)
	mv	a1,a5
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	put_kv
	lw	a5,-60(s0)
	mv	a1,a5
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	put_kv
	lui	a5,%hi(shapes)
	addi	a5,a5,%lo(shapes)
	lw	a5,20(a5)
	mv	a1,a5
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	put_kv
	lui	a5,%hi(big_a)
	addi	s1,a5,%lo(big_a)
	addi	a5,s0,-352
	li	a1,5
	mv	a0,a5
	call	make_big
	mv	a3,s1
	addi	a5,s0,-352
	li	a4,120
	mv	a2,a4
	mv	a1,a5
	mv	a0,a3
	call	memcpy
	lui	a5,%hi(big_a)
	addi	a4,a5,%lo(big_a)
	addi	a5,s0,-184
	mv	a3,a4
	li	a4,120
	mv	a2,a4
	mv	a1,a3
	mv	a0,a5
	call	memcpy
	li	a5,100
	sw	a5,-184(s0)
	lui	a5,%hi(big_a)
	addi	a0,a5,%lo(big_a)
	call	sum_big
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	put_kv
	addi	a5,s0,-184
	mv	a0,a5
	call	sum_big
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC9)
	addi	a0,a5,%lo(.LC9)
	call	put_kv
	addi	a5,s0,-184
	addi	a5,a5,96
	mv	a0,a5
	call	put_str
	call	put_nl
	lui	a5,%hi(big_a)
	addi	a4,a5,%lo(big_a)
	lui	a5,%hi(big_b)
	addi	a5,a5,%lo(big_b)
	mv	a3,a5
	li	a5,120
	mv	a2,a5
	mv	a1,a3
	mv	a0,a4
	call	memcpy
	lui	a5,%hi(big_a)
	addi	a0,a5,%lo(big_a)
	call	sum_big
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC10)
	addi	a0,a5,%lo(.LC10)
	call	put_kv
	lui	a5,%hi(big_a+96)
	addi	a0,a5,%lo(big_a+96)
	call	put_str
	call	put_nl
	lhu	a5,-188(s0)
	ori	a5,a5,1
	sh	a5,-188(s0)
	lhu	a5,-188(s0)
	andi	a5,a5,-15
	ori	a5,a5,10
	sh	a5,-188(s0)
	lhu	a5,-188(s0)
	andi	a5,a5,-497
	ori	a5,a5,400
	sh	a5,-188(s0)
	lhu	a5,-188(s0)
	andi	a5,a5,511
	mv	a4,a5
	li	a5,-12288
	addi	a5,a5,-2048
	or	a5,a4,a5
	sh	a5,-188(s0)
	lw	a5,-188(s0)
	srli	a5,a5,9
	andi	a5,a5,127
	andi	a5,a5,0xff
	addi	a5,a5,3
	andi	a5,a5,0xff
	andi	a5,a5,127
	andi	a5,a5,0xff
	slli	a5,a5,9
	lhu	a4,-188(s0)
	andi	a4,a4,511
	or	a5,a4,a5
	sh	a5,-188(s0)
	lw	a5,-188(s0)
	slli	a5,a5,7
	slli	a5,a5,16
	srai	a5,a5,16
	srai	a5,a5,11
	slli	a5,a5,24
	srai	a5,a5,24
	andi	a5,a5,0xff
	addi	a5,a5,2
	andi	a5,a5,0xff
	slli	a5,a5,3
	slli	a5,a5,24
	srai	a5,a5,24
	srai	a5,a5,3
	slli	a5,a5,24
	srai	a5,a5,24
	andi	a5,a5,0xff
	andi	a5,a5,31
	slli	a5,a5,4
	lhu	a4,-188(s0)
	andi	a4,a4,-497
	or	a5,a4,a5
	sh	a5,-188(s0)
	lw	a5,-188(s0)
	andi	a5,a5,1
	andi	a5,a5,0xff
	mv	a1,a5
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	put_kv
	lw	a5,-188(s0)
	srli	a5,a5,1
	andi	a5,a5,7
	andi	a5,a5,0xff
	mv	a1,a5
	lui	a5,%hi(.LC12)
	addi	a0,a5,%lo(.LC12)
	call	put_kv
	lw	a5,-188(s0)
	slli	a5,a5,7
	slli	a5,a5,16
	srai	a5,a5,16
	srai	a5,a5,11
	slli	a5,a5,24
	srai	a5,a5,24
	mv	a1,a5
	lui	a5,%hi(.LC13)
	addi	a0,a5,%lo(.LC13)
	call	put_kv
	lw	a5,-188(s0)
	srli	a5,a5,9
	andi	a5,a5,127
	andi	a5,a5,0xff
	mv	a1,a5
	lui	a5,%hi(.LC14)
	addi	a0,a5,%lo(.LC14)
	call	put_kv
	li	a5,287453184
	addi	a5,a5,836
	sw	a5,-192(s0)
	lui	a5,%hi(.LC15)
	addi	a0,a5,%lo(.LC15)
	call	put_str
	sw	zero,-28(s0)
	j	.L50
.L51:
	lw	a5,-28(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	lbu	a5,-176(a5)
	li	a1,2
	mv	a0,a5
	call	put_hex
	li	a0,32
	call	put_char
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L50:
	lw	a4,-28(s0)
	li	a5,3
	ble	a4,a5,.L51
	lhu	a5,-190(s0)
	li	a1,4
	mv	a0,a5
	call	put_hex
	call	put_nl
	li	a4,0
	li	a5,0
	add	a5,a4,a5
	mv	a1,a5
	lui	a5,%hi(.LC16)
	addi	a0,a5,%lo(.LC16)
	call	put_kv
	lw	a5,-20(s0)
	andi	a5,a5,255
	mv	a0,a5
	lw	ra,348(sp)
	lw	s0,344(sp)
	lw	s1,340(sp)
	addi	sp,sp,352
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
