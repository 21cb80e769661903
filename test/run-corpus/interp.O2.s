	.file	"interp.c"
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
	.globl	memmove
	.type	memmove, @function
memmove:
	bltu	a0,a1,.L10
	addi	a5,a2,-1
	li	a6,-1
	beq	a2,zero,.L22
.L14:
	add	a4,a1,a5
	lbu	a3,0(a4)
	add	a4,a0,a5
	addi	a5,a5,-1
	sb	a3,0(a4)
	bne	a5,a6,.L14
.L16:
	ret
.L10:
	beq	a2,zero,.L16
	add	a2,a0,a2
	mv	a5,a0
.L13:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a2,a5,.L13
	ret
.L22:
	ret
	.size	memmove, .-memmove
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L29
.L25:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L25
.L29:
	ret
	.size	memset, .-memset
	.align	2
	.globl	memcmp
	.type	memcmp, @function
memcmp:
	beq	a2,zero,.L34
	add	a2,a1,a2
	j	.L33
.L32:
	beq	a1,a2,.L34
.L33:
	lbu	a5,0(a0)
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a1,a1,1
	beq	a5,a4,.L32
	sub	a0,a5,a4
	ret
.L34:
	li	a0,0
	ret
	.size	memcmp, .-memcmp
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L39
	mv	a5,a0
.L38:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L38
	sub	a0,a5,a0
	ret
.L39:
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
	.type	put_int, @function
put_int:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	mv	a5,a0
	addi	a1,sp,4
	blt	a0,zero,.L52
	sb	zero,15(sp)
	li	a3,10
	li	a6,9
.L47:
	remu	a4,a5,a3
	mv	a0,a1
	addi	a1,a1,-1
	mv	a2,a5
	addi	a4,a4,48
	sb	a4,11(a1)
	divu	a5,a5,a3
	bgtu	a2,a6,.L47
.L51:
	add	s0,a0,a3
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
.L52:
	li	a4,45
	sb	a4,4(sp)
	li	a0,1
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a3,10
	neg	a5,a5
	sb	zero,15(sp)
	li	a6,9
.L45:
	remu	a4,a5,a3
	mv	a0,a1
	addi	a1,a1,-1
	mv	a2,a5
	addi	a4,a4,48
	sb	a4,11(a1)
	divu	a5,a5,a3
	bgtu	a2,a6,.L45
	j	.L51
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
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"stack out of range\n"
	.align	2
.LC2:
	.string	"bad opcode "
	.text
	.align	2
	.type	run.constprop.0, @function
run.constprop.0:
	addi	sp,sp,-2032
	sw	s1,2020(sp)
	sw	s2,2016(sp)
	sw	s3,2012(sp)
	lui	s1,%hi(code)
	lui	s3,%hi(.LANCHOR0)
	lui	s2,%hi(.L58)
	sw	s0,2024(sp)
	sw	s4,2008(sp)
	sw	s5,2004(sp)
	sw	s6,2000(sp)
	sw	s7,1996(sp)
	sw	ra,2028(sp)
	sw	s8,1992(sp)
	sw	s9,1988(sp)
	mv	s5,a1
	addi	sp,sp,-80
	li	s7,0
	li	s0,0
	addi	s1,s1,%lo(code)
	addi	s3,s3,%lo(.LANCHOR0)
	li	s4,43
	addi	s2,s2,%lo(.L58)
	li	s6,251
.L118:
	slli	a5,a0,2
	add	a5,s1,a5
	lw	a3,0(a5)
	addi	s8,a0,1
	slli	a5,a3,2
	add	a2,s3,a5
	lw	a4,0(a2)
	addi	a4,a4,1
	sw	a4,0(a2)
	bgtu	a3,s4,.L56
	add	a5,a5,s2
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L58:
	.word	.L101
	.word	.L100
	.word	.L99
	.word	.L98
	.word	.L97
	.word	.L96
	.word	.L95
	.word	.L94
	.word	.L93
	.word	.L92
	.word	.L91
	.word	.L90
	.word	.L89
	.word	.L88
	.word	.L87
	.word	.L86
	.word	.L85
	.word	.L84
	.word	.L83
	.word	.L82
	.word	.L81
	.word	.L80
	.word	.L79
	.word	.L78
	.word	.L77
	.word	.L76
	.word	.L75
	.word	.L74
	.word	.L73
	.word	.L72
	.word	.L71
	.word	.L70
	.word	.L69
	.word	.L68
	.word	.L67
	.word	.L66
	.word	.L65
	.word	.L64
	.word	.L63
	.word	.L62
	.word	.L61
	.word	.L60
	.word	.L59
	.word	.L103
	.text
.L73:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a4,a1,-2032
	add	a4,a4,a5
	addi	a2,s0,-1
	add	a5,a4,sp
	slli	a3,a2,2
	addi	a4,a1,-2032
	add	a4,a4,a3
	add	a3,a4,sp
	lw	a1,-2048(a3)
	lw	a4,-2048(a5)
	li	a3,250
	slt	a4,a4,a1
	xori	a4,a4,1
	sw	a4,-2048(a5)
	bgtu	a2,a3,.L104
	mv	s0,a2
.L103:
	mv	a0,s8
	j	.L118
.L69:
	li	a5,4096
	slli	a4,s7,2
	addi	a5,a5,-2032
	add	a5,a5,a4
	addi	a0,a0,2
	add	a4,a5,sp
	slli	a5,s8,2
	add	a5,s1,a5
	sw	a0,-1024(a4)
	addi	a3,s7,1
	lw	a0,0(a5)
	beq	a3,s6,.L104
	mv	s7,a3
	j	.L118
.L68:
	addi	s7,s7,-1
	li	a4,4096
	slli	a5,s7,2
	addi	a4,a4,-2032
	add	a4,a4,a5
	add	a5,a4,sp
	li	a4,-1
	lw	a0,-1024(a5)
	bne	s7,a4,.L118
.L104:
	lui	a1,%hi(.LC1)
	li	a0,1
	addi	a1,a1,%lo(.LC1)
	li	a2,19
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	s0,-2
.L55:
	addi	sp,sp,80
	lw	ra,2028(sp)
	mv	a0,s0
	lw	s1,2020(sp)
	lw	s0,2024(sp)
	lw	s2,2016(sp)
	lw	s3,2012(sp)
	lw	s4,2008(sp)
	lw	s5,2004(sp)
	lw	s6,2000(sp)
	lw	s7,1996(sp)
	lw	s8,1992(sp)
	lw	s9,1988(sp)
	addi	sp,sp,2032
	jr	ra
.L70:
	addi	s0,s0,-1
	li	a4,4096
	slli	a5,s0,2
	addi	a4,a4,-2032
	add	a4,a4,a5
	add	a5,a4,sp
	lw	a4,-2048(a5)
	slli	a5,s8,2
	add	a5,s1,a5
	lw	s8,0(a5)
	bne	a4,zero,.L112
.L131:
	li	a5,250
	bgtu	s0,a5,.L104
	addi	s8,a0,2
	mv	a0,s8
	j	.L118
.L71:
	addi	s0,s0,-1
	li	a4,4096
	slli	a5,s0,2
	addi	a4,a4,-2032
	add	a4,a4,a5
	add	a5,a4,sp
	lw	a4,-2048(a5)
	slli	a5,s8,2
	add	a5,s1,a5
	lw	s8,0(a5)
	bne	a4,zero,.L131
.L112:
	li	a5,250
	bgtu	s0,a5,.L104
	mv	a0,s8
	j	.L118
.L72:
	slli	a5,s8,2
	add	a5,s1,a5
	lw	s8,0(a5)
	mv	a0,s8
	j	.L118
.L74:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a4,a1,-2032
	add	a4,a4,a5
	addi	a2,s0,-1
	add	a5,a4,sp
	slli	a3,a2,2
	addi	a4,a1,-2032
	add	a4,a4,a3
	add	a3,a4,sp
	lw	a1,-2048(a3)
	lw	a4,-2048(a5)
	li	a3,250
	sgt	a4,a4,a1
	xori	a4,a4,1
	sw	a4,-2048(a5)
	bgtu	a2,a3,.L104
	mv	s0,a2
	j	.L103
.L75:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a4,a1,-2032
	add	a4,a4,a5
	addi	a2,s0,-1
	add	a5,a4,sp
	slli	a3,a2,2
	addi	a4,a1,-2032
	add	a4,a4,a3
	add	a3,a4,sp
	lw	a1,-2048(a3)
	lw	a4,-2048(a5)
	li	a3,250
	sgt	a4,a4,a1
	sw	a4,-2048(a5)
	bgtu	a2,a3,.L104
	mv	s0,a2
	j	.L103
.L76:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a4,a1,-2032
	add	a4,a4,a5
	addi	a2,s0,-1
	add	a5,a4,sp
	slli	a3,a2,2
	addi	a4,a1,-2032
	add	a4,a4,a3
	add	a3,a4,sp
	lw	a1,-2048(a3)
	lw	a4,-2048(a5)
	li	a3,250
	sltu	a4,a4,a1
	sw	a4,-2048(a5)
	bgtu	a2,a3,.L104
	mv	s0,a2
	j	.L103
