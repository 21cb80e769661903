	.file	"strings.c"
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
	.type	to_int, @function
to_int:
	lbu	a5,0(a0)
	li	a3,32
	mv	a4,a0
	bne	a5,a3,.L2
.L3:
	lbu	a5,1(a4)
	addi	a4,a4,1
	beq	a5,a3,.L3
.L2:
	addi	a3,a5,-43
	andi	a3,a3,253
	li	t3,0
	bne	a3,zero,.L4
	addi	a5,a5,-45
	addi	a4,a4,1
	seqz	t3,a5
.L4:
	li	a0,0
	li	a7,9
	li	t1,25
.L9:
	lbu	a3,0(a4)
	addi	a5,a3,-48
	addi	a2,a3,-97
	andi	a6,a5,0xff
	andi	a2,a2,0xff
	bleu	a6,a7,.L6
	addi	a5,a3,-65
	andi	a5,a5,0xff
	bgtu	a2,t1,.L7
	addi	a5,a3,-87
.L6:
	bge	a5,a1,.L8
.L17:
	mul	a0,a0,a1
	addi	a4,a4,1
	add	a0,a0,a5
	j	.L9
.L7:
	bgtu	a5,t1,.L8
	addi	a5,a3,-55
	blt	a5,a1,.L17
.L8:
	beq	t3,zero,.L1
	neg	a0,a0
.L1:
	ret
	.size	to_int, .-to_int
	.align	2
	.type	caesar.constprop.0, @function
caesar.constprop.0:
	lbu	a5,0(a0)
	beq	a5,zero,.L18
	li	a1,25
	li	a6,26
	j	.L22
.L27:
	rem	a2,a2,a6
	addi	a2,a2,97
	sb	a2,0(a0)
.L21:
	lbu	a5,1(a0)
	addi	a0,a0,1
	beq	a5,zero,.L18
.L22:
	addi	a4,a5,-97
	addi	a3,a5,-65
	andi	a4,a4,0xff
	addi	a2,a5,-84
	andi	a3,a3,0xff
	bleu	a4,a1,.L27
	addi	a5,a5,-52
	bgtu	a3,a1,.L21
	rem	a5,a5,a6
	addi	a0,a0,1
	addi	a5,a5,65
	sb	a5,-1(a0)
	lbu	a5,0(a0)
	bne	a5,zero,.L22
.L18:
	ret
	.size	caesar.constprop.0, .-caesar.constprop.0
	.align	2
	.type	find_naive.constprop.0, @function
find_naive.constprop.0:
	lbu	a7,0(a0)
	mv	a6,a0
	lui	a1,%hi(.LANCHOR0)
	addi	a1,a1,%lo(.LANCHOR0)
	li	a0,0
	addi	a6,a6,1
	beq	a7,zero,.L39
.L29:
	mv	a3,a6
	mv	a5,a1
	mv	a4,a7
	j	.L32
.L31:
	lbu	a4,0(a3)
	addi	a3,a3,1
	beq	a4,zero,.L28
.L32:
	lbu	a2,0(a5)
	addi	a5,a5,1
	beq	a2,a4,.L31
	lbu	a5,1(a1)
	addi	a0,a0,1
	addi	a1,a1,1
	bne	a5,zero,.L29
	li	a0,-1
.L28:
	ret
.L39:
	ret
	.size	find_naive.constprop.0, .-find_naive.constprop.0
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L41
	add	a2,a0,a2
	mv	a5,a0
.L42:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L42
.L41:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	memmove
	.type	memmove, @function
memmove:
	bltu	a0,a1,.L48
	addi	a5,a2,-1
	li	a6,-1
	beq	a2,zero,.L60
.L52:
	add	a4,a1,a5
	lbu	a3,0(a4)
	add	a4,a0,a5
	addi	a5,a5,-1
	sb	a3,0(a4)
	bne	a5,a6,.L52
.L54:
	ret
.L48:
	beq	a2,zero,.L54
	add	a2,a0,a2
	mv	a5,a0
.L51:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a2,a5,.L51
	ret
.L60:
	ret
	.size	memmove, .-memmove
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L67
.L63:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L63
.L67:
	ret
	.size	memset, .-memset
	.align	2
	.globl	memcmp
	.type	memcmp, @function
