	.file	"recursion.c"
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
	.align	2
	.type	fib, @function
fib:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a4,-20(s0)
	li	a5,1
	ble	a4,a5,.L33
	lw	a5,-20(s0)
	addi	a5,a5,-1
	mv	a0,a5
	call	fib
	mv	s1,a0
	lw	a5,-20(s0)
	addi	a5,a5,-2
	mv	a0,a5
	call	fib
	mv	a5,a0
	add	a5,s1,a5
	j	.L35
.L33:
	lw	a5,-20(s0)
.L35:
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	addi	sp,sp,32
	jr	ra
	.size	fib, .-fib
	.align	2
	.type	ack, @function
ack:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a5,-20(s0)
	bne	a5,zero,.L37
	lw	a5,-24(s0)
	addi	a5,a5,1
	j	.L38
.L37:
	lw	a5,-24(s0)
	bne	a5,zero,.L39
	lw	a5,-20(s0)
	addi	a5,a5,-1
	li	a1,1
	mv	a0,a5
	call	ack
	mv	a5,a0
	j	.L38
.L39:
	lw	a5,-20(s0)
	addi	s1,a5,-1
	lw	a5,-24(s0)
	addi	a5,a5,-1
	mv	a1,a5
	lw	a0,-20(s0)
	call	ack
	mv	a5,a0
	mv	a1,a5
	mv	a0,s1
	call	ack
	mv	a5,a0
.L38:
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	addi	sp,sp,32
	jr	ra
	.size	ack, .-ack
	.local	moves
	.comm	moves,4,4
	.section	.rodata
	.align	2
.LC1:
	.string	"->"
	.text
	.align	2
	.type	hanoi, @function
hanoi:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	mv	a5,a1
	mv	a4,a3
	sb	a5,-21(s0)
	mv	a5,a2
	sb	a5,-22(s0)
	mv	a5,a4
	sb	a5,-23(s0)
	lw	a5,-20(s0)
	beq	a5,zero,.L44
	lw	a5,-20(s0)
	addi	a5,a5,-1
	lbu	a3,-22(s0)
	lbu	a2,-23(s0)
	lbu	a4,-21(s0)
	mv	a1,a4
	mv	a0,a5
	call	hanoi
	lui	a5,%hi(moves)
	lw	a5,%lo(moves)(a5)
	addi	a4,a5,1
	lui	a5,%hi(moves)
	sw	a4,%lo(moves)(a5)
	lw	a4,-20(s0)
	li	a5,3
	bne	a4,a5,.L43
	lbu	a5,-21(s0)
	mv	a0,a5
	call	put_char
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
	call	put_str
	lbu	a5,-22(s0)
	mv	a0,a5
	call	put_char
	li	a0,32
	call	put_char
.L43:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	lbu	a3,-21(s0)
	lbu	a2,-22(s0)
	lbu	a4,-23(s0)
	mv	a1,a4
	mv	a0,a5
	call	hanoi
	j	.L40
.L44:
	nop
.L40:
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	hanoi, .-hanoi
	.align	2
	.type	is_even, @function
is_even:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	beq	a5,zero,.L46
	lw	a5,-20(s0)
	addi	a5,a5,-1
	mv	a0,a5
	call	is_odd
	mv	a5,a0
	j	.L48
.L46:
	li	a5,1
.L48:
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	is_even, .-is_even
	.align	2
	.type	is_odd, @function
is_odd:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	beq	a5,zero,.L50
	lw	a5,-20(s0)
	addi	a5,a5,-1
	mv	a0,a5
	call	is_even
	mv	a5,a0
	j	.L52
.L50:
	li	a5,0
.L52:
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	is_odd, .-is_odd
	.local	perm
	.comm	perm,5,4
	.local	perm_count
	.comm	perm_count,4,4
	.align	2
	.type	permute, @function
