	.file	"wc.c"
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
	.string	": "
	.align	2
.LC1:
	.string	" |"
	.text
	.align	2
	.type	flush_line, @function
flush_line:
	lui	a5,%hi(lines)
	lw	a0,%lo(lines)(a5)
	addi	sp,sp,-32
	sw	ra,28(sp)
	addi	a0,a0,1
	sw	s0,24(sp)
	call	put_int
	lui	a1,%hi(.LC0)
	li	a0,1
	addi	a1,a1,%lo(.LC0)
	li	a2,2
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	t4,%hi(line_len)
	lw	a5,%lo(line_len)(t4)
	addi	t1,sp,15
	ble	a5,zero,.L59
	lui	a3,%hi(.LANCHOR0)
	addi	a3,a3,%lo(.LANCHOR0)
	li	a6,0
	li	t5,25
.L58:
	lbu	a5,0(a3)
	li	a0,1
	mv	a1,t1
	addi	a4,a5,-97
	andi	a4,a4,0xff
	li	a2,1
	li	a7,64
	addi	t3,a5,-32
	bgtu	a4,t5,.L57
	andi	a5,t3,0xff
.L57:
	sb	a5,15(sp)
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a5,%lo(line_len)(t4)
	addi	a6,a6,1
	addi	a3,a3,1
	bgt	a5,a6,.L58
.L59:
	lui	a1,%hi(.LC1)
	li	a0,1
	addi	a1,a1,%lo(.LC1)
	li	a2,2
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	t5,%lo(line_len)(t4)
	li	a5,-1
	addi	a3,t5,-1
	mv	a4,t5
	blt	a3,a5,.L56
	lui	t3,%hi(.LANCHOR0)
	li	t6,-1
	li	s0,-2
	addi	t3,t3,%lo(.LANCHOR0)
	li	t0,32
	li	t2,9
.L71:
	beq	a3,t6,.L77
.L62:
	add	a5,t3,a4
	lbu	a5,-1(a5)
	mv	a6,t3
	beq	a5,t0,.L64
	beq	a5,t2,.L64
	addi	a3,a3,-1
	addi	a4,a4,-1
	bne	a3,t6,.L62
.L77:
	bgt	t5,zero,.L78
.L56:
	li	a5,10
	sb	a5,15(sp)
	li	a0,1
	mv	a1,t1
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a5,%hi(longest)
	lw	a4,%lo(line_len)(t4)
	lw	a3,%lo(longest)(a5)
	ble	a4,a3,.L61
	sw	a4,%lo(longest)(a5)
.L61:
	lw	ra,28(sp)
	lw	s0,24(sp)
	sw	zero,%lo(line_len)(t4)
	addi	sp,sp,32
	jr	ra
.L64:
	mv	a5,a4
	blt	a4,t5,.L66
	mv	t5,a3
	addi	a4,a4,-1
	addi	a3,a3,-1
	j	.L71
.L66:
	sb	t0,15(sp)
	li	a0,1
	mv	a1,t1
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
.L68:
	add	a5,a6,a5
	add	a6,a6,t5
.L69:
	lbu	a2,0(a5)
	li	a0,1
	mv	a1,t1
	sb	a2,15(sp)
	li	a7,64
	li	a2,1
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a5,a5,1
	bne	a6,a5,.L69
	addi	a5,a3,-1
	beq	a5,s0,.L56
	mv	t5,a3
	addi	a4,a4,-1
	mv	a3,a5
	j	.L71
.L78:
	li	a5,32
	sb	a5,15(sp)
	li	a0,1
	mv	a1,t1
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a6,%hi(.LANCHOR0)
	li	a5,0
	addi	a6,a6,%lo(.LANCHOR0)
	j	.L68
	.size	flush_line, .-flush_line
	.section	.rodata.str1.4
	.align	2
.LC2:
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
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
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
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	or	a5,a2,a3
	beq	a5,zero,.L91
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
	j	.L90
.L99:
	sll	t1,t6,t1
	li	a5,0
.L89:
	or	a0,a0,a5
	or	a1,a1,t1
.L86:
	addi	a6,a6,-1
	beq	a6,t4,.L98
