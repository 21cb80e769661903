	.file	"recursion.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	fill, @function
fill:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	sw	s4,24(sp)
	sw	s5,20(sp)
	sw	s6,16(sp)
	sw	s7,12(sp)
	sw	s8,8(sp)
	sw	s9,4(sp)
	li	a5,5
	bgtu	a0,a5,.L6
	li	a5,8
	mv	s1,a1
	bgtu	a1,a5,.L6
	slli	a5,a0,3
	add	a5,a5,a0
	lui	s8,%hi(.LANCHOR0)
	add	a5,a5,a1
	addi	s8,s8,%lo(.LANCHOR0)
	mv	s2,a0
	add	s8,s8,a5
	li	s9,0
	li	s4,46
	li	s7,111
	addi	s3,a0,1
	addi	s6,a0,-1
	li	s5,-1
	j	.L4
.L3:
	sb	s7,0(s8)
	call	fill
	mv	a1,s1
	mv	s0,a0
	mv	a0,s6
	call	fill
	mv	a5,a0
	addi	a1,s1,1
	addi	s0,s0,1
	mv	a0,s2
	add	s0,s0,a5
	call	fill
	add	s0,s0,a0
	addi	s1,s1,-1
	add	s9,s9,s0
	addi	s8,s8,-1
	beq	s1,s5,.L1
.L4:
	lbu	a5,0(s8)
	mv	a1,s1
	mv	a0,s3
	beq	a5,s4,.L3
.L1:
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	lw	s5,20(sp)
	lw	s6,16(sp)
	lw	s7,12(sp)
	lw	s8,8(sp)
	mv	a0,s9
	lw	s9,4(sp)
	addi	sp,sp,48
	jr	ra
.L6:
	li	s9,0
	j	.L1
	.size	fill, .-fill
	.align	2
	.type	is_odd.part.0, @function
is_odd.part.0:
	li	a5,1
.L11:
	li	a4,2
	beq	a0,a5,.L14
	bne	a0,a4,.L16
	li	a0,0
	ret
.L14:
	li	a0,1
	ret
.L16:
	li	a4,3
	beq	a0,a4,.L14
	addi	a0,a0,-4
	bne	a0,zero,.L11
	ret
	.size	is_odd.part.0, .-is_odd.part.0
	.align	2
	.type	expr, @function
expr:
	addi	sp,sp,-32
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s4,8(sp)
	sw	ra,28(sp)
	sw	s3,12(sp)
	sw	s5,4(sp)
	sw	s6,0(sp)
	call	factor
	mv	s4,a0
	lui	s1,%hi(cursor)
	li	s0,42
	li	s2,47
.L18:
	lw	a5,%lo(cursor)(s1)
	lbu	s5,0(a5)
	addi	a4,a5,1
	beq	s5,s0,.L20
.L33:
	bne	s5,s2,.L32
	sw	a4,%lo(cursor)(s1)
	call	factor
	lw	a5,%lo(cursor)(s1)
	div	s4,s4,a0
	lbu	s5,0(a5)
	addi	a4,a5,1
	bne	s5,s0,.L33
.L20:
	addi	a5,a5,1
	sw	a5,%lo(cursor)(s1)
	call	factor
	mul	s4,s4,a0
	j	.L18
.L32:
	addi	a4,s5,-43
	andi	a4,a4,253
	beq	a4,zero,.L34
.L17:
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s5,4(sp)
	lw	s6,0(sp)
	mv	a0,s4
	lw	s4,8(sp)
	addi	sp,sp,32
	jr	ra
.L34:
	li	s2,42
	li	s3,47
	li	s6,43
.L29:
	addi	a5,a5,1
	sw	a5,%lo(cursor)(s1)
	call	factor
	mv	s0,a0
.L23:
	lw	a5,%lo(cursor)(s1)
	lbu	a4,0(a5)
	addi	a3,a5,1
	beq	a4,s2,.L25
.L36:
	bne	a4,s3,.L35
	sw	a3,%lo(cursor)(s1)
	call	factor
	lw	a5,%lo(cursor)(s1)
	div	s0,s0,a0
	lbu	a4,0(a5)
	addi	a3,a5,1
	bne	a4,s2,.L36
.L25:
	addi	a5,a5,1
	sw	a5,%lo(cursor)(s1)
	call	factor
	mul	s0,s0,a0
	j	.L23
