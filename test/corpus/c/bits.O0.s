	.file	"bits.c"
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
	.align	2
	.type	popcount, @function
popcount:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	srli	a4,a5,1
	li	a5,1431654400
	addi	a5,a5,1365
	and	a5,a4,a5
	lw	a4,-20(s0)
	sub	a5,a4,a5
	sw	a5,-20(s0)
	lw	a4,-20(s0)
	li	a5,858992640
	addi	a5,a5,819
	and	a4,a4,a5
	lw	a5,-20(s0)
	srli	a3,a5,2
	li	a5,858992640
	addi	a5,a5,819
	and	a5,a3,a5
	add	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	srli	a4,a5,4
	lw	a5,-20(s0)
	add	a4,a4,a5
	li	a5,252645376
	addi	a5,a5,-241
	and	a5,a4,a5
	sw	a5,-20(s0)
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,8
	add	a5,a5,a4
	slli	a4,a5,16
	add	a5,a5,a4
	srli	a5,a5,24
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	popcount, .-popcount
	.align	2
	.type	clz, @function
clz:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lw	a5,-36(s0)
	bne	a5,zero,.L35
	li	a5,32
	j	.L36
.L35:
	sw	zero,-20(s0)
	lw	a4,-36(s0)
	li	a5,65536
	bgeu	a4,a5,.L37
	lw	a5,-20(s0)
	addi	a5,a5,16
	sw	a5,-20(s0)
	lw	a5,-36(s0)
	slli	a5,a5,16
	sw	a5,-36(s0)
.L37:
	lw	a4,-36(s0)
	li	a5,16777216
	bgeu	a4,a5,.L38
	lw	a5,-20(s0)
	addi	a5,a5,8
	sw	a5,-20(s0)
	lw	a5,-36(s0)
	slli	a5,a5,8
	sw	a5,-36(s0)
.L38:
	lw	a4,-36(s0)
	li	a5,268435456
	bgeu	a4,a5,.L39
	lw	a5,-20(s0)
	addi	a5,a5,4
	sw	a5,-20(s0)
	lw	a5,-36(s0)
	slli	a5,a5,4
	sw	a5,-36(s0)
.L39:
	lw	a4,-36(s0)
	li	a5,1073741824
	bgeu	a4,a5,.L40
	lw	a5,-20(s0)
	addi	a5,a5,2
	sw	a5,-20(s0)
	lw	a5,-36(s0)
	slli	a5,a5,2
	sw	a5,-36(s0)
.L40:
	lw	a5,-36(s0)
	blt	a5,zero,.L41
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L41:
	lw	a5,-20(s0)
.L36:
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	clz, .-clz
	.align	2
	.type	ctz, @function
ctz:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lw	a5,-36(s0)
	bne	a5,zero,.L43
	li	a5,32
	j	.L44
.L43:
	sw	zero,-20(s0)
	j	.L45
.L46:
	lw	a5,-36(s0)
	srli	a5,a5,1
	sw	a5,-36(s0)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L45:
	lw	a5,-36(s0)
	andi	a5,a5,1
	beq	a5,zero,.L46
	lw	a5,-20(s0)
.L44:
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	ctz, .-ctz
	.align	2
	.type	reverse_bits, @function
reverse_bits:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	srli	a4,a5,1
	li	a5,1431654400
	addi	a5,a5,1365
	and	a4,a4,a5
	lw	a5,-20(s0)
	slli	a3,a5,1
	li	a5,-1431654400
	addi	a5,a5,-1366
	and	a5,a3,a5
	or	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	srli	a4,a5,2
	li	a5,858992640
	addi	a5,a5,819
	and	a4,a4,a5
	lw	a5,-20(s0)
	slli	a3,a5,2
	li	a5,-858992640
	addi	a5,a5,-820
	and	a5,a3,a5
	or	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	srli	a4,a5,4
	li	a5,252645376
	addi	a5,a5,-241
	and	a4,a4,a5
	lw	a5,-20(s0)
	slli	a3,a5,4
	li	a5,-252645376
	addi	a5,a5,240
	and	a5,a3,a5
	or	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	srli	a4,a5,8
	li	a5,16711680
	addi	a5,a5,255
	and	a4,a4,a5
	lw	a5,-20(s0)
	slli	a3,a5,8
	li	a5,-16711680
	addi	a5,a5,-256
	and	a5,a3,a5
	or	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	slli	a4,a5,16
	srli	a5,a5,16
	or	a5,a5,a4
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	reverse_bits, .-reverse_bits
	.align	2
	.type	rotl, @function
rotl:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a5,-24(s0)
	andi	a5,a5,31
	lw	a4,-20(s0)
	sll	a4,a4,a5
	lw	a5,-24(s0)
	neg	a5,a5
	andi	a5,a5,31
	lw	a3,-20(s0)
	srl	a5,a3,a5
	or	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	rotl, .-rotl
	.align	2
	.type	rotr, @function