.L77:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a4,a1,-2032
	add	a4,a4,a5
	addi	a2,s0,-1
	add	a5,a4,sp
	slli	a3,a2,2
	addi	a4,a1,-2032
	add	a4,a4,a3
	add	a3,a4,sp
	lw	a1,-2048(a3)
	lw	a4,-2048(a5)
	li	a3,250
	slt	a4,a4,a1
	sw	a4,-2048(a5)
	bgtu	a2,a3,.L104
	mv	s0,a2
	j	.L103
.L78:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a4,a1,-2032
	add	a4,a4,a5
	addi	a2,s0,-1
	add	a5,a4,sp
	slli	a3,a2,2
	addi	a4,a1,-2032
	add	a4,a4,a3
	add	a3,a4,sp
	lw	a1,-2048(a3)
	lw	a4,-2048(a5)
	li	a3,250
	sub	a4,a4,a1
	snez	a4,a4
	sw	a4,-2048(a5)
	bgtu	a2,a3,.L104
	mv	s0,a2
	j	.L103
.L79:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a4,a1,-2032
	add	a4,a4,a5
	addi	a2,s0,-1
	add	a5,a4,sp
	slli	a3,a2,2
	addi	a4,a1,-2032
	add	a4,a4,a3
	add	a3,a4,sp
	lw	a1,-2048(a3)
	lw	a4,-2048(a5)
	li	a3,250
	sub	a4,a4,a1
	seqz	a4,a4
	sw	a4,-2048(a5)
	bgtu	a2,a3,.L104
	mv	s0,a2
	j	.L103
.L80:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a2,a1,-2032
	add	a2,a2,a5
	addi	a3,s0,-1
	add	a5,a2,sp
	slli	a4,a3,2
	addi	a2,a1,-2032
	add	a2,a2,a4
	add	a4,a2,sp
	lw	a1,-2048(a4)
	lw	a4,-2048(a5)
	li	a2,250
	sra	a4,a4,a1
	sw	a4,-2048(a5)
	bgtu	a3,a2,.L104
	mv	s0,a3
.L160:
	mv	a0,s8
	j	.L118
.L81:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a2,a1,-2032
	add	a2,a2,a5
	addi	a3,s0,-1
	add	a5,a2,sp
	slli	a4,a3,2
	addi	a2,a1,-2032
	add	a2,a2,a4
	add	a4,a2,sp
	lw	a1,-2048(a4)
	lw	a4,-2048(a5)
	li	a2,250
	srl	a4,a4,a1
	sw	a4,-2048(a5)
	bgtu	a3,a2,.L104
	mv	s0,a3
	j	.L160
.L82:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a2,a1,-2032
	add	a2,a2,a5
	addi	a3,s0,-1
	add	a5,a2,sp
	slli	a4,a3,2
	addi	a2,a1,-2032
	add	a2,a2,a4
	add	a4,a2,sp
	lw	a1,-2048(a4)
	lw	a4,-2048(a5)
	li	a2,250
	sll	a4,a4,a1
	sw	a4,-2048(a5)
	bgtu	a3,a2,.L104
	mv	s0,a3
	j	.L160
.L83:
	addi	a5,s0,-1
	li	a4,4096
	slli	a5,a5,2
	addi	a4,a4,-2032
	add	a4,a4,a5
	add	a5,a4,sp
	lw	a4,-2048(a5)
	mv	a0,s8
	neg	a4,a4
	sw	a4,-2048(a5)
	j	.L118
.L84:
	addi	a5,s0,-1
	li	a4,4096
	slli	a5,a5,2
	addi	a4,a4,-2032
	add	a4,a4,a5
	add	a5,a4,sp
	lw	a4,-2048(a5)
	mv	a0,s8
	not	a4,a4
	sw	a4,-2048(a5)
	j	.L118
.L85:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a4,a1,-2032
	add	a4,a4,a5
	addi	a2,s0,-1
	add	a5,a4,sp
	slli	a3,a2,2
	addi	a4,a1,-2032
	add	a4,a4,a3
	add	a3,a4,sp
	lw	a1,-2048(a3)
	lw	a4,-2048(a5)
	li	a3,250
	xor	a4,a4,a1
	sw	a4,-2048(a5)
	bgtu	a2,a3,.L104
	mv	s0,a2
	j	.L103
.L86:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a4,a1,-2032
	add	a4,a4,a5
	addi	a2,s0,-1
	add	a5,a4,sp
	slli	a3,a2,2
	addi	a4,a1,-2032
	add	a4,a4,a3
	add	a3,a4,sp
	lw	a1,-2048(a3)
	lw	a4,-2048(a5)
	li	a3,250
	or	a4,a4,a1
	sw	a4,-2048(a5)
	bgtu	a2,a3,.L104
	mv	s0,a2
	j	.L103
.L87:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a4,a1,-2032
	add	a4,a4,a5
	addi	a2,s0,-1
	add	a5,a4,sp
	slli	a3,a2,2
	addi	a4,a1,-2032
	add	a4,a4,a3
	add	a3,a4,sp
	lw	a1,-2048(a3)
	lw	a4,-2048(a5)
	li	a3,250
	and	a4,a4,a1
	sw	a4,-2048(a5)
	bgtu	a2,a3,.L104
	mv	s0,a2
	j	.L103
.L88:
	addi	a4,s0,-1
	li	a2,4096
	slli	a5,a4,2
	addi	a3,a2,-2032
	add	a3,a3,a5
	add	a5,a3,sp
	addi	s0,s0,-2
	lw	a3,-2048(a5)
	slli	s0,s0,2
	addi	a5,a2,-2032
	add	a5,a5,s0
	add	a5,a5,sp
	lw	a5,-2048(a5)
	bne	a3,zero,.L161
.L109:
	li	a3,4096
	addi	a3,a3,-2032
	add	a3,a3,s0
	add	s0,a3,sp
	sw	a5,-2048(s0)
	li	a5,250
	bgtu	a4,a5,.L104
	mv	s0,a4
	mv	a0,s8
	j	.L118
.L89:
	addi	a4,s0,-1
	li	a2,4096
	slli	a5,a4,2
	addi	a3,a2,-2032
	add	a3,a3,a5
	add	a5,a3,sp
	lw	a3,-2048(a5)
	addi	s0,s0,-2
	beq	a3,zero,.L121
	slli	s0,s0,2
	addi	a5,a2,-2032
	add	a5,a5,s0
	add	a5,a5,sp
	lw	a5,-2048(a5)
	divu	a5,a5,a3
	j	.L109
.L92:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a4,a1,-2032
	add	a4,a4,a5
	addi	a2,s0,-1
	add	a5,a4,sp
	slli	a3,a2,2
	addi	a4,a1,-2032
	add	a4,a4,a3
	add	a3,a4,sp
	lw	a1,-2048(a3)
	lw	a4,-2048(a5)
	li	a3,250
	mul	a4,a4,a1
	sw	a4,-2048(a5)
	bgtu	a2,a3,.L104
	mv	s0,a2
	j	.L103
.L90:
	addi	a4,s0,-1
	li	a2,4096
	slli	a5,a4,2
	addi	a3,a2,-2032
	add	a3,a3,a5
	add	a5,a3,sp
	addi	s0,s0,-2
	lw	a3,-2048(a5)
	slli	s0,s0,2
	addi	a5,a2,-2032
	add	a5,a5,s0
	add	a5,a5,sp
	lw	a5,-2048(a5)
	beq	a3,zero,.L109
	rem	a5,a5,a3
	j	.L109
.L91:
	addi	a4,s0,-1
	li	a2,4096
	slli	a5,a4,2
	addi	a3,a2,-2032
	add	a3,a3,a5
	add	a5,a3,sp
	lw	a3,-2048(a5)
	addi	s0,s0,-2
	beq	a3,zero,.L121
	slli	s0,s0,2
	addi	a5,a2,-2032
	add	a5,a5,s0
	add	a5,a5,sp
	lw	a5,-2048(a5)
	div	a5,a5,a3
	j	.L109
.L94:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a4,a1,-2032
	add	a4,a4,a5
	addi	a2,s0,-1
	add	a5,a4,sp
	slli	a3,a2,2
	addi	a4,a1,-2032
	add	a4,a4,a3
	add	a3,a4,sp
	lw	a1,-2048(a3)
	lw	a4,-2048(a5)
	li	a3,250
	add	a4,a4,a1
	sw	a4,-2048(a5)
	bgtu	a2,a3,.L104
	mv	s0,a2
	j	.L103
.L95:
	li	a0,4096
	addi	a4,s0,-2
	slli	a4,a4,2
	addi	a5,a0,-2032
	add	a5,a5,a4
	add	a4,a5,sp
	addi	a3,s0,-3
	lw	a1,-2048(a4)
	slli	a3,a3,2
	addi	a2,a0,-2032
	addi	a5,s0,-1
	add	a2,a2,a3
	slli	a5,a5,2
	addi	a0,a0,-2032
	add	a3,a2,sp
	add	a0,a0,a5
	lw	a2,-2048(a3)
	add	a5,a0,sp
	sw	a1,-2048(a3)
	lw	a3,-2048(a5)
	mv	a0,s8
	sw	a3,-2048(a4)
	sw	a2,-2048(a5)
	j	.L118