memcmp:
	beq	a2,zero,.L72
	add	a2,a1,a2
	j	.L71
.L70:
	beq	a1,a2,.L72
.L71:
	lbu	a5,0(a0)
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a1,a1,1
	beq	a5,a4,.L70
	sub	a0,a5,a4
	ret
.L72:
	li	a0,0
	ret
	.size	memcmp, .-memcmp
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L77
	mv	a5,a0
.L76:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L76
	sub	a0,a5,a0
	ret
.L77:
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
	sb	zero,15(sp)
	addi	a5,sp,4
	li	a3,10
	li	a6,9
.L82:
	remu	a4,a0,a3
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,a3
	bgtu	a2,a6,.L82
	add	a0,a1,a3
	call	put_str
	lw	ra,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_uint, .-put_uint
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	" = "
	.text
	.align	2
	.type	put_kv, @function
put_kv:
	addi	sp,sp,-48
	sw	s0,40(sp)
	sw	ra,44(sp)
	mv	s0,a1
	call	put_str
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	put_str
	blt	s0,zero,.L89
	mv	a0,s0
	call	put_uint
	addi	a1,sp,31
.L87:
	li	a5,10
	sb	a5,31(sp)
	li	a0,1
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
.L89:
	addi	a1,sp,31
	li	a5,45
	sb	a5,31(sp)
	li	a0,1
	sw	a1,12(sp)
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	neg	a0,s0
	call	put_uint
	lw	a1,12(sp)
	j	.L87
	.size	put_kv, .-put_kv
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	": "
	.text
	.align	2
	.type	line, @function
line:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	mv	s0,a1
	call	put_str
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	put_str
	mv	a0,s0
	call	put_str
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
	.size	line, .-line
	.align	2
	.type	is_palindrome, @function
is_palindrome:
	addi	sp,sp,-16
	sw	s0,8(sp)
	sw	ra,12(sp)
	mv	s0,a0
	call	strlen
	addi	a0,a0,-1
	add	a0,s0,a0
	bgeu	s0,a0,.L98
	li	a2,25
.L97:
	lbu	a5,0(s0)
	ori	a5,a5,32
	addi	a4,a5,-97
	andi	a4,a4,0xff
	bgtu	a4,a2,.L103
	lbu	a4,0(a0)
	ori	a4,a4,32
	addi	a3,a4,-97
	andi	a3,a3,0xff
	bgtu	a3,a2,.L102
	bne	a5,a4,.L99
	addi	s0,s0,1
.L102:
	addi	a0,a0,-1
	bgtu	a0,s0,.L97
.L98:
	li	a0,1
.L92:
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
.L103:
	addi	s0,s0,1
	bgtu	a0,s0,.L97
	j	.L98
.L99:
	li	a0,0
	j	.L92
	.size	is_palindrome, .-is_palindrome
	.align	2
	.type	count_kmp.constprop.0, @function
count_kmp.constprop.0:
	addi	sp,sp,-272
	sw	s0,264(sp)
	sw	ra,268(sp)
	mv	s0,a0
	call	strlen
	li	a5,1
	sw	zero,0(sp)
	mv	a7,a0
	bleu	a0,a5,.L105
	addi	a6,sp,4
	addi	a1,s0,1
	add	a0,s0,a0
	li	a4,0
.L106:
	beq	a4,zero,.L111
	lbu	a2,0(a1)
	j	.L107
.L110:
	lw	a4,-256(a5)
	beq	a4,zero,.L111
.L107:
	add	a3,s0,a4
	addi	a5,a4,-1
	lbu	a3,0(a3)
	slli	a5,a5,2
	addi	a5,a5,256
	add	a5,a5,sp
	bne	a3,a2,.L110
.L108:
	addi	a4,a4,1
.L109:
	sw	a4,0(a6)
	addi	a1,a1,1
	addi	a6,a6,4
	bne	a0,a1,.L106
.L105:
	addi	a6,a7,-1
	slli	a6,a6,2
	lui	a1,%hi(.LANCHOR0+1)
	addi	a5,a6,256
	addi	a1,a1,%lo(.LANCHOR0+1)
	li	a4,0
	li	a0,0
	li	a2,116
	add	a6,a5,sp
