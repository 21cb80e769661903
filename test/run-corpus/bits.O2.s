	.file	"bits.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
 #APP
	.section .text._start,"ax",@progbits
.globl _start
.type _start, @function
_start:
  .option push
  .option norelax
  lui gp, %hi(__global_pointer$)
  addi gp, gp, %lo(__global_pointer$)
  .option pop
  lw a0, 0(sp)
  addi a1, sp, 4
  slli t0, a0, 2
  add t0, a1, t0
  addi t0, t0, 4
  lui t1, %hi(rt_envp)
  sw t0, %lo(rt_envp)(t1)
  call main
  li a7, 93
  ecall
1:
  j 1b
.size _start, .-_start
.text

 #NO_APP
	.align	2
	.type	clz, @function
clz:
	mv	a5,a0
	beq	a0,zero,.L7
	li	a4,65536
	li	a0,0
	bgeu	a5,a4,.L3
	slli	a5,a5,16
	li	a0,16
.L3:
	li	a4,16777216
	bgeu	a5,a4,.L4
	addi	a0,a0,8
	slli	a5,a5,8
.L4:
	li	a4,268435456
	bgeu	a5,a4,.L5
	addi	a0,a0,4
	slli	a5,a5,4
.L5:
	li	a4,1073741824
	bgeu	a5,a4,.L6
	addi	a0,a0,2
	slli	a5,a5,2
.L6:
	not	a5,a5
	srli	a5,a5,31
	add	a0,a0,a5
	ret
.L7:
	li	a0,32
	ret
	.size	clz, .-clz
	.align	2
	.type	reverse, @function
reverse:
	li	a4,1431654400
	srli	a5,a0,1
	addi	a4,a4,1365
	and	a5,a5,a4
	li	a4,-1431654400
	addi	a4,a4,-1366
	slli	a0,a0,1
	and	a0,a0,a4
	or	a5,a5,a0
	li	a3,858992640
	srli	a4,a5,2
	addi	a3,a3,819
	and	a4,a4,a3
	li	a3,-858992640
	addi	a3,a3,-820
	slli	a5,a5,2
	and	a5,a5,a3
	or	a4,a4,a5
	li	a3,252645376
	srli	a5,a4,4
	addi	a3,a3,-241
	and	a5,a5,a3
	li	a3,-252645376
	addi	a3,a3,240
	slli	a4,a4,4
	and	a4,a4,a3
	or	a5,a5,a4
	li	a4,16711680
	srli	a0,a5,8
	addi	a4,a4,255
	and	a0,a0,a4
	li	a4,-16711680
	addi	a4,a4,-256
	slli	a5,a5,8
	and	a5,a5,a4
	or	a5,a0,a5
	slli	a0,a5,16
	srli	a5,a5,16
	or	a0,a5,a0
	ret
	.size	reverse, .-reverse
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L12
	add	a2,a0,a2
	mv	a5,a0
.L13:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L13
.L12:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	memmove
	.type	memmove, @function
memmove:
	bltu	a0,a1,.L19
	addi	a5,a2,-1
	li	a6,-1
	beq	a2,zero,.L31
.L23:
	add	a4,a1,a5
	lbu	a3,0(a4)
	add	a4,a0,a5
	addi	a5,a5,-1
	sb	a3,0(a4)
	bne	a5,a6,.L23
.L25:
	ret
.L19:
	beq	a2,zero,.L25
	add	a2,a0,a2
	mv	a5,a0
.L22:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a2,a5,.L22
	ret
.L31:
	ret
	.size	memmove, .-memmove
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L38
.L34:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L34
.L38:
	ret
	.size	memset, .-memset
	.align	2
	.globl	memcmp
	.type	memcmp, @function
memcmp:
	beq	a2,zero,.L43
	add	a2,a1,a2
	j	.L42
.L41:
	beq	a1,a2,.L43
.L42:
	lbu	a5,0(a0)
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a1,a1,1
	beq	a5,a4,.L41
	sub	a0,a5,a4
	ret
.L43:
	li	a0,0
	ret
	.size	memcmp, .-memcmp
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L48
	mv	a5,a0
.L47:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L47
	sub	a0,a5,a0
	ret
.L48:
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
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	put_str, .-put_str
	.align	2
	.type	put_uint, @function
put_uint:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sb	zero,15(sp)
	addi	a5,sp,4
	li	a3,10
	li	a6,9
