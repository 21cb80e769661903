	.file	"bits.c"
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
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	" 0x"
	.text
	.align	2
	.type	line, @function
line:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	mv	s0,a1
	call	put_str
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	put_str
	lui	a3,%hi(.LANCHOR0)
	addi	a5,sp,4
	addi	a2,sp,-4
	addi	a3,a3,%lo(.LANCHOR0)
.L24:
	andi	a4,s0,15
	add	a4,a3,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	s0,s0,4
	sb	a4,8(a5)
	bne	a5,a2,.L24
	addi	a0,sp,4
	sb	zero,12(sp)
	call	strlen
	mv	a2,a0
	addi	a1,sp,4
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a5,10
	sb	a5,4(sp)
	li	a0,1
	li	a2,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	line, .-line
	.align	2
	.type	put_int, @function
put_int:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	mv	a5,a0
	blt	a0,zero,.L36
	sb	zero,15(sp)
	addi	a4,sp,4
	li	a2,10
	li	a0,9
.L31:
	remu	a3,a5,a2
	mv	a1,a4
	addi	a4,a4,-1
	mv	a6,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,a2
	bgtu	a6,a0,.L31
	add	s0,a1,a2
.L35:
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
.L36:
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
.L29:
	remu	a3,a5,a2
	mv	a6,a4
	addi	a4,a4,-1
	mv	a0,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,a2
	bgtu	a0,a7,.L29
	sub	a2,a2,a1
	add	a2,a2,a6
	addi	a5,sp,4
	add	s0,a5,a2
	j	.L35
	.size	put_int, .-put_int
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	" ctz "
	.align	2
.LC2:
	.string	" clz "
	.align	2
.LC3:
	.string	": pop "
	.align	2
.LC4:
	.string	" rev "
	.align	2
.LC5:
	.string	" par "
	.align	2
.LC6:
	.string	"mix"
	.align	2
.LC7:
	.string	"bswap"
	.align	2
.LC8:
	.string	"lowest"
	.align	2
.LC9:
	.string	"clear lowest"
	.align	2
.LC10:
	.string	"extract"
	.align	2
.LC11:
	.string	"insert"
	.align	2
.LC12:
	.string	"sign extend"
	.align	2
.LC13:
	.string	"arith shift"
	.align	2
.LC14:
	.string	"logic shift"
	.align	2
.LC15:
	.string	"crc32"
	.align	2
.LC16:
	.string	"bits set"
	.align	2
.LC17:
	.string	" = "
	.align	2
.LC18:
	.string	"pow2(64)"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	lui	a5,%hi(.LC1)
	addi	sp,sp,-160
	addi	a5,a5,%lo(.LC1)
	li	a4,1431654400
	addi	a4,a4,1365
	sw	s3,140(sp)
	sw	s8,120(sp)
	addi	s3,sp,72
	li	s8,10
	sw	a5,8(sp)
	lui	a5,%hi(.LC2)
	addi	a5,a5,%lo(.LC2)
	sw	a4,28(sp)
	sub	a4,s8,s3
	sw	a5,12(sp)
	sw	a4,32(sp)
	lui	a5,%hi(.LC3)
	li	a4,28672
	addi	a5,a5,%lo(.LC3)
	addi	a4,a4,-1642
	sw	a5,16(sp)
	sw	a4,36(sp)
	lui	a5,%hi(.LC4)
	li	a4,-1431654400
	addi	a5,a5,%lo(.LC4)
	addi	a4,a4,-1366
	sw	a5,20(sp)
	sw	a4,40(sp)
	lui	a5,%hi(.LC5)
	li	a4,-858992640
	addi	a5,a5,%lo(.LC5)
	sw	s6,128(sp)
	sw	s7,124(sp)
	lui	t1,%hi(.LANCHOR0)
	li	s6,858992640
	li	s7,252645376
	addi	a4,a4,-820
	sw	s0,152(sp)
	sw	s1,148(sp)
	sw	s2,144(sp)
	sw	s5,132(sp)
	sw	s9,116(sp)
	sw	s10,112(sp)
	sw	s11,108(sp)
	sw	a5,24(sp)
	sw	ra,156(sp)
	sw	s4,136(sp)
	li	a5,48
	li	s10,0
	li	s2,0
	li	s5,0
	addi	s1,sp,65
	addi	s11,t1,%lo(.LANCHOR0)
	addi	s9,sp,52
	li	s0,0
	addi	s6,s6,819
	addi	s7,s7,-241
	sw	a4,44(sp)
.L49:
	sb	a5,79(sp)
	srli	a3,s10,4
	mv	a5,s3
