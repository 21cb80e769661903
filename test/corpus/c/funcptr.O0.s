	.file	"funcptr.c"
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
.LC1:
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
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
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
	.align	2
	.type	add, @function
add:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	add	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	add, .-add
	.align	2
	.type	sub, @function
sub:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	sub	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	sub, .-sub
	.align	2
	.type	mul, @function
mul:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	mul	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	mul, .-mul
	.align	2
	.type	max, @function
max:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	bge	a5,a4,.L40
	mv	a5,a4
.L40:
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	max, .-max
	.align	2
	.type	min, @function
min:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	ble	a5,a4,.L43
	mv	a5,a4
.L43:
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	min, .-min
	.section	.rodata
	.align	2
	.type	ops, @object
	.size	ops, 20
ops:
	.word	add
	.word	sub
	.word	mul
	.word	max
	.word	min
	.align	2
.LC2:
	.string	"add"
	.align	2
.LC3:
	.string	"sub"
	.align	2
.LC4:
	.string	"mul"
	.align	2
.LC5:
	.string	"max"
	.align	2
.LC6:
	.string	"min"
	.align	2
	.type	op_names, @object
	.size	op_names, 20
op_names:
	.word	.LC2
	.word	.LC3
	.word	.LC4
	.word	.LC5
	.word	.LC6
	.globl	current_op
	.section	.sdata,"aw"
	.align	2
	.type	current_op, @object
	.size	current_op, 4
current_op:
	.word	add
	.globl	hook
	.section	.sbss,"aw",@nobits
	.align	2
	.type	hook, @object
	.size	hook, 4
hook:
	.zero	4
	.text
	.align	2
	.type	reduce, @function
reduce:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	sw	a3,-48(s0)
	sw	zero,-20(s0)
	j	.L45
.L46:
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,-44(s0)
	mv	a1,a4
	lw	a0,-48(s0)
	jalr	a5
	sw	a0,-48(s0)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L45:
	lw	a4,-20(s0)
	lw	a5,-40(s0)
	blt	a4,a5,.L46
	lw	a5,-48(s0)
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	reduce, .-reduce
	.align	2
	.type	map, @function
map:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	sw	zero,-20(s0)
	j	.L49
.L50:
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a3,0(a5)
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	s1,a4,a5
	lw	a5,-44(s0)
	mv	a0,a3
	jalr	a5
	mv	a5,a0
	sw	a5,0(s1)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L49:
	lw	a4,-20(s0)
	lw	a5,-40(s0)
	blt	a4,a5,.L50
	nop
	nop
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	addi	sp,sp,48
	jr	ra
	.size	map, .-map
	.align	2
	.type	square, @function
square:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	mul	a5,a5,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	square, .-square
	.align	2
	.type	negate, @function
negate:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	neg	a5,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	negate, .-negate
	.align	2
	.type	pick, @function
pick:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	zero,-20(s0)
	j	.L56
.L62:
	lui	a5,%hi(op_names)
	addi	a4,a5,%lo(op_names)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-24(s0)
	lw	a5,-36(s0)
	sw	a5,-28(s0)
	j	.L57
.L59:
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L57:
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	beq	a5,zero,.L58
	lw	a5,-24(s0)
	lbu	a4,0(a5)
	lw	a5,-28(s0)
	lbu	a5,0(a5)
	beq	a4,a5,.L59
.L58:
	lw	a5,-24(s0)
	lbu	a4,0(a5)
	lw	a5,-28(s0)
	lbu	a5,0(a5)
	bne	a4,a5,.L60
	lui	a5,%hi(ops)
	addi	a4,a5,%lo(ops)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	j	.L61
.L60:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L56:
	lw	a4,-20(s0)
	li	a5,4
	ble	a4,a5,.L62
	li	a5,0
.L61:
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	pick, .-pick
	.align	2
	.type	sort, @function