.L90:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L85
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L85:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L86
	bne	a3,a5,.L92
	bgtu	a2,a4,.L86
.L92:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L99
	li	t1,0
	sll	a5,t6,a6
	j	.L89
.L98:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L91:
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
	beq	a5,zero,.L108
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,t2,1
	li	t6,31
	li	t5,-1
.L107:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L104
	srl	a7,t2,t1
.L104:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L105
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L109
	bgtu	a2,a0,.L105
.L109:
	mv	a0,a6
	sub	a1,t1,a7
.L105:
	bne	a5,t5,.L107
	ret
.L108:
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
	bge	a1,zero,.L112
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L112:
	mv	t5,a2
	mv	t1,s2
	blt	s2,zero,.L136
	or	s3,a2,s2
	li	a0,-1
	li	a1,-1
	bne	s3,zero,.L116
.L111:
	lw	s0,12(sp)
	lw	s1,8(sp)
	lw	s2,4(sp)
	lw	s3,0(sp)
	addi	sp,sp,16
	jr	ra
.L136:
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
	or	s3,a2,s2
.L116:
	li	a0,0
	li	a1,0
	li	a2,63
	li	a4,0
	li	a6,0
	slli	s0,t6,1
	li	a3,31
	li	t0,1
	li	t4,-1
	j	.L125
.L138:
	sll	a7,t0,a7
	li	a5,0
.L124:
	or	a0,a0,a5
	or	a1,a1,a7
.L121:
	addi	a2,a2,-1
	beq	a2,t4,.L137
.L125:
	srli	t3,a4,31
	slli	a5,a6,1
	addi	a7,a2,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a6,t6,a7
	bge	a7,zero,.L120
	sub	t3,a3,a2
	sll	t3,s0,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L120:
	andi	a6,a6,1
	or	a4,a6,a4
	mv	a6,a5
	bgtu	t1,a5,.L121
	bne	t1,a5,.L131
	bgtu	t5,a4,.L121
.L131:
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
	mv	a4,t3
	sub	a6,a5,a6
	bge	a7,zero,.L138
	li	a7,0
	sll	a5,t0,a2
	j	.L124
.L137:
	beq	s3,zero,.L130
	xor	s1,s1,s2
	bge	s1,zero,.L111
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
.L130:
	li	a0,-1
	li	a1,-1
	j	.L111
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
	blt	a1,zero,.L165
	mv	t2,a1
	blt	a3,zero,.L142
	or	a5,a2,a3
	bne	a5,zero,.L146
.L139:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L142:
	snez	a7,a2
	neg	a3,a3
	neg	t0,a2
	sub	a7,a3,a7
.L146:
	li	a5,63
	li	a0,0
	li	a2,0
	slli	t6,t2,1
	li	t5,31
	li	t4,-1
.L154:
	sub	a3,t5,a5
	srli	t1,a0,31
	slli	a4,a2,1
	sll	a3,t6,a3
	srl	a2,t3,a5
	addi	a6,a5,-32
	or	a4,t1,a4
	slli	a0,a0,1
	or	a2,a3,a2
	blt	a6,zero,.L151
	srl	a2,t2,a6
.L151:
	andi	a2,a2,1
	or	a0,a2,a0
	addi	a5,a5,-1
	mv	a2,a4
	bgtu	a7,a4,.L152
	sub	a3,a0,t0
	sgtu	a6,a3,a0
	sub	t1,a4,a7
	bne	a7,a4,.L159
	bgtu	t0,a0,.L152
.L159:
	mv	a0,a3
	sub	a2,t1,a6
.L152:
	bne	a5,t4,.L154
	mv	a1,a2
	bge	s0,zero,.L139
	lw	s0,12(sp)
	snez	a5,a0
	neg	a2,a2
	neg	a0,a0
	sub	a1,a2,a5
	addi	sp,sp,16
	jr	ra
.L165:
	snez	a5,a0
	neg	t2,a1
	sub	t2,t2,a5
	neg	t3,a0
	blt	a3,zero,.L142
	or	a5,a2,a3
	bne	a5,zero,.L146
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__moddi3, .-__moddi3
	.section	.rodata.str1.4
	.align	2