.L35:
	beq	s5,s6,.L37
	sub	s4,s4,s0
.L28:
	addi	a3,a4,-43
	andi	a3,a3,253
	bne	a3,zero,.L17
	mv	s5,a4
	j	.L29
.L37:
	add	s4,s4,s0
	j	.L28
	.size	expr, .-expr
	.align	2
	.type	factor, @function
factor:
	addi	sp,sp,-16
	sw	s1,4(sp)
	lui	s1,%hi(cursor)
	lw	a7,%lo(cursor)(s1)
	sw	ra,12(sp)
	sw	s0,8(sp)
	lbu	a1,0(a7)
	li	a5,40
	beq	a1,a5,.L51
	addi	a5,a7,1
	mv	a3,a1
	li	a2,0
	li	s0,1
	li	a0,45
	li	a6,40
.L45:
	bne	a3,a0,.L52
	lbu	a3,0(a5)
	mv	a4,a5
	neg	s0,s0
	addi	a5,a5,1
	li	a2,1
	bne	a3,a6,.L45
.L44:
	addi	a5,a4,1
	sw	a5,%lo(cursor)(s1)
	call	expr
	mul	a0,a0,s0
	lw	a5,%lo(cursor)(s1)
	addi	a5,a5,1
	sw	a5,%lo(cursor)(s1)
.L38:
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
.L52:
	beq	a2,zero,.L47
	lbu	a1,0(a4)
	sw	a4,%lo(cursor)(s1)
.L42:
	addi	a3,a1,-48
	andi	a6,a3,0xff
	li	a1,9
	addi	a5,a4,1
	li	a2,0
	li	a0,9
	bgtu	a6,a1,.L53
.L46:
	lbu	a1,0(a5)
	slli	a4,a2,2
	add	a4,a4,a2
	slli	a4,a4,1
	add	a2,a3,a4
	addi	a3,a1,-48
	andi	a4,a3,0xff
	mv	a1,a5
	addi	a5,a5,1
	bleu	a4,a0,.L46
	mul	a0,a2,s0
	lw	ra,12(sp)
	lw	s0,8(sp)
	sw	a1,%lo(cursor)(s1)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
.L47:
	mv	a4,a7
	j	.L42
.L51:
	mv	a4,a7
	li	s0,1
	j	.L44
.L53:
	li	a0,0
	j	.L38
	.size	factor, .-factor
	.align	2
	.type	is_even.part.0, @function
is_even.part.0:
	li	a4,1
	mv	a5,a0
	bne	a0,a4,.L66
	li	a0,0
	ret
.L66:
	li	a4,2
	beq	a0,a4,.L63
	li	a4,3
	li	a0,0
	beq	a5,a4,.L54
	li	a4,4
	beq	a5,a4,.L63
	li	a4,5
	beq	a5,a4,.L54
	li	a4,6
	beq	a5,a4,.L63
	li	a4,7
	beq	a5,a4,.L54
	li	a4,8
	beq	a5,a4,.L63
	addi	a5,a5,-9
	beq	a5,zero,.L54
	mv	a0,a5
	tail	is_odd.part.0
.L63:
	li	a0,1
.L54:
	ret
	.size	is_even.part.0, .-is_even.part.0
	.align	2
	.type	fib, @function
fib:
	addi	sp,sp,-144
	sw	s1,132(sp)
	sw	ra,140(sp)
	sw	s0,136(sp)
	sw	s2,128(sp)
	sw	s3,124(sp)
	sw	s4,120(sp)
	sw	s5,116(sp)
	sw	s6,112(sp)
	sw	s7,108(sp)
	sw	s8,104(sp)
	sw	s9,100(sp)
	sw	s10,96(sp)
	sw	s11,92(sp)
	li	a5,1
	mv	s1,a0
	beq	a0,a5,.L68
	addi	a5,a0,-1
	andi	a4,a5,-2
	sub	s9,a0,a4
	li	s6,0
	li	a2,1
	mv	s0,a5
	beq	s1,s9,.L69
.L111:
	addi	s1,s1,-2
	andi	a5,s1,-2
	mv	s3,s6
	sub	s10,s0,a5
	li	s5,0
	mv	s6,s1
.L92:
	addi	a5,s0,-1
	beq	s0,s10,.L70