rotr:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a5,-24(s0)
	andi	a5,a5,31
	lw	a4,-20(s0)
	srl	a4,a4,a5
	lw	a5,-24(s0)
	neg	a5,a5
	andi	a5,a5,31
	lw	a3,-20(s0)
	sll	a5,a3,a5
	or	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	rotr, .-rotr
	.align	2
	.type	bswap, @function
bswap:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	slli	a4,a5,24
	lw	a5,-20(s0)
	slli	a3,a5,8
	li	a5,16711680
	and	a5,a3,a5
	or	a4,a4,a5
	lw	a5,-20(s0)
	srli	a3,a5,8
	li	a5,65536
	addi	a5,a5,-256
	and	a5,a3,a5
	or	a4,a4,a5
	lw	a5,-20(s0)
	srli	a5,a5,24
	or	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	bswap, .-bswap
	.align	2
	.type	parity, @function
parity:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	srli	a5,a5,16
	lw	a4,-20(s0)
	xor	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	srli	a5,a5,8
	lw	a4,-20(s0)
	xor	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	srli	a5,a5,4
	lw	a4,-20(s0)
	xor	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	andi	a5,a5,15
	li	a4,28672
	addi	a4,a4,-1642
	sra	a5,a4,a5
	andi	a5,a5,1
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	parity, .-parity
	.align	2
	.type	extract, @function
extract:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	lw	a5,-24(s0)
	lw	a4,-20(s0)
	srl	a4,a4,a5
	lw	a5,-28(s0)
	li	a3,1
	sll	a5,a3,a5
	addi	a5,a5,-1
	and	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	extract, .-extract
	.align	2
	.type	insert, @function
insert:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	sw	a3,-48(s0)
	lw	a5,-48(s0)
	li	a4,1
	sll	a5,a4,a5
	addi	a4,a5,-1
	lw	a5,-44(s0)
	sll	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	not	a4,a5
	lw	a5,-36(s0)
	and	a4,a4,a5
	lw	a5,-44(s0)
	lw	a3,-40(s0)
	sll	a3,a3,a5
	lw	a5,-20(s0)
	and	a5,a3,a5
	or	a5,a4,a5
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	insert, .-insert
	.align	2
	.type	crc32, @function
crc32:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	li	a5,-1
	sw	a5,-20(s0)
	j	.L62
.L65:
	lw	a5,-36(s0)
	addi	a4,a5,1
	sw	a4,-36(s0)
	lbu	a5,0(a5)
	mv	a4,a5
	lw	a5,-20(s0)
	xor	a5,a5,a4
	sw	a5,-20(s0)
	sw	zero,-24(s0)
	j	.L63
.L64:
	lw	a5,-20(s0)
	srli	a4,a5,1
	lw	a5,-20(s0)
	andi	a5,a5,1
	neg	a3,a5
	li	a5,-306675712
	addi	a5,a5,800
	and	a5,a3,a5
	xor	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L63:
	lw	a4,-24(s0)
	li	a5,7
	ble	a4,a5,.L64
.L62:
	lw	a5,-40(s0)
	addi	a4,a5,-1
	sw	a4,-40(s0)
	bne	a5,zero,.L65
	lw	a5,-20(s0)
	not	a5,a5
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	crc32, .-crc32
	.local	bitset
	.comm	bitset,16,4
	.align	2
	.type	set_bit, @function
set_bit:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	srai	a5,a5,5
	lui	a4,%hi(bitset)
	addi	a4,a4,%lo(bitset)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a3,0(a5)
	lw	a5,-20(s0)
	andi	a5,a5,31
	li	a4,1
	sll	a4,a4,a5
	lw	a5,-20(s0)
	srai	a5,a5,5
	or	a4,a3,a4
	lui	a3,%hi(bitset)
	addi	a3,a3,%lo(bitset)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	nop
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	set_bit, .-set_bit
	.align	2
	.type	test_bit, @function
test_bit:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	srai	a5,a5,5
	lui	a4,%hi(bitset)
	addi	a4,a4,%lo(bitset)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,-20(s0)
	andi	a5,a5,31
	srl	a5,a4,a5
	andi	a5,a5,1
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	test_bit, .-test_bit
	.section	.rodata
	.align	2
.LC1:
	.string	" 0x"
	.text
	.align	2
	.type	line, @function
line:
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
	li	a1,8
	lw	a0,-24(s0)
	call	put_hex
	call	put_nl
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	line, .-line
	.section	.rodata
	.align	2
.LC2:
	.string	": pop "
	.align	2
.LC3:
	.string	" clz "
	.align	2
.LC4:
	.string	" ctz "
	.align	2
.LC5:
	.string	" par "
	.align	2
.LC6:
	.string	" rev "
	.align	2
.LC7:
	.string	"mix"
	.align	2
.LC8:
	.string	"bswap"
	.align	2
.LC9:
	.string	"lowest"
	.align	2
.LC10:
	.string	"clear lowest"
	.align	2
.LC11:
	.string	"extract"
	.align	2
.LC12:
	.string	"insert"
	.align	2
.LC13:
	.string	"sign extend"
	.align	2
.LC14:
	.string	"arith shift"
	.align	2
.LC15:
	.string	"logic shift"
	.align	2
.LC16:
	.string	"crc32"
	.align	2