sort:
	addi	sp,sp,-64
	sw	ra,60(sp)
	sw	s0,56(sp)
	addi	s0,sp,64
	sw	a0,-52(s0)
	sw	a1,-56(s0)
	sw	a2,-60(s0)
	sw	a3,-64(s0)
	lw	a5,-52(s0)
	sw	a5,-28(s0)
	li	a5,1
	sw	a5,-20(s0)
	j	.L64
.L68:
	lw	a5,-20(s0)
	sw	a5,-24(s0)
	j	.L65
.L67:
	lw	a4,-24(s0)
	lw	a5,-60(s0)
	mul	a5,a4,a5
	mv	a4,a5
	lw	a5,-28(s0)
	add	a4,a5,a4
	lw	a3,-60(s0)
	addi	a5,s0,-44
	mv	a2,a3
	mv	a1,a4
	mv	a0,a5
	call	memcpy
	lw	a4,-24(s0)
	lw	a5,-60(s0)
	mul	a5,a4,a5
	mv	a4,a5
	lw	a5,-28(s0)
	add	a3,a5,a4
	lw	a5,-24(s0)
	addi	a4,a5,-1
	lw	a5,-60(s0)
	mul	a5,a4,a5
	mv	a4,a5
	lw	a5,-28(s0)
	add	a5,a5,a4
	lw	a4,-60(s0)
	mv	a2,a4
	mv	a1,a5
	mv	a0,a3
	call	memcpy
	lw	a5,-24(s0)
	addi	a4,a5,-1
	lw	a5,-60(s0)
	mul	a5,a4,a5
	mv	a4,a5
	lw	a5,-28(s0)
	add	a5,a5,a4
	lw	a3,-60(s0)
	addi	a4,s0,-44
	mv	a2,a3
	mv	a1,a4
	mv	a0,a5
	call	memcpy
	lw	a5,-24(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
.L65:
	lw	a5,-24(s0)
	ble	a5,zero,.L66
	lw	a5,-24(s0)
	addi	a4,a5,-1
	lw	a5,-60(s0)
	mul	a5,a4,a5
	mv	a4,a5
	lw	a5,-28(s0)
	add	a3,a5,a4
	lw	a4,-24(s0)
	lw	a5,-60(s0)
	mul	a5,a4,a5
	mv	a4,a5
	lw	a5,-28(s0)
	add	a4,a5,a4
	lw	a5,-64(s0)
	mv	a1,a4
	mv	a0,a3
	jalr	a5
	mv	a5,a0
	bgt	a5,zero,.L67
.L66:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L64:
	lw	a4,-20(s0)
	lw	a5,-56(s0)
	blt	a4,a5,.L68
	nop
	nop
	lw	ra,60(sp)
	lw	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	sort, .-sort
	.align	2
	.type	by_value, @function
by_value:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a5,-20(s0)
	lw	a4,0(a5)
	lw	a5,-24(s0)
	lw	a5,0(a5)
	sub	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	by_value, .-by_value
	.align	2
	.type	by_value_desc, @function
by_value_desc:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a1,-20(s0)
	lw	a0,-24(s0)
	call	by_value
	mv	a5,a0
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	by_value_desc, .-by_value_desc
	.section	.rodata
	.align	2
.LC7:
	.string	"start"
	.align	2
	.type	S_START, @object
	.size	S_START, 12
S_START:
	.word	.LC7
	.word	st_start
	.word	0
	.align	2
.LC8:
	.string	"sign"
	.align	2
	.type	S_SIGN, @object
	.size	S_SIGN, 12
S_SIGN:
	.word	.LC8
	.word	st_sign
	.word	0
	.align	2
.LC9:
	.string	"int"
	.align	2
	.type	S_INT, @object
	.size	S_INT, 12
S_INT:
	.word	.LC9
	.word	st_int
	.word	1
	.align	2
.LC10:
	.string	"dot"
	.align	2
	.type	S_DOT, @object
	.size	S_DOT, 12
S_DOT:
	.word	.LC10
	.word	st_dot
	.word	0
	.align	2
.LC11:
	.string	"frac"
	.align	2
	.type	S_FRAC, @object
	.size	S_FRAC, 12
S_FRAC:
	.word	.LC11
	.word	st_frac
	.word	1
	.text
	.align	2
	.type	digit, @function
digit:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	mv	a5,a0
	sb	a5,-17(s0)
	lbu	a4,-17(s0)
	li	a5,47
	bleu	a4,a5,.L74
	lbu	a4,-17(s0)
	li	a5,57
	bgtu	a4,a5,.L74
	li	a5,1
	j	.L76
.L74:
	li	a5,0
.L76:
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	digit, .-digit
	.align	2
	.type	st_start, @function
st_start:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	mv	a5,a0
	sb	a5,-17(s0)
	lbu	a4,-17(s0)
	li	a5,45
	beq	a4,a5,.L78
	lbu	a4,-17(s0)
	li	a5,43
	beq	a4,a5,.L78
	lbu	a5,-17(s0)
	mv	a0,a5
	call	digit
	mv	a5,a0
	beq	a5,zero,.L79
	lui	a5,%hi(S_INT)
	addi	a5,a5,%lo(S_INT)
	j	.L82
.L79:
	li	a5,0
	j	.L82
.L78:
	lui	a5,%hi(S_SIGN)
	addi	a5,a5,%lo(S_SIGN)
.L82:
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	st_start, .-st_start
	.align	2
	.type	st_sign, @function
st_sign:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	mv	a5,a0
	sb	a5,-17(s0)
	lbu	a5,-17(s0)
	mv	a0,a5
	call	digit
	mv	a5,a0
	beq	a5,zero,.L84
	lui	a5,%hi(S_INT)
	addi	a5,a5,%lo(S_INT)
	j	.L86
.L84:
	li	a5,0
.L86:
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	st_sign, .-st_sign
	.align	2
	.type	st_int, @function
st_int:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	mv	a5,a0
	sb	a5,-17(s0)
	lbu	a5,-17(s0)
	mv	a0,a5
	call	digit
	mv	a5,a0
	bne	a5,zero,.L88
	lbu	a4,-17(s0)
	li	a5,46
	bne	a4,a5,.L89
	lui	a5,%hi(S_DOT)
	addi	a5,a5,%lo(S_DOT)
	j	.L92
.L89:
	li	a5,0
	j	.L92
.L88:
	lui	a5,%hi(S_INT)
	addi	a5,a5,%lo(S_INT)
.L92:
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	st_int, .-st_int
	.align	2
	.type	st_dot, @function
st_dot:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	mv	a5,a0
	sb	a5,-17(s0)
	lbu	a5,-17(s0)
	mv	a0,a5
	call	digit
	mv	a5,a0
	beq	a5,zero,.L94
	lui	a5,%hi(S_FRAC)
	addi	a5,a5,%lo(S_FRAC)
	j	.L96
.L94:
	li	a5,0
.L96:
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	st_dot, .-st_dot
	.align	2
	.type	st_frac, @function
st_frac:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	mv	a5,a0
	sb	a5,-17(s0)
	lbu	a5,-17(s0)
	mv	a0,a5
	call	digit
	mv	a5,a0
	beq	a5,zero,.L98
	lui	a5,%hi(S_FRAC)
	addi	a5,a5,%lo(S_FRAC)
	j	.L100
.L98:
	li	a5,0
.L100:
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	st_frac, .-st_frac
	.align	2
	.type	accepts, @function
accepts:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lui	a5,%hi(S_START)
	addi	a5,a5,%lo(S_START)
	sw	a5,-20(s0)
	j	.L102
.L104:
	lw	a5,-20(s0)
	lw	a5,4(a5)
	lw	a4,-36(s0)
	lbu	a4,0(a4)
	mv	a0,a4
	jalr	a5
	sw	a0,-20(s0)
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L102:
	lw	a5,-36(s0)
	lbu	a5,0(a5)
	beq	a5,zero,.L103
	lw	a5,-20(s0)
	bne	a5,zero,.L104
.L103:
	lw	a5,-20(s0)
	beq	a5,zero,.L105
	lw	a5,-20(s0)
	lw	a5,8(a5)
	beq	a5,zero,.L105
	li	a5,1
	j	.L107
.L105:
	li	a5,0
.L107:
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	accepts, .-accepts
	.local	hook_total
	.comm	hook_total,4,4
	.align	2
	.type	count_hook, @function
count_hook:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lui	a5,%hi(hook_total)
	lw	a4,%lo(hook_total)(a5)
	lw	a5,-20(s0)
	add	a4,a4,a5
	lui	a5,%hi(hook_total)
	sw	a4,%lo(hook_total)(a5)
	nop
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	count_hook, .-count_hook
	.section	.rodata
	.align	2
.LC12:
	.string	": "
	.align	2
.LC13:
	.string	"pick(max)"
	.align	2
.LC14:
	.string	"nope"
	.align	2
.LC15:
	.string	"pick(nope)"
	.align	2
.LC16:
	.string	"current_op"
	.align	2
.LC17:
	.string	" yes\n"
	.align	2
.LC18:
	.string	" no\n"
	.align	2
.LC19:
	.string	"hook_total"
	.align	2
.LC0:
	.word	5
	.word	-3
	.word	12
	.word	7
	.word	0
	.word	9
	.word	-8
	.word	4
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-80
	sw	ra,76(sp)
	sw	s0,72(sp)
	addi	s0,sp,80
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
	sw	a7,-68(s0)
	sw	a6,-64(s0)
	sw	a0,-60(s0)
	sw	a1,-56(s0)
	sw	a2,-52(s0)
	sw	a3,-48(s0)
	sw	a4,-44(s0)
	sw	a5,-40(s0)
	sw	zero,-20(s0)
	j	.L110
.L111:
	lui	a5,%hi(op_names)
	addi	a4,a5,%lo(op_names)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	put_str
	lui	a5,%hi(.LC12)
	addi	a0,a5,%lo(.LC12)
	call	put_str
	lui	a5,%hi(ops)
	addi	a4,a5,%lo(ops)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,-2
	seqz	a5,a5
	andi	a5,a5,0xff
	mv	a3,a5
	addi	a5,s0,-68
	mv	a2,a4
	li	a1,8
	mv	a0,a5
	call	reduce
	mv	a5,a0
	mv	a0,a5
	call	put_int
	call	put_nl
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L110:
	lw	a4,-20(s0)
	li	a5,4
	ble	a4,a5,.L111
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	pick
	mv	a5,a0
	li	a1,11
	li	a0,3
	jalr	a5
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC13)
	addi	a0,a5,%lo(.LC13)
	call	put_kv
	lui	a5,%hi(.LC14)
	addi	a0,a5,%lo(.LC14)
	call	pick
	mv	a5,a0
	seqz	a5,a5
	andi	a5,a5,0xff
	mv	a1,a5
	lui	a5,%hi(.LC15)
	addi	a0,a5,%lo(.LC15)
	call	put_kv
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	pick
	mv	a4,a0
	lui	a5,%hi(current_op)
	sw	a4,%lo(current_op)(a5)
	lui	a5,%hi(current_op)
	lw	a5,%lo(current_op)(a5)
	li	a1,7
	li	a0,6
	jalr	a5
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC16)
	addi	a0,a5,%lo(.LC16)
	call	put_kv
	addi	a4,s0,-68
	lui	a5,%hi(by_value)
	addi	a3,a5,%lo(by_value)
	li	a2,4
	li	a1,8
	mv	a0,a4
	call	sort
	sw	zero,-24(s0)
	j	.L112