.LC3:
	.string	"read error"
	.align	2
.LC4:
	.string	"(no newline at end)\n"
	.align	2
.LC5:
	.string	"read after end"
	.align	2
.LC6:
	.string	"reads"
	.align	2
.LC7:
	.string	"lines words bytes: "
	.align	2
.LC8:
	.string	"bytes above 0x7f"
	.align	2
.LC9:
	.string	"longest line"
	.align	2
.LC10:
	.string	"letters:"
	.align	2
.LC11:
	.string	"most common: "
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-128
	sw	ra,124(sp)
	sw	s0,120(sp)
	sw	s1,116(sp)
	sw	s2,112(sp)
	sw	s3,108(sp)
	sw	s4,104(sp)
	sw	s5,100(sp)
	sw	s6,96(sp)
	sw	s7,92(sp)
	sw	s8,88(sp)
	sw	s9,84(sp)
	sw	s10,80(sp)
	sw	s11,76(sp)
	li	a0,0
	addi	a1,sp,24
	li	a2,37
	li	a7,63
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	s1,a0
	blt	a0,zero,.L171
	lui	s4,%hi(bytes)
	beq	a0,zero,.L169
	lui	s5,%hi(.LANCHOR0)
	li	s8,1
	lui	s4,%hi(bytes)
	lui	s3,%hi(in_word)
	lui	s2,%hi(line_len)
	addi	s5,s5,%lo(.LANCHOR0)
	lui	s7,%hi(words)
	lui	s6,%hi(high)
.L170:
	lw	s0,%lo(bytes)(s4)
	li	s10,510
	li	s11,1
	mv	s9,s0
	add	s1,s1,s0
	li	a2,25
.L179:
	sub	a5,s0,s9
	addi	a4,sp,24
	add	a5,a4,a5
	lbu	a4,0(a5)
	addi	s0,s0,1
	sw	s0,%lo(bytes)(s4)
	slli	a5,a4,24
	srai	a5,a5,24
	blt	a5,zero,.L202
	ori	a5,a4,32
	addi	a5,a5,-97
	andi	a3,a5,0xff
	bgtu	a3,a2,.L174
	slli	a5,a5,2
	add	a5,s5,a5
	lw	a3,512(a5)
	addi	a3,a3,1
	sw	a3,512(a5)
.L174:
	li	a5,32
	bne	a4,a5,.L175
.L177:
	sw	zero,%lo(in_word)(s3)
.L176:
	lw	a5,%lo(line_len)(s2)
	bgt	a5,s10,.L178
	addi	a3,a5,1
	add	a5,s5,a5
	sw	a3,%lo(line_len)(s2)
	sb	a4,0(a5)
.L178:
	bne	s0,s1,.L179
.L203:
	li	a0,0
	addi	a1,sp,24
	li	a2,37
	li	a7,63
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	s1,a0
	blt	a0,zero,.L171
	beq	a0,zero,.L186
	addi	s8,s8,1
	j	.L170
.L202:
	lw	a5,%lo(high)(s6)
	addi	a5,a5,1
	sw	a5,%lo(high)(s6)
.L173:
	lw	a5,%lo(in_word)(s3)
	bne	a5,zero,.L176
	lw	a5,%lo(words)(s7)
	sw	s11,%lo(in_word)(s3)
	addi	a5,a5,1
	sw	a5,%lo(words)(s7)
	j	.L176
.L175:
	li	a5,9
	beq	a4,a5,.L177
	li	a5,10
	bne	a4,a5,.L173
	sw	zero,%lo(in_word)(s3)
	call	flush_line
	lui	a4,%hi(lines)
	lw	a5,%lo(lines)(a4)
	li	a2,25
	addi	a5,a5,1
	sw	a5,%lo(lines)(a4)
	bne	s0,s1,.L179
	j	.L203
.L171:
	lui	a0,%hi(.LC3)
	addi	a0,a0,%lo(.LC3)
	mv	a1,s1
	call	put_kv
	li	a0,100
.L166:
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
	jr	ra