.L53:
	remu	a4,a0,a3
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,a3
	bgtu	a2,a6,.L53
	add	s0,a1,a3
	mv	a0,s0
	call	strlen
	mv	a2,a0
	mv	a1,s0
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_uint, .-put_uint
	.align	2
	.type	put_int, @function
put_int:
	blt	a0,zero,.L61
	tail	put_uint
.L61:
	addi	sp,sp,-16
	li	a4,45
	mv	a5,a0
	sb	a4,15(sp)
	li	a0,1
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	neg	a0,a5
	addi	sp,sp,16
	tail	put_uint
	.size	put_int, .-put_int
	.section	.rodata.str1.4,"aMS",@progbits,1
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
	mv	s0,a1
	call	put_str
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	put_str
	mv	a0,s0
	call	put_int
	li	a5,10
	sb	a5,15(sp)
	li	a0,1
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_kv, .-put_kv
	.align	2
	.type	put_hex, @function
put_hex:
	addi	sp,sp,-32
	sw	s0,24(sp)
	lui	a3,%hi(.LANCHOR0)
	addi	s0,sp,4
	sw	ra,28(sp)
	add	a5,s0,a1
	addi	a3,a3,%lo(.LANCHOR0)
.L65:
	andi	a4,a0,15
	add	a4,a3,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	a0,a0,4
	sb	a4,0(a5)
	bne	s0,a5,.L65
	addi	a5,a1,16
	add	a1,a5,sp
	mv	a0,s0
	sb	zero,-12(a1)
	call	strlen
	mv	a2,a0
	mv	a1,s0
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_hex, .-put_hex
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	" = 0x"
	.text
	.align	2
	.type	put_kx, @function
put_kx:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	mv	s0,a1
	call	put_str
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	put_str
	mv	a0,s0
	li	a1,8
	call	put_hex
	li	a5,10
	sb	a5,15(sp)
	li	a0,1
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_kx, .-put_kx
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	or	a5,a2,a3
	beq	a5,zero,.L80
	mv	t5,a1
	addi	sp,sp,-16
	sw	s0,12(sp)
	mv	t0,a0
	li	a1,0
	li	a0,0
	li	a6,63
	li	a4,0
	li	a7,0
	slli	s0,t5,1
	li	t2,31
	li	t6,1
	li	t4,-1
	j	.L79
.L88:
	sll	t1,t6,t1
	li	a5,0
.L78:
	or	a0,a0,a5
	or	a1,a1,t1
.L75:
	addi	a6,a6,-1
	beq	a6,t4,.L87
.L79:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L74
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L74:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L75
	bne	a3,a5,.L81
	bgtu	a2,a4,.L75
.L81:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L88
	li	t1,0
	sll	a5,t6,a6
	j	.L78
.L87:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L80:
	li	a0,-1
	li	a1,-1
	ret
	.size	__udivdi3, .-__udivdi3
	.align	2
	.globl	__umoddi3
	.type	__umoddi3, @function
__umoddi3:
	or	a5,a2,a3
	mv	t4,a0
	mv	t2,a1
	beq	a5,zero,.L97
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,t2,1
	li	t6,31
	li	t5,-1
.L96:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L93
	srl	a7,t2,t1
.L93:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L94
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L98
	bgtu	a2,a0,.L94
.L98:
	mv	a0,a6
	sub	a1,t1,a7
.L94:
	bne	a5,t5,.L96
	ret
.L97:
	ret
	.size	__umoddi3, .-__umoddi3
	.align	2
	.globl	__divdi3
	.type	__divdi3, @function
__divdi3:
	addi	sp,sp,-16
	sw	s1,8(sp)
	sw	s2,4(sp)
	sw	s0,12(sp)
	sw	s3,0(sp)
	mv	s1,a1
	mv	s2,a3
	mv	t2,a0
	mv	t6,a1
	bge	a1,zero,.L101
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L101:
	mv	t5,a2
	mv	t1,s2
	blt	s2,zero,.L125
	or	s3,a2,s2
	li	a0,-1
	li	a1,-1
	bne	s3,zero,.L105
.L100:
	lw	s0,12(sp)
	lw	s1,8(sp)
	lw	s2,4(sp)
	lw	s3,0(sp)
	addi	sp,sp,16
	jr	ra
.L125:
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
	or	s3,a2,s2
.L105:
	li	a0,0
	li	a1,0
	li	a2,63
	li	a4,0
	li	a6,0
	slli	s0,t6,1
	li	a3,31
	li	t0,1
	li	t4,-1
	j	.L114