.L110:
	addi	s7,s0,-2
	andi	a4,s7,-2
	sub	s2,a5,a4
	li	s1,0
	mv	s8,s3
.L90:
	addi	s0,a5,-1
	beq	a5,s2,.L71
	addi	s11,a5,-2
	andi	a5,s11,-2
	sub	a3,s0,a5
	mv	a4,s5
	mv	a0,s0
	li	s4,0
	mv	a1,s8
	mv	s3,s1
	mv	s5,a3
	mv	s0,s2
.L88:
	addi	s1,a0,-1
	beq	a0,s5,.L72
	addi	a0,a0,-2
	andi	s8,a0,-2
	mv	t3,a1
	mv	a6,s3
	sw	s11,24(sp)
	mv	a3,s6
	mv	s11,s9
	sub	s8,s1,s8
	li	s2,0
	mv	t1,a4
	mv	a1,s4
	mv	s3,s5
	mv	s9,s0
	mv	a7,a0
	mv	s6,s7
.L86:
	addi	a5,s1,-1
	beq	s8,s1,.L73
	addi	s1,s1,-2
	andi	s5,s1,-2
	sub	s5,a5,s5
	li	s4,0
	mv	s7,s5
.L84:
	addi	s0,a5,-1
	beq	s7,a5,.L74
	addi	t4,a5,-2
	andi	a0,t4,-2
	addi	t0,a5,-3
	addi	t2,a5,-5
	sub	a5,s0,a0
	sw	a5,20(sp)
	mv	s5,t3
	li	a5,0
.L82:
	lw	a4,20(sp)
	addi	t6,s0,-1
	beq	a4,s0,.L75
	andi	a0,t0,-2
	sub	a4,t6,a0
	sw	a4,8(sp)
	sw	t1,12(sp)
	mv	a0,t6
	mv	t1,s11
	mv	t5,s6
	mv	s11,s10
	mv	t6,t4
	mv	s10,s9
	mv	t4,a3
	mv	s9,s3
	mv	a4,t2
	li	t3,0
	sw	a5,16(sp)
	mv	s3,s2
	mv	s6,s0
	mv	a3,s1
.L80:
	lw	a5,8(sp)
	beq	a0,a5,.L76
	addi	a5,a0,-2
	andi	ra,a4,-2
	addi	a0,a0,-4
	mv	s2,a5
	sub	s0,a0,ra
	li	s1,0
.L77:
	mv	a0,s2
	sw	a5,76(sp)
	sw	t6,72(sp)
	sw	t4,68(sp)
	sw	a3,64(sp)
	sw	a7,60(sp)
	sw	t5,56(sp)
	sw	t1,52(sp)
	sw	a4,48(sp)
	sw	t0,44(sp)
	sw	t2,40(sp)
	sw	t3,36(sp)
	sw	a1,32(sp)
	sw	a6,28(sp)
	addi	s2,s2,-2
	call	fib
	lw	a6,28(sp)
	lw	a1,32(sp)
	lw	t3,36(sp)
	lw	t2,40(sp)
	lw	t0,44(sp)
	lw	a4,48(sp)
	lw	t1,52(sp)
	lw	t5,56(sp)
	lw	a7,60(sp)
	lw	a3,64(sp)
	lw	t4,68(sp)
	lw	t6,72(sp)
	lw	a5,76(sp)
	add	s1,s1,a0
	li	a2,1
	bne	s0,s2,.L77
	andi	s0,a4,1
	add	s0,s0,s1
	mv	a0,a5
	add	t3,t3,s0
	addi	a4,a4,-2
	bgt	a5,a2,.L80
	mv	s2,s3
	lw	a5,16(sp)
	mv	s3,s9
	mv	s9,s10
	mv	s10,s11
	mv	s11,t1
	lw	t1,12(sp)
	mv	s0,s6
	mv	s1,a3
	mv	s6,t5
	mv	a3,t4
	mv	t4,t6
	mv	t6,a0
.L79:
	add	a0,t6,t3
	addi	s0,s0,-2
	add	a5,a5,a0
	addi	t0,t0,-2
	addi	t2,t2,-2
	bgt	s0,a2,.L82
	mv	t3,s5
.L81:
	add	a0,s0,a5
	add	s4,s4,a0
	mv	a5,t4
	bgt	t4,a2,.L84
	add	a5,a5,s4
	add	s2,s2,a5
	bgt	s1,a2,.L86