.L38:
	andi	a4,a3,15
	add	a4,s11,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	a3,a3,4
	sb	a4,7(a5)
	bne	s1,a5,.L38
	mv	a0,s3
	sb	zero,80(sp)
	call	strlen
	mv	a2,a0
	mv	a1,s3
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	lw	a1,16(sp)
	li	a2,6
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a5,28(sp)
	srli	s4,s10,1
	and	s4,s4,a5
	sub	a5,s10,s4
	srli	a4,a5,2
	and	a4,a4,s6
	and	a5,a5,s6
	add	a5,a5,a4
	srli	a4,a5,4
	add	a5,a4,a5
	and	a5,a5,s7
	slli	a0,a5,8
	add	a0,a0,a5
	slli	a5,a0,16
	add	a0,a0,a5
	srli	a0,a0,24
	call	put_int
	lw	a1,12(sp)
	li	a0,1
	li	a2,5
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,32
	beq	s10,zero,.L39
	li	a5,65536
	bgeu	s10,a5,.L57
	slli	a5,s10,16
	li	a0,16
.L40:
	li	a4,16777216
	bgeu	a5,a4,.L41
	addi	a0,a0,8
	slli	a5,a5,8
.L41:
	li	a4,268435456
	bgeu	a5,a4,.L42
	addi	a0,a0,4
	slli	a5,a5,4
.L42:
	li	a4,1073741824
	bgeu	a5,a4,.L43
	addi	a0,a0,2
	slli	a5,a5,2
.L43:
	not	a5,a5
	srli	a5,a5,31
	add	a0,a0,a5
.L39:
	call	put_int
	lw	a1,8(sp)
	li	a0,1
	li	a2,5
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a5,32
	beq	s10,zero,.L44
	andi	a5,s10,1
	bne	a5,zero,.L59
	mv	a4,s10
.L45:
	srli	a4,a4,1
	andi	a3,a4,1
	addi	a5,a5,1
	beq	a3,zero,.L45
.L44:
	sb	zero,83(sp)
	mv	a4,s3
	li	a0,9
.L46:
	remu	a3,a5,s8
	mv	a1,a4
	addi	a4,a4,-1
	mv	a2,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,s8
	bgtu	a2,a0,.L46
	lw	a5,32(sp)
	add	a1,a5,a1
	add	a1,s3,a1
	mv	a0,a1
	sw	a1,4(sp)
	call	strlen
	mv	a2,a0
	lw	a1,4(sp)
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	lw	a1,24(sp)
	li	a2,5
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	srli	a5,s10,16
	xor	a5,a5,s10
	srli	a4,a5,8
	xor	a4,a4,a5
	srli	a5,a4,4
	xor	a5,a5,a4
	lw	a4,36(sp)
	andi	a5,a5,15
	sb	zero,95(sp)
	sra	a5,a4,a5
	andi	a5,a5,1
	addi	a5,a5,48
	sb	a5,94(sp)
	li	a0,1
	addi	a1,sp,94
	li	a2,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	lw	a1,20(sp)
	li	a2,5
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a5,40(sp)
	slli	a4,s10,1
	lw	a3,44(sp)
	and	a4,a4,a5
	or	a4,a4,s4
	srli	a5,a4,2
	slli	a4,a4,2
	and	a4,a4,a3
	and	a5,a5,s6
	or	a5,a5,a4
	li	a3,-252645376
	srli	a4,a5,4
	addi	a3,a3,240
	slli	a5,a5,4
	and	a5,a5,a3
	and	a4,a4,s7
	or	a4,a4,a5
	li	a3,16711680
	srli	a5,a4,8
	addi	a3,a3,255
	and	a5,a5,a3
	li	a3,-16711680
	slli	a4,a4,8
	addi	a3,a3,-256
	and	a4,a4,a3
	or	a5,a5,a4
	slli	a4,a5,16
	srli	a5,a5,16
	or	a5,a5,a4
	addi	a4,sp,60
.L47:
	andi	a3,a5,15
	add	a3,s11,a3
	lbu	a3,0(a3)
	addi	a4,a4,-1
	srli	a5,a5,4
	sb	a3,8(a4)
	bne	a4,s9,.L47
	addi	a0,sp,60
	sb	zero,68(sp)
	call	strlen
	mv	a2,a0
	addi	a1,sp,60
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	sb	s8,59(sp)
	addi	a1,sp,59
	li	a2,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	slli	a5,s2,1
	add	s0,s0,s2
	add	a5,a5,s2
	neg	a3,s0
	neg	a4,a5
	sll	s0,s10,s0
	srl	a3,s10,a3
	srl	a5,s10,a5
	sll	a4,s10,a4
	or	a5,a5,a4
	or	s0,s0,a3
	add	s0,s0,a5
	addi	s2,s2,1
	li	a5,7
	xor	s5,s5,s0
	beq	s2,a5,.L48
	slli	s0,s2,2
	add	a5,s11,s0
	lw	s10,64(a5)
	andi	a5,s10,15
	add	a5,s11,a5
	lbu	a5,0(a5)
	j	.L49
.L57:
	mv	a5,s10
	li	a0,0
	j	.L40