.L127:
	sll	a7,t0,a7
	li	a5,0
.L113:
	or	a0,a0,a5
	or	a1,a1,a7
.L110:
	addi	a2,a2,-1
	beq	a2,t4,.L126
.L114:
	srli	t3,a4,31
	slli	a5,a6,1
	addi	a7,a2,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a6,t6,a7
	bge	a7,zero,.L109
	sub	t3,a3,a2
	sll	t3,s0,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L109:
	andi	a6,a6,1
	or	a4,a6,a4
	mv	a6,a5
	bgtu	t1,a5,.L110
	bne	t1,a5,.L120
	bgtu	t5,a4,.L110
.L120:
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
	mv	a4,t3
	sub	a6,a5,a6
	bge	a7,zero,.L127
	li	a7,0
	sll	a5,t0,a2
	j	.L113
.L126:
	beq	s3,zero,.L119
	xor	s1,s1,s2
	bge	s1,zero,.L100
	lw	s0,12(sp)
	snez	a5,a0
	neg	a1,a1
	lw	s1,8(sp)
	lw	s2,4(sp)
	lw	s3,0(sp)
	sub	a1,a1,a5
	neg	a0,a0
	addi	sp,sp,16
	jr	ra
.L119:
	li	a0,-1
	li	a1,-1
	j	.L100
	.size	__divdi3, .-__divdi3
	.align	2
	.globl	__moddi3
	.type	__moddi3, @function
__moddi3:
	addi	sp,sp,-16
	sw	s0,12(sp)
	mv	t0,a2
	mv	s0,a1
	mv	a7,a3
	mv	t3,a0
	blt	a1,zero,.L154
	mv	t2,a1
	blt	a3,zero,.L131
	or	a5,a2,a3
	bne	a5,zero,.L135
.L128:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L131:
	snez	a7,a2
	neg	a3,a3
	neg	t0,a2
	sub	a7,a3,a7
.L135:
	li	a5,63
	li	a0,0
	li	a2,0
	slli	t6,t2,1
	li	t5,31
	li	t4,-1
.L143:
	sub	a3,t5,a5
	srli	t1,a0,31
	slli	a4,a2,1
	sll	a3,t6,a3
	srl	a2,t3,a5
	addi	a6,a5,-32
	or	a4,t1,a4
	slli	a0,a0,1
	or	a2,a3,a2
	blt	a6,zero,.L140
	srl	a2,t2,a6
.L140:
	andi	a2,a2,1
	or	a0,a2,a0
	addi	a5,a5,-1
	mv	a2,a4
	bgtu	a7,a4,.L141
	sub	a3,a0,t0
	sgtu	a6,a3,a0
	sub	t1,a4,a7
	bne	a7,a4,.L148
	bgtu	t0,a0,.L141
.L148:
	mv	a0,a3
	sub	a2,t1,a6
.L141:
	bne	a5,t4,.L143
	mv	a1,a2
	bge	s0,zero,.L128
	lw	s0,12(sp)
	snez	a5,a0
	neg	a2,a2
	neg	a0,a0
	sub	a1,a2,a5
	addi	sp,sp,16
	jr	ra
.L154:
	snez	a5,a0
	neg	t2,a1
	sub	t2,t2,a5
	neg	t3,a0
	blt	a3,zero,.L131
	or	a5,a2,a3
	bne	a5,zero,.L135
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__moddi3, .-__moddi3
	.section	.rodata.str1.4
	.align	2
.LC2:
	.string	" ctz "
	.align	2
.LC3:
	.string	" clz "
	.align	2
.LC4:
	.string	": pop "
	.align	2
.LC5:
	.string	"0x"
	.align	2
.LC6:
	.string	" pow2 0x"
	.align	2
.LC7:
	.string	" parity "
	.align	2
.LC8:
	.string	" bswap 0x"
	.align	2
.LC9:
	.string	" rev 0x"
	.align	2
.LC10:
	.string	"implementations agree"
	.align	2
.LC11:
	.string	"mixed hash"
	.align	2
.LC12:
	.string	"next permutations of 0b111:"
	.align	2
.LC13:
	.string	" 0x"
	.align	2
.LC14:
	.string	"lowest set bit of 0x6800"
	.align	2
.LC15:
	.string	"clear lowest of 0x6800"
	.align	2
