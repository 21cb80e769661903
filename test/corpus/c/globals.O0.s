	.file	"globals.c"
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
	.globl	small_init
	.section	.sdata,"aw"
	.align	2
	.type	small_init, @object
	.size	small_init, 4
small_init:
	.word	42
	.globl	small_short
	.align	1
	.type	small_short, @object
	.size	small_short, 2
small_short:
	.half	-7
	.globl	small_char
	.type	small_char, @object
	.size	small_char, 1
small_char:
	.byte	71
	.globl	small_zero
	.section	.sbss,"aw",@nobits
	.align	2
	.type	small_zero, @object
	.size	small_zero, 4
small_zero:
	.zero	4
	.local	static_small_zero
	.comm	static_small_zero,4,4
	.globl	big_init
	.data
	.align	2
	.type	big_init, @object
	.size	big_init, 64
big_init:
	.word	1
	.word	1
	.word	2
	.word	3
	.word	5
	.word	8
	.word	13
	.word	21
	.word	34
	.word	55
	.word	89
	.word	144
	.word	233
	.word	377
	.word	610
	.word	987
	.globl	big_zero
	.bss
	.align	2
	.type	big_zero, @object
	.size	big_zero, 256
big_zero:
	.zero	256
	.local	buffer
	.comm	buffer,100,4
	.globl	primes
	.section	.rodata
	.align	2
	.type	primes, @object
	.size	primes, 40
primes:
	.word	2
	.word	3
	.word	5
	.word	7
	.word	11
	.word	13
	.word	17
	.word	19
	.word	23
	.word	29
	.globl	crc_table
	.align	2
	.type	crc_table, @object
	.size	crc_table, 16
crc_table:
	.half	0
	.half	4129
	.half	8258
	.half	12387
	.half	16516
	.half	20645
	.half	24774
	.half	28903
	.globl	small_const
	.section	.srodata,"a"
	.align	2
	.type	small_const, @object
	.size	small_const, 4
small_const:
	.word	23130
	.globl	tag
	.align	2
	.type	tag, @object
	.size	tag, 4
tag:
	.string	"TAG"
	.globl	ptr_to_big
	.section	.sdata
	.align	2
	.type	ptr_to_big, @object
	.size	ptr_to_big, 4
ptr_to_big:
	.word	big_init+12
	.globl	rom_ptrs
	.section	.rodata
	.align	2
	.type	rom_ptrs, @object
	.size	rom_ptrs, 12
rom_ptrs:
	.word	primes
	.word	primes+36
	.word	small_const
	.globl	table_of_ptrs
	.data
	.align	2
	.type	table_of_ptrs, @object
	.size	table_of_ptrs, 16
table_of_ptrs:
	.word	small_init
	.word	small_zero
	.word	big_zero+40
	.word	0
	.globl	in_custom
	.section	.data.custom,"aw"
	.align	2
	.type	in_custom, @object
	.size	in_custom, 4
in_custom:
	.word	305419896
	.globl	pairs
	.data
	.align	2
	.type	pairs, @object
	.size	pairs, 24
pairs:
	.byte	97
	.zero	3
	.word	1
	.byte	98
	.zero	3
	.word	2
	.byte	99
	.zero	3
	.word	3
	.globl	aligned_ll
	.section	.sdata
	.align	3
	.type	aligned_ll, @object
	.size	aligned_ll, 8
aligned_ll:
	.word	1432778632
	.word	287454020
	.globl	not_used_but_present
	.align	3
	.type	not_used_but_present, @object
	.size	not_used_but_present, 8
not_used_but_present:
	.word	0
	.word	1073217536
	.text
	.align	2
	.type	counter, @function
counter:
	addi	sp,sp,-16
	sw	s0,12(sp)
	addi	s0,sp,16
	lui	a5,%hi(calls.1)
	lw	a4,%lo(calls.1)(a5)
	lui	a5,%hi(step.0)
	lw	a5,%lo(step.0)(a5)
	add	a4,a4,a5
	lui	a5,%hi(calls.1)
	sw	a4,%lo(calls.1)(a5)
	lui	a5,%hi(step.0)
	lw	a5,%lo(step.0)(a5)
	addi	a4,a5,1
	lui	a5,%hi(step.0)
	sw	a4,%lo(step.0)(a5)
	lui	a5,%hi(calls.1)
	lw	a5,%lo(calls.1)(a5)
	mv	a0,a5
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	counter, .-counter
	.section	.rodata
	.align	2
.LC1:
	.string	"fib sum"
	.align	2
.LC2:
	.string	"big_zero[63]"
	.align	2
