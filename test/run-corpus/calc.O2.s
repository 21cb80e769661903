	.file	"calc.c"
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

	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"unexpected end of line"
	.align	2
.LC1:
	.string	"unexpected character"
	.align	2
.LC2:
	.string	"expected )"
	.align	2
.LC3:
	.string	"undefined variable"
 #NO_APP
	.text
	.align	2
	.type	primary, @function
primary:
	addi	sp,sp,-32
	lui	a5,%hi(in_len)
	sw	s3,12(sp)
	lui	s3,%hi(pos)
	sw	s0,24(sp)
	lw	s0,%lo(in_len)(a5)
	lw	a5,%lo(pos)(s3)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s5,4(sp)
	lui	s2,%hi(input)
	lui	s5,%hi(error)
	sw	ra,28(sp)
	sw	s4,8(sp)
	lw	a0,%lo(error)(s5)
	li	a2,0
	li	s1,1
	addi	s2,s2,%lo(input)
	li	a1,32
	li	a6,9
	li	a7,40
	li	t1,45
	ble	s0,a5,.L3
.L2:
	add	a4,s2,a5
.L4:
	lbu	a3,0(a4)
	addi	a4,a4,1
	beq	a3,a1,.L6
	bne	a3,a6,.L67
.L6:
	addi	a5,a5,1
	li	a2,1
	bne	s0,a5,.L4
	sw	s0,%lo(pos)(s3)
.L5:
	bne	a0,zero,.L12
.L10:
	lui	a5,%hi(.LC0)
	addi	a5,a5,%lo(.LC0)
	j	.L65
.L67:
	ble	s0,a5,.L3
	add	a4,s2,a5
	lbu	a4,0(a4)
	bne	a0,zero,.L68
	beq	a4,a7,.L69
	bne	a4,t1,.L23
	addi	a5,a5,1
	neg	s1,s1
	li	a2,1
	bgt	s0,a5,.L2
.L3:
	beq	a2,zero,.L5
	sw	a5,%lo(pos)(s3)
	beq	a0,zero,.L10
.L12:
	li	a0,0
	j	.L1
.L69:
	addi	a5,a5,1
	sw	a5,%lo(pos)(s3)
	call	bitwise
	lw	a5,%lo(pos)(s3)
	li	a2,0
	li	a1,32
	add	a4,s2,a5
	li	a6,9
	bgt	s0,a5,.L16
	j	.L20
.L41:
	mv	s4,a5
.L16:
	lbu	a3,0(a4)
	addi	a4,a4,1
	beq	a3,a1,.L18
	bne	a3,a6,.L70
.L18:
	addi	a5,a5,1
	li	a2,1
	bne	s0,a5,.L41
	sw	s0,%lo(pos)(s3)
.L17:
	ble	s0,a5,.L20
	add	s2,s2,a5
	lbu	a3,0(s2)
	li	a4,41
	bne	a3,a4,.L20
	mul	a0,s1,a0
	addi	a5,a5,1
	sw	a5,%lo(pos)(s3)
.L1:
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	lw	s5,4(sp)
	addi	sp,sp,32
	jr	ra
.L20:
	lw	a5,%lo(error)(s5)
	bne	a5,zero,.L12
	lui	a5,%hi(.LC2)
	addi	a5,a5,%lo(.LC2)
.L65:
	sw	a5,%lo(error)(s5)
	li	a0,0
	j	.L1
.L68:
	beq	a2,zero,.L12
	sw	a5,%lo(pos)(s3)
	li	a0,0
	j	.L1
.L70:
	beq	a2,zero,.L17
	sw	s4,%lo(pos)(s3)
	j	.L17
.L23:
	beq	a2,zero,.L25
	sw	a5,%lo(pos)(s3)
.L25:
	li	a3,126
	bne	a4,a3,.L71
	addi	a5,a5,1
	sw	a5,%lo(pos)(s3)
	call	primary
	not	a5,a0
	mul	a0,a5,s1
	j	.L1