.L130:
	beq	a4,zero,.L131
.L113:
	add	a3,s0,a4
	addi	a5,a4,-1
	lbu	a3,0(a3)
	slli	a5,a5,2
	addi	a5,a5,256
	add	a5,a5,sp
	beq	a3,a2,.L114
	lw	a4,-256(a5)
	bne	a4,zero,.L113
.L131:
	lbu	a5,0(s0)
	li	a4,0
	beq	a5,a2,.L114
.L115:
	bne	a7,a4,.L117
	lw	a4,-256(a6)
	addi	a0,a0,1
.L117:
	lbu	a2,0(a1)
	addi	a1,a1,1
	bne	a2,zero,.L130
	lw	ra,268(sp)
	lw	s0,264(sp)
	addi	sp,sp,272
	jr	ra
.L111:
	lbu	a4,0(a1)
	lbu	a5,0(s0)
	beq	a4,a5,.L120
	li	a4,0
	j	.L109
.L114:
	addi	a4,a4,1
	j	.L115
.L120:
	li	a4,0
	j	.L108
	.size	count_kmp.constprop.0, .-count_kmp.constprop.0
	.align	2
	.type	str_cat.isra.0, @function
str_cat.isra.0:
	addi	sp,sp,-16
	sw	s0,8(sp)
	sw	s1,4(sp)
	mv	s0,a0
	sw	ra,12(sp)
	mv	s1,a1
	call	strlen
	add	a0,s0,a0
.L133:
	lbu	a5,0(s1)
	addi	a0,a0,1
	addi	s1,s1,1
	sb	a5,-1(a0)
	bne	a5,zero,.L133
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
	.size	str_cat.isra.0, .-str_cat.isra.0
	.align	2
	.type	to_base, @function
to_base:
	addi	sp,sp,-16
	lui	a6,%hi(.LANCHOR0)
	sw	s0,8(sp)
	sw	ra,12(sp)
	mv	s0,a2
	mv	a4,a2
	addi	a6,a6,%lo(.LANCHOR0)
.L137:
	remu	a5,a0,a1
	addi	a4,a4,1
	mv	a3,a0
	add	a5,a6,a5
	lbu	a5,140(a5)
	divu	a0,a0,a1
	sb	a5,-1(a4)
	bgeu	a3,a1,.L137
	sb	zero,0(a4)
	mv	a0,s0
	call	strlen
	srli	a6,a0,1
	beq	a6,zero,.L143
	addi	a4,a0,-1
	mv	a5,s0
	add	a4,s0,a4
	add	a6,a6,s0
.L139:
	lbu	a1,0(a4)
	lbu	a3,0(a5)
	addi	a5,a5,1
	addi	a4,a4,-1
	sb	a1,-1(a5)
	sb	a3,1(a4)
	bne	a5,a6,.L139
.L143:
	lw	ra,12(sp)
	mv	a0,s0
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	to_base, .-to_base
	.align	2
	.type	rle, @function
rle:
	addi	sp,sp,-48
	sw	s3,28(sp)
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s4,24(sp)
	sw	s5,20(sp)
	sw	s6,16(sp)
	lbu	a4,0(a0)
	mv	s3,a1
	beq	a4,zero,.L147
	lui	s4,%hi(.LANCHOR0)
	mv	s2,a0
	li	s6,1
	addi	s4,s4,%lo(.LANCHOR0)
	li	s1,10
	li	s5,9
.L146:
	mv	s0,s2
.L148:
	lbu	a5,1(s0)
	addi	s0,s0,1
	beq	a5,a4,.L148
	sub	a5,s0,s2
	mv	a3,s3
	bgt	a5,s6,.L165
	sb	a4,0(a3)
	lbu	a4,0(s0)
	addi	s3,a3,1
	beq	a4,zero,.L147
.L166:
	mv	s2,s0
	j	.L146
.L165:
	addi	a3,sp,4