.LC3:
	.string	"*ptr_to_big"
	.align	2
.LC4:
	.string	"*ptr_to_big+2"
	.align	2
.LC5:
	.string	"rom"
	.align	2
.LC6:
	.string	"small_zero"
	.align	2
.LC7:
	.string	"big_zero[10]"
	.align	2
.LC8:
	.string	"small_init"
	.align	2
.LC9:
	.string	"small_short"
	.align	2
.LC10:
	.string	"small_char"
	.align	2
.LC11:
	.string	"static_small_zero"
	.align	2
.LC12:
	.string	"in_custom"
	.align	2
.LC13:
	.string	"crc"
	.align	2
.LC14:
	.string	"aligned_ll hi"
	.align	2
.LC15:
	.string	"counter"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-64
	sw	ra,60(sp)
	sw	s0,56(sp)
	sw	s2,52(sp)
	sw	s3,48(sp)
	addi	s0,sp,64
	sw	zero,-20(s0)
	sw	zero,-24(s0)
	j	.L35
.L36:
	lui	a5,%hi(big_init)
	addi	a4,a5,%lo(big_init)
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
.L35:
	lw	a4,-24(s0)
	li	a5,15
	ble	a4,a5,.L36
	lw	a1,-20(s0)
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
	call	put_kv
	sw	zero,-28(s0)
	j	.L37