.L71:
	addi	a3,a4,-48
	li	a2,9
	bleu	a3,a2,.L27
	addi	a3,a4,-97
	li	a2,25
	bgtu	a3,a2,.L38
	lui	a4,%hi(.LANCHOR0)
	slli	a3,a3,2
	addi	a4,a4,%lo(.LANCHOR0)
	add	a4,a4,a3
	lw	a3,0(a4)
	addi	a5,a5,1
	sw	a5,%lo(pos)(s3)
	bne	a3,zero,.L39
	lui	a5,%hi(.LC3)
	addi	a5,a5,%lo(.LC3)
	sw	a5,%lo(error)(s5)
	li	a0,0
	j	.L1
.L27:
	li	a3,48
	bne	a4,a3,.L31
	add	a3,s2,a5
	lbu	a4,1(a3)
	li	a2,88
	andi	a4,a4,223
	beq	a4,a2,.L72
.L31:
	lw	a4,%lo(pos)(s3)
	li	a5,9
	li	a3,0
	add	a4,s2,a4
	lbu	a1,0(a4)
	li	a0,9
	addi	a2,a1,-48
	andi	a1,a2,0xff
	bgtu	a1,a5,.L12
.L37:
	lbu	a1,1(a4)
	slli	a5,a3,2
	add	a5,a5,a3
	slli	a5,a5,1
	add	a3,a5,a2
	addi	a2,a1,-48
	andi	a5,a2,0xff
	mv	a1,a4
	addi	a4,a4,1
	bleu	a5,a0,.L37
	sub	a5,a1,s2
	addi	a5,a5,1
	mul	a0,s1,a3
	sw	a5,%lo(pos)(s3)
	j	.L1
.L38:
	li	a5,10
	beq	a4,a5,.L10
	lui	a5,%hi(.LC1)
	addi	a5,a5,%lo(.LC1)
	j	.L65
.L72:
	addi	a5,a5,2
	sw	a5,%lo(pos)(s3)
	li	a0,0
	li	a2,0
	li	t1,9
	li	t3,5
	j	.L35
.L73:
	add	a2,a4,a7
.L33:
	addi	a3,a3,1
	li	a0,1
.L35:
	lbu	a4,2(a3)
	slli	a5,a2,4
	mv	a7,a5
	ori	a1,a4,32
	addi	a4,a4,-48
	addi	a6,a1,-97
	addi	a5,a5,-87
	bleu	a4,t1,.L73
	bgtu	a6,t3,.L34
	add	a2,a1,a5
	j	.L33
.L39:
	lw	a5,104(a4)
	mul	a0,s1,a5
	j	.L1
.L34:
	beq	a0,zero,.L36
	sub	a5,a3,s2
	addi	a5,a5,2
	sw	a5,%lo(pos)(s3)
.L36:
	mul	a0,a2,s1
	j	.L1
	.size	primary, .-primary
	.section	.rodata.str1.4
	.align	2
.LC4:
	.string	"division by zero"
	.text
	.align	2
	.type	term, @function
term:
	addi	sp,sp,-48
	sw	s4,24(sp)
	sw	s7,12(sp)
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	sw	s5,20(sp)
	sw	s6,16(sp)
	lui	s7,%hi(error)
	call	primary
	lw	a5,%lo(error)(s7)
	mv	s4,a0
	bne	a5,zero,.L74
	lui	a5,%hi(in_len)
	lw	s0,%lo(in_len)(a5)
	lui	s6,%hi(input)
	lui	s5,%hi(pos)
	addi	s6,s6,%lo(input)
	li	s1,32
	li	s3,9
.L76:
	lw	a5,%lo(pos)(s5)
	bge	a5,s0,.L74
	add	a4,s6,a5
	li	a2,0
	j	.L90
.L97:
	mv	s2,a5
.L90:
	lbu	a3,0(a4)
	addi	a4,a4,1
	beq	a3,s1,.L91
	bne	a3,s3,.L116
.L91:
	addi	a5,a5,1
	li	a2,1
	bne	a5,s0,.L97
	sw	a5,%lo(pos)(s5)
.L74:
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s5,20(sp)
	lw	s6,16(sp)
	lw	s7,12(sp)
	mv	a0,s4
	lw	s4,24(sp)
	addi	sp,sp,48
	jr	ra
.L116:
	beq	a2,zero,.L92
	sw	s2,%lo(pos)(s5)