.L150:
	remu	a4,a5,s1
	addi	a3,a3,1
	mv	a2,a5
	add	a4,s4,a4
	lbu	a4,140(a4)
	divu	a5,a5,s1
	sb	a4,-1(a3)
	bgtu	a2,s5,.L150
	addi	a0,sp,4
	sb	zero,0(a3)
	call	strlen
	srli	a1,a0,1
	beq	a1,zero,.L154
	addi	a5,sp,4
	addi	a4,a0,-1
	add	a4,a5,a4
	add	a1,a5,a1
.L153:
	lbu	a2,0(a4)
	lbu	a3,0(a5)
	addi	a5,a5,1
	addi	a4,a4,-1
	sb	a2,-1(a5)
	sb	a3,1(a4)
	bne	a5,a1,.L153
.L154:
	mv	a4,s3
	addi	a5,sp,4
.L152:
	lbu	a3,0(a5)
	addi	a4,a4,1
	addi	a5,a5,1
	sb	a3,-1(a4)
	bne	a3,zero,.L152
	addi	a0,sp,4
	call	strlen
	lbu	a4,0(s2)
	add	a3,s3,a0
	addi	s3,a3,1
	sb	a4,0(a3)
	lbu	a4,0(s0)
	bne	a4,zero,.L166
.L147:
	sb	zero,0(s3)
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	lw	s5,20(sp)
	lw	s6,16(sp)
	addi	sp,sp,48
	jr	ra
	.size	rle, .-rle
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	or	a5,a2,a3
	beq	a5,zero,.L177
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
	j	.L176
.L185:
	sll	t1,t6,t1
	li	a5,0
.L175:
	or	a0,a0,a5
	or	a1,a1,t1
.L172:
	addi	a6,a6,-1
	beq	a6,t4,.L184
.L176:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L171
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L171:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L172
	bne	a3,a5,.L178
	bgtu	a2,a4,.L172
.L178:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L185
	li	t1,0
	sll	a5,t6,a6
	j	.L175
.L184:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L177:
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
	beq	a5,zero,.L194
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,t2,1
	li	t6,31
	li	t5,-1
.L193:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L190
	srl	a7,t2,t1
.L190:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L191
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L195
	bgtu	a2,a0,.L191
.L195:
	mv	a0,a6
	sub	a1,t1,a7
.L191:
	bne	a5,t5,.L193
	ret
.L194:
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
	bge	a1,zero,.L198
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L198:
	mv	t5,a2
	mv	t1,s2
	blt	s2,zero,.L222
	or	s3,a2,s2
	li	a0,-1
	li	a1,-1
	bne	s3,zero,.L202
.L197:
	lw	s0,12(sp)
	lw	s1,8(sp)
	lw	s2,4(sp)
	lw	s3,0(sp)
	addi	sp,sp,16
	jr	ra
.L222:
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
	or	s3,a2,s2
.L202:
	li	a0,0
	li	a1,0
	li	a2,63
	li	a4,0
	li	a6,0
	slli	s0,t6,1
	li	a3,31
	li	t0,1
	li	t4,-1
	j	.L211
.L224:
	sll	a7,t0,a7
	li	a5,0
.L210:
	or	a0,a0,a5
	or	a1,a1,a7
.L207:
	addi	a2,a2,-1
	beq	a2,t4,.L223
.L211:
	srli	t3,a4,31
	slli	a5,a6,1
	addi	a7,a2,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a6,t6,a7
	bge	a7,zero,.L206
	sub	t3,a3,a2
	sll	t3,s0,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L206:
	andi	a6,a6,1
	or	a4,a6,a4
	mv	a6,a5
	bgtu	t1,a5,.L207
	bne	t1,a5,.L217
	bgtu	t5,a4,.L207
.L217:
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
	mv	a4,t3
	sub	a6,a5,a6
	bge	a7,zero,.L224
	li	a7,0
	sll	a5,t0,a2
	j	.L210
.L223:
	beq	s3,zero,.L216
	xor	s1,s1,s2
	bge	s1,zero,.L197
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
.L216:
	li	a0,-1
	li	a1,-1
	j	.L197
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
	blt	a1,zero,.L251
	mv	t2,a1
	blt	a3,zero,.L228
	or	a5,a2,a3
	bne	a5,zero,.L232