.L38:
	lw	a4,-28(s0)
	li	a5,10
	rem	a5,a4,a5
	lui	a4,%hi(primes)
	addi	a4,a4,%lo(primes)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,-28(s0)
	mul	a4,a4,a5
	lui	a5,%hi(big_zero)
	addi	a3,a5,%lo(big_zero)
	lw	a5,-28(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L37:
	lw	a4,-28(s0)
	li	a5,63
	ble	a4,a5,.L38
	lui	a5,%hi(big_zero)
	addi	a5,a5,%lo(big_zero)
	lw	a5,252(a5)
	mv	a1,a5
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
	call	put_kv
	lui	a5,%hi(ptr_to_big)
	lw	a5,%lo(ptr_to_big)(a5)
	lw	a5,0(a5)
	mv	a1,a5
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	put_kv
	lui	a5,%hi(ptr_to_big)
	lw	a5,%lo(ptr_to_big)(a5)
	addi	a4,a5,8
	lui	a5,%hi(ptr_to_big)
	sw	a4,%lo(ptr_to_big)(a5)
	lui	a5,%hi(ptr_to_big)
	lw	a5,%lo(ptr_to_big)(a5)
	lw	a5,0(a5)
	mv	a1,a5
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	put_kv
	sw	zero,-32(s0)
	j	.L39
.L40:
	lui	a5,%hi(rom_ptrs)
	addi	a4,a5,%lo(rom_ptrs)
	lw	a5,-32(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a5,0(a5)
	mv	a1,a5
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	put_kv
	lw	a5,-32(s0)
	addi	a5,a5,1
	sw	a5,-32(s0)
.L39:
	lw	a4,-32(s0)
	li	a5,2
	ble	a4,a5,.L40
	lui	a5,%hi(table_of_ptrs)
	addi	a5,a5,%lo(table_of_ptrs)
	lw	a5,4(a5)
	li	a4,99
	sw	a4,0(a5)
	lui	a5,%hi(table_of_ptrs)
	addi	a5,a5,%lo(table_of_ptrs)
	lw	a5,8(a5)
	li	a4,77
	sw	a4,0(a5)
	lui	a5,%hi(small_zero)
	lw	a5,%lo(small_zero)(a5)
	mv	a1,a5
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	put_kv
	lui	a5,%hi(big_zero)
	addi	a5,a5,%lo(big_zero)
	lw	a5,40(a5)
	mv	a1,a5
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	put_kv
	lui	a5,%hi(small_init)
	lw	a5,%lo(small_init)(a5)
	mv	a1,a5
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	put_kv
	lui	a5,%hi(small_short)
	lh	a5,%lo(small_short)(a5)
	mv	a1,a5
	lui	a5,%hi(.LC9)
	addi	a0,a5,%lo(.LC9)
	call	put_kv
	lui	a5,%hi(small_char)
	lbu	a5,%lo(small_char)(a5)
	mv	a1,a5
	lui	a5,%hi(.LC10)
	addi	a0,a5,%lo(.LC10)
	call	put_kv
	lui	a5,%hi(static_small_zero)
	lw	a5,%lo(static_small_zero)(a5)
	addi	a3,a5,1
	lui	a4,%hi(static_small_zero)
	sw	a3,%lo(static_small_zero)(a4)
	mv	a1,a5
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	put_kv
	lui	a5,%hi(static_small_zero)
	lw	a5,%lo(static_small_zero)(a5)
	mv	a1,a5
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	put_kv
	lui	a5,%hi(in_custom)
	lw	a5,%lo(in_custom)(a5)
	mv	a1,a5
	lui	a5,%hi(.LC12)
	addi	a0,a5,%lo(.LC12)
	call	put_kv
	sw	zero,-36(s0)
	sw	zero,-40(s0)
	j	.L41
.L42:
	lui	a5,%hi(crc_table)
	addi	a4,a5,%lo(crc_table)
	lw	a5,-40(s0)
	slli	a5,a5,1
	add	a5,a4,a5
	lhu	a5,0(a5)
	mv	a4,a5
	lw	a5,-36(s0)
	xor	a5,a5,a4
	sw	a5,-36(s0)
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
.L41:
	lw	a4,-40(s0)
	li	a5,7
	ble	a4,a5,.L42
	lw	a1,-36(s0)
	lui	a5,%hi(.LC13)
	addi	a0,a5,%lo(.LC13)
	call	put_kv
	sw	zero,-44(s0)
	j	.L43
.L44:
	lw	a5,-44(s0)
	slli	a5,a5,1
	lui	a4,%hi(pairs)
	addi	a3,a4,%lo(pairs)
	lw	a4,-44(s0)
	slli	a4,a4,3
	add	a4,a3,a4
	lbu	a4,0(a4)
	lui	a3,%hi(buffer)
	addi	a3,a3,%lo(buffer)
	add	a5,a3,a5
	sb	a4,0(a5)
	lui	a5,%hi(pairs)
	addi	a4,a5,%lo(pairs)
	lw	a5,-44(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	lw	a5,4(a5)
	andi	a4,a5,0xff
	lw	a5,-44(s0)
	slli	a5,a5,1
	addi	a5,a5,1
	addi	a4,a4,48
	andi	a4,a4,0xff
	lui	a3,%hi(buffer)
	addi	a3,a3,%lo(buffer)
	add	a5,a3,a5
	sb	a4,0(a5)
	lw	a5,-44(s0)
	addi	a5,a5,1
	sw	a5,-44(s0)
.L43:
	lw	a4,-44(s0)
	li	a5,2
	ble	a4,a5,.L44
	lui	a5,%hi(buffer)
	addi	a0,a5,%lo(buffer)
	call	put_str
	call	put_nl
	lui	a5,%hi(tag)
	addi	a0,a5,%lo(tag)
	call	put_str
	call	put_nl
	lui	a5,%hi(aligned_ll)
	lw	a4,%lo(aligned_ll)(a5)
	lw	a5,%lo(aligned_ll+4)(a5)
	srai	s2,a5,0
	srai	s3,a5,31
	mv	a5,s2
	mv	a1,a5
	lui	a5,%hi(.LC14)
	addi	a0,a5,%lo(.LC14)
	call	put_kv
	sw	zero,-48(s0)
	sw	zero,-52(s0)
	j	.L45
.L46:
	call	counter
	sw	a0,-48(s0)
	lw	a5,-52(s0)
	addi	a5,a5,1
	sw	a5,-52(s0)
.L45:
	lw	a4,-52(s0)
	li	a5,3
	ble	a4,a5,.L46
	lw	a1,-48(s0)
	lui	a5,%hi(.LC15)
	addi	a0,a5,%lo(.LC15)
	call	put_kv
	sw	zero,-56(s0)
	j	.L47
.L48:
	lui	a5,%hi(buffer)
	addi	a4,a5,%lo(buffer)
	lw	a5,-56(s0)
	add	a5,a4,a5
	sb	zero,0(a5)
	lw	a5,-56(s0)
	addi	a5,a5,1
	sw	a5,-56(s0)
.L47:
	lui	a5,%hi(buffer)
	addi	a4,a5,%lo(buffer)
	lw	a5,-56(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	bne	a5,zero,.L48
	li	a5,24576
	addi	a5,a5,-1446
	andi	a5,a5,255
	mv	a0,a5
	lw	ra,60(sp)
	lw	s0,56(sp)
	lw	s2,52(sp)
	lw	s3,48(sp)
	addi	sp,sp,64
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.2, @object
	.size	hex.2, 17
hex.2:
	.string	"0123456789abcdef"
	.local	calls.1
	.comm	calls.1,4,4
	.section	.sdata
	.align	2
	.type	step.0, @object
	.size	step.0, 4
step.0:
	.word	3
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