.L92:
	ble	s0,a5,.L74
	add	a4,s6,a5
	lbu	a4,0(a4)
	li	a3,42
	beq	a4,a3,.L93
	li	a3,47
	beq	a4,a3,.L94
	li	a3,37
	bne	a4,a3,.L74
	addi	a5,a5,1
	sw	a5,%lo(pos)(s5)
	call	primary
	lw	a5,%lo(error)(s7)
	bne	a5,zero,.L74
	beq	a0,zero,.L82
	li	a5,-2147483648
	beq	s4,a5,.L86
.L113:
	rem	s4,s4,a0
	j	.L76
.L86:
	li	a5,-1
	bne	a0,a5,.L113
	li	s4,0
.L84:
	lw	a5,%lo(error)(s7)
	beq	a5,zero,.L76
	j	.L74
.L82:
	lui	a5,%hi(.LC4)
	addi	a5,a5,%lo(.LC4)
	sw	a5,%lo(error)(s7)
	j	.L74
.L93:
	addi	a5,a5,1
	sw	a5,%lo(pos)(s5)
	call	primary
	lw	a5,%lo(error)(s7)
	bne	a5,zero,.L74
	mul	s4,a0,s4
	j	.L76
.L94:
	addi	a5,a5,1
	sw	a5,%lo(pos)(s5)
	call	primary
	lw	a5,%lo(error)(s7)
	bne	a5,zero,.L74
	beq	a0,zero,.L82
	li	a5,-2147483648
	beq	s4,a5,.L83
	div	s4,s4,a0
	j	.L76
.L83:
	li	a5,-1
	beq	a0,a5,.L84
	div	s4,s4,a0
	j	.L76
	.size	term, .-term
	.align	2
	.type	sum, @function
sum:
	addi	sp,sp,-48
	sw	s6,16(sp)
	sw	s7,12(sp)
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	sw	s4,24(sp)
	sw	s5,20(sp)
	lui	s7,%hi(error)
	call	term
	lw	a5,%lo(error)(s7)
	mv	s6,a0
	bne	a5,zero,.L117
	lui	a5,%hi(in_len)
	lw	s0,%lo(in_len)(a5)
	lui	s5,%hi(input)
	lui	s4,%hi(pos)
	addi	s5,s5,%lo(input)
	li	s1,32
	li	s3,9
.L119:
	lw	a5,%lo(pos)(s4)
	bge	a5,s0,.L117
	add	a4,a5,s5
	li	a2,0
	j	.L122
.L133:
	mv	s2,a5
.L122:
	lbu	a3,0(a4)
	addi	a4,a4,1
	beq	a3,s1,.L124
	bne	a3,s3,.L132
.L124:
	addi	a5,a5,1
	li	a2,1
	bne	a5,s0,.L133
	sw	a5,%lo(pos)(s4)
.L117:
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	lw	s5,20(sp)
	lw	s7,12(sp)
	mv	a0,s6
	lw	s6,16(sp)
	addi	sp,sp,48
	jr	ra
.L132:
	beq	a2,zero,.L125
	sw	s2,%lo(pos)(s4)
.L125:
	ble	s0,a5,.L117
	li	a4,43
	beq	a3,a4,.L126
	li	a4,45
	bne	a3,a4,.L117
	addi	a5,a5,1
	sw	a5,%lo(pos)(s4)
	call	term
	sub	s6,s6,a0
.L120:
	lw	a5,%lo(error)(s7)
	beq	a5,zero,.L119
	j	.L117
.L126:
	addi	a5,a5,1
	sw	a5,%lo(pos)(s4)
	call	term
	add	s6,s6,a0
	j	.L120
	.size	sum, .-sum
	.align	2
	.type	shift, @function
shift:
	addi	sp,sp,-48
	sw	s6,16(sp)
	sw	s7,12(sp)
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	sw	s4,24(sp)
	sw	s5,20(sp)
	lui	s7,%hi(error)
	call	sum
	lw	a5,%lo(error)(s7)
	mv	s6,a0
	bne	a5,zero,.L134
	lui	a5,%hi(in_len)
	lw	s0,%lo(in_len)(a5)
	lui	s5,%hi(input)
	lui	s4,%hi(pos)
	addi	s5,s5,%lo(input)
	li	s1,32
	li	s3,9