.L93:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a4,a1,-2032
	add	a4,a4,a5
	addi	a2,s0,-1
	add	a5,a4,sp
	slli	a3,a2,2
	addi	a4,a1,-2032
	add	a4,a4,a3
	add	a3,a4,sp
	lw	a1,-2048(a3)
	lw	a4,-2048(a5)
	li	a3,250
	sub	a4,a4,a1
	sw	a4,-2048(a5)
	bgtu	a2,a3,.L104
	mv	s0,a2
	j	.L103
.L96:
	addi	a5,s0,-2
.L135:
	li	a3,4096
	slli	a5,a5,2
	addi	a4,a3,-2032
	add	a4,a4,a5
	add	a5,a4,sp
	lw	a4,-2048(a5)
	addi	a3,a3,-2032
	slli	a5,s0,2
	add	a3,a3,a5
	add	a5,a3,sp
	sw	a4,-2048(a5)
	addi	s0,s0,1
	li	a5,251
	beq	s0,a5,.L104
	mv	a0,s8
	j	.L118
.L97:
	addi	a5,s0,-1
	addi	a4,sp,16
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,-4(a5)
	lw	a3,0(a5)
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a2,sp,16
	add	a5,a2,a5
	sw	a3,0(a5)
	sw	a4,4(a5)
	mv	a0,s8
	j	.L118
.L98:
	addi	a5,s0,-1
	j	.L135
.L99:
	addi	s0,s0,-1
	li	a5,250
	bgtu	s0,a5,.L104
	mv	a0,s8
	j	.L118
.L100:
	slli	a5,s8,2
	add	a5,s1,a5
	li	a3,4096
	lw	a4,0(a5)
	addi	a3,a3,-2032
	slli	a5,s0,2
	add	a3,a3,a5
	add	a5,a3,sp
	sw	a4,-2048(a5)
	addi	s0,s0,1
	li	a5,251
	addi	a0,a0,2
	beq	s0,a5,.L104
	mv	s8,a0
.L163:
	mv	a0,s8
	j	.L118
.L101:
	beq	s0,zero,.L55
	addi	a5,s0,-1
	li	a4,4096
	slli	a5,a5,2
	addi	a4,a4,-2032
	add	a4,a4,a5
	add	a5,a4,sp
	lw	s0,-2048(a5)
	j	.L55
.L60:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a2,a1,-2032
	add	a2,a2,a5
	addi	a3,s0,-1
	slli	a4,a3,2
	add	a5,a2,sp
	addi	a2,a1,-2032
	add	a2,a2,a4
	add	a4,a2,sp
	lw	a4,-2048(a4)
	lw	a2,-2048(a5)
	blt	a4,a2,.L155
.L116:
	sw	a4,-2048(a5)
	li	a5,250
	bgtu	a3,a5,.L104
.L162:
	mv	s0,a3
	j	.L160
.L61:
	li	a1,4096
	addi	a5,s0,-2
	slli	a5,a5,2
	addi	a2,a1,-2032
	add	a2,a2,a5
	addi	a3,s0,-1
	slli	a4,a3,2
	add	a5,a2,sp
	addi	a2,a1,-2032
	add	a2,a2,a4
	add	a4,a2,sp
	lw	a4,-2048(a4)
	lw	a2,-2048(a5)
	ble	a4,a2,.L116
.L155:
	mv	a4,a2
	sw	a4,-2048(a5)
	li	a5,250
	bleu	a3,a5,.L162
	j	.L104
.L62:
	li	a3,4096
	addi	s0,s0,-1
	slli	a5,s0,2
	addi	a4,a3,-2032
	add	a4,a4,a5
	add	a5,a4,sp
	lw	a5,-2048(a5)
	li	a1,-4096
	addi	a1,a1,2047
	sb	a5,15(sp)
	li	a0,1
	addi	a5,a3,-2032
.L137:
	add	a5,a5,a1
	add	a1,a5,sp
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a5,250
	bgtu	s0,a5,.L104
	mv	a0,s8
	j	.L118
.L63:
	li	s9,4096
	addi	s0,s0,-1
	slli	a5,s0,2
	addi	a4,s9,-2032
	add	a4,a4,a5
	add	a5,a4,sp
	lw	a0,-2048(a5)
	call	put_int
	li	a5,32
	li	a1,-4096
	sb	a5,15(sp)
	addi	a1,a1,2047
	li	a0,1
	addi	a5,s9,-2032
	j	.L137
.L64:
	addi	a5,s0,-1
	li	a4,4096
	slli	a5,a5,2
	addi	a4,a4,-2032
	add	a4,a4,a5
	add	a5,a4,sp
	lw	a4,-2048(a5)
	mv	a0,s8
	addi	a4,a4,-1
	sw	a4,-2048(a5)
	j	.L118
.L65:
	addi	a5,s0,-1
	li	a4,4096
	slli	a5,a5,2
	addi	a4,a4,-2032
	add	a4,a4,a5
	add	a5,a4,sp
	lw	a4,-2048(a5)
	mv	a0,s8
	addi	a4,a4,1
	sw	a4,-2048(a5)
	j	.L118
.L66:
	slli	a5,s8,2
	addi	s0,s0,-1
	li	a3,4096
	slli	a4,s0,2
	add	a5,s1,a5
	addi	a3,a3,-2032
	lw	a5,0(a5)
	add	a3,a3,a4
	add	a4,a3,sp
	lw	a4,-2048(a4)
	slli	a5,a5,2
	add	a5,s5,a5
	sw	a4,0(a5)
	li	a5,250
	addi	a0,a0,2
	bgtu	s0,a5,.L104
	mv	s8,a0
	j	.L163
.L67:
	slli	a5,s8,2
	add	a5,s1,a5
	lw	a5,0(a5)
	li	a3,4096
	slli	a4,s0,2
	addi	a3,a3,-2032
	slli	a5,a5,2
	add	a3,a3,a4
	add	a5,s5,a5
	add	a4,a3,sp
	lw	a3,0(a5)
	addi	s0,s0,1
	li	a5,251
	sw	a3,-2048(a4)
	addi	a0,a0,2
	beq	s0,a5,.L104
	mv	s8,a0
	j	.L163
.L59:
	addi	a5,s0,-1
	li	a4,4096
	slli	a5,a5,2
	addi	a4,a4,-2032
	add	a4,a4,a5
	add	a5,a4,sp
	lw	a4,-2048(a5)
	bge	a4,zero,.L103
	neg	a4,a4
	sw	a4,-2048(a5)
	mv	a0,s8
	j	.L118
.L121:
	li	a5,-1
	slli	s0,s0,2
	j	.L109
.L56:
	lui	a1,%hi(.LC2)
	addi	a1,a1,%lo(.LC2)
	li	a0,1
	li	a2,11
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a0,a3
	call	put_int
	li	a5,10
	sb	a5,15(sp)
	li	a1,-4096
	li	a5,4096
	addi	a1,a1,2047
	addi	a5,a5,-2032
	add	a5,a5,a1
	li	a0,1
	add	a1,a5,sp
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	s0,-1
	j	.L55
.L161:
	remu	a5,a5,a3
	j	.L109
	.size	run.constprop.0, .-run.constprop.0
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	or	a5,a2,a3
	beq	a5,zero,.L174
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
	j	.L173
.L182:
	sll	t1,t6,t1
	li	a5,0
.L172:
	or	a0,a0,a5
	or	a1,a1,t1
.L169:
	addi	a6,a6,-1
	beq	a6,t4,.L181
.L173:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L168
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L168:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L169
	bne	a3,a5,.L175
	bgtu	a2,a4,.L169
.L175:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L182
	li	t1,0
	sll	a5,t6,a6
	j	.L172
.L181:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L174:
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
	beq	a5,zero,.L191
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,t2,1
	li	t6,31
	li	t5,-1
.L190:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L187
	srl	a7,t2,t1
.L187:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L188
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L192
	bgtu	a2,a0,.L188
.L192:
	mv	a0,a6
	sub	a1,t1,a7
.L188:
	bne	a5,t5,.L190
	ret
.L191:
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
	bge	a1,zero,.L195
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L195:
	mv	t5,a2
	mv	t1,s2
	blt	s2,zero,.L219
	or	s3,a2,s2
	li	a0,-1
	li	a1,-1
	bne	s3,zero,.L199
.L194:
	lw	s0,12(sp)
	lw	s1,8(sp)
	lw	s2,4(sp)
	lw	s3,0(sp)
	addi	sp,sp,16
	jr	ra
.L219:
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
	or	s3,a2,s2
.L199:
	li	a0,0
	li	a1,0
	li	a2,63
	li	a4,0
	li	a6,0
	slli	s0,t6,1
	li	a3,31
	li	t0,1
	li	t4,-1
	j	.L208
.L221:
	sll	a7,t0,a7
	li	a5,0
.L207:
	or	a0,a0,a5
	or	a1,a1,a7
.L204:
	addi	a2,a2,-1
	beq	a2,t4,.L220
.L208:
	srli	t3,a4,31
	slli	a5,a6,1
	addi	a7,a2,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a6,t6,a7
	bge	a7,zero,.L203
	sub	t3,a3,a2
	sll	t3,s0,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L203:
	andi	a6,a6,1
	or	a4,a6,a4
	mv	a6,a5
	bgtu	t1,a5,.L204
	bne	t1,a5,.L214
	bgtu	t5,a4,.L204
