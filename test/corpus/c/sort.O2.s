	.file	"sort.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	quicksort.constprop.0, @function
quicksort.constprop.0:
	ble	a1,a0,.L21
	addi	sp,sp,-16
	sw	s1,4(sp)
	lui	s1,%hi(.LANCHOR0)
	sw	s2,0(sp)
	sw	ra,12(sp)
	sw	s0,8(sp)
	mv	s2,a1
	addi	s1,s1,%lo(.LANCHOR0)
.L2:
	sub	a5,s2,a0
	srai	a5,a5,1
	add	a5,a5,a0
	slli	a5,a5,2
	add	a5,s1,a5
	lw	a2,0(a5)
	mv	a1,s2
	mv	s0,a0
.L7:
	bgt	s0,a1,.L8
.L26:
	slli	a5,s0,2
	add	a7,s1,a5
	lw	a3,0(a7)
	slli	a4,a1,2
	add	t1,s1,a4
	addi	a5,a5,4
	lw	a6,0(t1)
	add	a5,s1,a5
	ble	a2,a3,.L25
.L4:
	lw	a3,0(a5)
	mv	a7,a5
	addi	s0,s0,1
	addi	a5,a5,4
	bgt	a2,a3,.L4
	bge	a2,a6,.L5
.L12:
	addi	a5,a4,-4
	add	a5,s1,a5
.L6:
	lw	a6,0(a5)
	mv	a4,a5
	addi	a1,a1,-1
	addi	a5,a5,-4
	blt	a2,a6,.L6
	mv	t1,a4
.L5:
	blt	a1,s0,.L7
	sw	a6,0(a7)
	sw	a3,0(t1)
	addi	s0,s0,1
	addi	a1,a1,-1
.L27:
	ble	s0,a1,.L26
.L8:
	call	quicksort.constprop.0
	ble	s2,s0,.L1
	mv	a0,s0
	j	.L2
.L25:
	blt	a2,a6,.L12
	sw	a6,0(a7)
	sw	a3,0(t1)
	addi	s0,s0,1
	addi	a1,a1,-1
	j	.L27
.L1:
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	lw	s2,0(sp)
	addi	sp,sp,16
	jr	ra
.L21:
	ret
	.size	quicksort.constprop.0, .-quicksort.constprop.0
	.align	2
	.type	sift_down.constprop.0, @function
sift_down.constprop.0:
	slli	a6,a0,1
	ble	a1,a6,.L28
	lui	a2,%hi(.LANCHOR0)
	addi	a2,a2,%lo(.LANCHOR0)
	slli	a4,a0,2
	add	a5,a2,a4
	lw	a7,0(a5)
.L34:
	addi	a5,a6,1
	slli	a3,a5,2
	add	a3,a2,a3
	lw	t1,0(a3)
	add	t3,a2,a4
	bgt	t1,a7,.L30
	blt	a5,a1,.L31
	ret
.L30:
	bge	a5,a1,.L33
	lw	a4,4(a3)
	blt	t1,a4,.L35
.L33:
	slli	a4,a5,2
	add	a3,a2,a4
	slli	a6,a5,1
	beq	a5,a0,.L28
	lw	t1,0(a3)
	mv	a0,a5
	sw	t1,0(t3)
	sw	a7,0(a3)
	blt	a6,a1,.L34
	ret
.L31:
	lw	a5,4(a3)
	ble	a5,a7,.L28
.L35:
	addi	a5,a6,2
	j	.L33
.L28:
	ret
	.size	sift_down.constprop.0, .-sift_down.constprop.0
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L38
	add	a2,a0,a2
	mv	a5,a0
.L39:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L39
.L38:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L50
.L46:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L46
.L50:
	ret
	.size	memset, .-memset
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L54
	mv	a5,a0
.L53:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L53
	sub	a0,a5,a0
	ret
.L54:
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
	.string	" sorted "
	.align	2
.LC1:
	.string	" NOT sorted "
	.text
	.align	2
	.type	check.constprop.0, @function
check.constprop.0:
	addi	sp,sp,-32
	lui	a4,%hi(.LANCHOR0)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	ra,28(sp)
	addi	a4,a4,%lo(.LANCHOR0)
	li	s1,1
	li	a3,0
	li	s0,0
	li	a1,64
.L63:
	lw	a5,0(a4)
	slli	a2,s0,5
	sub	s0,a2,s0
	add	s0,a5,s0
	beq	a3,zero,.L70
	lw	a2,-4(a4)
	addi	a3,a3,1
	addi	a4,a4,4
	slt	a5,a5,a2
	addi	a5,a5,-1
	and	s1,s1,a5
	bne	a3,a1,.L63
	call	put_str
	bne	s1,zero,.L67
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
.L64:
	call	put_str
	lui	a3,%hi(.LANCHOR1)
	addi	a5,sp,4
	addi	a2,sp,-4
	addi	a3,a3,%lo(.LANCHOR1)