.L136:
	lw	a5,%lo(pos)(s4)
	ble	s0,a5,.L134
	add	a4,s5,a5
	li	a2,0
	j	.L139
.L154:
	mv	s2,a5
.L139:
	lbu	a3,0(a4)
	addi	a4,a4,1
	beq	a3,s1,.L141
	bne	a3,s3,.L153
.L141:
	addi	a5,a5,1
	li	a2,1
	bne	a5,s0,.L154
	sw	a5,%lo(pos)(s4)
.L134:
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	lw	s5,20(sp)
	lw	s7,12(sp)
	mv	a0,s6
	lw	s6,16(sp)
	addi	sp,sp,48
	jr	ra
.L153:
	beq	a2,zero,.L142
	sw	s2,%lo(pos)(s4)
.L142:
	ble	s0,a5,.L134
	li	a4,60
	bne	a3,a4,.L155
	add	a4,s5,a5
	lbu	a4,1(a4)
	bne	a4,a3,.L134
	addi	a5,a5,2
	sw	a5,%lo(pos)(s4)
	call	sum
	sll	s6,s6,a0
.L146:
	lw	a5,%lo(error)(s7)
	beq	a5,zero,.L136
	j	.L134
.L155:
	li	a4,62
	bne	a3,a4,.L134
	add	a4,s5,a5
	lbu	a4,1(a4)
	bne	a4,a3,.L134
	addi	a5,a5,2
	sw	a5,%lo(pos)(s4)
	call	sum
	sra	s6,s6,a0
	j	.L146
	.size	shift, .-shift
	.align	2
	.type	bitwise, @function
bitwise:
	addi	sp,sp,-48
	sw	s6,16(sp)
	sw	s7,12(sp)
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	sw	s4,24(sp)
	sw	s5,20(sp)
	lui	s7,%hi(error)
	call	shift
	lw	a5,%lo(error)(s7)
	mv	s6,a0
	bne	a5,zero,.L156
	lui	a5,%hi(in_len)
	lw	s0,%lo(in_len)(a5)
	lui	s4,%hi(input)
	lui	s5,%hi(pos)
	addi	s4,s4,%lo(input)
	li	s1,32
	li	s3,9
.L158:
	lw	a5,%lo(pos)(s5)
	ble	s0,a5,.L156
	add	a4,a5,s4
	li	a2,0
	j	.L161
.L173:
	mv	s2,a5
.L161:
	lbu	a3,0(a4)
	addi	a4,a4,1
	beq	a3,s1,.L163
	bne	a3,s3,.L172
.L163:
	addi	a5,a5,1
	li	a2,1
	bne	a5,s0,.L173
	sw	a5,%lo(pos)(s5)
.L156:
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	lw	s5,20(sp)
	lw	s7,12(sp)
	mv	a0,s6
	lw	s6,16(sp)
	addi	sp,sp,48
	jr	ra
.L172:
	beq	a2,zero,.L164
	sw	s2,%lo(pos)(s5)
.L164:
	bge	a5,s0,.L156
	li	a4,38
	beq	a3,a4,.L165
	li	a4,124
	beq	a3,a4,.L166
	li	a4,94
	bne	a3,a4,.L156
	addi	a5,a5,1
	sw	a5,%lo(pos)(s5)
	call	shift
	xor	s6,s6,a0
.L159:
	lw	a5,%lo(error)(s7)
	beq	a5,zero,.L158
	j	.L156
.L165:
	addi	a5,a5,1
	sw	a5,%lo(pos)(s5)
	call	shift
	and	s6,s6,a0
	j	.L159
.L166:
	addi	a5,a5,1
	sw	a5,%lo(pos)(s5)
	call	shift
	or	s6,s6,a0
	j	.L159
	.size	bitwise, .-bitwise
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L175
	add	a2,a0,a2
	mv	a5,a0
.L176:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L176
.L175:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	memmove
	.type	memmove, @function
memmove:
	bltu	a0,a1,.L182
	addi	a5,a2,-1
	li	a6,-1
	beq	a2,zero,.L194
.L186:
	add	a4,a1,a5
	lbu	a3,0(a4)
	add	a4,a0,a5
	addi	a5,a5,-1
	sb	a3,0(a4)
	bne	a5,a6,.L186
.L188:
	ret