.L214:
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
	mv	a4,t3
	sub	a6,a5,a6
	bge	a7,zero,.L221
	li	a7,0
	sll	a5,t0,a2
	j	.L207
.L220:
	beq	s3,zero,.L213
	xor	s1,s1,s2
	bge	s1,zero,.L194
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
.L213:
	li	a0,-1
	li	a1,-1
	j	.L194
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
	blt	a1,zero,.L248
	mv	t2,a1
	blt	a3,zero,.L225
	or	a5,a2,a3
	bne	a5,zero,.L229
.L222:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L225:
	snez	a7,a2
	neg	a3,a3
	neg	t0,a2
	sub	a7,a3,a7
.L229:
	li	a5,63
	li	a0,0
	li	a2,0
	slli	t6,t2,1
	li	t5,31
	li	t4,-1
.L237:
	sub	a3,t5,a5
	srli	t1,a0,31
	slli	a4,a2,1
	sll	a3,t6,a3
	srl	a2,t3,a5
	addi	a6,a5,-32
	or	a4,t1,a4
	slli	a0,a0,1
	or	a2,a3,a2
	blt	a6,zero,.L234
	srl	a2,t2,a6
.L234:
	andi	a2,a2,1
	or	a0,a2,a0
	addi	a5,a5,-1
	mv	a2,a4
	bgtu	a7,a4,.L235
	sub	a3,a0,t0
	sgtu	a6,a3,a0
	sub	t1,a4,a7
	bne	a7,a4,.L242
	bgtu	t0,a0,.L235
.L242:
	mv	a0,a3
	sub	a2,t1,a6
.L235:
	bne	a5,t4,.L237
	mv	a1,a2
	bge	s0,zero,.L222
	lw	s0,12(sp)
	snez	a5,a0
	neg	a2,a2
	neg	a0,a0
	sub	a1,a2,a5
	addi	sp,sp,16
	jr	ra
.L248:
	snez	a5,a0
	neg	t2,a1
	sub	t2,t2,a5
	neg	t3,a0
	blt	a3,zero,.L225
	or	a5,a2,a3
	bne	a5,zero,.L229
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__moddi3, .-__moddi3
	.section	.rodata.str1.4
	.align	2
.LC3:
	.string	"bytecode words"
	.align	2
.LC4:
	.string	") = "
	.align	2
.LC5:
	.string	"fact("
	.align	2
.LC6:
	.string	"primes: "
	.align	2
.LC7:
	.string	"primes below 1000"
	.align	2
.LC8:
	.string	"fib(17)"
	.align	2
.LC9:
	.string	"gcd: "
	.align	2
.LC10:
	.string	"collatz(27)"
	.align	2
.LC11:
	.string	"misc: "
	.align	2
.LC12:
	.string	"misc result"
	.align	2
.LC13:
	.string	"bad opcode result"
	.align	2
.LC14:
	.string	"never ran: "
	.align	2
.LC15:
	.string	"instructions"
	.align	2
.LC16:
	.string	"histogram"
	.align	2