.LC16:
	.string	"sext(0x1f, 5)"
	.align	2
.LC17:
	.string	"sext(0x7ff, 12)"
	.align	2
.LC18:
	.string	"sext(0x800, 12)"
	.align	2
.LC19:
	.string	"bit fields: "
	.align	2
.LC20:
	.string	" word 0x"
	.align	2
.LC23:
	.string	"pop64(0xf0f0...)"
	.align	2
.LC24:
	.string	"pop64(-1)"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	lui	a5,%hi(.LC2)
	addi	sp,sp,-176
	addi	a5,a5,%lo(.LC2)
	sw	a5,8(sp)
	lui	a5,%hi(.LC3)
	addi	a5,a5,%lo(.LC3)
	sw	a5,12(sp)
	lui	a5,%hi(.LC4)
	addi	a5,a5,%lo(.LC4)
	sw	a5,16(sp)
	lui	a5,%hi(.LC5)
	addi	a5,a5,%lo(.LC5)
	sw	a5,20(sp)
	lui	a5,%hi(.LC6)
	addi	a5,a5,%lo(.LC6)
	sw	a5,24(sp)
	lui	a5,%hi(.LC7)
	addi	a5,a5,%lo(.LC7)
	sw	a5,28(sp)
	lui	a5,%hi(.LC8)
	addi	a5,a5,%lo(.LC8)
	sw	a5,32(sp)
	lui	a5,%hi(.LC9)
	addi	a5,a5,%lo(.LC9)
	sw	s1,164(sp)
	sw	a5,36(sp)
	lui	s1,%hi(.LANCHOR0)
	li	a5,28672
	addi	s1,s1,%lo(.LANCHOR0)
	sw	s7,140(sp)
	sw	s8,136(sp)
	sw	s9,132(sp)
	sw	s10,128(sp)
	li	s7,858992640
	li	s10,1431654400
	li	s9,252645376
	li	s8,65536
	addi	a5,a5,-1642
	sw	s2,160(sp)
	sw	s3,156(sp)
	sw	s4,152(sp)
	sw	s5,148(sp)
	sw	s6,144(sp)
	sw	s11,124(sp)
	sw	ra,172(sp)
	sw	s0,168(sp)
	sw	a0,44(sp)
	addi	s6,s1,20
	addi	s11,s1,60
	addi	s5,sp,56
	addi	s4,sp,92
	addi	s3,sp,80
	addi	s2,sp,68
	addi	s10,s10,1365
	addi	s7,s7,819
	addi	s9,s9,-241
	addi	s8,s8,-256
	sw	a5,40(sp)
.L161:
	lw	s0,0(s6)
	li	a0,1
	lw	a1,20(sp)
	li	a2,2
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a5,sp,64
	mv	a3,s0
.L156:
	andi	a4,a3,15
	add	a4,s1,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	a3,a3,4
	sb	a4,8(a5)
	bne	a5,s5,.L156
	addi	a0,sp,64
	sb	zero,72(sp)
	call	strlen
	mv	a2,a0
	addi	a1,sp,64
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	lw	a1,16(sp)
	li	a2,6
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	srli	a5,s0,1
	and	a5,a5,s10
	sub	a5,s0,a5
	srli	a4,a5,2
	and	a4,a4,s7
	and	a5,a5,s7
	add	a5,a5,a4
	srli	a4,a5,4
	add	a4,a4,a5
	and	a4,a4,s9
	slli	a5,a4,8
	add	a5,a5,a4
	slli	a4,a5,16
	add	a5,a5,a4
	srli	a0,a5,24
	call	put_uint
	lw	a1,12(sp)
	li	a0,1
	li	a2,5
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a0,s0
	call	clz
	call	put_uint
	lw	a1,8(sp)
	li	a0,1
	li	a2,5
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,32
	beq	s0,zero,.L157
	neg	a0,s0
	and	a0,a0,s0
	call	clz
	li	a5,31
	sub	a0,a5,a0
.L157:
	call	put_uint
	li	a0,1
	lw	a1,36(sp)
	li	a2,7
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a0,s0
	call	reverse
	addi	a5,sp,100