.L65:
	andi	a4,s0,15
	add	a4,a3,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	s0,s0,4
	sb	a4,8(a5)
	bne	a2,a5,.L65
	addi	a0,sp,4
	sb	zero,12(sp)
	call	put_str
	li	a5,10
	sb	a5,4(sp)
	li	a0,1
	addi	a1,sp,4
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,28(sp)
	lw	s0,24(sp)
	mv	a0,s1
	lw	s1,20(sp)
	addi	sp,sp,32
	jr	ra
.L70:
	addi	a4,a4,4
	li	a3,1
	j	.L63
.L67:
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	j	.L64
	.size	check.constprop.0, .-check.constprop.0
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
.L72:
	remu	a4,a0,a3
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,a3
	bgtu	a2,a6,.L72
	add	s0,a1,a3
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
	.size	put_uint, .-put_uint
	.section	.rodata.str1.4
	.align	2
.LC2:
	.string	" = "
	.text
	.align	2
	.type	put_kv, @function
put_kv:
	addi	sp,sp,-32
	sw	s0,24(sp)
	sw	ra,28(sp)
	mv	s0,a1
	call	put_str
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	put_str
	blt	s0,zero,.L79
	mv	a0,s0
	call	put_uint
.L77:
	li	a5,10
	sb	a5,15(sp)
	li	a0,1
	addi	a1,sp,15
	li	a2,1
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
.L79:
	li	a5,45
	sb	a5,15(sp)
	li	a0,1
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	neg	a0,s0
	call	put_uint
	j	.L77
	.size	put_kv, .-put_kv
	.section	.rodata.str1.4
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
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	lui	t3,%hi(seed)
	addi	sp,sp,-96
	lui	t1,%hi(.LANCHOR0)
	lw	a4,%lo(seed)(t3)
	sw	s11,44(sp)
	lui	a5,%hi(.LANCHOR0+256)
	addi	s11,t1,%lo(.LANCHOR0)
	li	a0,1103515648
	li	a1,12288
	li	a2,32768
	sw	ra,92(sp)
	sw	s0,88(sp)
	sw	s1,84(sp)
	sw	s2,80(sp)
	sw	s3,76(sp)
	sw	s4,72(sp)
	sw	s5,68(sp)
	sw	s6,64(sp)
	sw	s7,60(sp)
	sw	s8,56(sp)
	sw	s9,52(sp)
	sw	s10,48(sp)
	addi	a3,a5,%lo(.LANCHOR0+256)
	addi	a7,s11,512
	addi	a0,a0,-403
	addi	a1,a1,57
	addi	a2,a2,-1
	li	a6,-16384
.L81:
	mul	a4,a4,a0
	addi	a3,a3,4
	add	a4,a4,a1
	srli	a5,a4,16
	and	a5,a5,a2
	add	a5,a5,a6
	sw	a5,-4(a3)
	bne	a3,a7,.L81
	lui	a5,%hi(.LANCHOR0+256)
	sw	a4,%lo(seed)(t3)
	addi	a5,a5,%lo(.LANCHOR0+256)
	mv	a4,s11
	addi	a6,s11,512
.L82:
	lw	a0,0(a5)
	lw	a1,4(a5)
	lw	a2,8(a5)
	lw	a3,12(a5)
	sw	a0,0(a4)
	sw	a1,4(a4)
	sw	a2,8(a4)
	sw	a3,12(a4)
	addi	a5,a5,16
	addi	a4,a4,16
	bne	a5,a6,.L82
	addi	a1,s11,4
	li	a0,0
	li	a6,63
.L86:
	lw	a2,0(a1)
	sw	s11,0(sp)
	mv	a5,a1
	j	.L83
.L85:
	sw	a4,0(a5)
	addi	a5,a3,-4
	beq	s11,a5,.L120
.L83:
	lw	a4,-4(a5)
	mv	a3,a5
	blt	a2,a4,.L85
	sw	a2,0(a3)
	addi	a0,a0,1
	addi	a1,a1,4
	bne	a0,a6,.L86
.L148:
	lui	a0,%hi(.LC3)
	addi	a0,a0,%lo(.LC3)
	call	check.constprop.0
	lui	a5,%hi(.LANCHOR0+256)
	mv	s0,a0
	addi	a5,a5,%lo(.LANCHOR0+256)
	mv	a4,s11
	addi	a6,s11,512