.L182:
	beq	a2,zero,.L188
	add	a2,a0,a2
	mv	a5,a0
.L185:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a2,a5,.L185
	ret
.L194:
	ret
	.size	memmove, .-memmove
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L201
.L197:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L197
.L201:
	ret
	.size	memset, .-memset
	.align	2
	.globl	memcmp
	.type	memcmp, @function
memcmp:
	beq	a2,zero,.L206
	add	a2,a1,a2
	j	.L205
.L204:
	beq	a1,a2,.L206
.L205:
	lbu	a5,0(a0)
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a1,a1,1
	beq	a5,a4,.L204
	sub	a0,a5,a4
	ret
.L206:
	li	a0,0
	ret
	.size	memcmp, .-memcmp
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L211
	mv	a5,a0
.L210:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L210
	sub	a0,a5,a0
	ret
.L211:
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
	blt	a0,zero,.L224
	sb	zero,15(sp)
	li	a3,10
	li	a6,9
.L219:
	remu	a4,a5,a3
	mv	a0,a1
	addi	a1,a1,-1
	mv	a2,a5
	addi	a4,a4,48
	sb	a4,11(a1)
	divu	a5,a5,a3
	bgtu	a2,a6,.L219
.L223:
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
.L224:
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
.L217:
	remu	a4,a5,a3
	mv	a0,a1
	addi	a1,a1,-1
	mv	a2,a5
	addi	a4,a4,48
	sb	a4,11(a1)
	divu	a5,a5,a3
	bgtu	a2,a6,.L217
	j	.L223
	.size	put_int, .-put_int
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	or	a5,a2,a3
	beq	a5,zero,.L235
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
	j	.L234
.L243:
	sll	t1,t6,t1
	li	a5,0
.L233:
	or	a0,a0,a5
	or	a1,a1,t1
.L230:
	addi	a6,a6,-1
	beq	a6,t4,.L242
.L234:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L229
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L229:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L230
	bne	a3,a5,.L236
	bgtu	a2,a4,.L230
.L236:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L243
	li	t1,0
	sll	a5,t6,a6
	j	.L233
.L242:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L235:
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
	beq	a5,zero,.L252
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,t2,1
	li	t6,31
	li	t5,-1
.L251:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L248
	srl	a7,t2,t1
.L248:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L249
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L253
	bgtu	a2,a0,.L249
.L253:
	mv	a0,a6
	sub	a1,t1,a7
.L249:
	bne	a5,t5,.L251
	ret
.L252:
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
	bge	a1,zero,.L256
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L256:
	mv	t5,a2
	mv	t1,s2
	blt	s2,zero,.L280
	or	s3,a2,s2
	li	a0,-1
	li	a1,-1
	bne	s3,zero,.L260
.L255:
	lw	s0,12(sp)
	lw	s1,8(sp)
	lw	s2,4(sp)
	lw	s3,0(sp)
	addi	sp,sp,16
	jr	ra
.L280:
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
	or	s3,a2,s2
.L260:
	li	a0,0
	li	a1,0
	li	a2,63
	li	a4,0
	li	a6,0
	slli	s0,t6,1
	li	a3,31
	li	t0,1
	li	t4,-1
	j	.L269
.L282:
	sll	a7,t0,a7
	li	a5,0
.L268:
	or	a0,a0,a5
	or	a1,a1,a7
.L265:
	addi	a2,a2,-1
	beq	a2,t4,.L281
.L269:
	srli	t3,a4,31
	slli	a5,a6,1
	addi	a7,a2,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a6,t6,a7
	bge	a7,zero,.L264
	sub	t3,a3,a2
	sll	t3,s0,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L264:
	andi	a6,a6,1
	or	a4,a6,a4
	mv	a6,a5
	bgtu	t1,a5,.L265
	bne	t1,a5,.L275
	bgtu	t5,a4,.L265
.L275:
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
	mv	a4,t3
	sub	a6,a5,a6
	bge	a7,zero,.L282
	li	a7,0
	sll	a5,t0,a2
	j	.L268
.L281:
	beq	s3,zero,.L274
	xor	s1,s1,s2
	bge	s1,zero,.L255
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
.L274:
	li	a0,-1
	li	a1,-1
	j	.L255
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
	blt	a1,zero,.L309
	mv	t2,a1
	blt	a3,zero,.L286
	or	a5,a2,a3
	bne	a5,zero,.L290