.L113:
	lw	a5,-24(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-52(a5)
	mv	a0,a5
	call	put_int
	li	a0,32
	call	put_char
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L112:
	lw	a4,-24(s0)
	li	a5,7
	ble	a4,a5,.L113
	call	put_nl
	addi	a4,s0,-68
	lui	a5,%hi(by_value_desc)
	addi	a3,a5,%lo(by_value_desc)
	li	a2,4
	li	a1,8
	mv	a0,a4
	call	sort
	addi	a4,s0,-68
	lui	a5,%hi(square)
	addi	a2,a5,%lo(square)
	li	a1,8
	mv	a0,a4
	call	map
	addi	a4,s0,-68
	lui	a5,%hi(negate)
	addi	a2,a5,%lo(negate)
	li	a1,4
	mv	a0,a4
	call	map
	sw	zero,-28(s0)
	j	.L114
.L115:
	lw	a5,-28(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-52(a5)
	mv	a0,a5
	call	put_int
	li	a0,32
	call	put_char
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L114:
	lw	a4,-28(s0)
	li	a5,7
	ble	a4,a5,.L115
	call	put_nl
	sw	zero,-32(s0)
	j	.L116
.L119:
	lui	a5,%hi(inputs.0)
	addi	a4,a5,%lo(inputs.0)
	lw	a5,-32(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	put_str
	lui	a5,%hi(inputs.0)
	addi	a4,a5,%lo(inputs.0)
	lw	a5,-32(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	accepts
	mv	a5,a0
	beq	a5,zero,.L117
	lui	a5,%hi(.LC17)
	addi	a5,a5,%lo(.LC17)
	j	.L118
.L117:
	lui	a5,%hi(.LC18)
	addi	a5,a5,%lo(.LC18)
.L118:
	mv	a0,a5
	call	put_str
	lw	a5,-32(s0)
	addi	a5,a5,1
	sw	a5,-32(s0)
.L116:
	lw	a4,-32(s0)
	li	a5,6
	ble	a4,a5,.L119
	lui	a5,%hi(hook)
	lui	a4,%hi(count_hook)
	addi	a4,a4,%lo(count_hook)
	sw	a4,%lo(hook)(a5)
	sw	zero,-36(s0)
	j	.L120
.L122:
	lui	a5,%hi(hook)
	lw	a5,%lo(hook)(a5)
	beq	a5,zero,.L121
	lui	a5,%hi(hook)
	lw	a5,%lo(hook)(a5)
	lw	a0,-36(s0)
	jalr	a5
.L121:
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L120:
	lw	a4,-36(s0)
	li	a5,9
	ble	a4,a5,.L122
	lui	a5,%hi(hook_total)
	lw	a5,%lo(hook_total)(a5)
	mv	a1,a5
	lui	a5,%hi(.LC19)
	addi	a0,a5,%lo(.LC19)
	call	put_kv
	addi	a4,s0,-68
	li	a3,0
	lui	a5,%hi(add)
	addi	a2,a5,%lo(add)
	li	a1,8
	mv	a0,a4
	call	reduce
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
	.type	hex.1, @object
	.size	hex.1, 17
hex.1:
	.string	"0123456789abcdef"
	.align	2
.LC20:
	.string	"123"
	.align	2
.LC21:
	.string	"-4.5"
	.align	2
.LC22:
	.string	"+"
	.align	2
.LC23:
	.string	"1."
	.align	2
.LC24:
	.string	"3.14159"
	.align	2
.LC25:
	.string	"abc"
	.align	2
.LC26:
	.string	"+0"
	.align	2
	.type	inputs.0, @object
	.size	inputs.0, 28
inputs.0:
	.word	.LC20
	.word	.LC21
	.word	.LC22
	.word	.LC23
	.word	.LC24
	.word	.LC25
	.word	.LC26
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
