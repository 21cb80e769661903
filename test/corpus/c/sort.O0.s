	.file	"sort.c"
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
	.local	data
	.comm	data,256,4
	.local	work
	.comm	work,256,4
	.local	tmp
	.comm	tmp,256,4
	.section	.sdata,"aw"
	.align	2
	.type	seed, @object
	.size	seed, 4
seed:
	.word	12345
	.text
	.align	2
	.type	next_rand, @function
next_rand:
	addi	sp,sp,-16
	sw	s0,12(sp)
	addi	s0,sp,16
	lui	a5,%hi(seed)
	lw	a4,%lo(seed)(a5)
	li	a5,1103515648
	addi	a5,a5,-403
	mul	a4,a4,a5
	li	a5,12288
	addi	a5,a5,57
	add	a4,a4,a5
	lui	a5,%hi(seed)
	sw	a4,%lo(seed)(a5)
	lui	a5,%hi(seed)
	lw	a5,%lo(seed)(a5)
	srli	a5,a5,16
	mv	a4,a5
	li	a5,32768
	addi	a5,a5,-1
	and	a4,a4,a5
	li	a5,-16384
	add	a5,a4,a5
	mv	a0,a5
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	next_rand, .-next_rand
	.align	2
	.type	fill, @function
fill:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	zero,-20(s0)
	j	.L35
.L36:
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lui	a4,%hi(data)
	addi	a3,a4,%lo(data)
	lw	a4,-20(s0)
	slli	a4,a4,2
	add	a4,a3,a4
	lw	a4,0(a4)
	sw	a4,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L35:
	lw	a4,-20(s0)
	lw	a5,-40(s0)
	blt	a4,a5,.L36
	nop
	nop
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	fill, .-fill
	.align	2
	.type	insertion_sort, @function
insertion_sort:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	li	a5,1
	sw	a5,-20(s0)
	j	.L38