.L283:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L286:
	snez	a7,a2
	neg	a3,a3
	neg	t0,a2
	sub	a7,a3,a7
.L290:
	li	a5,63
	li	a0,0
	li	a2,0
	slli	t6,t2,1
	li	t5,31
	li	t4,-1
.L298:
	sub	a3,t5,a5
	srli	t1,a0,31
	slli	a4,a2,1
	sll	a3,t6,a3
	srl	a2,t3,a5
	addi	a6,a5,-32
	or	a4,t1,a4
	slli	a0,a0,1
	or	a2,a3,a2
	blt	a6,zero,.L295
	srl	a2,t2,a6
.L295:
	andi	a2,a2,1
	or	a0,a2,a0
	addi	a5,a5,-1
	mv	a2,a4
	bgtu	a7,a4,.L296
	sub	a3,a0,t0
	sgtu	a6,a3,a0
	sub	t1,a4,a7
	bne	a7,a4,.L303
	bgtu	t0,a0,.L296
.L303:
	mv	a0,a3
	sub	a2,t1,a6
.L296:
	bne	a5,t4,.L298
	mv	a1,a2
	bge	s0,zero,.L283
	lw	s0,12(sp)
	snez	a5,a0
	neg	a2,a2
	neg	a0,a0
	sub	a1,a2,a5
	addi	sp,sp,16
	jr	ra
.L309:
	snez	a5,a0
	neg	t2,a1
	sub	t2,t2,a5
	neg	t3,a0
	blt	a3,zero,.L286
	or	a5,a2,a3
	bne	a5,zero,.L290
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__moddi3, .-__moddi3
	.section	.rodata.str1.4
	.align	2
.LC5:
	.string	"bytes of input"
	.align	2
.LC6:
	.string	" = "
	.align	2
.LC7:
	.string	"end of input\n"
	.align	2
.LC8:
	.string	"] "
	.align	2
.LC9:
	.string	"["
	.align	2
.LC10:
	.string	" -> quitting with "
	.align	2
.LC11:
	.string	"trailing characters"
	.align	2
.LC12:
	.string	" (stored)"
	.align	2
.LC13:
	.string	" -> error: "
	.align	2
.LC14:
	.string	" -> "
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-112
	li	a4,4096
	lui	t1,%hi(input)
	sw	s7,76(sp)
	addi	a3,a4,-1
	sw	ra,108(sp)
	sw	s0,104(sp)
	sw	s1,100(sp)
	sw	s2,96(sp)
	sw	s3,92(sp)
	sw	s4,88(sp)
	sw	s5,84(sp)
	sw	s6,80(sp)
	sw	s8,72(sp)
	sw	s9,68(sp)
	sw	s10,64(sp)
	sw	s11,60(sp)
	li	a5,0
	addi	s7,t1,%lo(input)
	addi	a4,a4,-2
	j	.L313
.L386:
	beq	a0,zero,.L312
	add	a5,a5,a0
	bgtu	a5,a4,.L312
.L313:
	li	a0,0
	add	a1,s7,a5
	sub	a2,a3,a5
	li	a7,63
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	s0,a0
	bge	a0,zero,.L386
.L311:
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	lui	s5,%hi(in_len)
	sw	s0,%lo(in_len)(s5)
	call	put_str
	lui	a0,%hi(.LC6)
	addi	a0,a0,%lo(.LC6)
	call	put_str
	mv	a0,s0
	call	put_int
	li	a5,10
	sb	a5,47(sp)
	li	a0,1
	addi	a1,sp,47
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	s11,%hi(pos)
	lw	s0,%lo(pos)(s11)
	lw	a5,%lo(in_len)(s5)
	ble	a5,s0,.L353
	lui	s6,%hi(.LC8)
	addi	a5,s6,%lo(.LC8)
	sw	a5,12(sp)
	lui	a5,%hi(.LC9)
	addi	a5,a5,%lo(.LC9)
	sw	a5,16(sp)
	lui	a5,%hi(.LC11)
	addi	a5,a5,%lo(.LC11)
	sw	a5,28(sp)
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	li	s2,1
	lui	s3,%hi(error)
	li	s10,10
	sw	a5,24(sp)