.L108:
	mv	s0,s9
	mv	s9,s11
	lw	s11,24(sp)
	mv	s4,a1
	mv	s5,s3
	mv	s7,s6
	mv	a4,t1
	mv	a1,t3
	mv	s3,a6
	mv	a0,a7
	mv	s6,a3
.L85:
	add	s1,s1,s2
	add	s4,s4,s1
	bgt	a0,a2,.L88
	mv	s2,s0
	mv	s8,a1
	mv	s5,a4
	mv	s1,s3
	mv	s0,a0
.L87:
	add	s4,s4,s0
	mv	a5,s11
	add	s1,s1,s4
	bgt	s11,a2,.L90
	add	s1,s1,a5
	mv	s3,s8
	mv	s0,s7
	add	s5,s5,s1
	bgt	s7,a2,.L92
.L109:
	mv	s1,s6
	add	s0,s0,s5
	mv	s6,s3
	add	s6,s6,s0
	bgt	s1,a2,.L107
.L104:
	add	s1,s1,s6
	j	.L68
.L74:
	addi	a5,a5,-2
	add	s4,s4,s0
	add	a5,a5,s4
	add	s2,s2,a5
	bgt	s1,a2,.L86
	j	.L108
.L75:
	mv	t3,s5
	addi	s0,s0,-2
	add	a5,a5,t6
	j	.L81
.L76:
	mv	s0,s6
	mv	s6,t5
	addi	t5,a0,-1
	mv	s2,s3
	mv	s1,a3
	mv	s3,s9
	mv	a3,t4
	mv	s9,s10
	mv	t4,t6
	mv	s10,s11
	lw	a5,16(sp)
	mv	s11,t1
	addi	t6,a0,-2
	lw	t1,12(sp)
	add	t3,t3,t5
	j	.L79
.L73:
	mv	s4,a1
	mv	s5,s3
	mv	s0,s9
	mv	s7,s6
	mv	s9,s11
	mv	a4,t1
	lw	s11,24(sp)
	mv	a1,t3
	mv	s3,a6
	mv	a0,a7
	mv	s6,a3
	addi	s1,s1,-2
	add	s2,s2,a5
	j	.L85
.L72:
	mv	a5,s1
	mv	s2,s0
	mv	s8,a1
	mv	s5,a4
	mv	s1,s3
	addi	s0,a0,-2
	add	s4,s4,a5
	j	.L87
.L71:
	add	s1,s1,s0
	addi	a5,a5,-2
	add	s1,s1,a5
	mv	s3,s8
	mv	s0,s7
	add	s5,s5,s1
	ble	s7,a2,.L109
	addi	a5,s0,-1
	bne	s0,s10,.L110
.L70:
	addi	s0,s0,-2
	add	s5,s5,a5
	mv	s1,s6
	add	s0,s0,s5
	mv	s6,s3
	add	s6,s6,s0
	ble	s1,a2,.L104
.L107:
	addi	a5,s1,-1
	mv	s0,a5
	bne	s1,s9,.L111
.L69:
	addi	s1,s1,-2
	add	a5,a5,s6
	add	s1,s1,a5
.L68:
	lw	ra,140(sp)
	lw	s0,136(sp)
	lw	s2,128(sp)
	lw	s3,124(sp)
	lw	s4,120(sp)
	lw	s5,116(sp)
	lw	s6,112(sp)
	lw	s7,108(sp)
	lw	s8,104(sp)
	lw	s9,100(sp)
	lw	s10,96(sp)
	lw	s11,92(sp)
	mv	a0,s1
	lw	s1,132(sp)
	addi	sp,sp,144
	jr	ra
	.size	fib, .-fib
	.align	2
	.type	ack, @function
ack:
	beq	a0,zero,.L293
	addi	sp,sp,-48
	sw	s2,32(sp)
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s3,28(sp)
	sw	s4,24(sp)
	sw	s5,20(sp)
	sw	s6,16(sp)
	sw	s7,12(sp)
	sw	s8,8(sp)
	sw	s9,4(sp)
	mv	s2,a0
	bne	a1,zero,.L292
	addi	s7,s2,-1
	li	a1,1
	beq	s7,zero,.L113
.L303:
	bne	a1,zero,.L170
	addi	s2,s2,-2
	li	a1,1
	beq	s2,zero,.L113