.LC17:
	.string	"bits set"
	.align	2
.LC18:
	.string	"pow2(64)"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	addi	s0,sp,48
	sw	zero,-20(s0)
	sw	zero,-24(s0)
	j	.L72
.L73:
	lui	a5,%hi(samples.1)
	addi	a4,a5,%lo(samples.1)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-44(s0)
	li	a1,8
	lw	a0,-44(s0)
	call	put_hex
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
	call	put_str
	lw	a0,-44(s0)
	call	popcount
	mv	a5,a0
	mv	a0,a5
	call	put_int
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	put_str
	lw	a0,-44(s0)
	call	clz
	mv	a5,a0
	mv	a0,a5
	call	put_int
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	put_str
	lw	a0,-44(s0)
	call	ctz
	mv	a5,a0
	mv	a0,a5
	call	put_int
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	put_str
	lw	a0,-44(s0)
	call	parity
	mv	a5,a0
	mv	a0,a5
	call	put_int
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	put_str
	lw	a0,-44(s0)
	call	reverse_bits
	mv	a5,a0
	li	a1,8
	mv	a0,a5
	call	put_hex
	call	put_nl
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	mv	a1,a5
	lw	a0,-44(s0)
	call	rotl
	mv	s1,a0
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	mv	a1,a5
	lw	a0,-44(s0)
	call	rotr
	mv	a5,a0
	add	a5,s1,a5
	lw	a4,-20(s0)
	xor	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L72:
	lw	a4,-24(s0)
	li	a5,6
	bleu	a4,a5,.L73
	lw	a1,-20(s0)
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	line
	li	a5,287453184
	addi	a0,a5,836
	call	bswap
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	line
	li	a1,4096
	lui	a5,%hi(.LC9)
	addi	a0,a5,%lo(.LC9)
	call	line
	li	a1,15785984
	lui	a5,%hi(.LC10)
	addi	a0,a5,%lo(.LC10)
	call	line
	li	a2,12
	li	a1,8
	li	a5,-559038464
	addi	a0,a5,-273
	call	extract
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	line
	li	a3,12
	li	a2,4
	li	a5,4096
	addi	a1,a5,-1348
	li	a5,-559038464
	addi	a0,a5,-273
	call	insert
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC12)
	addi	a0,a5,%lo(.LC12)
	call	line
	li	a1,-1
	lui	a5,%hi(.LC13)
	addi	a0,a5,%lo(.LC13)
	call	line
	li	a1,-125
	lui	a5,%hi(.LC14)
	addi	a0,a5,%lo(.LC14)
	call	line
	li	a5,536870912
	addi	a1,a5,-125
	lui	a5,%hi(.LC15)
	addi	a0,a5,%lo(.LC15)
	call	line
	sw	zero,-28(s0)
	j	.L74
.L77:
	lw	a5,-28(s0)
	srli	a4,a5,1
	lw	a5,-28(s0)
	xor	a5,a4,a5
	mv	a0,a5
	call	put_int
	lw	a4,-28(s0)
	li	a5,7
	bne	a4,a5,.L75
	li	a5,10
	j	.L76
.L75:
	li	a5,32
.L76:
	mv	a0,a5
	call	put_char
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L74:
	lw	a4,-28(s0)
	li	a5,7
	bleu	a4,a5,.L77
	li	a1,43
	lui	a5,%hi(msg.0)
	addi	a0,a5,%lo(msg.0)
	call	crc32
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC16)
	addi	a0,a5,%lo(.LC16)
	call	line
	sw	zero,-32(s0)
	j	.L78
.L79:
	lw	a0,-32(s0)
	call	set_bit
	lw	a5,-32(s0)
	addi	a5,a5,3
	sw	a5,-32(s0)
.L78:
	lw	a4,-32(s0)
	li	a5,127
	ble	a4,a5,.L79
	sw	zero,-36(s0)
	sw	zero,-40(s0)
	j	.L80
.L81:
	lw	a0,-40(s0)
	call	test_bit
	mv	a4,a0
	lw	a5,-36(s0)
	add	a5,a5,a4
	sw	a5,-36(s0)
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
.L80:
	lw	a4,-40(s0)
	li	a5,127
	ble	a4,a5,.L81
	lw	a1,-36(s0)
	lui	a5,%hi(.LC17)
	addi	a0,a5,%lo(.LC17)
	call	put_kv
	li	a1,1
	lui	a5,%hi(.LC18)
	addi	a0,a5,%lo(.LC18)
	call	line
	lw	a0,-20(s0)
	call	popcount
	mv	a5,a0
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	addi	sp,sp,48
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.2, @object
	.size	hex.2, 17
hex.2:
	.string	"0123456789abcdef"
	.align	2
	.type	samples.1, @object
	.size	samples.1, 28
samples.1:
	.word	0
	.word	1
	.word	-2147483648
	.word	-1
	.word	305419896
	.word	15790080
	.word	-559038737
	.align	2
	.type	msg.0, @object
	.size	msg.0, 44
msg.0:
	.string	"The quick brown fox jumps over the lazy dog"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