.L352:
	lw	a1,16(sp)
	li	a0,1
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a0,s2
	call	put_int
	lw	a1,12(sp)
	addi	s2,s2,1
	li	a0,1
	li	a2,2
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a5,%lo(pos)(s11)
	lw	s6,%lo(in_len)(s5)
	blt	a5,s6,.L315
	j	.L316
.L317:
	sw	a5,%lo(pos)(s11)
	sb	t6,47(sp)
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a5,%lo(pos)(s11)
	lw	s6,%lo(in_len)(s5)
	bge	a5,s6,.L316
.L315:
	add	a2,s7,a5
	lbu	t6,0(a2)
	addi	a5,a5,1
	li	a0,1
	addi	a1,sp,47
	li	a2,1
	li	a7,64
	bne	t6,s10,.L317
.L316:
	sw	s0,%lo(pos)(s11)
	add	a5,s7,s0
	li	a0,0
	li	a1,32
	li	a7,9
	bgt	s6,s0,.L320
	j	.L331
.L356:
	mv	s8,s0
.L320:
	lbu	a2,0(a5)
	addi	a5,a5,1
	beq	a2,a1,.L322
	bne	a2,a7,.L387
.L322:
	addi	s0,s0,1
	li	a0,1
	bne	s0,s6,.L356
	sw	s0,%lo(pos)(s11)
.L321:
	lw	a5,%lo(pos)(s11)
	li	a0,0
	li	a7,32
	add	a2,s7,a5
	li	t6,9
	blt	a5,s6,.L327
	j	.L331
.L357:
	mv	s9,a5
.L327:
	lbu	a1,0(a2)
	addi	a2,a2,1
	beq	a1,a7,.L328
	bne	a1,t6,.L388
.L328:
	addi	a5,a5,1
	li	a0,1
	bne	a5,s6,.L357
	sw	s6,%lo(pos)(s11)
.L331:
	li	a5,-1
	sw	a5,20(sp)
.L341:
	sw	zero,%lo(error)(s3)
	call	bitwise
	lw	a5,%lo(error)(s3)
	mv	s0,a0
	beq	a5,zero,.L389
.L342:
	lui	a5,%hi(.LC13)
	li	a0,1
	addi	a1,a5,%lo(.LC13)
	li	a2,11
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	s0,%lo(error)(s3)
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
.L354:
	sb	s10,47(sp)
	li	a0,1
	addi	a1,sp,47
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a5,%lo(pos)(s11)
	lw	a1,%lo(in_len)(s5)
	bge	a5,a1,.L360
	add	a4,s7,a5
	j	.L350
.L351:
	addi	a4,a4,1
	beq	a1,a5,.L361
.L350:
	lbu	a2,0(a4)
	mv	s0,a5
	addi	a5,a5,1
	bne	a2,s10,.L351
.L349:
	addi	s0,s0,1
	sw	s0,%lo(pos)(s11)
	blt	s0,a1,.L352
.L353:
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	call	put_str
	lw	ra,108(sp)
	lw	s0,104(sp)
	lw	s1,100(sp)
	lw	s2,96(sp)
	lw	s3,92(sp)
	lw	s4,88(sp)
	lw	s5,84(sp)
	lw	s6,80(sp)
	lw	s7,76(sp)
	lw	s8,72(sp)
	lw	s9,68(sp)
	lw	s10,64(sp)
	lw	s11,60(sp)
	li	a0,0
	addi	sp,sp,112
	jr	ra
.L361:
	mv	s0,a1
	addi	s0,s0,1
	sw	s0,%lo(pos)(s11)
	blt	s0,a1,.L352
	j	.L353
.L387:
	beq	a0,zero,.L323
	sw	s8,%lo(pos)(s11)
.L323:
	bge	s0,s6,.L321
	add	a5,s7,s0
	lbu	a1,0(a5)
	li	a2,113
	bne	a1,a2,.L321
	lbu	a2,1(a5)
	li	a5,117
	bne	a2,a5,.L321
	addi	s0,s0,4
	sw	s0,%lo(pos)(s11)
	sw	zero,%lo(error)(s3)
	call	bitwise
	mv	s0,a0
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	put_str
	mv	a0,s0
	call	put_int
	li	a5,10
	sb	a5,47(sp)
	li	a0,1
	addi	a1,sp,47
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a7,93
	mv	a0,s0
 #APP