.L158:
	andi	a4,a0,15
	add	a4,s1,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	a0,a0,4
	sb	a4,8(a5)
	bne	a5,s4,.L158
	addi	a0,sp,100
	sb	zero,108(sp)
	call	strlen
	mv	a2,a0
	addi	a1,sp,100
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	lw	a1,32(sp)
	li	a2,9
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	srli	a3,s0,24
	slli	a4,s0,24
	srli	a5,s0,8
	or	a4,a4,a3
	and	a5,a5,s8
	or	a4,a4,a5
	slli	a3,s0,8
	li	a5,16711680
	and	a5,a3,a5
	or	a4,a4,a5
	addi	a5,sp,88
.L159:
	andi	a3,a4,15
	add	a3,s1,a3
	lbu	a3,0(a3)
	addi	a5,a5,-1
	srli	a4,a4,4
	sb	a3,8(a5)
	bne	a5,s3,.L159
	addi	a0,sp,88
	sb	zero,96(sp)
	call	strlen
	mv	a2,a0
	addi	a1,sp,88
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	lw	a1,28(sp)
	li	a2,8
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	srli	a4,s0,16
	xor	a4,a4,s0
	srli	a5,a4,8
	xor	a5,a5,a4
	srli	a4,a5,4
	xor	a0,a5,a4
	lw	a5,40(sp)
	andi	a0,a0,15
	srl	a0,a5,a0
	andi	a0,a0,1
	call	put_uint
	li	a0,1
	lw	a1,24(sp)
	li	a2,8
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a5,s0,-1
	srli	a4,a5,1
	or	a5,a5,a4
	srli	a4,a5,2
	or	a5,a5,a4
	srli	a4,a5,4
	or	a5,a5,a4
	srli	a4,a5,8
	or	a5,a5,a4
	srli	a4,a5,16
	or	a5,a5,a4
	addi	a5,a5,1
	addi	a4,sp,76
.L160:
	andi	a3,a5,15
	add	a3,s1,a3
	lbu	a3,0(a3)
	addi	a4,a4,-1
	srli	a5,a5,4
	sb	a3,8(a4)
	bne	a4,s2,.L160
	addi	a0,sp,76
	sb	zero,84(sp)
	call	strlen
	mv	a2,a0
	addi	a1,sp,76
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a5,10
	sb	a5,63(sp)
	li	a0,1
	addi	a1,sp,63
	li	a2,1
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s6,s6,4
	bne	s11,s6,.L161
	li	a5,1
	sw	a5,12(sp)
	li	a5,32768
	addi	a5,a5,1056
	li	s5,252645376
	li	t1,625340416
	lui	s11,%hi(.LANCHOR1)
	sw	a5,24(sp)
	li	s6,1431654400
	li	s3,858992640
	addi	a5,s5,-241
	li	s4,4096
	li	s0,0
	li	a6,0
	addi	s9,t1,1169
	addi	s11,s11,%lo(.LANCHOR1)
	li	s8,256
	addi	s6,s6,1365
	addi	s3,s3,819
	sw	a5,8(sp)
	addi	s4,s4,904
.L171:
	slli	a5,s9,13
	xor	a5,a5,s9
	srli	a7,a5,17
	xor	a7,a7,a5
	slli	t3,a7,5
	xor	s9,t3,a7
	srli	s2,s9,1
	beq	t3,a7,.L176
	mv	a5,s9
	li	s10,0
.L163:
	addi	a4,a5,-1
	and	a5,a5,a4
	addi	s10,s10,1
	bne	a5,zero,.L163
	and	a5,s2,s6
	sub	a5,s9,a5
	srli	a4,a5,2
	and	a4,a4,s3
	and	a5,a5,s3
	add	a5,a5,a4
	srli	a4,a5,4
	add	a4,a4,a5
	lw	a5,8(sp)
	and	a4,a4,a5
	slli	a5,a4,8
	add	a5,a5,a4
	slli	a4,a5,16
	add	a5,a5,a4
	srli	a5,a5,24
	beq	s10,a5,.L162
	slli	a5,a6,5
	srli	s5,a6,27
	mv	a0,s9
	or	s5,s5,a5
	call	clz
	slli	a5,a0,5
	add	s7,a5,a0
	sw	zero,12(sp)
.L174:
	neg	a0,s9
	and	a0,a0,s9
	call	clz
	li	a5,31
	sub	a0,a5,a0
	slli	a4,a0,5
	add	a4,a4,a0
	slli	a4,a4,5
	add	a4,a4,a0