.L225:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L228:
	snez	a7,a2
	neg	a3,a3
	neg	t0,a2
	sub	a7,a3,a7
.L232:
	li	a5,63
	li	a0,0
	li	a2,0
	slli	t6,t2,1
	li	t5,31
	li	t4,-1
.L240:
	sub	a3,t5,a5
	srli	t1,a0,31
	slli	a4,a2,1
	sll	a3,t6,a3
	srl	a2,t3,a5
	addi	a6,a5,-32
	or	a4,t1,a4
	slli	a0,a0,1
	or	a2,a3,a2
	blt	a6,zero,.L237
	srl	a2,t2,a6
.L237:
	andi	a2,a2,1
	or	a0,a2,a0
	addi	a5,a5,-1
	mv	a2,a4
	bgtu	a7,a4,.L238
	sub	a3,a0,t0
	sgtu	a6,a3,a0
	sub	t1,a4,a7
	bne	a7,a4,.L245
	bgtu	t0,a0,.L238
.L245:
	mv	a0,a3
	sub	a2,t1,a6
.L238:
	bne	a5,t4,.L240
	mv	a1,a2
	bge	s0,zero,.L225
	lw	s0,12(sp)
	snez	a5,a0
	neg	a2,a2
	neg	a0,a0
	sub	a1,a2,a5
	addi	sp,sp,16
	jr	ra
.L251:
	snez	a5,a0
	neg	t2,a1
	sub	t2,t2,a5
	neg	t3,a0
	blt	a3,zero,.L228
	or	a5,a2,a3
	bne	a5,zero,.L232
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__moddi3, .-__moddi3
	.section	.rodata.str1.4
	.align	2
.LC2:
	.string	"apple"
	.align	2
.LC3:
	.string	"apricot"
	.align	2
.LC4:
	.string	"same"
	.align	2
.LC5:
	.string	"ab"
	.align	2
.LC6:
	.string	"abc"
	.align	2
.LC7:
	.string	"Hello"
	.align	2
.LC8:
	.string	"Attack at Dawn, Zebra!"
	.align	2
.LC9:
	.string	"strlen(text)"
	.align	2
.LC10:
	.string	"cmp apple apricot"
	.align	2
.LC11:
	.string	"cmp equal"
	.align	2
.LC12:
	.string	"cmp prefix"
	.align	2
.LC13:
	.string	", "
	.align	2
.LC14:
	.string	"World"
	.align	2
.LC15:
	.string	"!"
	.align	2
.LC16:
	.string	"concat"
	.align	2
.LC17:
	.string	"reversed"
	.align	2
.LC18:
	.string	"fox"
	.align	2
.LC19:
	.string	"find fox"
	.align	2
.LC20:
	.string	"cat"
	.align	2
.LC21:
	.string	"find cat"
	.align	2
.LC22:
	.string	"the"
	.align	2
.LC23:
	.string	"kmp count 'the'"
	.align	2
.LC24:
	.string	"ababc"
	.align	2
.LC25:
	.string	"kmp count 'ababc'"
	.align	2
.LC26:
	.string	"tokens:"
	.align	2
.LC27:
	.string	" ["
	.align	2
.LC28:
	.string	"token count"
	.align	2
.LC29:
	.string	"  -12345"
	.align	2
.LC30:
	.string	"to_int(\"  -12345\", 10)"
	.align	2
.LC31:
	.string	"ff"
	.align	2
.LC32:
	.string	"to_int(\"ff\", 16)"
	.align	2
.LC33:
	.string	"Zz"
	.align	2
.LC34:
	.string	"to_int(\"Zz\", 36)"
	.align	2
.LC35:
	.string	"1011021"
	.align	2
.LC36:
	.string	"to_int(\"1011021\", 2)"
	.align	2
.LC37:
	.string	"3735928559 in base 2"
	.align	2
.LC38:
	.string	"3735928559 in base 7"
	.align	2
.LC39:
	.string	"3735928559 in base 36"
	.align	2
.LC40:
	.string	"A man, a plan, a canal: Panama"
	.align	2
.LC41:
	.string	"palindrome 1"
	.align	2
.LC42:
	.string	"Never odd or even"
	.align	2