.L48:
	lui	a0,%hi(.LC6)
	mv	a1,s5
	addi	a0,a0,%lo(.LC6)
	call	line
	li	a1,1144201216
	lui	a0,%hi(.LC7)
	addi	a1,a1,529
	addi	a0,a0,%lo(.LC7)
	call	line
	lui	a0,%hi(.LC8)
	li	a1,4096
	addi	a0,a0,%lo(.LC8)
	call	line
	lui	a0,%hi(.LC9)
	li	a1,15785984
	addi	a0,a0,%lo(.LC9)
	call	line
	li	a1,4096
	lui	a0,%hi(.LC10)
	addi	a1,a1,-578
	addi	a0,a0,%lo(.LC10)
	call	line
	li	a1,-559042560
	lui	a0,%hi(.LC11)
	addi	a1,a1,-1073
	addi	a0,a0,%lo(.LC11)
	call	line
	lui	a0,%hi(.LC12)
	li	a1,-1
	addi	a0,a0,%lo(.LC12)
	call	line
	lui	a0,%hi(.LC13)
	li	a1,-125
	addi	a0,a0,%lo(.LC13)
	call	line
	li	a1,536870912
	lui	a0,%hi(.LC14)
	addi	a1,a1,-125
	addi	a0,a0,%lo(.LC14)
	call	line
	li	a6,0
	li	a3,7
	li	a4,8
.L51:
	srli	a5,a6,1
	xor	a5,a5,a6
	addi	a5,a5,48
	sb	zero,95(sp)
	sb	a5,94(sp)
	li	a0,1
	addi	a1,sp,94
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	mv	a1,s3
	li	a5,10
	beq	a6,a3,.L50
	li	a5,32
.L50:
	sb	a5,72(sp)
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a6,a6,1
	bne	a6,a4,.L51
	li	a3,-306675712
	li	a1,-1
	addi	a2,s11,20
	addi	a3,a3,800
	addi	t1,s11,63
.L53:
	lbu	a5,0(a2)
	mv	a4,a6
	addi	a2,a2,1
	xor	a1,a1,a5
.L52:
	andi	a5,a1,1
	neg	a5,a5
	srli	a1,a1,1
	and	a5,a5,a3
	addi	a4,a4,-1
	xor	a1,a1,a5
	bne	a4,zero,.L52
	bne	a2,t1,.L53
	lui	a0,%hi(.LC15)
	addi	a0,a0,%lo(.LC15)
	not	a1,a1
	call	line
	lui	a2,%hi(.LANCHOR1)
	li	a4,0
	addi	a2,a2,%lo(.LANCHOR1)
	li	a6,1
	li	a0,129
.L54:
	srai	a5,a4,5
	slli	a5,a5,2
	add	a5,a2,a5
	lw	a1,0(a5)
	sll	a3,a6,a4
	addi	a4,a4,3
	or	a3,a3,a1
	sw	a3,0(a5)
	bne	a4,a0,.L54
	li	a4,0
	li	s0,0
	li	a3,128
.L55:
	srai	a5,a4,5
	slli	a5,a5,2
	add	a5,a2,a5
	lw	a5,0(a5)
	srl	a5,a5,a4
	andi	a5,a5,1
	addi	a4,a4,1
	add	s0,s0,a5
	bne	a4,a3,.L55
	lui	a0,%hi(.LC16)
	addi	a0,a0,%lo(.LC16)
	call	put_str
	lui	a0,%hi(.LC17)
	addi	a0,a0,%lo(.LC17)
	call	put_str
	mv	a0,s0
	call	put_int
	li	a5,10
	sb	a5,84(sp)
	li	a0,1
	addi	a1,sp,84
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC18)
	addi	a0,a0,%lo(.LC18)
	li	a1,1
	call	line
	li	a4,1431654400
	srli	a5,s5,1
	addi	a4,a4,1365
	and	a5,a5,a4
	sub	s5,s5,a5
	li	a5,858992640
	srli	a4,s5,2
	addi	a5,a5,819
	and	s5,s5,a5
	and	a5,a4,a5
	add	a5,s5,a5
	srli	a4,a5,4
	add	a4,a4,a5
	li	a5,252645376
	addi	a5,a5,-241
	and	a4,a4,a5
	slli	a5,a4,8
	lw	ra,156(sp)
	lw	s0,152(sp)
	add	a5,a5,a4
	slli	a4,a5,16
	add	a5,a5,a4
	lw	s1,148(sp)
	lw	s2,144(sp)
	lw	s3,140(sp)
	lw	s4,136(sp)
	lw	s5,132(sp)
	lw	s6,128(sp)
	lw	s7,124(sp)
	lw	s8,120(sp)
	lw	s9,116(sp)
	lw	s10,112(sp)
	lw	s11,108(sp)
	srli	a0,a5,24
	addi	sp,sp,160
	jr	ra
.L59:
	li	a5,0
	j	.L44
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
.L75:
	j	.L75
	.size	_start, .-_start
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.zero	3
	.type	msg.1, @object
	.size	msg.1, 44
msg.1:
	.string	"The quick brown fox jumps over the lazy dog"
	.type	samples.2, @object
	.size	samples.2, 28
samples.2:
	.word	0
	.word	1
	.word	-2147483648
	.word	-1
	.word	305419896
	.word	15790080
	.word	-559038737
	.bss
	.align	2
	.set	.LANCHOR1,. + 0
	.type	bitset, @object
	.size	bitset, 16
bitset:
	.zero	16
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