.L186:
	mv	s1,s8
.L169:
	lui	a5,%hi(line_len)
	lw	a5,%lo(line_len)(a5)
	bne	a5,zero,.L204
.L181:
	li	a0,0
	addi	a1,sp,24
	li	a2,37
	li	a7,63
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a1,a0
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	call	put_kv
	slti	s1,s1,2
	lui	a0,%hi(.LC6)
	xori	a1,s1,1
	addi	a0,a0,%lo(.LC6)
	call	put_kv
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	call	put_str
	lui	a5,%hi(lines)
	lw	a0,%lo(lines)(a5)
	li	s0,32
	addi	s1,sp,12
	call	put_int
	li	a0,1
	sb	s0,12(sp)
	mv	a1,s1
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	s5,%hi(words)
	lw	a0,%lo(words)(s5)
	call	put_int
	li	a0,1
	sb	s0,12(sp)
	mv	a1,s1
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a0,%lo(bytes)(s4)
	call	put_int
	li	a5,10
	sb	a5,12(sp)
	li	a0,1
	mv	a1,s1
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a5,%hi(high)
	lw	a1,%lo(high)(a5)
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	put_kv
	lui	a5,%hi(longest)
	lw	a1,%lo(longest)(a5)
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	call	put_kv
	lui	a0,%hi(.LC10)
	lui	s2,%hi(.LANCHOR0)
	addi	a0,a0,%lo(.LC10)
	addi	s2,s2,%lo(.LANCHOR0)
	li	s0,10
	call	put_str
	addi	s8,s2,512
	li	s10,0
	li	s7,0
	li	s4,32
	li	s9,9
	sub	s3,s0,s1
	li	s11,26
	j	.L185
.L184:
	addi	s7,s7,1
	addi	s8,s8,4
	beq	s7,s11,.L205
.L185:
	lw	a5,0(s8)
	beq	a5,zero,.L184
	sb	s4,12(sp)
	li	a0,1
	mv	a1,s1
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a5,s7,97
	sb	a5,12(sp)
	li	a0,1
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a4,0(s8)
	sb	zero,23(sp)
	mv	a5,s1
.L183:
	remu	a3,a4,s0
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a4
	addi	a3,a3,48
	sb	a3,11(a5)
	divu	a4,a4,s0
	bgtu	a2,s9,.L183
	add	a1,s3,a1
	add	s6,s1,a1
	mv	a0,s6
	call	strlen
	mv	a2,a0
	mv	a1,s6
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	slli	a5,s10,2
	add	a5,s2,a5
	lw	a4,0(s8)
	lw	a5,512(a5)
	bleu	a4,a5,.L184
	mv	s10,s7
	addi	s7,s7,1
	addi	s8,s8,4
	bne	s7,s11,.L185
.L205:
	li	s0,10
	sb	s0,12(sp)
	li	a0,1
	mv	a1,s1
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC11)
	addi	a0,a0,%lo(.LC11)
	call	put_str
	addi	s10,s10,97
	sb	s10,12(sp)
	li	a0,1
	mv	a1,s1
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	sb	s0,12(sp)
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a0,%lo(words)(s5)
	j	.L166
.L204:
	call	flush_line
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	put_str
	j	.L181
	.size	main, .-main
	.globl	rt_envp
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	line, @object
	.size	line, 512
line:
	.zero	512
	.type	letters, @object
	.size	letters, 104
letters:
	.zero	104
	.section	.sbss,"aw",@nobits
	.align	2
	.type	in_word, @object
	.size	in_word, 4
in_word:
	.zero	4
	.type	longest, @object
	.size	longest, 4
longest:
	.zero	4
	.type	high, @object
	.size	high, 4
high:
	.zero	4
	.type	bytes, @object
	.size	bytes, 4
bytes:
	.zero	4
	.type	words, @object
	.size	words, 4
words:
	.zero	4
	.type	lines, @object
	.size	lines, 4
lines:
	.zero	4
	.type	line_len, @object
	.size	line_len, 4
line_len:
	.zero	4
	.type	rt_envp, @object
	.size	rt_envp, 4
rt_envp:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