.LC17:
	.string	" = 0x"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-128
	sw	s7,92(sp)
	lui	s7,%hi(ncode)
	sw	s1,116(sp)
	lw	s1,%lo(ncode)(s7)
	sw	s0,120(sp)
	lui	s0,%hi(code)
	addi	s0,s0,%lo(code)
	slli	a3,s1,2
	addi	a2,s1,1
	li	a5,1
	sw	ra,124(sp)
	sw	s2,112(sp)
	sw	s3,108(sp)
	sw	s4,104(sp)
	sw	s5,100(sp)
	sw	s6,96(sp)
	sw	s8,88(sp)
	sw	s9,84(sp)
	sw	s10,80(sp)
	sw	s11,76(sp)
	add	a3,s0,a3
	slli	a2,a2,2
	addi	a4,s1,2
	sw	a5,0(a3)
	add	a2,s0,a2
	slli	a4,a4,2
	addi	a3,s1,3
	sw	a5,0(a2)
	li	a1,35
	addi	a7,s1,4
	add	a4,s0,a4
	slli	a3,a3,2
	sw	a1,0(a4)
	add	a3,s0,a3
	slli	a0,a7,2
	addi	a2,s1,5
	li	a4,34
	sw	a5,0(a3)
	add	a0,s0,a0
	slli	a2,a2,2
	addi	a3,s1,6
	sw	a4,0(a0)
	add	a2,s0,a2
	slli	a3,a3,2
	addi	a0,s1,8
	sw	zero,0(a2)
	li	t1,30
	add	a3,s0,a3
	slli	a0,a0,2
	addi	a2,s1,9
	sw	t1,0(a3)
	add	a0,s0,a0
	slli	a2,a2,2
	addi	a3,s1,10
	sw	a4,0(a0)
	add	a2,s0,a2
	slli	a3,a3,2
	addi	a0,s1,11
	sw	a5,0(a2)
	add	a3,s0,a3
	slli	a0,a0,2
	addi	a2,s1,12
	sw	a4,0(a3)
	add	a0,s0,a0
	slli	a2,a2,2
	addi	a3,s1,13
	sw	zero,0(a0)
	li	t4,9
	add	a2,s0,a2
	slli	a3,a3,2
	addi	a0,s1,14
	sw	t4,0(a2)
	add	a3,s0,a3
	slli	a0,a0,2
	addi	a2,s1,15
	sw	a1,0(a3)
	add	a0,s0,a0
	slli	a2,a2,2
	addi	a3,s1,16
	sw	a5,0(a0)
	add	a2,s0,a2
	slli	a3,a3,2
	addi	a0,s1,17
	sw	a4,0(a2)
	add	a3,s0,a3
	slli	a0,a0,2
	addi	a2,s1,18
	sw	zero,0(a3)
	li	t0,37
	add	a0,s0,a0
	slli	a2,a2,2
	addi	a3,s1,19
	sw	t0,0(a0)
	add	a2,s0,a2
	slli	a3,a3,2
	addi	a0,s1,20
	sw	a1,0(a2)
	add	a3,s0,a3
	slli	a0,a0,2
	addi	a2,s1,21
	sw	zero,0(a3)
	li	a6,29
	add	a0,s0,a0
	slli	a2,a2,2
	addi	a3,s1,7
	sw	a6,0(a0)
	addi	t3,s1,22
	add	a2,s0,a2
	slli	a3,a3,2
	sw	a7,0(a2)
	add	a3,s0,a3
	slli	a7,t3,2
	addi	a0,s1,23
	sw	t3,0(a3)
	addi	a2,s1,24
	add	a3,s0,a7
	slli	a0,a0,2
	sw	a4,0(a3)
	addi	a7,s1,25
	add	a0,s0,a0
	slli	a2,a2,2
	sw	a5,0(a0)
	sw	a7,12(sp)
	add	a2,s0,a2
	slli	a7,a7,2
	addi	a3,s1,26
	sw	zero,0(a2)
	add	a0,s0,a7
	slli	a3,a3,2
	addi	a2,s1,27
	sw	a5,0(a0)
	add	a3,s0,a3
	slli	a2,a2,2
	addi	a0,s1,28
	sw	zero,0(a3)
	add	a2,s0,a2
	slli	a0,a0,2
	addi	a3,s1,29
	sw	a1,0(a2)
	add	a0,s0,a0
	li	a2,3
	slli	a3,a3,2
	addi	t3,s1,30
	sw	a2,0(a0)
	add	a3,s0,a3
	slli	t3,t3,2
	addi	a7,s1,31
	sw	a5,0(a3)
	add	t3,s0,t3
	li	a3,2
	slli	a7,a7,2
	addi	a0,s1,32
	sw	a3,0(t3)
	addi	t6,s1,33
	add	a7,s0,a7
	slli	a0,a0,2
	sw	a1,0(a7)
	add	a0,s0,a0
	slli	a7,t6,2
	addi	t3,s1,34
	sw	a5,0(a0)
	slli	t3,t3,2
	add	a0,s0,a7
	addi	a7,s1,35
	sw	a4,0(a0)
	add	t3,s0,t3
	slli	a7,a7,2
	addi	a0,s1,36
	sw	a5,0(t3)
	add	a7,s0,a7
	slli	a0,a0,2
	addi	t3,s1,37
	sw	a4,0(a7)
	add	a0,s0,a0
	slli	t3,t3,2
	addi	a7,s1,38
	sw	zero,0(a0)
	li	s6,24
	add	t3,s0,t3
	slli	a7,a7,2
	addi	a0,s1,40
	sw	s6,0(t3)
	add	a7,s0,a7
	slli	a0,a0,2
	addi	t3,s1,41
	sw	t1,0(a7)
	add	a0,s0,a0
	slli	t3,t3,2
	addi	a7,s1,42
	sw	a5,0(a0)
	add	t3,s0,t3
	slli	a7,a7,2
	addi	a0,s1,43
	sw	a3,0(t3)
	addi	t5,s1,44
	add	a7,s0,a7
	slli	a0,a0,2
	sw	a1,0(a7)
	add	a0,s0,a0
	slli	t3,t5,2
	sw	zero,32(sp)
	sw	zero,36(sp)
	sw	zero,40(sp)
	sw	zero,44(sp)
	sw	zero,48(sp)
	sw	zero,52(sp)
	sw	zero,56(sp)
	sw	zero,60(sp)
	addi	a7,s1,45
	sw	a3,0(a0)
	add	t3,s0,t3
	slli	a7,a7,2
	addi	a0,s1,46
	sw	a4,0(t3)
	add	a7,s0,a7
	slli	a0,a0,2
	addi	t3,s1,47
	sw	a3,0(a7)
	add	a0,s0,a0
	slli	t3,t3,2
	addi	a7,s1,48
	sw	a2,0(a0)
	add	t3,s0,t3
	slli	a7,a7,2
	addi	a0,s1,49
	sw	t4,0(t3)
	add	a7,s0,a7
	slli	a0,a0,2
	addi	t3,s1,50
	sw	a4,0(a7)
	add	a0,s0,a0
	slli	t3,t3,2
	addi	a7,s1,51
	sw	a5,0(a0)
	add	t3,s0,t3
	li	t2,26
	slli	a7,a7,2
	addi	a0,s1,53
	sw	t2,0(t3)
	li	s5,31
	add	a7,s0,a7
	slli	a0,a0,2
	addi	t3,s1,54
	sw	s5,0(a7)
	add	a0,s0,a0
	slli	t3,t3,2
	addi	a7,s1,55
	sw	a4,0(a0)
	add	t3,s0,t3
	slli	a7,a7,2
	addi	a0,s1,56
	sw	a5,0(t3)
	add	a7,s0,a7
	slli	a0,a0,2
	addi	t3,s1,57
	sw	a4,0(a7)
	add	a0,s0,a0
	slli	t3,t3,2
	addi	t2,s1,58
	sw	a3,0(a0)
	add	t3,s0,t3
	li	s2,11
	addi	a7,s1,60
	slli	t2,t2,2
	sw	s2,0(t3)
	add	t2,s0,t2
	slli	a7,a7,2
	addi	a0,s1,61
	sw	t1,0(t2)
	add	a7,s0,a7
	slli	a0,a0,2
	addi	t3,s1,62
	sw	a4,0(a7)
	add	a0,s0,a0
	slli	t3,t3,2
	addi	a7,s1,63
	sw	a3,0(a0)
	li	s4,36
	add	t3,s0,t3
	slli	a7,a7,2
	addi	a0,s1,64
	sw	s4,0(t3)
	add	a7,s0,a7
	slli	a0,a0,2
	addi	t3,s1,65
	sw	a1,0(a7)
	add	a0,s0,a0
	slli	t3,t3,2
	addi	a7,s1,66
	sw	a3,0(a0)
	add	t3,s0,t3
	slli	a7,a7,2
	addi	a0,s1,52
	sw	a6,0(t3)
	addi	t2,s1,67
	add	a7,s0,a7
	slli	a0,a0,2
	sw	t5,0(a7)
	add	a0,s0,a0
	slli	a7,t2,2
	addi	t3,s1,68
	sw	t2,0(a0)
	slli	t3,t3,2
	add	a0,s0,a7
	addi	a7,s1,69
	sw	a4,0(a0)
	add	t3,s0,t3
	slli	a7,a7,2
	addi	a0,s1,70
	sw	a2,0(t3)
	add	a7,s0,a7
	slli	a0,a0,2
	addi	t3,s1,71
	sw	s4,0(a7)
	add	a0,s0,a0
	slli	t3,t3,2
	addi	a7,s1,72
	sw	a1,0(a0)
	add	t3,s0,t3
	slli	a7,a7,2
	addi	a0,s1,73
	sw	a2,0(t3)
	add	a7,s0,a7
	slli	a0,a0,2
	addi	t3,s1,74
	sw	a4,0(a7)
	add	a0,s0,a0
	slli	t3,t3,2
	addi	a7,s1,75
	sw	a5,0(a0)
	add	t3,s0,t3
	slli	a7,a7,2
	addi	a0,s1,76
	sw	a4,0(t3)
	add	a7,s0,a7
	slli	a0,a0,2
	addi	t3,s1,77
	sw	zero,0(a7)
	add	a0,s0,a0
	slli	t3,t3,2
	addi	a7,s1,78
	sw	a5,0(a0)
	add	t3,s0,t3
	li	t5,60
	slli	a7,a7,2
	addi	a0,s1,79
	sw	t5,0(t3)
	li	t2,8
	add	a7,s0,a7
	slli	a0,a0,2
	addi	t3,s1,80
	sw	t2,0(a7)
	add	a0,s0,a0
	li	t5,27
	slli	t3,t3,2
	addi	a7,s1,82
	sw	t5,0(a0)
	add	t3,s0,t3
	slli	a7,a7,2
	addi	a0,s1,83
	sw	s5,0(t3)
	add	a7,s0,a7
	slli	a0,a0,2
	addi	t5,s1,84
	sw	a4,0(a7)
	add	a0,s0,a0
	slli	t5,t5,2
	addi	t3,s1,81
	sw	a5,0(a0)
	add	t5,s0,t5
	li	a0,38
	slli	t3,t3,2
	addi	a7,s1,59
	sw	a0,0(t5)
	addi	s2,s1,85
	add	t3,s0,t3
	slli	a7,a7,2
	sw	s2,0(t3)
	add	a7,s0,a7
	slli	t3,s2,2
	addi	t5,s1,86
	sw	s2,0(a7)
	slli	t5,t5,2
	add	a7,s0,t3
	addi	t3,s1,87
	sw	a4,0(a7)
	add	t5,s0,t5
	slli	t3,t3,2
	addi	a7,s1,88
	sw	a5,0(t5)
	add	t3,s0,t3
	slli	a7,a7,2
	addi	s2,s1,89
	sw	s4,0(t3)
	add	a7,s0,a7
	slli	s2,s2,2
	addi	t5,s1,90
	sw	a1,0(a7)
	add	s2,s0,s2
	addi	t3,s1,91
	slli	t5,t5,2
	sw	a5,0(s2)
	add	t5,s0,t5
	slli	t3,t3,2
	addi	a7,s1,39
	sw	a6,0(t5)
	addi	s2,s1,92
	add	t3,s0,t3
	slli	a7,a7,2
	sw	t6,0(t3)
	slli	t5,s2,2
	add	a7,s0,a7
	addi	t3,s1,93
	sw	s2,0(a7)
	slli	t3,t3,2
	add	a7,s0,t5
	addi	t5,s1,94
	sw	a5,0(a7)
	li	s3,10
	add	t3,s0,t3
	slli	t5,t5,2
	addi	a7,s1,95
	sw	s3,0(t3)
	add	t5,s0,t5
	li	t3,39
	slli	a7,a7,2
	addi	t6,s1,96
	sw	t3,0(t5)
	add	a7,s0,a7
	slli	t6,t6,2
	addi	t5,s1,97
	sw	a4,0(a7)
	add	t6,s0,t6
	slli	t5,t5,2
	addi	a7,s1,98
	sw	a2,0(t6)
	addi	s2,s1,100
	add	t5,s0,t5
	slli	a7,a7,2
	sw	zero,0(t5)
	add	a7,s0,a7
	slli	t6,s2,2
	addi	t5,s1,101
	sw	a6,0(a7)
	add	t6,s0,t6
	slli	t5,t5,2
	addi	a7,s1,102
	sw	a2,0(t6)
	add	t5,s0,t5
	slli	a7,a7,2
	addi	t6,s1,103
	sw	a5,0(t5)
	add	a7,s0,a7
	slli	t6,t6,2
	addi	t5,s1,104
	sw	a3,0(a7)
	add	t6,s0,t6
	slli	t5,t5,2
	addi	a7,s1,106
	sw	s6,0(t6)
	add	t5,s0,t5
	slli	a7,a7,2
	addi	t6,s1,107
	sw	s5,0(t5)
	add	a7,s0,a7
	slli	t6,t6,2
	addi	t5,s1,108
	sw	a2,0(a7)
	add	t6,s0,t6
	slli	t5,t5,2
	addi	a7,s1,109
	sw	t0,0(t6)
	li	s5,32
	add	t5,s0,t5
	slli	a7,a7,2
	addi	t6,s1,110
	sw	s5,0(t5)
	add	a7,s0,a7
	slli	t6,t6,2
	addi	t0,s1,111
	sw	s2,0(a7)
	li	t5,4
	add	t6,s0,t6
	slli	t0,t0,2
	addi	a7,s1,112
	sw	t5,0(t6)
	add	t0,s0,t0
	slli	a7,a7,2
	addi	t6,s1,113
	sw	a5,0(t0)
	add	a7,s0,a7
	slli	t6,t6,2
	addi	t0,s1,114
	sw	a3,0(a7)
	add	t6,s0,t6
	slli	t0,t0,2
	addi	a7,s1,115
	sw	t2,0(t6)
	add	t0,s0,t0
	slli	a7,a7,2
	addi	t6,s1,116
	sw	s5,0(t0)
	add	a7,s0,a7
	slli	t6,t6,2
	addi	t0,s1,105
	sw	s2,0(a7)
	addi	s6,s1,117
	li	a7,7
	add	t6,s0,t6
	slli	t0,t0,2
	sw	a7,0(t6)
	slli	t2,s6,2
	add	t0,s0,t0
	addi	t6,s1,99
	sw	s6,0(t0)
	addi	s9,s1,118
	add	t0,s0,t2
	slli	t6,t6,2
	li	t2,33
	sw	t2,0(t0)
	add	t6,s0,t6
	slli	t2,s9,2
	addi	t0,s1,119
	sw	s9,0(t6)
	slli	t0,t0,2
	add	t6,s0,t2
	addi	t2,s1,120
	sw	a4,0(t6)
	add	t0,s0,t0
	slli	t2,t2,2
	addi	t6,s1,121
	sw	zero,0(t0)
	add	t2,s0,t2
	slli	t6,t6,2
	addi	t0,s1,122
	sw	s5,0(t2)
	addi	s8,s1,123
	add	t6,s0,t6
	slli	t0,t0,2
	sw	s2,0(t6)
	slli	s5,s8,2
	add	t0,s0,t0
	addi	t2,s1,124
	sw	zero,0(t0)
	add	s2,s0,s5
	slli	t2,t2,2
	addi	t6,s1,125
	sw	a4,0(s2)
	add	t2,s0,t2
	slli	t6,t6,2
	addi	t0,s1,127
	sw	a5,0(t2)
	add	t6,s0,t6
	slli	t0,t0,2
	addi	t2,s1,128
	sw	t1,0(t6)
	add	t0,s0,t0
	slli	t2,t2,2
	addi	t6,s1,129
	sw	a4,0(t0)
	add	t2,s0,t2
	slli	t6,t6,2
	addi	t0,s1,130
	sw	zero,0(t2)
	add	t6,s0,t6
	slli	t0,t0,2
	addi	s2,s1,131
	sw	a4,0(t6)
	add	t0,s0,t0
	slli	s2,s2,2
	addi	t6,s1,132
	sw	a5,0(t0)
	li	t2,13
	add	s2,s0,s2
	slli	t6,t6,2
	addi	t0,s1,133
	sw	t2,0(s2)
	add	t6,s0,t6
	slli	t0,t0,2
	addi	s2,s1,134
	sw	a4,0(t6)
	add	t0,s0,t0
	slli	s2,s2,2
	addi	t6,s1,135
	sw	a5,0(t0)
	add	s2,s0,s2
	slli	t6,t6,2
	addi	t0,s1,136
	sw	a1,0(s2)
	add	t6,s0,t6
	slli	t0,t0,2
	addi	s2,s1,137
	sw	zero,0(t6)
	add	t0,s0,t0
	slli	s2,s2,2
	addi	t6,s1,138
	sw	a1,0(t0)
	add	s2,s0,s2
	slli	t6,t6,2
	sw	a5,0(s2)
	add	t6,s0,t6
	addi	t0,s1,139
	sw	a6,0(t6)
	slli	t0,t0,2
	addi	t6,s1,126
	add	t0,s0,t0
	slli	t6,t6,2
	sw	s8,0(t0)
	addi	s2,s1,140
	add	t6,s0,t6
	sw	s2,0(t6)
	slli	t0,s2,2
	addi	t6,s1,141
	add	t0,s0,t0
	slli	t6,t6,2
	sw	a4,0(t0)
	add	t6,s0,t6
	addi	t0,s1,142
	sw	zero,0(t6)
	slli	t0,t0,2
	addi	t6,s1,143
	add	t0,s0,t0
	slli	t6,t6,2
	sw	a0,0(t0)
	add	t6,s0,t6
	addi	t0,s1,144
	sw	a5,0(t6)
	slli	t0,t0,2
	addi	t6,s1,145
	add	t0,s0,t0
	slli	t6,t6,2
	sw	zero,0(t0)
	add	t6,s0,t6
	sw	a1,0(t6)
	addi	t6,s1,146
	slli	t6,t6,2
	addi	s5,s1,147
	add	t6,s0,t6
	sw	a2,0(t6)
	slli	t0,s5,2
	addi	t6,s1,148
	add	t0,s0,t0
	slli	t6,t6,2
	sw	a4,0(t0)
	add	t6,s0,t6
	sw	a3,0(t6)
	addi	t6,s1,149
	slli	t6,t6,2
	add	t6,s0,t6
	sw	a5,0(t6)
	addi	t6,s1,150
	slli	t6,t6,2
	add	t6,s0,t6
	sw	a5,0(t6)
	addi	t6,s1,151
	slli	t6,t6,2
	add	t6,s0,t6
	li	t0,23
	sw	t0,0(t6)
	addi	t6,s1,152
	slli	t6,t6,2
	add	t6,s0,t6
	sw	t1,0(t6)
	addi	t6,s1,154
	slli	t6,t6,2
	add	t6,s0,t6
	sw	a4,0(t6)
	addi	t6,s1,155
	slli	t6,t6,2
	add	t6,s0,t6
	sw	a3,0(t6)
	addi	t6,s1,156
	slli	t6,t6,2
	add	t6,s0,t6
	sw	a5,0(t6)
	addi	t6,s1,157
	slli	t6,t6,2
	add	t6,s0,t6
	sw	a5,0(t6)
	addi	t6,s1,158
	slli	t6,t6,2
	add	t6,s0,t6
	li	t0,14
	sw	t0,0(t6)
	addi	t6,s1,159
	slli	t6,t6,2
	add	t6,s0,t6
	sw	t1,0(t6)
	addi	t1,s1,161
	slli	t1,t1,2
	add	t1,s0,t1
	sw	a4,0(t1)
	addi	t1,s1,162
	slli	t1,t1,2
	add	t1,s0,t1
	sw	a3,0(t1)
	addi	t1,s1,163
	slli	t1,t1,2
	add	t1,s0,t1
	sw	a5,0(t1)
	addi	t1,s1,164
	slli	t1,t1,2
	add	t1,s0,t1
	sw	a2,0(t1)
	addi	t1,s1,165
	slli	t1,t1,2
	add	t1,s0,t1
	sw	t4,0(t1)
	addi	t1,s1,166
	slli	t1,t1,2
	add	t1,s0,t1
	sw	s4,0(t1)
	addi	t1,s1,167
	slli	t1,t1,2
	add	t1,s0,t1
	sw	a6,0(t1)
	addi	t1,s1,160
	slli	t1,t1,2
	addi	t0,s1,169
	add	t1,s0,t1
	sw	t0,0(t1)
	slli	t6,t0,2
	addi	t1,s1,170
	add	t6,s0,t6
	slli	t1,t1,2
	sw	a4,0(t6)
	add	t1,s0,t1
	sw	a3,0(t1)
	addi	t1,s1,171
	slli	t1,t1,2
	add	t1,s0,t1
	sw	a5,0(t1)
	addi	t1,s1,172
	slli	t1,t1,2
	add	t1,s0,t1
	sw	a5,0(t1)
	addi	t1,s1,173
	slli	t1,t1,2
	add	t1,s0,t1
	li	t6,20
	sw	t6,0(t1)
	addi	t1,s1,168
	addi	t0,s1,174
	slli	t1,t1,2
	slli	t6,t0,2
	add	t1,s0,t1
	addi	s2,s1,175
	sw	t0,0(t1)
	add	t6,s0,t6
	slli	s2,s2,2
	sw	a1,0(t6)
	add	s2,s0,s2
	sw	a3,0(s2)
	addi	s2,s1,176
	slli	s2,s2,2
	add	s2,s0,s2
	sw	a4,0(s2)
	addi	s2,s1,177
	slli	s2,s2,2
	add	s2,s0,s2
	sw	a2,0(s2)
	addi	s2,s1,178
	slli	s2,s2,2
	add	s2,s0,s2
	sw	s4,0(s2)
	addi	s2,s1,179
	slli	s2,s2,2
	add	s2,s0,s2
	sw	a1,0(s2)
	addi	a1,s1,180
	slli	a1,a1,2
	add	a1,s0,a1
	sw	a2,0(a1)
	addi	a1,s1,181
	slli	a1,a1,2
	add	a1,s0,a1
	sw	a6,0(a1)
	addi	a6,s1,182
	slli	a6,a6,2
	add	a6,s0,a6
	sw	s5,0(a6)
	addi	a6,s1,153
	slli	a6,a6,2
	addi	s4,s1,183
	add	a6,s0,a6
	sw	s4,0(a6)
	slli	s2,s4,2
	addi	a6,s1,184
	add	s2,s0,s2
	slli	a6,a6,2
	sw	a4,0(s2)
	add	a6,s0,a6
	sw	a2,0(a6)
	addi	a6,s1,185
	slli	a6,a6,2
	add	a6,s0,a6
	sw	zero,0(a6)
	addi	a6,s1,186
	sw	a6,8(sp)
	addi	a4,s1,187
	slli	a6,a6,2
	add	a6,s0,a6
	addi	a1,s1,188
	slli	a4,a4,2
	sw	a5,0(a6)
	add	a4,s0,a4
	li	a6,-7
	addi	t0,s1,189
	slli	a1,a1,2
	sw	a6,0(a4)
	add	a1,s0,a1
	li	a4,42
	addi	t6,s1,190
	slli	t0,t0,2
	sw	a4,0(a1)
	addi	t1,s1,191
	add	t0,s0,t0
	slli	t6,t6,2
	sw	a5,0(t0)
	add	t6,s0,t6
	slli	a1,t1,2
	addi	a4,s1,192
	sw	a2,0(t6)
	li	t1,5
	add	a1,s0,a1
	slli	a4,a4,2
	addi	t6,s1,193
	sw	t1,0(a1)
	li	a6,6
	add	a4,s0,a4
	slli	t6,t6,2
	addi	a1,s1,194
	sw	a6,0(a4)
	add	t6,s0,t6
	li	t0,41
	slli	a1,a1,2
	addi	a4,s1,195
	sw	t0,0(t6)
	add	a1,s0,a1
	li	t0,40
	slli	a4,a4,2
	addi	t6,s1,196
	sw	t0,0(a1)
	add	a4,s0,a4
	slli	t6,t6,2
	addi	a1,s1,197
	sw	a0,0(a4)
	add	t6,s0,t6
	slli	a1,a1,2
	addi	a4,s1,198
	sw	a5,0(t6)
	li	t0,-100
	add	a1,s0,a1
	slli	a4,a4,2
	addi	t6,s1,199
	sw	t0,0(a1)
	add	a4,s0,a4
	slli	t6,t6,2
	addi	a1,s1,200
	sw	a5,0(a4)
	add	t6,s0,t6
	slli	a1,a1,2
	addi	a4,s1,201
	sw	a7,0(t6)
	add	a1,s0,a1
	slli	a4,a4,2
	addi	t6,s1,202
	sw	s3,0(a1)
	add	a4,s0,a4
	slli	t6,t6,2
	addi	a1,s1,203
	sw	a0,0(a4)
	add	t6,s0,t6
	slli	a1,a1,2
	addi	a4,s1,204
	sw	a5,0(t6)
	add	a1,s0,a1
	slli	a4,a4,2
	addi	t6,s1,205
	sw	t0,0(a1)
	add	a4,s0,a4
	slli	t6,t6,2
	addi	a1,s1,206
	sw	a5,0(a4)
	add	t6,s0,t6
	slli	a1,a1,2
	addi	a4,s1,207
	sw	a7,0(t6)
	add	a1,s0,a1
	li	s2,12
	slli	a4,a4,2
	addi	t6,s1,208
	sw	s2,0(a1)
	add	a4,s0,a4
	slli	t6,t6,2
	addi	a1,s1,209
	sw	a0,0(a4)
	add	t6,s0,t6
	slli	a1,a1,2
	addi	a4,s1,210
	sw	a5,0(t6)
	add	a1,s0,a1
	slli	a4,a4,2
	addi	t6,s1,211
	sw	t0,0(a1)
	add	a4,s0,a4
	slli	t6,t6,2
	addi	a1,s1,212
	sw	a5,0(a4)
	add	t6,s0,t6
	slli	a1,a1,2
	addi	a4,s1,213
	sw	a7,0(t6)
	add	a1,s0,a1
	slli	a4,a4,2
	addi	t6,s1,214
	sw	t2,0(a1)
	add	a4,s0,a4
	slli	t6,t6,2
	addi	a1,s1,215
	sw	a0,0(a4)
	add	t6,s0,t6
	slli	a1,a1,2
	addi	a4,s1,216
	sw	a5,0(t6)
	add	a1,s0,a1
	slli	a4,a4,2
	addi	t6,s1,217
	sw	t0,0(a1)
	add	a4,s0,a4
	slli	t6,t6,2
	addi	a1,s1,218
	sw	a5,0(a4)
	add	t6,s0,t6
	slli	a1,a1,2
	addi	a4,s1,219
	sw	a2,0(t6)
	slli	a4,a4,2
	add	a2,s0,a1
	li	t6,21
	addi	a1,s1,220
	sw	t6,0(a2)
	add	a4,s0,a4
	slli	a1,a1,2
	addi	t0,s1,221
	sw	a0,0(a4)
	add	a1,s0,a1
	li	t6,4096
	addi	a2,s1,222
	slli	t0,t0,2
	sw	a5,0(a1)
	addi	t2,t6,-16
	add	t0,s0,t0
	slli	a2,a2,2
	addi	a4,s1,223
	sw	t2,0(t0)
	add	a2,s0,a2
	slli	a4,a4,2
	addi	a1,s1,224
	li	t0,16384
	sw	a5,0(a2)
	add	a4,s0,a4
	addi	t0,t0,-964
	slli	a1,a1,2
	addi	a2,s1,225
	sw	t0,0(a4)
	add	a1,s0,a1
	li	t0,16
	slli	a2,a2,2
	addi	a4,s1,226
	sw	t0,0(a1)
	add	a2,s0,a2
	slli	a4,a4,2
	addi	a1,s1,227
	sw	a5,0(a2)
	add	a4,s0,a4
	addi	t6,t6,273
	slli	a1,a1,2
	addi	a2,s1,228
	sw	t6,0(a4)
	add	a1,s0,a1
	li	t6,15
	slli	a2,a2,2
	addi	a4,s1,229
	sw	t6,0(a1)
	add	a2,s0,a2
	li	t6,17
	slli	a4,a4,2
	addi	a1,s1,230
	sw	t6,0(a2)
	add	a4,s0,a4
	li	t6,18
	slli	a1,a1,2
	addi	a2,s1,231
	sw	t6,0(a4)
	add	a1,s0,a1
	slli	a2,a2,2
	addi	a4,s1,232
	sw	a5,0(a1)
	add	a2,s0,a2
	slli	a4,a4,2
	addi	a1,s1,233
	sw	t5,0(a2)
	add	a4,s0,a4
	li	t5,19
	slli	a1,a1,2
	addi	a2,s1,234
	sw	t5,0(a4)
	add	a1,s0,a1
	slli	a2,a2,2
	addi	a4,s1,235
	sw	a0,0(a1)
	add	a2,s0,a2
	slli	a4,a4,2
	addi	a1,s1,236
	sw	a5,0(a2)
	add	a4,s0,a4
	li	t5,-1
	slli	a1,a1,2
	addi	a2,s1,237
	sw	t5,0(a4)
	add	a1,s0,a1
	slli	a2,a2,2
	addi	a4,s1,238
	sw	a5,0(a1)
	add	a2,s0,a2
	slli	a4,a4,2
	addi	a1,s1,239
	sw	a5,0(a2)
	add	a4,s0,a4
	li	t5,25
	slli	a1,a1,2
	addi	a2,s1,240
	sw	t5,0(a4)
	add	a1,s0,a1
	slli	a2,a2,2
	addi	a4,s1,241
	sw	a5,0(a1)
	add	a2,s0,a2
	slli	a4,a4,2
	addi	a1,s1,242
	sw	t1,0(a2)
	add	a4,s0,a4
	slli	a1,a1,2
	addi	a2,s1,243
	sw	a5,0(a4)
	add	a1,s0,a1
	slli	a2,a2,2
	addi	a4,s1,244
	sw	t1,0(a1)
	add	a2,s0,a2
	li	t5,28
	slli	a4,a4,2
	addi	a1,s1,245
	sw	t5,0(a2)
	add	a4,s0,a4
	slli	a1,a1,2
	addi	a2,s1,246
	sw	a7,0(a4)
	add	a1,s0,a1
	slli	a2,a2,2
	addi	a4,s1,247
	sw	a5,0(a1)
	add	a2,s0,a2
	slli	a4,a4,2
	addi	a1,s1,248
	sw	t1,0(a2)
	add	a4,s0,a4
	slli	a1,a1,2
	addi	a2,s1,249
	sw	a5,0(a4)
	add	a1,s0,a1
	slli	a2,a2,2
	addi	a4,s1,250
	sw	a6,0(a1)
	add	a2,s0,a2
	li	a6,22
	slli	a4,a4,2
	addi	a1,s1,251
	sw	a6,0(a2)
	add	a4,s0,a4
	slli	a1,a1,2
	addi	a2,s1,252
	sw	a7,0(a4)
	add	a1,s0,a1
	li	a6,43
	slli	a2,a2,2
	addi	a4,s1,253
	sw	a6,0(a1)
	add	a2,s0,a2
	slli	a4,a4,2
	addi	a6,s1,254
	sw	a5,0(a2)
	add	a4,s0,a4
	addi	a1,s1,255
	slli	a6,a6,2
	sw	t4,0(a4)
	add	a6,s0,a6
	slli	a1,a1,2
	addi	a2,s1,256
	sw	a3,0(a6)
	add	a1,s0,a1
	addi	a4,s1,257
	slli	a2,a2,2
	sw	a0,0(a1)
	add	a2,s0,a2
	slli	a3,a4,2
	addi	a4,s1,258
	sw	a5,0(a2)
	add	a3,s0,a3
	slli	a4,a4,2
	addi	a2,s1,259
	sw	s3,0(a3)
	add	a4,s0,a4
	slli	a2,a2,2
	addi	a3,s1,260
	sw	t3,0(a4)
	add	a2,s0,a2
	addi	a4,s1,261
	slli	a3,a3,2
	sw	a5,0(a2)
	add	a3,s0,a3
	slli	a5,a4,2
	lui	a0,%hi(.LC3)
	li	a4,77
	add	a5,s0,a5
	addi	a1,s1,262
	sw	a4,0(a3)
	addi	a0,a0,%lo(.LC3)
	sw	zero,0(a5)
	sw	a1,%lo(ncode)(s7)
	lui	s5,%hi(.LC4)
	call	put_kv
	addi	a5,s5,%lo(.LC4)
	lui	s4,%hi(.LC5)
	addi	s2,sp,20
	sw	a5,0(sp)
	addi	a5,s4,%lo(.LC5)
	sw	a5,4(sp)
	li	s11,1
	li	s10,10
	li	s4,9
	sub	s3,s3,s2
	li	s6,17