.L87:
	lw	a0,0(a5)
	lw	a1,4(a5)
	lw	a2,8(a5)
	lw	a3,12(a5)
	sw	a0,0(a4)
	sw	a1,4(a4)
	sw	a2,8(a4)
	sw	a3,12(a4)
	addi	a5,a5,16
	addi	a4,a4,16
	bne	a5,a6,.L87
	li	a1,63
	li	a0,0
	call	quicksort.constprop.0
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	check.constprop.0
	add	a5,s0,a0
	sw	a5,12(sp)
	lui	a5,%hi(.LANCHOR0+256)
	addi	a5,a5,%lo(.LANCHOR0+256)
	mv	a4,s11
	addi	a6,s11,512
.L88:
	lw	a0,0(a5)
	lw	a1,4(a5)
	lw	a2,8(a5)
	lw	a3,12(a5)
	sw	a0,0(a4)
	sw	a1,4(a4)
	sw	a2,8(a4)
	sw	a3,12(a4)
	addi	a5,a5,16
	addi	a4,a4,16
	bne	a5,a6,.L88
	li	a5,6
	sw	a5,8(sp)
	lui	s2,%hi(.LANCHOR0+512)
	li	a5,1
	sw	a5,4(sp)
	addi	s2,s2,%lo(.LANCHOR0+512)
	li	s3,64
.L89:
	lw	a5,4(sp)
	mv	s0,s2
	li	s10,0
	mv	s1,a5
	slli	a5,a5,1
	sw	a5,4(sp)
	slli	s4,a5,2
.L98:
	add	t5,s10,s1
	mv	s9,s10
	mv	s7,t5
	ble	t5,s3,.L90
	li	s7,64
.L90:
	add	s10,t5,s1
	mv	s6,s10
	ble	s10,s3,.L91
	li	s6,64
.L91:
	ble	s7,s9,.L121
	bge	s7,s6,.L122
	mv	a2,s0
	mv	s8,s9
	mv	s5,s7
	j	.L96
.L144:
	addi	s9,s9,1
	sw	a4,0(a2)
	addi	s8,s8,1
	ble	s7,s9,.L92
.L145:
	addi	a2,a2,4
	ble	s6,s5,.L93
.L96:
	slli	a4,s9,2
	slli	a5,s5,2
	add	a4,s11,a4
	add	a5,s11,a5
	lw	a4,0(a4)
	lw	a5,0(a5)
	ble	a4,a5,.L144
	mv	a4,a5
	sw	a4,0(a2)
	addi	s5,s5,1
	addi	s8,s8,1
	bgt	s7,s9,.L145
.L92:
	ble	s6,s5,.L100
	slli	a0,s8,2
	sub	a2,s6,s5
	slli	a1,s5,2
	slli	a2,a2,2
	add	a1,s11,a1
	add	a0,s2,a0
	call	memcpy
.L100:
	li	a5,63
	add	s0,s0,s4
	ble	s10,a5,.L98
	mv	a5,s2
	mv	a4,s11
.L101:
	lw	a3,12(a5)
	lw	a0,0(a5)
	lw	a1,4(a5)
	lw	a2,8(a5)
	sw	a3,12(a4)
	lui	a3,%hi(.LANCHOR0+768)
	sw	a0,0(a4)
	sw	a1,4(a4)
	sw	a2,8(a4)
	addi	a5,a5,16
	addi	a3,a3,%lo(.LANCHOR0+768)
	addi	a4,a4,16
	bne	a5,a3,.L101
	lw	a5,8(sp)
	addi	a5,a5,-1
	sw	a5,8(sp)
	bne	a5,zero,.L89
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	call	check.constprop.0
	lw	a5,12(sp)
	add	s2,a5,a0
	lui	a5,%hi(.LANCHOR0+256)
	addi	s10,a5,%lo(.LANCHOR0+256)
	addi	a0,s11,512
	mv	a5,s11
.L103:
	lw	a1,0(s10)
	lw	a2,4(s10)
	lw	a3,8(s10)
	lw	a4,12(s10)
	sw	a1,0(a5)
	sw	a2,4(a5)
	sw	a3,8(a5)
	sw	a4,12(a5)
	addi	s10,s10,16
	addi	a5,a5,16
	bne	s10,a0,.L103
	li	s0,31
	li	s1,-1
.L104:
	mv	a0,s0
	li	a1,63
	addi	s0,s0,-1
	call	sift_down.constprop.0
	bne	s0,s1,.L104
	addi	s1,s11,252
	li	s9,63