.L292:
	addi	a1,a1,-1
	bne	a1,zero,.L294
	addi	s7,s2,-1
	mv	s0,s7
	li	a1,1
	beq	s7,zero,.L118
.L174:
	mv	s8,s0
.L121:
	addi	s0,s0,-1
	li	a5,1
	beq	s0,zero,.L125
.L177:
	mv	s9,s0
.L128:
	addi	s0,s0,-1
	li	a4,1
	beq	s0,zero,.L132
.L179:
	mv	s6,s0
.L135:
	addi	s0,s0,-1
	li	a5,1
	beq	s0,zero,.L139
.L182:
	mv	s5,s0
.L142:
	addi	s0,s0,-1
	li	a4,1
	beq	s0,zero,.L146
.L185:
	mv	s4,s0
.L149:
	addi	s0,s0,-1
	li	a5,1
	beq	s0,zero,.L153
.L188:
	mv	s3,s0
.L156:
	addi	s0,s0,-1
	li	a1,1
	beq	s0,zero,.L160
.L287:
	mv	s1,s0
.L161:
	addi	a1,a1,-1
.L165:
	mv	a0,s1
	addi	s1,s1,-1
	bne	a1,zero,.L295
.L190:
	li	a1,1
	bne	s1,zero,.L165
.L304:
	addi	s1,s0,-1
	addi	a1,a1,1
	beq	s1,zero,.L160
	bne	a1,zero,.L296
	addi	s0,s0,-2
	li	a1,1
	bne	s0,zero,.L287
.L160:
	addi	s0,s3,-1
	addi	a5,a1,1
	beq	s0,zero,.L153
	bne	a5,zero,.L297
	addi	s0,s3,-2
	li	a5,1
	bne	s0,zero,.L188
.L153:
	addi	s0,s4,-1
	addi	a4,a5,1
	beq	s0,zero,.L146
	bne	a4,zero,.L298
	addi	s0,s4,-2
	li	a4,1
	bne	s0,zero,.L185
.L146:
	addi	s0,s5,-1
	addi	a5,a4,1
	beq	s0,zero,.L139
	bne	a5,zero,.L299
	addi	s0,s5,-2
	li	a5,1
	bne	s0,zero,.L182
.L139:
	addi	s0,s6,-1
	addi	a4,a5,1
	beq	s0,zero,.L132
	bne	a4,zero,.L300
	addi	s0,s6,-2
	li	a4,1
	bne	s0,zero,.L179
.L132:
	addi	s0,s9,-1
	addi	a5,a4,1
	beq	s0,zero,.L125
	bne	a5,zero,.L301
	addi	s0,s9,-2
	li	a5,1
	bne	s0,zero,.L177
.L125:
	addi	s0,s8,-1
	addi	a1,a5,1
	beq	s0,zero,.L118
	bne	a1,zero,.L302
	addi	s0,s8,-2
	li	a1,1
	bne	s0,zero,.L174
.L118:
	addi	a1,a1,1
	bne	s7,zero,.L303
.L113:
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	lw	s5,20(sp)
	lw	s6,16(sp)
	lw	s7,12(sp)
	lw	s8,8(sp)
	lw	s9,4(sp)
	addi	a0,a1,1
	addi	sp,sp,48
	jr	ra
.L298:
	beq	a5,zero,.L185
	addi	a5,a5,-1
	mv	s4,s0
.L159:
	mv	s3,s0
	beq	a5,zero,.L156
	mv	s1,s0
	addi	a1,a5,-1
	mv	a0,s1
	addi	s1,s1,-1
	beq	a1,zero,.L190
.L295:
	addi	a1,a1,-1
	call	ack
	mv	a1,a0
	bne	s1,zero,.L165
	j	.L304
.L299:
	beq	a4,zero,.L182
	addi	a4,a4,-1
	mv	s5,s0
.L152:
	mv	s4,s0
	addi	a5,a4,-1
	beq	a4,zero,.L149
	j	.L159
.L297:
	beq	a1,zero,.L188
	mv	s1,s0
	addi	a1,a1,-1
	mv	s3,s0
	j	.L165
.L300:
	beq	a5,zero,.L179
	addi	a5,a5,-1
	mv	s6,s0
.L145:
	mv	s5,s0
	addi	a4,a5,-1
	beq	a5,zero,.L142
	j	.L152