.L251:
	lw	a1,4(sp)
	sw	s11,32(sp)
	li	a0,1
	li	a2,5
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a3,s11
	sb	zero,31(sp)
	mv	a5,s2
	j	.L250
.L255:
	li	a3,1
.L250:
	remu	a4,a3,s10
	mv	a1,a5
	addi	a5,a5,-1
	addi	a4,a4,48
	sb	a4,11(a5)
	bgtu	a3,s4,.L255
	add	a1,s3,a1
	add	s5,s2,a1
	mv	a0,s5
	call	strlen
	mv	a2,a0
	mv	a1,s5
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	lw	a1,0(sp)
	li	a2,4
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a1,sp,32
	mv	a0,s1
	call	run.constprop.0
	call	put_int
	li	a0,1
	sb	s10,19(sp)
	addi	a1,sp,19
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s11,s11,4
	bne	s11,s6,.L251
	lui	a0,%hi(.LC6)
	li	a5,1000
	addi	a0,a0,%lo(.LC6)
	sw	a5,32(sp)
	call	put_str
	lw	a0,12(sp)
	addi	a1,sp,32
	call	run.constprop.0
	mv	a1,a0
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	call	put_kv
	addi	a1,sp,32
	mv	a0,s9
	sw	s11,32(sp)
	call	run.constprop.0
	mv	a1,a0
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	put_kv
	li	a5,1071
	sw	a5,32(sp)
	lui	a0,%hi(.LC9)
	li	a5,462
	sw	a5,36(sp)
	addi	a0,a0,%lo(.LC9)
	li	a5,27
	sw	a5,40(sp)
	call	put_str
	addi	a1,sp,32
	mv	a0,s8
	call	run.constprop.0
	mv	a5,a0
	sb	s10,20(sp)
	li	a0,1
	mv	a1,s2
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC10)
	mv	a1,a5
	addi	a0,a0,%lo(.LC10)
	call	put_kv
	lui	a0,%hi(.LC11)
	addi	a0,a0,%lo(.LC11)
	call	put_str
	lw	a0,8(sp)
	addi	a1,sp,32
	lui	s1,%hi(.LANCHOR0)
	call	run.constprop.0
	mv	a1,a0
	lui	a0,%hi(.LC12)
	addi	a0,a0,%lo(.LC12)
	call	put_kv
	lw	a0,%lo(ncode)(s7)
	addi	a1,sp,32
	lui	s3,%hi(.LANCHOR1)
	slli	a5,a0,2
	add	s0,s0,a5
	li	a5,200
	sw	a5,0(s0)
	call	run.constprop.0
	mv	a1,a0
	lui	a0,%hi(.LC13)
	addi	a0,a0,%lo(.LC13)
	addi	s1,s1,%lo(.LANCHOR0)
	addi	s7,s3,%lo(.LANCHOR1)
	call	put_kv
	addi	s3,s3,%lo(.LANCHOR1)
	addi	s5,s1,176
	li	s4,0
	li	s0,0
	lui	s8,%hi(.LC14)
	li	s6,10
	j	.L253