.LC43:
	.string	"palindrome 2"
	.align	2
.LC44:
	.string	"Tessera"
	.align	2
.LC45:
	.string	"palindrome 3"
	.align	2
.LC46:
	.string	"aaabccddddde"
	.align	2
.LC47:
	.string	"rle"
	.align	2
.LC48:
	.string	"wwwwwwwwwwwwbbbxyzzzzzzzzzzzzzzzzzzzz"
	.align	2
.LC49:
	.string	"rot13"
	.align	2
.LC50:
	.string	"rot13 twice"
	.align	2
.LC51:
	.string	"capitalised"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	lui	a0,%hi(.LC9)
	addi	sp,sp,-320
	li	a1,137
	addi	a0,a0,%lo(.LC9)
	sw	ra,316(sp)
	sw	s0,312(sp)
	sw	s1,308(sp)
	sw	s2,304(sp)
	call	put_kv
	lui	a3,%hi(.LC2)
	lui	a4,%hi(.LC3)
	addi	a3,a3,%lo(.LC2)
	addi	a4,a4,%lo(.LC3)
	li	a5,97
	j	.L253
.L255:
	lbu	a5,0(a3)
	addi	a4,a4,1
	beq	a5,zero,.L254
.L253:
	lbu	a2,0(a4)
	addi	a3,a3,1
	beq	a2,a5,.L255
.L254:
	lbu	a4,0(a4)
	li	a1,-1
	sub	a5,a5,a4
	blt	a5,zero,.L256
	sgt	a1,a5,zero
.L256:
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	put_kv
	lui	a5,%hi(.LC4)
	addi	a5,a5,%lo(.LC4)
.L257:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L257
	lui	a0,%hi(.LC11)
	li	a1,0
	addi	a0,a0,%lo(.LC11)
	call	put_kv
	lui	a5,%hi(.LC5)
	lui	a4,%hi(.LC6)
	li	a3,97
	addi	a5,a5,%lo(.LC5)
	addi	a4,a4,%lo(.LC6)
	j	.L258
.L260:
	lbu	a3,0(a4)
	addi	a5,a5,1
	beq	a3,zero,.L259
.L258:
	lbu	a2,0(a5)
	addi	a4,a4,1
	beq	a2,a3,.L260
.L259:
	lbu	a1,0(a5)
	lui	a0,%hi(.LC12)
	addi	a0,a0,%lo(.LC12)
	sgt	a1,a3,a1
	call	put_kv
	lui	a5,%hi(.LC7)
	addi	a5,a5,%lo(.LC7)
	addi	a4,sp,48
.L261:
	lbu	a3,0(a5)
	addi	a4,a4,1
	addi	a5,a5,1
	sb	a3,-1(a4)
	bne	a3,zero,.L261
	lui	a1,%hi(.LC13)
	addi	a1,a1,%lo(.LC13)
	addi	a0,sp,48
	call	str_cat.isra.0
	lui	a1,%hi(.LC14)
	addi	a1,a1,%lo(.LC14)
	addi	a0,sp,48
	call	str_cat.isra.0
	lui	a1,%hi(.LC15)
	addi	a0,sp,48
	addi	a1,a1,%lo(.LC15)
	call	str_cat.isra.0
	lui	a0,%hi(.LC16)
	addi	a1,sp,48
	addi	a0,a0,%lo(.LC16)
	call	line
	addi	a0,sp,48
	call	strlen
	srli	a1,a0,1
	beq	a1,zero,.L265
	addi	a5,sp,48
	addi	a4,a0,-1
	add	a4,a5,a4
	add	a1,a5,a1
.L264:
	lbu	a2,0(a4)
	lbu	a3,0(a5)
	addi	a5,a5,1
	addi	a4,a4,-1
	sb	a2,-1(a5)
	sb	a3,1(a4)
	bne	a5,a1,.L264