permute:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a4,-36(s0)
	lw	a5,-40(s0)
	bne	a4,a5,.L54
	lui	a5,%hi(perm_count)
	lw	a5,%lo(perm_count)(a5)
	addi	a4,a5,1
	lui	a5,%hi(perm_count)
	sw	a4,%lo(perm_count)(a5)
	lui	a5,%hi(perm_count)
	lw	a4,%lo(perm_count)(a5)
	li	a5,6
	ble	a4,a5,.L55
	lui	a5,%hi(perm_count)
	lw	a4,%lo(perm_count)(a5)
	li	a5,24
	bne	a4,a5,.L60
.L55:
	lui	a5,%hi(perm)
	addi	a0,a5,%lo(perm)
	call	put_str
	li	a0,32
	call	put_char
	j	.L60
.L54:
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	j	.L58
.L59:
	lui	a5,%hi(perm)
	addi	a4,a5,%lo(perm)
	lw	a5,-36(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	sb	a5,-21(s0)
	lui	a5,%hi(perm)
	addi	a4,a5,%lo(perm)
	lw	a5,-20(s0)
	add	a5,a4,a5
	lbu	a4,0(a5)
	lui	a5,%hi(perm)
	addi	a3,a5,%lo(perm)
	lw	a5,-36(s0)
	add	a5,a3,a5
	sb	a4,0(a5)
	lui	a5,%hi(perm)
	addi	a4,a5,%lo(perm)
	lw	a5,-20(s0)
	add	a5,a4,a5
	lbu	a4,-21(s0)
	sb	a4,0(a5)
	lw	a5,-36(s0)
	addi	a5,a5,1
	lw	a1,-40(s0)
	mv	a0,a5
	call	permute
	lui	a5,%hi(perm)
	addi	a4,a5,%lo(perm)
	lw	a5,-36(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	sb	a5,-21(s0)
	lui	a5,%hi(perm)
	addi	a4,a5,%lo(perm)
	lw	a5,-20(s0)
	add	a5,a4,a5
	lbu	a4,0(a5)
	lui	a5,%hi(perm)
	addi	a3,a5,%lo(perm)
	lw	a5,-36(s0)
	add	a5,a3,a5
	sb	a4,0(a5)
	lui	a5,%hi(perm)
	addi	a4,a5,%lo(perm)
	lw	a5,-20(s0)
	add	a5,a4,a5
	lbu	a4,-21(s0)
	sb	a4,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L58:
	lw	a4,-20(s0)
	lw	a5,-40(s0)
	blt	a4,a5,.L59
	j	.L53
.L60:
	nop
.L53:
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	permute, .-permute
	.data
	.align	2
	.type	grid, @object
	.size	grid, 54
grid:
	.ascii	"#########"
	.ascii	"#..#....#"
	.ascii	"#..#.##.#"
	.ascii	"#....#..#"
	.ascii	"###.##..#"
	.ascii	"#########"
	.text
	.align	2
	.type	fill, @function
fill:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a5,-20(s0)
	blt	a5,zero,.L62
	lw	a4,-20(s0)
	li	a5,5
	bgt	a4,a5,.L62
	lw	a5,-24(s0)
	blt	a5,zero,.L62
	lw	a4,-24(s0)
	li	a5,8
	bgt	a4,a5,.L62
	lui	a5,%hi(grid)
	addi	a3,a5,%lo(grid)
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,3
	add	a5,a5,a4
	add	a4,a3,a5
	lw	a5,-24(s0)
	add	a5,a4,a5
	lbu	a4,0(a5)
	li	a5,46
	beq	a4,a5,.L63
.L62:
	li	a5,0
	j	.L64
.L63:
	lui	a5,%hi(grid)
	addi	a3,a5,%lo(grid)
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,3
	add	a5,a5,a4
	add	a4,a3,a5
	lw	a5,-24(s0)
	add	a5,a4,a5
	li	a4,111
	sb	a4,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	lw	a1,-24(s0)
	mv	a0,a5
	call	fill
	mv	a5,a0
	addi	s1,a5,1
	lw	a5,-20(s0)
	addi	a5,a5,-1
	lw	a1,-24(s0)
	mv	a0,a5
	call	fill
	mv	a5,a0
	add	s1,s1,a5
	lw	a5,-24(s0)
	addi	a5,a5,1
	mv	a1,a5
	lw	a0,-20(s0)
	call	fill
	mv	a5,a0
	add	s1,s1,a5
	lw	a5,-24(s0)
	addi	a5,a5,-1
	mv	a1,a5
	lw	a0,-20(s0)
	call	fill
	mv	a5,a0
	add	a5,s1,a5
.L64:
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	addi	sp,sp,32
	jr	ra
	.size	fill, .-fill
	.local	cursor
	.comm	cursor,4,4
	.align	2
	.type	factor, @function
factor:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	lui	a5,%hi(cursor)
	lw	a5,%lo(cursor)(a5)
	lbu	a4,0(a5)
	li	a5,40
	bne	a4,a5,.L66
	lui	a5,%hi(cursor)
	lw	a5,%lo(cursor)(a5)
	addi	a4,a5,1
	lui	a5,%hi(cursor)
	sw	a4,%lo(cursor)(a5)
	call	expr
	sw	a0,-24(s0)
	lui	a5,%hi(cursor)
	lw	a5,%lo(cursor)(a5)
	addi	a4,a5,1
	lui	a5,%hi(cursor)
	sw	a4,%lo(cursor)(a5)
	lw	a5,-24(s0)
	j	.L67
.L66:
	lui	a5,%hi(cursor)
	lw	a5,%lo(cursor)(a5)
	lbu	a4,0(a5)
	li	a5,45
	bne	a4,a5,.L68
	lui	a5,%hi(cursor)
	lw	a5,%lo(cursor)(a5)
	addi	a4,a5,1
	lui	a5,%hi(cursor)
	sw	a4,%lo(cursor)(a5)
	call	factor
	mv	a5,a0
	neg	a5,a5
	j	.L67
.L68:
	sw	zero,-20(s0)
	j	.L69
.L71:
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,1
	mv	a2,a5
	lui	a5,%hi(cursor)
	lw	a5,%lo(cursor)(a5)
	addi	a3,a5,1
	lui	a4,%hi(cursor)
	sw	a3,%lo(cursor)(a4)
	lbu	a5,0(a5)
	addi	a5,a5,-48
	add	a5,a2,a5
	sw	a5,-20(s0)
.L69:
	lui	a5,%hi(cursor)
	lw	a5,%lo(cursor)(a5)
	lbu	a4,0(a5)
	li	a5,47
	bleu	a4,a5,.L70
	lui	a5,%hi(cursor)
	lw	a5,%lo(cursor)(a5)
	lbu	a4,0(a5)
	li	a5,57
	bleu	a4,a5,.L71
.L70:
	lw	a5,-20(s0)
.L67:
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	factor, .-factor
	.align	2
	.type	term, @function
term:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	call	factor
	sw	a0,-20(s0)
	j	.L73
.L76:
	lui	a5,%hi(cursor)
	lw	a5,%lo(cursor)(a5)
	addi	a3,a5,1
	lui	a4,%hi(cursor)
	sw	a3,%lo(cursor)(a4)
	lbu	a5,0(a5)
	sb	a5,-21(s0)
	call	factor
	sw	a0,-28(s0)
	lbu	a4,-21(s0)
	li	a5,42
	bne	a4,a5,.L74
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	mul	a5,a4,a5
	j	.L75
.L74:
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	div	a5,a4,a5
.L75:
	sw	a5,-20(s0)
.L73:
	lui	a5,%hi(cursor)
	lw	a5,%lo(cursor)(a5)
	lbu	a4,0(a5)
	li	a5,42
	beq	a4,a5,.L76
	lui	a5,%hi(cursor)
	lw	a5,%lo(cursor)(a5)
	lbu	a4,0(a5)
	li	a5,47
	beq	a4,a5,.L76
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	term, .-term
	.align	2
	.type	expr, @function
expr:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	call	term
	sw	a0,-20(s0)
	j	.L79
.L82:
	lui	a5,%hi(cursor)
	lw	a5,%lo(cursor)(a5)
	addi	a3,a5,1
	lui	a4,%hi(cursor)
	sw	a3,%lo(cursor)(a4)
	lbu	a5,0(a5)
	sb	a5,-21(s0)
	call	term
	sw	a0,-28(s0)
	lbu	a4,-21(s0)
	li	a5,43
	bne	a4,a5,.L80
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	add	a5,a4,a5
	j	.L81
.L80:
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	sub	a5,a4,a5
.L81:
	sw	a5,-20(s0)
.L79:
	lui	a5,%hi(cursor)
	lw	a5,%lo(cursor)(a5)
	lbu	a4,0(a5)
	li	a5,43
	beq	a4,a5,.L82
	lui	a5,%hi(cursor)
	lw	a5,%lo(cursor)(a5)
	lbu	a4,0(a5)
	li	a5,45
	beq	a4,a5,.L82
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	expr, .-expr
	.align	2
	.type	eval, @function
eval:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lui	a5,%hi(cursor)
	lw	a4,-20(s0)
	sw	a4,%lo(cursor)(a5)
	call	expr
	mv	a5,a0
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	eval, .-eval
	.section	.rodata
	.align	2
.LC2:
	.string	"fib(20)"
	.align	2
.LC3:
	.string	"ack(2,3)"
	.align	2
.LC4:
	.string	"hanoi moves"
	.align	2
.LC5:
	.string	"is_even(77)"
	.align	2
.LC6:
	.string	"is_odd(77)"
	.align	2
.LC7:
	.string	"permutations"
	.align	2
.LC8:
	.string	"filled"
	.align	2
.LC9:
	.string	"2+3*(4-1)*-2"
	.align	2
.LC10:
	.string	"((7))*6/4-10"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	li	a0,20
	call	fib
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
	call	put_kv
	li	a1,3
	li	a0,2
	call	ack
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	put_kv
	li	a3,66
	li	a2,67
	li	a1,65
	li	a0,5
	call	hanoi
	call	put_nl
	lui	a5,%hi(moves)
	lw	a5,%lo(moves)(a5)
	mv	a1,a5
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	put_kv
	li	a0,77
	call	is_even
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	put_kv
	li	a0,77
	call	is_odd
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	put_kv
	lui	a5,%hi(perm)
	addi	a5,a5,%lo(perm)
	li	a4,97
	sb	a4,0(a5)
	lui	a5,%hi(perm)
	addi	a5,a5,%lo(perm)
	li	a4,98
	sb	a4,1(a5)
	lui	a5,%hi(perm)
	addi	a5,a5,%lo(perm)
	li	a4,99
	sb	a4,2(a5)
	lui	a5,%hi(perm)
	addi	a5,a5,%lo(perm)
	li	a4,100
	sb	a4,3(a5)
	li	a1,4
	li	a0,0
	call	permute
	call	put_nl
	lui	a5,%hi(perm_count)
	lw	a5,%lo(perm_count)(a5)
	mv	a1,a5
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	put_kv
	li	a1,1
	li	a0,1
	call	fill
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	put_kv
	sw	zero,-20(s0)
	j	.L87
.L88:
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,3
	add	a5,a5,a4
	lui	a4,%hi(grid)
	addi	a4,a4,%lo(grid)
	add	a5,a5,a4
	li	a2,9
	mv	a1,a5
	li	a0,1
	call	rt_write
	call	put_nl
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L87:
	lw	a4,-20(s0)
	li	a5,5
	ble	a4,a5,.L88
	lui	a5,%hi(.LC9)
	addi	a0,a5,%lo(.LC9)
	call	eval
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC9)
	addi	a0,a5,%lo(.LC9)
	call	put_kv
	lui	a5,%hi(.LC10)
	addi	a0,a5,%lo(.LC10)
	call	eval
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC10)
	addi	a0,a5,%lo(.LC10)
	call	put_kv
	li	a0,10
	call	fib
	mv	a5,a0
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