.L252:
	addi	s1,s1,4
	addi	s3,s3,4
	beq	s5,s1,.L260
.L253:
	lw	a5,0(s1)
	slli	a4,s0,5
	sub	s0,a4,s0
	add	s0,s0,a5
	add	s4,s4,a5
	bne	a5,zero,.L252
	li	a0,1
	addi	a1,s8,%lo(.LC14)
	li	a2,11
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	s9,0(s3)
	mv	a0,s9
	call	strlen
	mv	a2,a0
	mv	a1,s9
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	sb	s6,20(sp)
	mv	a1,s2
	li	a2,1
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s1,s1,4
	addi	s3,s3,4
	bne	s5,s1,.L253
.L260:
	lui	a0,%hi(.LC15)
	mv	a1,s4
	addi	a0,a0,%lo(.LC15)
	call	put_kv
	lui	a0,%hi(.LC16)
	addi	a0,a0,%lo(.LC16)
	call	put_str
	lui	a0,%hi(.LC17)
	addi	a0,a0,%lo(.LC17)
	call	put_str
	mv	a5,s2
	addi	a3,sp,12
.L254:
	andi	a4,s0,15
	add	a4,s7,a4
	lbu	a4,176(a4)
	addi	a5,a5,-1
	srli	s0,s0,4
	sb	a4,8(a5)
	bne	a5,a3,.L254
	mv	a0,s2
	sb	zero,28(sp)
	call	put_str
	li	a5,10
	sb	a5,20(sp)
	li	a0,1
	mv	a1,s2
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a5,200
	remu	a0,s4,a5
	lw	ra,124(sp)
	lw	s0,120(sp)
	lw	s1,116(sp)
	lw	s2,112(sp)
	lw	s3,108(sp)
	lw	s4,104(sp)
	lw	s5,100(sp)
	lw	s6,96(sp)
	lw	s7,92(sp)
	lw	s8,88(sp)
	lw	s9,84(sp)
	lw	s10,80(sp)
	lw	s11,76(sp)
	addi	sp,sp,128
	addi	a0,a0,1
	jr	ra
	.size	main, .-main
	.section	.rodata.str1.4
	.align	2