.L265:
	lui	a0,%hi(.LC17)
	addi	a1,sp,48
	addi	a0,a0,%lo(.LC17)
	call	line
	lui	a0,%hi(.LC18)
	addi	a0,a0,%lo(.LC18)
	call	find_naive.constprop.0
	mv	a1,a0
	lui	a0,%hi(.LC19)
	addi	a0,a0,%lo(.LC19)
	call	put_kv
	lui	a0,%hi(.LC20)
	addi	a0,a0,%lo(.LC20)
	call	find_naive.constprop.0
	mv	a1,a0
	lui	a0,%hi(.LC21)
	addi	a0,a0,%lo(.LC21)
	call	put_kv
	lui	a0,%hi(.LC22)
	addi	a0,a0,%lo(.LC22)
	call	count_kmp.constprop.0
	mv	a1,a0
	lui	a0,%hi(.LC23)
	addi	a0,a0,%lo(.LC23)
	call	put_kv
	lui	a0,%hi(.LC24)
	addi	a0,a0,%lo(.LC24)
	call	count_kmp.constprop.0
	mv	a1,a0
	lui	a0,%hi(.LC25)
	addi	a0,a0,%lo(.LC25)
	call	put_kv
	lui	a0,%hi(.LC26)
	addi	a0,a0,%lo(.LC26)
	call	put_str
	lui	s0,%hi(.LANCHOR0)
	addi	s0,s0,%lo(.LANCHOR0)
	li	t3,-134221824
	li	t4,134221824
	li	s1,0
	addi	a4,s0,75
	li	t1,27
	addi	t3,t3,-2
	lui	t6,%hi(.LC27)
	addi	t4,t4,1
	li	t5,93
.L273:
	lbu	a3,0(a4)
	addi	a5,a3,-32
	andi	a5,a5,0xff
	bleu	a5,t1,.L266
	bne	a3,zero,.L268
.L267:
	li	a5,10
	sb	a5,8(sp)
	li	a0,1
	addi	a1,sp,8
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC28)
	mv	a1,s1
	addi	a0,a0,%lo(.LC28)
	call	put_kv
	lui	a0,%hi(.LC29)
	li	a1,10
	addi	a0,a0,%lo(.LC29)
	call	to_int
	mv	a1,a0
	lui	a0,%hi(.LC30)
	addi	a0,a0,%lo(.LC30)
	call	put_kv
	lui	a0,%hi(.LC31)
	li	a1,16
	addi	a0,a0,%lo(.LC31)
	call	to_int
	mv	a1,a0
	lui	a0,%hi(.LC32)
	addi	a0,a0,%lo(.LC32)
	call	put_kv
	lui	a0,%hi(.LC33)
	li	a1,36
	addi	a0,a0,%lo(.LC33)
	call	to_int
	mv	a1,a0
	lui	a0,%hi(.LC34)
	addi	a0,a0,%lo(.LC34)
	call	put_kv
	lui	a0,%hi(.LC35)
	li	a1,2
	addi	a0,a0,%lo(.LC35)
	call	to_int
	mv	a1,a0
	lui	a0,%hi(.LC36)
	addi	a0,a0,%lo(.LC36)
	call	put_kv
	li	s2,-559038464
	addi	a2,sp,8
	li	a1,2
	addi	a0,s2,-273
	call	to_base
	mv	a1,a0
	lui	a0,%hi(.LC37)
	addi	a0,a0,%lo(.LC37)
	call	line
	addi	a2,sp,8
	li	a1,7
	addi	a0,s2,-273
	call	to_base
	mv	a1,a0
	lui	a0,%hi(.LC38)
	addi	a0,a0,%lo(.LC38)
	call	line
	addi	a2,sp,8
	li	a1,36
	addi	a0,s2,-273
	call	to_base
	mv	a1,a0
	lui	a0,%hi(.LC39)
	addi	a0,a0,%lo(.LC39)
	call	line
	lui	a0,%hi(.LC40)
	addi	a0,a0,%lo(.LC40)
	call	is_palindrome
	mv	a1,a0
	lui	a0,%hi(.LC41)
	addi	a0,a0,%lo(.LC41)
	call	put_kv
	lui	a0,%hi(.LC42)
	addi	a0,a0,%lo(.LC42)
	call	is_palindrome
	mv	a1,a0
	lui	a0,%hi(.LC43)
	addi	a0,a0,%lo(.LC43)
	call	put_kv
	lui	a0,%hi(.LC44)
	addi	a0,a0,%lo(.LC44)
	call	is_palindrome
	mv	a1,a0
	lui	a0,%hi(.LC45)
	addi	a0,a0,%lo(.LC45)
	call	put_kv
	lui	a0,%hi(.LC46)
	addi	a1,sp,48
	addi	a0,a0,%lo(.LC46)
	call	rle
	lui	s2,%hi(.LC47)
	addi	a1,sp,48
	addi	a0,s2,%lo(.LC47)
	call	line
	lui	a0,%hi(.LC48)
	addi	a1,sp,48
	addi	a0,a0,%lo(.LC48)
	call	rle
	addi	a1,sp,48
	addi	a0,s2,%lo(.LC47)
	call	line
	lui	a5,%hi(.LC8)
	addi	a5,a5,%lo(.LC8)
	addi	a4,sp,48