# 82 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
.L326:
	j	.L326
.L388:
	beq	a0,zero,.L329
	sw	s9,%lo(pos)(s11)
.L329:
	bge	a5,s6,.L331
	add	a5,s7,a5
	lbu	a2,0(a5)
	li	a5,96
	bleu	a2,a5,.L331
	lw	a5,%lo(pos)(s11)
	li	a0,0
	li	a7,32
	add	a2,s7,a5
	lbu	a1,0(a2)
	li	t6,9
	blt	a5,s6,.L335
	j	.L334
.L391:
	mv	s1,a5
.L335:
	lbu	a1,0(a2)
	addi	a2,a2,1
	beq	a1,a7,.L337
	bne	a1,t6,.L390
.L337:
	addi	a5,a5,1
	li	a0,1
	bne	a5,s6,.L391
.L336:
	sw	s0,%lo(pos)(s11)
	j	.L331
.L389:
	lw	a5,%lo(pos)(s11)
	li	a0,0
	li	a7,32
	add	a2,s7,a5
	li	t0,9
	blt	a5,s6,.L345
	j	.L348
.L359:
	mv	s4,a5
.L345:
	lbu	a1,0(a2)
	addi	a2,a2,1
	beq	a1,a7,.L346
	bne	a1,t0,.L392
.L346:
	addi	a5,a5,1
	li	a0,1
	bne	a5,s6,.L359
	sw	a5,%lo(pos)(s11)
.L348:
	lui	a5,%hi(.LC14)
	li	a0,1
	addi	a1,a5,%lo(.LC14)
	li	a2,4
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a0,s0
	call	put_int
	lw	a5,20(sp)
	blt	a5,zero,.L354
	lw	a5,20(sp)
	lw	a4,24(sp)
	li	a0,1
	slli	a5,a5,2
	add	a5,a4,a5
	li	a4,1
	sw	s0,104(a5)
	sw	a4,0(a5)
	lui	a5,%hi(.LC12)
	addi	a1,a5,%lo(.LC12)
	li	a2,9
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	j	.L354
.L390:
	beq	a0,zero,.L338
	sw	s1,%lo(pos)(s11)
.L338:
	bge	a5,s6,.L334
	li	a2,122
	bgtu	a1,a2,.L331
.L334:
	addi	a2,a5,1
	bge	a2,s6,.L336
	add	a5,s7,a5
	li	a7,32
	li	t6,9
.L339:
	lbu	a0,1(a5)
	addi	a5,a5,1
	beq	a0,a7,.L340
	bne	a0,t6,.L393
.L340:
	addi	a2,a2,1
	bne	a2,s6,.L339
	j	.L336
.L312:
	mv	s0,a5
	j	.L311
.L392:
	beq	a0,zero,.L347
	sw	s4,%lo(pos)(s11)
.L347:
	bge	a5,s6,.L348
	add	a5,s7,a5
	lbu	a5,0(a5)
	beq	a5,s10,.L348
	lw	a5,28(sp)
	sw	a5,%lo(error)(s3)
	j	.L342
.L360:
	mv	s0,a5
	j	.L349
.L393:
	bge	a2,s6,.L336
	add	a5,s7,a2
	lbu	a0,0(a5)
	li	a5,61
	bne	a0,a5,.L336
	addi	a2,a2,1
	addi	a5,a1,-97
	sw	a5,20(sp)
	sw	a2,%lo(pos)(s11)
	j	.L341
	.size	main, .-main
	.globl	rt_envp
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	defined, @object
	.size	defined, 104
defined:
	.zero	104
	.type	vars, @object
	.size	vars, 104
vars:
	.zero	104
	.type	input, @object
	.size	input, 4096
input:
	.zero	4096
	.section	.sbss,"aw",@nobits
	.align	2
	.type	error, @object
	.size	error, 4
error:
	.zero	4
	.type	pos, @object
	.size	pos, 4
pos:
	.zero	4
	.type	in_len, @object
	.size	in_len, 4
in_len:
	.zero	4
	.type	rt_envp, @object
	.size	rt_envp, 4
rt_envp:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