.LC18:
	.string	"halt"
	.align	2
.LC19:
	.string	"push"
	.align	2
.LC20:
	.string	"pop"
	.align	2
.LC21:
	.string	"dup"
	.align	2
.LC22:
	.string	"swap"
	.align	2
.LC23:
	.string	"over"
	.align	2
.LC24:
	.string	"rot"
	.align	2
.LC25:
	.string	"add"
	.align	2
.LC26:
	.string	"sub"
	.align	2
.LC27:
	.string	"mul"
	.align	2
.LC28:
	.string	"div"
	.align	2
.LC29:
	.string	"rem"
	.align	2
.LC30:
	.string	"divu"
	.align	2
.LC31:
	.string	"remu"
	.align	2
.LC32:
	.string	"and"
	.align	2
.LC33:
	.string	"or"
	.align	2
.LC34:
	.string	"xor"
	.align	2
.LC35:
	.string	"not"
	.align	2
.LC36:
	.string	"neg"
	.align	2
.LC37:
	.string	"shl"
	.align	2
.LC38:
	.string	"shr"
	.align	2
.LC39:
	.string	"sar"
	.align	2
.LC40:
	.string	"eq"
	.align	2
.LC41:
	.string	"ne"
	.align	2
.LC42:
	.string	"lt"
	.align	2
.LC43:
	.string	"ltu"
	.align	2
.LC44:
	.string	"gt"
	.align	2
.LC45:
	.string	"le"
	.align	2
.LC46:
	.string	"ge"
	.align	2
.LC47:
	.string	"jmp"
	.align	2
.LC48:
	.string	"jz"
	.align	2
.LC49:
	.string	"jnz"
	.align	2
.LC50:
	.string	"call"
	.align	2
.LC51:
	.string	"ret"
	.align	2
.LC52:
	.string	"load"
	.align	2
.LC53:
	.string	"store"
	.align	2
.LC54:
	.string	"inc"
	.align	2
.LC55:
	.string	"dec"
	.align	2
.LC56:
	.string	"print"
	.align	2
.LC57:
	.string	"printc"
	.align	2
.LC58:
	.string	"min"
	.align	2
.LC59:
	.string	"max"
	.align	2
.LC60:
	.string	"abs"
	.align	2
.LC61:
	.string	"nop"
	.globl	rt_envp
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	counts, @object
	.size	counts, 176
counts:
	.zero	176
	.type	code, @object
	.size	code, 4096
code:
	.zero	4096
	.section	.rodata
	.align	2
	.set	.LANCHOR1,. + 0
	.type	names, @object
	.size	names, 176
names:
	.word	.LC18
	.word	.LC19
	.word	.LC20
	.word	.LC21
	.word	.LC22
	.word	.LC23
	.word	.LC24
	.word	.LC25
	.word	.LC26
	.word	.LC27
	.word	.LC28
	.word	.LC29
	.word	.LC30
	.word	.LC31
	.word	.LC32
	.word	.LC33
	.word	.LC34
	.word	.LC35
	.word	.LC36
	.word	.LC37
	.word	.LC38
	.word	.LC39
	.word	.LC40
	.word	.LC41
	.word	.LC42
	.word	.LC43
	.word	.LC44
	.word	.LC45
	.word	.LC46
	.word	.LC47
	.word	.LC48
	.word	.LC49
	.word	.LC50
	.word	.LC51
	.word	.LC52
	.word	.LC53
	.word	.LC54
	.word	.LC55
	.word	.LC56
	.word	.LC57
	.word	.LC58
	.word	.LC59
	.word	.LC60
	.word	.LC61
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.section	.sbss,"aw",@nobits
	.align	2
	.type	ncode, @object
	.size	ncode, 4
ncode:
	.zero	4
	.type	rt_envp, @object
	.size	rt_envp, 4
rt_envp:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