.L274:
	lbu	a3,0(a5)
	addi	a4,a4,1
	addi	a5,a5,1
	sb	a3,-1(a4)
	bne	a3,zero,.L274
	addi	a0,sp,48
	call	caesar.constprop.0
	lui	a0,%hi(.LC49)
	addi	a1,sp,48
	addi	a0,a0,%lo(.LC49)
	call	line
	addi	a0,sp,48
	call	caesar.constprop.0
	lui	a0,%hi(.LC50)
	addi	a1,sp,48
	addi	a0,a0,%lo(.LC50)
	call	line
	addi	a5,sp,48
.L275:
	lbu	a4,0(s0)
	addi	a5,a5,1
	addi	s0,s0,1
	sb	a4,-1(a5)
	bne	a4,zero,.L275
	lbu	a4,48(sp)
	addi	a5,sp,48
	li	a1,25
	li	a2,32
	beq	a4,zero,.L278
.L279:
	addi	a3,a4,-97
	andi	a3,a3,0xff
	bgtu	a3,a1,.L280
	addi	a4,a4,-32
	sb	a4,0(a5)
.L280:
	lbu	a4,1(a5)
	addi	a5,a5,1
	beq	a4,zero,.L278
.L314:
	lbu	a3,-1(a5)
	beq	a3,a2,.L279
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L314
.L278:
	lui	a0,%hi(.LC51)
	addi	a1,sp,48
	addi	a0,a0,%lo(.LC51)
	sb	zero,92(sp)
	call	line
	lw	ra,316(sp)
	lw	s0,312(sp)
	lw	s2,304(sp)
	mv	a0,s1
	lw	s1,308(sp)
	addi	sp,sp,320
	jr	ra
.L266:
	sra	a5,t3,a5
	andi	a5,a5,1
	bne	a5,zero,.L268
	addi	a4,a4,1
	j	.L273
.L268:
	li	a0,1
	addi	a1,t6,%lo(.LC27)
	li	a2,2
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lbu	a3,0(a4)
	bne	a3,zero,.L270
	j	.L271
.L272:
	addi	a4,a4,1
	sb	a3,8(sp)
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lbu	a3,0(a4)
	beq	a3,zero,.L271
.L270:
	addi	a5,a3,-32
	andi	a5,a5,0xff
	srl	a6,t4,a5
	li	a0,1
	addi	a1,sp,8
	li	a2,1
	li	a7,64
	andi	a6,a6,1
	bgtu	a5,t1,.L272
	beq	a6,zero,.L272
.L271:
	sb	t5,8(sp)
	li	a0,1
	addi	a1,sp,8
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lbu	a5,0(a4)
	addi	s1,s1,1
	bne	a5,zero,.L273
	j	.L267
	.size	main, .-main
	.globl	rt_envp
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	text.1, @object
	.size	text.1, 138
text.1:
	.string	"the quick brown fox jumps over the lazy dog; the dog sleeps, the fox runs. abababcabababcababc  tokens,,separated;;by  , mixed;delimiters"
	.zero	2
	.type	digits.0, @object
	.size	digits.0, 37
digits.0:
	.string	"0123456789abcdefghijklmnopqrstuvwxyz"
	.section	.sbss,"aw",@nobits
	.align	2
	.type	rt_envp, @object
	.size	rt_envp, 4
rt_envp:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