.L170:
	add	a5,s7,s10
	xor	a6,s9,s5
	add	a5,a5,a4
	xor	a6,a6,s2
	addi	s0,s0,1
	xor	a6,a5,a6
	bne	s0,s4,.L171
	lw	a1,12(sp)
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	sw	a6,8(sp)
	call	put_kv
	lw	a6,8(sp)
	lui	a0,%hi(.LC11)
	addi	a0,a0,%lo(.LC11)
	mv	a1,a6
	call	put_kx
	lui	a0,%hi(.LC12)
	addi	a0,a0,%lo(.LC12)
	call	put_str
	lw	a6,8(sp)
	lui	s3,%hi(.LC13)
	addi	s3,s3,%lo(.LC13)
	li	s2,8
	li	s5,7
	li	s4,32
.L173:
	sw	a6,8(sp)
	li	a0,1
	mv	a1,s3
	li	a2,3
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	srli	a5,s5,4
	andi	a4,s5,15
	add	a4,s1,a4
	andi	a5,a5,15
	lbu	a4,0(a4)
	add	a5,s1,a5
	lbu	a5,0(a5)
	slli	a4,a4,8
	addi	a0,sp,100
	or	a5,a5,a4
	sh	a5,100(sp)
	sb	zero,102(sp)
	call	strlen
	mv	a2,a0
	addi	a1,sp,100
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a5,s5,-1
	or	a5,a5,s5
	addi	s6,a5,1
	not	a5,a5
	and	a5,a5,s6
	neg	a0,s5
	addi	s0,a5,-1
	lw	a6,8(sp)
	and	a0,a0,s5
	addi	s2,s2,-1
	li	a5,33
	beq	s5,zero,.L172
	call	clz
	lw	a6,8(sp)
	sub	a5,s4,a0
.L172:
	srl	s0,s0,a5
	or	s5,s0,s6
	bne	s2,zero,.L173
	li	s1,10
	sw	a6,8(sp)
	sb	s1,100(sp)
	li	a0,1
	addi	a1,sp,100
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a1,4096
	lui	a0,%hi(.LC14)
	addi	a1,a1,-2048
	addi	a0,a0,%lo(.LC14)
	call	put_kx
	lui	a0,%hi(.LC15)
	addi	a0,a0,%lo(.LC15)
	li	a1,24576
	call	put_kx
	lui	a0,%hi(.LC16)
	addi	a0,a0,%lo(.LC16)
	li	a1,-1
	call	put_kv
	lui	a0,%hi(.LC17)
	addi	a0,a0,%lo(.LC17)
	li	a1,2047
	call	put_kv
	lui	a0,%hi(.LC18)
	li	a1,-2048
	addi	a0,a0,%lo(.LC18)
	call	put_kv
	lw	a5,44(sp)
	lui	a0,%hi(.LC19)
	addi	a0,a0,%lo(.LC19)
	addi	s0,a5,12
	li	a5,-2146959360
	andi	s0,s0,7
	addi	a5,a5,-136
	or	a5,s0,a5
	sw	a5,100(sp)
	call	put_str
	mv	a0,s0
	call	put_uint
	li	s0,32
	sb	s0,88(sp)
	li	a0,1
	addi	a1,sp,88
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lb	a0,100(sp)
	srai	a0,a0,3
	call	put_int
	li	a0,1
	sb	s0,88(sp)
	addi	a1,sp,88
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a0,100(sp)
	srli	a0,a0,8
	andi	a0,a0,2047
	call	put_uint
	li	a0,1
	sb	s0,88(sp)
	addi	a1,sp,88
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a0,100(sp)
	srai	a0,a0,19
	call	put_int
	lui	a0,%hi(.LC20)
	addi	a0,a0,%lo(.LC20)
	call	put_str
	lw	a0,100(sp)
	li	a1,8
	call	put_hex
	li	a0,1
	sb	s1,88(sp)
	addi	a1,sp,88
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a5,%hi(.LC21)
	lw	a3,%lo(.LC21)(a5)
	andi	t1,s9,1
	lui	a5,%hi(.LC22)
	lw	a1,%lo(.LC22)(a5)
	add	a4,t1,a3
	li	a2,858992640
	sltu	a5,a4,t1
	addi	a2,a2,819
	and	a4,a4,a2
	add	a5,a5,a3
	and	a5,a5,a2
	add	a3,a4,a1
	sltu	a4,a3,a4
	add	a5,a5,a1
	li	a2,252645376
	addi	a2,a2,-241
	add	a5,a4,a5
	and	a5,a5,a2
	and	a4,a3,a2
	li	a3,16842752
	addi	a3,a3,257
	add	a5,a4,a5
	mul	a5,a5,a3
	lui	a0,%hi(.LC23)
	addi	a0,a0,%lo(.LC23)
	mulhu	a4,a4,a3
	add	a5,a5,a4
	srli	a1,a5,24
	call	put_kv
	lui	a0,%hi(.LC24)
	addi	a0,a0,%lo(.LC24)
	li	a1,64
	call	put_kv
	lw	a6,8(sp)
	lw	ra,172(sp)
	lw	s0,168(sp)
	lw	s1,164(sp)
	lw	s2,160(sp)
	lw	s3,156(sp)
	lw	s4,152(sp)
	lw	s5,148(sp)
	lw	s6,144(sp)
	lw	s7,140(sp)
	lw	s8,136(sp)
	lw	s9,132(sp)
	lw	s10,128(sp)
	lw	s11,124(sp)
	srli	a0,a6,26
	addi	sp,sp,176
	jr	ra