.L42:
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-28(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
	j	.L39
.L41:
	lw	a5,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a4,a4,a5
	lw	a5,-24(s0)
	addi	a5,a5,1
	slli	a5,a5,2
	lw	a3,-36(s0)
	add	a5,a3,a5
	lw	a4,0(a4)
	sw	a4,0(a5)
	lw	a5,-24(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
.L39:
	lw	a5,-24(s0)
	blt	a5,zero,.L40
	lw	a5,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a4,-28(s0)
	blt	a4,a5,.L41
.L40:
	lw	a5,-24(s0)
	addi	a5,a5,1
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a4,-28(s0)
	sw	a4,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L38:
	lw	a4,-20(s0)
	lw	a5,-40(s0)
	blt	a4,a5,.L42
	nop
	nop
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	insertion_sort, .-insertion_sort
	.align	2
	.type	quicksort, @function
quicksort:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	lw	a4,-40(s0)
	lw	a5,-44(s0)
	bge	a4,a5,.L52
	lw	a4,-44(s0)
	lw	a5,-40(s0)
	sub	a5,a4,a5
	srli	a4,a5,31
	add	a5,a4,a5
	srai	a5,a5,1
	mv	a4,a5
	lw	a5,-40(s0)
	add	a5,a4,a5
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-28(s0)
	lw	a5,-40(s0)
	sw	a5,-20(s0)
	lw	a5,-44(s0)
	sw	a5,-24(s0)
	j	.L46
.L48:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L47:
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a4,-28(s0)
	bgt	a4,a5,.L48
	j	.L49
.L50:
	lw	a5,-24(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
.L49:
	lw	a5,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a4,-28(s0)
	blt	a4,a5,.L50
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	bgt	a4,a5,.L46
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-32(s0)
	lw	a5,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a4,a4,a5
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a3,-36(s0)
	add	a5,a3,a5
	lw	a4,0(a4)
	sw	a4,0(a5)
	lw	a5,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a4,-32(s0)
	sw	a4,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
.L46:
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	ble	a4,a5,.L47
	lw	a2,-24(s0)
	lw	a1,-40(s0)
	lw	a0,-36(s0)
	call	quicksort
	lw	a2,-44(s0)
	lw	a1,-20(s0)
	lw	a0,-36(s0)
	call	quicksort
	j	.L43
.L52:
	nop
.L43:
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	quicksort, .-quicksort
	.align	2
	.type	merge_sort, @function
merge_sort:
	addi	sp,sp,-64
	sw	s0,60(sp)
	addi	s0,sp,64
	sw	a0,-52(s0)
	sw	a1,-56(s0)
	li	a5,1
	sw	a5,-20(s0)
	j	.L54
.L70:
	sw	zero,-24(s0)
	j	.L55
.L67:
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	add	a4,a4,a5
	lw	a5,-56(s0)
	ble	a5,a4,.L56
	mv	a5,a4
.L56:
	sw	a5,-44(s0)
	lw	a5,-20(s0)
	slli	a4,a5,1
	lw	a5,-24(s0)
	add	a4,a4,a5
	lw	a5,-56(s0)
	ble	a5,a4,.L57
	mv	a5,a4
.L57:
	sw	a5,-48(s0)
	lw	a5,-24(s0)
	sw	a5,-28(s0)
	lw	a5,-44(s0)
	sw	a5,-32(s0)
	lw	a5,-24(s0)
	sw	a5,-36(s0)
	j	.L58
.L62:
	lw	a5,-28(s0)
	slli	a5,a5,2
	lw	a4,-52(s0)
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,-32(s0)
	slli	a5,a5,2
	lw	a3,-52(s0)
	add	a5,a3,a5
	lw	a5,0(a5)
	bgt	a4,a5,.L59
	lw	a5,-28(s0)
	addi	a4,a5,1
	sw	a4,-28(s0)
	slli	a5,a5,2
	lw	a4,-52(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	j	.L60
.L59:
	lw	a5,-32(s0)
	addi	a4,a5,1
	sw	a4,-32(s0)
	slli	a5,a5,2
	lw	a4,-52(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
.L60:
	lw	a4,-36(s0)
	addi	a3,a4,1
	sw	a3,-36(s0)
	lui	a3,%hi(tmp)
	addi	a3,a3,%lo(tmp)
	slli	a4,a4,2
	add	a4,a3,a4
	sw	a5,0(a4)
.L58:
	lw	a4,-28(s0)
	lw	a5,-44(s0)
	bge	a4,a5,.L63
	lw	a4,-32(s0)
	lw	a5,-48(s0)
	blt	a4,a5,.L62
	j	.L63
.L64:
	lw	a5,-28(s0)
	addi	a4,a5,1
	sw	a4,-28(s0)
	slli	a5,a5,2
	lw	a4,-52(s0)
	add	a4,a4,a5
	lw	a5,-36(s0)
	addi	a3,a5,1
	sw	a3,-36(s0)
	lw	a4,0(a4)
	lui	a3,%hi(tmp)
	addi	a3,a3,%lo(tmp)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
.L63:
	lw	a4,-28(s0)
	lw	a5,-44(s0)
	blt	a4,a5,.L64
	j	.L65
.L66:
	lw	a5,-32(s0)
	addi	a4,a5,1
	sw	a4,-32(s0)
	slli	a5,a5,2
	lw	a4,-52(s0)
	add	a4,a4,a5
	lw	a5,-36(s0)
	addi	a3,a5,1
	sw	a3,-36(s0)
	lw	a4,0(a4)
	lui	a3,%hi(tmp)
	addi	a3,a3,%lo(tmp)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
.L65:
	lw	a4,-32(s0)
	lw	a5,-48(s0)
	blt	a4,a5,.L66
	lw	a5,-20(s0)
	slli	a5,a5,1
	lw	a4,-24(s0)
	add	a5,a4,a5
	sw	a5,-24(s0)
.L55:
	lw	a4,-24(s0)
	lw	a5,-56(s0)
	blt	a4,a5,.L67
	sw	zero,-40(s0)
	j	.L68
.L69:
	lw	a5,-40(s0)
	slli	a5,a5,2
	lw	a4,-52(s0)
	add	a5,a4,a5
	lui	a4,%hi(tmp)
	addi	a3,a4,%lo(tmp)
	lw	a4,-40(s0)
	slli	a4,a4,2
	add	a4,a3,a4
	lw	a4,0(a4)
	sw	a4,0(a5)
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
.L68:
	lw	a4,-40(s0)
	lw	a5,-56(s0)
	blt	a4,a5,.L69
	lw	a5,-20(s0)
	slli	a5,a5,1
	sw	a5,-20(s0)
.L54:
	lw	a4,-20(s0)
	lw	a5,-56(s0)
	blt	a4,a5,.L70
	nop
	nop
	lw	s0,60(sp)
	addi	sp,sp,64
	jr	ra
	.size	merge_sort, .-merge_sort
	.align	2
	.type	sift_down, @function
sift_down:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	lw	a5,-40(s0)
	sw	a5,-20(s0)
	j	.L72
.L77:
	lw	a5,-20(s0)
	slli	a5,a5,1
	addi	a5,a5,1
	sw	a5,-28(s0)
	lw	a5,-20(s0)
	sw	a5,-24(s0)
	lw	a5,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,-28(s0)
	slli	a5,a5,2
	lw	a3,-36(s0)
	add	a5,a3,a5
	lw	a5,0(a5)
	bge	a4,a5,.L73
	lw	a5,-28(s0)
	sw	a5,-24(s0)
.L73:
	lw	a4,-28(s0)
	lw	a5,-44(s0)
	bge	a4,a5,.L74
	lw	a5,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,-28(s0)
	addi	a5,a5,1
	slli	a5,a5,2
	lw	a3,-36(s0)
	add	a5,a3,a5
	lw	a5,0(a5)
	bge	a4,a5,.L74
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L74:
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	beq	a4,a5,.L78
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-32(s0)
	lw	a5,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a4,a4,a5
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a3,-36(s0)
	add	a5,a3,a5
	lw	a4,0(a4)
	sw	a4,0(a5)
	lw	a5,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a4,-32(s0)
	sw	a4,0(a5)
	lw	a5,-24(s0)
	sw	a5,-20(s0)
.L72:
	lw	a5,-20(s0)
	slli	a5,a5,1
	lw	a4,-44(s0)
	bgt	a4,a5,.L77
	j	.L71
.L78:
	nop
.L71:
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	sift_down, .-sift_down
	.align	2
	.type	heap_sort, @function
heap_sort:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a5,-40(s0)
	addi	a5,a5,-2
	srli	a4,a5,31
	add	a5,a4,a5
	srai	a5,a5,1
	sw	a5,-20(s0)
	j	.L80
.L81:
	lw	a5,-40(s0)
	addi	a5,a5,-1
	mv	a2,a5
	lw	a1,-20(s0)
	lw	a0,-36(s0)
	call	sift_down
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
.L80:
	lw	a5,-20(s0)
	bge	a5,zero,.L81
	lw	a5,-40(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
	j	.L82
.L83:
	lw	a5,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-28(s0)
	lw	a5,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a4,-36(s0)
	lw	a4,0(a4)
	sw	a4,0(a5)
	lw	a5,-36(s0)
	lw	a4,-28(s0)
	sw	a4,0(a5)
	lw	a5,-24(s0)
	addi	a5,a5,-1
	mv	a2,a5
	li	a1,0
	lw	a0,-36(s0)
	call	sift_down
	lw	a5,-24(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
.L82:
	lw	a5,-24(s0)
	bgt	a5,zero,.L83
	nop
	nop
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	heap_sort, .-heap_sort
	.section	.rodata
	.align	2
.LC1:
	.string	" sorted "
	.align	2
.LC2:
	.string	" NOT sorted "
	.text
	.align	2
	.type	check, @function
check:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	sw	zero,-20(s0)
	li	a5,1
	sw	a5,-24(s0)
	sw	zero,-28(s0)
	j	.L85
.L87:
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,5
	sub	a5,a5,a4
	lw	a4,-28(s0)
	slli	a4,a4,2
	lw	a3,-40(s0)
	add	a4,a3,a4
	lw	a4,0(a4)
	add	a5,a5,a4
	sw	a5,-20(s0)
	lw	a5,-28(s0)
	beq	a5,zero,.L86
	lw	a4,-28(s0)
	li	a5,1073741824
	addi	a5,a5,-1
	add	a5,a4,a5
	slli	a5,a5,2
	lw	a4,-40(s0)
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,-28(s0)
	slli	a5,a5,2
	lw	a3,-40(s0)
	add	a5,a3,a5
	lw	a5,0(a5)
	ble	a4,a5,.L86
	sw	zero,-24(s0)
.L86:
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L85:
	lw	a4,-28(s0)
	lw	a5,-44(s0)
	blt	a4,a5,.L87
	lw	a0,-36(s0)
	call	put_str
	lw	a5,-24(s0)
	beq	a5,zero,.L88
	lui	a5,%hi(.LC1)
	addi	a5,a5,%lo(.LC1)
	j	.L89
.L88:
	lui	a5,%hi(.LC2)
	addi	a5,a5,%lo(.LC2)
.L89:
	mv	a0,a5
	call	put_str
	li	a1,8
	lw	a0,-20(s0)
	call	put_hex
	call	put_nl
	lw	a5,-24(s0)
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	check, .-check
	.align	2
	.type	bsearch_int, @function
bsearch_int:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	sw	zero,-20(s0)
	lw	a5,-40(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
	j	.L92
.L96:
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	add	a5,a4,a5
	srai	a5,a5,1
	sw	a5,-28(s0)
	lw	a5,-28(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a4,-44(s0)
	bne	a4,a5,.L93
	lw	a5,-28(s0)
	j	.L94
.L93:
	lw	a5,-28(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a4,-44(s0)
	ble	a4,a5,.L95
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	j	.L92
.L95:
	lw	a5,-28(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
.L92:
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	ble	a4,a5,.L96
	li	a5,-1
.L94:
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	bsearch_int, .-bsearch_int
	.section	.rodata
	.align	2
.LC3:
	.string	"insertion"
	.align	2
.LC4:
	.string	"quick"
	.align	2
.LC5:
	.string	"merge"
	.align	2
.LC6:
	.string	"heap"
	.align	2
.LC7:
	.string	"find data[17]"
	.align	2
.LC8:
	.string	"find 99999"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	zero,-20(s0)
	j	.L98
.L99:
	call	next_rand
	mv	a3,a0
	lui	a5,%hi(data)
	addi	a4,a5,%lo(data)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	sw	a3,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L98:
	lw	a4,-20(s0)
	li	a5,63
	ble	a4,a5,.L99
	sw	zero,-28(s0)
	li	a1,64
	lui	a5,%hi(work)
	addi	a0,a5,%lo(work)
	call	fill
	li	a1,64
	lui	a5,%hi(work)
	addi	a0,a5,%lo(work)
	call	insertion_sort
	li	a2,64
	lui	a5,%hi(work)
	addi	a1,a5,%lo(work)
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	check
	mv	a4,a0
	lw	a5,-28(s0)
	add	a5,a5,a4
	sw	a5,-28(s0)
	li	a1,64
	lui	a5,%hi(work)
	addi	a0,a5,%lo(work)
	call	fill
	li	a2,63
	li	a1,0
	lui	a5,%hi(work)
	addi	a0,a5,%lo(work)
	call	quicksort
	li	a2,64
	lui	a5,%hi(work)
	addi	a1,a5,%lo(work)
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	check
	mv	a4,a0
	lw	a5,-28(s0)
	add	a5,a5,a4
	sw	a5,-28(s0)
	li	a1,64
	lui	a5,%hi(work)
	addi	a0,a5,%lo(work)
	call	fill
	li	a1,64
	lui	a5,%hi(work)
	addi	a0,a5,%lo(work)
	call	merge_sort
	li	a2,64
	lui	a5,%hi(work)
	addi	a1,a5,%lo(work)
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	check
	mv	a4,a0
	lw	a5,-28(s0)
	add	a5,a5,a4
	sw	a5,-28(s0)
	li	a1,64
	lui	a5,%hi(work)
	addi	a0,a5,%lo(work)
	call	fill
	li	a1,64
	lui	a5,%hi(work)
	addi	a0,a5,%lo(work)
	call	heap_sort
	li	a2,64
	lui	a5,%hi(work)
	addi	a1,a5,%lo(work)
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	check
	mv	a4,a0
	lw	a5,-28(s0)
	add	a5,a5,a4
	sw	a5,-28(s0)
	sw	zero,-24(s0)
	j	.L100
.L103:
	lw	a5,-24(s0)
	slli	a5,a5,3
	lui	a4,%hi(work)
	addi	a4,a4,%lo(work)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	put_int
	lw	a4,-24(s0)
	li	a5,7
	bne	a4,a5,.L101
	li	a5,10
	j	.L102
.L101:
	li	a5,32
.L102:
	mv	a0,a5
	call	put_char
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L100:
	lw	a4,-24(s0)
	li	a5,7
	ble	a4,a5,.L103
	lui	a5,%hi(data)
	addi	a5,a5,%lo(data)
	lw	a5,68(a5)
	mv	a2,a5
	li	a1,64
	lui	a5,%hi(work)
	addi	a0,a5,%lo(work)
	call	bsearch_int
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	put_kv
	li	a5,98304
	addi	a2,a5,1695
	li	a1,64
	lui	a5,%hi(work)
	addi	a0,a5,%lo(work)
	call	bsearch_int
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	put_kv
	lw	a5,-28(s0)
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