.L105:
	lw	a4,0(s11)
	lw	a5,0(s1)
	addi	s9,s9,-1
	sw	a4,0(s1)
	mv	a1,s9
	li	a0,0
	sw	a5,0(s11)
	addi	s1,s1,-4
	call	sift_down.constprop.0
	bne	s9,zero,.L105
	lui	a0,%hi(.LC6)
	addi	a0,a0,%lo(.LC6)
	call	check.constprop.0
	addi	s4,sp,20
	li	s6,10
	add	s7,s2,a0
	li	s10,0
	li	s8,9
	sub	s3,s6,s4
	li	s2,7
	li	s1,8
.L111:
	lw	a5,0(sp)
	lw	a5,0(a5)
	blt	a5,zero,.L146
	sb	zero,31(sp)
	mv	a4,s4
.L109:
	remu	a3,a5,s6
	mv	a1,a4
	addi	a4,a4,-1
	mv	a2,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,s6
	bgtu	a2,s8,.L109
	add	a1,s3,a1
	add	s5,s4,a1
.L143:
	mv	a0,s5
	call	strlen
	mv	a2,a0
	mv	a1,s5
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a5,10
	beq	s10,s2,.L110
	li	a5,32
.L110:
	sb	a5,19(sp)
	li	a0,1
	addi	a1,sp,19
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a5,0(sp)
	addi	s10,s10,1
	addi	a5,a5,32
	sw	a5,0(sp)
	bne	s10,s1,.L111
	lw	a2,324(s11)
	li	a3,0
	li	a4,63
.L115:
	add	a1,a3,a4
	srai	a1,a1,1
	slli	a5,a1,2
	add	a5,s11,a5
	lw	a5,0(a5)
	beq	a2,a5,.L112
	ble	a2,a5,.L113
	addi	a3,a1,1
	ble	a3,a4,.L115
.L147:
	mv	a1,s0
.L112:
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	call	put_kv
	li	a3,98304
	addi	a2,a3,1695
	li	a4,63
	addi	a3,a3,1694
.L119:
	add	a1,s9,a4
	srai	a1,a1,1
	slli	a5,a1,2
	add	a5,s11,a5
	lw	a5,0(a5)
	beq	a5,a2,.L116
	bgt	a5,a3,.L117
	addi	s9,a1,1
	ble	s9,a4,.L119
.L149:
	mv	a1,s0
.L116:
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	put_kv
	lw	ra,92(sp)
	lw	s0,88(sp)
	lw	s1,84(sp)
	lw	s2,80(sp)
	lw	s3,76(sp)
	lw	s4,72(sp)
	lw	s5,68(sp)
	lw	s6,64(sp)
	lw	s8,56(sp)
	lw	s9,52(sp)
	lw	s10,48(sp)
	lw	s11,44(sp)
	mv	a0,s7
	lw	s7,60(sp)
	addi	sp,sp,96
	jr	ra
.L122:
	mv	s5,s7
	mv	s8,s9
.L93:
	slli	a0,s8,2
	sub	a2,s7,s9
	slli	a1,s9,2
	slli	a2,a2,2
	add	a1,s11,a1
	add	a0,s2,a0
	call	memcpy
	add	t3,s8,s7
	sub	s8,t3,s9
	j	.L92
.L113:
	addi	a4,a1,-1
	ble	a3,a4,.L115
	j	.L147
.L120:
	mv	a3,s11
	sw	a2,0(a3)
	addi	a0,a0,1
	addi	a1,a1,4
	bne	a0,a6,.L86
	j	.L148
.L121:
	mv	s5,s7
	mv	s8,s9
	j	.L92
.L146:
	li	a4,45
	sb	a4,20(sp)
	li	a0,1
	mv	a1,s4
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	neg	a5,a5
	sb	zero,31(sp)
	mv	a4,s4
.L107:
	remu	a3,a5,s6
	mv	a1,a4
	addi	a4,a4,-1
	mv	a2,a5
	addi	a3,a3,48
	sb	a3,11(a4)
	divu	a5,a5,s6
	bgtu	a2,s8,.L107
	add	s5,a1,s6
	j	.L143
.L117:
	addi	a4,a1,-1
	ble	s9,a4,.L119
	j	.L149
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
.L151:
	j	.L151
	.size	_start, .-_start
	.section	.rodata
	.align	2
	.set	.LANCHOR1,. + 0
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	work, @object
	.size	work, 256
work:
	.zero	256
	.type	data, @object
	.size	data, 256
data:
	.zero	256
	.type	tmp, @object
	.size	tmp, 256
tmp:
	.zero	256
	.section	.sdata,"aw"
	.align	2
	.type	seed, @object
	.size	seed, 4
seed:
	.word	12345
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