.L176:
	li	s10,0
.L162:
	lbu	a5,255(s11)
	bne	a5,zero,.L169
	addi	a3,s11,1
	li	a5,1
.L168:
	srli	a4,a5,1
	add	a4,s11,a4
	lbu	a4,0(a4)
	andi	a2,a5,1
	addi	a5,a5,1
	add	a4,a4,a2
	sb	a4,0(a3)
	addi	a3,a3,1
	bne	a5,s8,.L168
.L169:
	srli	a5,s9,8
	srli	s5,s9,16
	andi	a5,a5,255
	andi	a3,s9,255
	add	a3,s11,a3
	add	a5,s11,a5
	andi	a2,s5,255
	lbu	a0,0(a3)
	lbu	a5,0(a5)
	add	a2,s11,a2
	srli	a3,s9,24
	lbu	a2,0(a2)
	add	a3,s11,a3
	lbu	a3,0(a3)
	add	a5,a5,a0
	add	a5,a5,a2
	add	a5,a5,a3
	beq	s10,a5,.L200
.L179:
	sw	zero,12(sp)
.L166:
	slli	a5,a6,5
	srli	s5,a6,27
	mv	a0,s9
	sw	a7,20(sp)
	sw	t3,16(sp)
	or	s5,s5,a5
	call	clz
	lw	t3,16(sp)
	lw	a7,20(sp)
	slli	a5,a0,5
	lw	a4,24(sp)
	add	s7,a5,a0
	beq	t3,a7,.L170
	j	.L174
.L200:
	mv	a0,s9
	sw	a6,28(sp)
	sw	a7,20(sp)
	sw	t3,16(sp)
	call	reverse
	call	reverse
	lw	t3,16(sp)
	lw	a7,20(sp)
	lw	a6,28(sp)
	bne	a0,s9,.L179
	andi	a5,s0,31
	neg	a2,a5
	neg	a3,s0
	andi	a3,a3,31
	srl	a2,s9,a2
	sll	a5,s9,a5
	or	a5,a5,a2
	neg	a2,a3
	sll	a3,a5,a3
	srl	a5,a5,a2
	or	a5,a3,a5
	bne	s9,a5,.L179
	xor	a5,s9,s5
	srli	a4,a5,8
	xor	a5,a5,a4
	srli	a4,a5,4
	xor	a5,a5,a4
	li	a4,28672
	andi	a5,a5,15
	addi	a4,a4,-1642
	srl	a5,a4,a5
	xor	a5,a5,s10
	andi	a5,a5,1
	beq	a5,zero,.L166
	j	.L179
	.size	main, .-main
	.globl	rt_envp
	.section	.srodata.cst8,"aM",@progbits,8
	.align	3
.LC21:
	.word	-1600085856
	.word	-1600085856
	.align	3
.LC22:
	.word	606348324
	.word	606348324
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.zero	3
	.type	samples.2, @object
	.size	samples.2, 40
samples.2:
	.word	0
	.word	1
	.word	-2147483648
	.word	-1
	.word	305419896
	.word	-559038737
	.word	15728880
	.word	2147483647
	.word	96
	.word	1048576
	.bss
	.align	2
	.set	.LANCHOR1,. + 0
	.type	t.1, @object
	.size	t.1, 256
t.1:
	.zero	256
	.section	.sbss,"aw",@nobits
	.align	2
	.type	rt_envp, @object
	.size	rt_envp, 4
rt_envp:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