.L301:
	beq	a4,zero,.L177
	addi	a4,a4,-1
	mv	s9,s0
.L138:
	mv	s6,s0
	addi	a5,a4,-1
	beq	a4,zero,.L135
	j	.L145
.L302:
	beq	a5,zero,.L174
	addi	a5,a5,-1
	mv	s8,s0
.L131:
	mv	s9,s0
	addi	a4,a5,-1
	beq	a5,zero,.L128
	j	.L138
.L294:
	addi	a5,a1,-1
	bne	a5,zero,.L305
	mv	s8,s2
	mv	s0,s2
	addi	s7,s2,-1
	j	.L121
.L293:
	addi	a0,a1,1
	ret
.L170:
	mv	s2,s7
	j	.L292
.L296:
	mv	s0,s1
	j	.L161
.L305:
	addi	a5,a1,-2
	mv	s8,s2
	mv	s0,s2
	addi	s7,s2,-1
	j	.L131
	.size	ack, .-ack
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L307
	add	a2,a0,a2
	mv	a5,a0
.L308:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L308
.L307:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L319
.L315:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L315
.L319:
	ret
	.size	memset, .-memset
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L323
	mv	a5,a0
.L322:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L322
	sub	a0,a5,a0
	ret
.L323:
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
	.align	2
	.type	put_uint, @function
put_uint:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sb	zero,15(sp)
	addi	a5,sp,4
	li	a3,10
	li	a6,9
.L328:
	remu	a4,a0,a3
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,a3
	bgtu	a2,a6,.L328
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
	addi	sp,sp,-32
	sw	s0,24(sp)
	sw	ra,28(sp)
	mv	s0,a1
	call	put_str
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	put_str
	blt	s0,zero,.L335
	mv	a0,s0
	call	put_uint
.L333:
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
.L335:
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
	j	.L333
	.size	put_kv, .-put_kv
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"->"
	.text
	.align	2
	.type	hanoi, @function
hanoi:
	beq	a0,zero,.L348
	addi	sp,sp,-48
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s4,24(sp)
	sw	s5,20(sp)
	sw	s6,16(sp)
	sw	ra,44(sp)
	sw	s3,28(sp)
	mv	s2,a0
	mv	s0,a1
	mv	s4,a2
	mv	s1,a3
	lui	s5,%hi(moves)
	li	s6,3
	j	.L338
.L340:
	mv	a5,s0
	mv	s2,s3
	mv	s0,s1
	mv	s1,a5
.L338:
	addi	s3,s2,-1
	mv	a2,s1
	mv	a1,s0
	mv	a0,s3
	mv	a3,s4
	call	hanoi
	lw	a5,%lo(moves)(s5)
	addi	a5,a5,1
	sw	a5,%lo(moves)(s5)
	beq	s2,s6,.L351
	bne	s3,zero,.L340
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
.L351:
	sb	s0,15(sp)
	li	a0,1
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a1,%hi(.LC1)
	li	a0,1
	addi	a1,a1,%lo(.LC1)
	li	a2,2
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	sb	s4,15(sp)
	addi	a1,sp,15
	li	a2,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a5,32
	sb	a5,15(sp)
	li	a0,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	s3,2
	j	.L340
.L348:
	ret
	.size	hanoi, .-hanoi
	.align	2
	.type	permute.constprop.0, @function
permute.constprop.0:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	li	a5,4
	beq	a0,a5,.L353
	li	a5,3
	bgt	a0,a5,.L352
	lui	s3,%hi(perm)
	addi	s3,s3,%lo(perm)
	add	s0,s3,a0
	addi	s2,a0,1
	addi	s3,s3,4
	mv	s1,s0
.L358:
	lbu	a4,0(s0)
	lbu	a5,0(s1)
	mv	a0,s2
	sb	a4,0(s1)
	sb	a5,0(s0)
	call	permute.constprop.0
	lbu	a4,0(s0)
	lbu	a5,0(s1)
	addi	s0,s0,1
	sb	a4,0(s1)
	sb	a5,-1(s0)
	bne	s0,s3,.L358
.L352:
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	addi	sp,sp,48
	jr	ra
.L353:
	lui	a4,%hi(perm_count)
	lw	a5,%lo(perm_count)(a4)
	li	a3,6
	addi	a5,a5,1
	sw	a5,%lo(perm_count)(a4)
	ble	a5,a3,.L356
	li	a4,24
	bne	a5,a4,.L352
.L356:
	lui	s0,%hi(perm)
	addi	a0,s0,%lo(perm)
	call	strlen
	mv	a2,a0
	addi	a1,s0,%lo(perm)
	li	a0,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a5,32
	sb	a5,15(sp)
	li	a0,1
	addi	a1,sp,15
	li	a2,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	addi	sp,sp,48
	jr	ra
	.size	permute.constprop.0, .-permute.constprop.0
	.section	.rodata.str1.4
	.align	2
.LC2:
	.string	"fib(20)"
	.align	2
.LC3:
	.string	"ack(2,3)"
	.align	2
.LC4:
	.string	"hanoi moves"
	.align	2
.LC5:
	.string	"is_even(77)"
	.align	2
.LC6:
	.string	"is_odd(77)"
	.align	2
.LC7:
	.string	"permutations"
	.align	2
.LC8:
	.string	"filled"
	.align	2
.LC9:
	.string	"2+3*(4-1)*-2"
	.align	2
.LC10:
	.string	"((7))*6/4-10"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	li	a0,20
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	call	fib
	mv	a1,a0
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	put_kv
	li	a1,3
	li	a0,2
	call	ack
	mv	a1,a0
	lui	a0,%hi(.LC3)
	addi	a0,a0,%lo(.LC3)
	call	put_kv
	li	a3,66
	li	a2,67
	li	a1,65
	li	a0,5
	call	hanoi
	li	s0,10
	sb	s0,15(sp)
	li	a0,1
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a5,%hi(moves)
	lw	a1,%lo(moves)(a5)
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	put_kv
	li	a0,75
	call	is_even.part.0
	mv	a1,a0
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	call	put_kv
	li	a0,75
	call	is_odd.part.0
	mv	a1,a0
	lui	a0,%hi(.LC6)
	addi	a0,a0,%lo(.LC6)
	call	put_kv
	li	a5,1684234240
	lui	a4,%hi(perm)
	addi	a5,a5,609
	li	a0,0
	sw	a5,%lo(perm)(a4)
	call	permute.constprop.0
	li	a0,1
	sb	s0,15(sp)
	addi	a1,sp,15
	li	a2,1
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a5,%hi(perm_count)
	lw	a1,%lo(perm_count)(a5)
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	call	put_kv
	li	a1,1
	li	a0,1
	call	fill
	mv	a1,a0
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	put_kv
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	addi	a3,a5,54
	li	a4,10
.L362:
	li	a0,1
	mv	a1,a5
	li	a2,9
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	sb	a4,15(sp)
	addi	a1,sp,15
	li	a2,1
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a5,a5,9
	bne	a5,a3,.L362
	lui	s0,%hi(.LC9)
	addi	a5,s0,%lo(.LC9)
	lui	s1,%hi(cursor)
	sw	a5,%lo(cursor)(s1)
	call	expr
	mv	a1,a0
	addi	a0,s0,%lo(.LC9)
	call	put_kv
	lui	s0,%hi(.LC10)
	addi	a5,s0,%lo(.LC10)
	sw	a5,%lo(cursor)(s1)
	call	expr
	mv	a1,a0
	addi	a0,s0,%lo(.LC10)
	call	put_kv
	lw	s0,24(sp)
	lw	ra,28(sp)
	lw	s1,20(sp)
	li	a0,10
	addi	sp,sp,32
	tail	fib
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
.L366:
	j	.L366
	.size	_start, .-_start
	.data
	.align	2
	.set	.LANCHOR0,. + 0
	.type	grid, @object
	.size	grid, 54
grid:
	.ascii	"#########"
	.ascii	"#..#....#"
	.ascii	"#..#.##.#"
	.ascii	"#....#..#"
	.ascii	"###.##..#"
	.ascii	"#########"
	.section	.sbss,"aw",@nobits
	.align	2
	.type	cursor, @object
	.size	cursor, 4
cursor:
	.zero	4
	.type	perm_count, @object
	.size	perm_count, 4
perm_count:
	.zero	4
	.type	perm, @object
	.size	perm, 5
perm:
	.zero	5
	.zero	3
	.type	moves, @object
	.size	moves, 4
moves:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
