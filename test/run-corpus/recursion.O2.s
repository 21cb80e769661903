	.file	"recursion.c"
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
	.type	is_odd.part.0, @function
is_odd.part.0:
	li	a5,1
.L3:
	li	a4,2
	beq	a0,a5,.L6
	bne	a0,a4,.L9
	li	a0,0
	ret
.L6:
	li	a0,1
	ret
.L9:
	li	a4,3
	beq	a0,a4,.L6
	addi	a0,a0,-4
	bne	a0,zero,.L3
	ret
	.size	is_odd.part.0, .-is_odd.part.0
	.align	2
	.type	is_even.part.0, @function
is_even.part.0:
	li	a4,1
	mv	a5,a0
	bne	a0,a4,.L22
	li	a0,0
	ret
.L22:
	li	a4,2
	beq	a0,a4,.L19
	li	a4,3
	li	a0,0
	beq	a5,a4,.L10
	li	a4,4
	beq	a5,a4,.L19
	li	a4,5
	beq	a5,a4,.L10
	li	a4,6
	beq	a5,a4,.L19
	li	a4,7
	beq	a5,a4,.L10
	li	a4,8
	beq	a5,a4,.L19
	addi	a5,a5,-9
	beq	a5,zero,.L10
	mv	a0,a5
	tail	is_odd.part.0
.L19:
	li	a0,1
.L10:
	ret
	.size	is_even.part.0, .-is_even.part.0
	.align	2
	.type	mc91, @function
mc91:
	li	a2,100
	mv	a5,a0
	bgt	a0,a2,.L67
	addi	a4,a0,11
	bgt	a4,a2,.L68
	addi	a3,a0,22
	bgt	a3,a2,.L71
	addi	a4,a0,33
	bgt	a4,a2,.L74
	addi	a3,a0,44
	bgt	a3,a2,.L77
	addi	a4,a0,55
	bgt	a4,a2,.L80
	addi	a3,a0,66
	bgt	a3,a2,.L83
	addi	a4,a0,77
	bgt	a4,a2,.L86
	addi	a5,a0,88
	bgt	a5,a2,.L89
	addi	sp,sp,-16
	sw	s0,8(sp)
	sw	ra,12(sp)
	li	s0,100
.L54:
	addi	a0,a5,11
	call	mc91
	mv	a5,a0
	ble	a0,s0,.L54
	li	a3,100
	addi	a4,a5,-10
	bgt	a4,a3,.L94
.L55:
	addi	a5,a5,1
	addi	a4,a5,-10
	ble	a4,a3,.L55
.L94:
	li	a5,100
	addi	a3,a4,-10
	bgt	a3,a5,.L95
.L51:
	addi	a4,a4,1
	addi	a3,a4,-10
	ble	a3,a5,.L51
.L95:
	li	a5,100
	addi	a4,a3,-10
	bgt	a4,a5,.L96
.L47:
	addi	a3,a3,1
	addi	a4,a3,-10
	ble	a4,a5,.L47
.L96:
	li	a5,100
	addi	a3,a4,-10
	bgt	a3,a5,.L97
.L43:
	addi	a4,a4,1
	addi	a3,a4,-10
	ble	a3,a5,.L43
.L97:
	li	a5,100
	addi	a4,a3,-10
	bgt	a4,a5,.L98
.L39:
	addi	a3,a3,1
	addi	a4,a3,-10
	ble	a4,a5,.L39
.L98:
	li	a5,100
	addi	a3,a4,-10
	bgt	a3,a5,.L99
.L35:
	addi	a4,a4,1
	addi	a3,a4,-10
	ble	a3,a5,.L35
.L99:
	li	a5,100
	addi	a4,a3,-10
	bgt	a4,a5,.L100
.L31:
	addi	a3,a3,1
	addi	a4,a3,-10
	ble	a4,a5,.L31
.L100:
	li	a3,100
	addi	a5,a4,-10
	bgt	a5,a3,.L27
.L101:
	addi	a4,a4,1
	addi	a5,a4,-10
	ble	a5,a3,.L101
.L27:
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	a0,a5,-10
	addi	sp,sp,16
	jr	ra
.L89:
	li	a3,100
	addi	a4,a5,-10
	bgt	a4,a3,.L86
.L90:
	addi	a5,a5,1
	addi	a4,a5,-10
	ble	a4,a3,.L90
.L86:
	li	a5,100
	addi	a3,a4,-10
	bgt	a3,a5,.L83
.L87:
	addi	a4,a4,1
	addi	a3,a4,-10
	ble	a3,a5,.L87
.L83:
	li	a5,100
	addi	a4,a3,-10
	bgt	a4,a5,.L80
.L84:
	addi	a3,a3,1
	addi	a4,a3,-10
	ble	a4,a5,.L84
.L80:
	li	a5,100
	addi	a3,a4,-10
	bgt	a3,a5,.L77
.L81:
	addi	a4,a4,1
	addi	a3,a4,-10
	ble	a3,a5,.L81
.L77:
	li	a5,100
	addi	a4,a3,-10
	bgt	a4,a5,.L74
.L78:
	addi	a3,a3,1
	addi	a4,a3,-10
	ble	a4,a5,.L78
.L74:
	li	a5,100
	addi	a3,a4,-10
	bgt	a3,a5,.L71
.L75:
	addi	a4,a4,1
	addi	a3,a4,-10
	ble	a3,a5,.L75
.L71:
	li	a5,100
	addi	a4,a3,-10
	bgt	a4,a5,.L68
.L72:
	addi	a3,a3,1
	addi	a4,a3,-10
	ble	a4,a5,.L72
.L68:
	li	a3,100
	addi	a5,a4,-10
	bgt	a5,a3,.L67
.L102:
	addi	a4,a4,1
	addi	a5,a4,-10
	ble	a5,a3,.L102
.L67:
	addi	a0,a5,-10
	ret
	.size	mc91, .-mc91
	.align	2
	.type	fib, @function
fib:
	addi	sp,sp,-128
	sw	s3,108(sp)
	sw	ra,124(sp)
	sw	s0,120(sp)
	sw	s1,116(sp)
	sw	s2,112(sp)
	sw	s4,104(sp)
	sw	s5,100(sp)
	sw	s6,96(sp)
	sw	s7,92(sp)
	sw	s8,88(sp)
	sw	s9,84(sp)
	sw	s10,80(sp)
	sw	s11,76(sp)
	li	a5,1
	mv	s3,a0
	beq	a0,a5,.L104
	addi	a5,a0,-1
	andi	a4,a5,-2
	sub	s9,a0,a4
	mv	s10,s9
	li	s6,0
	li	s7,1
	mv	s9,a5
	beq	s3,s10,.L105
.L166:
	addi	s3,s3,-2
	andi	a5,s3,-2
	li	s4,0
	mv	s0,s6
	sub	s1,s9,a5
	mv	s6,s4
.L134:
	addi	s11,s9,-1
	beq	s9,s1,.L106
.L165:
	addi	s9,s9,-2
	andi	a5,s9,-2
	sub	s2,s11,a5
	mv	s4,s1
	mv	a5,s3
	li	s5,0
	mv	a4,s0
	mv	s1,s6
	mv	s3,s10
.L131:
	addi	s8,s11,-1
	beq	s11,s2,.L107
	addi	s11,s11,-2
	andi	a3,s11,-2
	sub	a2,s8,a3
	mv	a6,a4
	mv	a1,a5
	mv	a4,s4
	mv	a5,s3
	mv	s4,s11
	mv	s3,s9
	li	s10,0
	mv	s11,s5
	mv	a3,s2
	mv	s9,s1
.L128:
	addi	s0,s8,-1
	beq	s8,a2,.L108
	addi	s8,s8,-2
	andi	s6,s8,-2
	sub	s6,s0,s6
	li	s5,0
	mv	t3,a6
	mv	t1,a5
	mv	s2,s5
	mv	a5,s8
	mv	a6,s3
	mv	s8,s11
	mv	a7,s4
	mv	s11,s9
	mv	s9,s6
.L125:
	addi	s4,s0,-1
	beq	s0,s9,.L109
	addi	s0,s0,-2
	andi	s6,s0,-2
	sub	s6,s4,s6
	mv	t5,s6
	li	s5,0
	mv	s6,s4
.L122:
	addi	t4,s6,-1
	beq	s6,t5,.L110
	addi	t2,s6,-3
	addi	s6,s6,-2
	andi	a0,s6,-2
	sub	a0,t4,a0
	sw	a0,4(sp)
	li	s4,0
.L119:
	lw	a0,4(sp)
	addi	s3,t4,-1
	beq	t4,a0,.L111
	andi	a0,t2,-2
	sub	a0,s3,a0
	mv	t0,s9
	sw	a0,0(sp)
	mv	s9,s6
	li	s1,0
	mv	s6,s0
.L116:
	lw	a0,0(sp)
	addi	t6,s3,-1
	beq	s3,a0,.L112
	li	s0,0
.L113:
	addi	a0,t6,-1
	sw	a1,60(sp)
	sw	t2,56(sp)
	sw	t5,52(sp)
	sw	t0,48(sp)
	sw	a2,44(sp)
	sw	a3,40(sp)
	sw	a4,36(sp)
	sw	t1,32(sp)
	sw	a7,28(sp)
	sw	a6,24(sp)
	sw	a5,20(sp)
	sw	t4,16(sp)
	sw	t3,12(sp)
	sw	t6,8(sp)
	call	fib
	lw	t6,8(sp)
	lw	t3,12(sp)
	lw	t4,16(sp)
	addi	t6,t6,-2
	lw	a5,20(sp)
	lw	a6,24(sp)
	lw	a7,28(sp)
	lw	t1,32(sp)
	lw	a4,36(sp)
	lw	a3,40(sp)
	lw	a2,44(sp)
	lw	t0,48(sp)
	lw	t5,52(sp)
	lw	t2,56(sp)
	lw	a1,60(sp)
	add	s0,s0,a0
	bgtu	t6,s7,.L113
	addi	a0,s3,-3
	andi	a0,a0,1
	add	a0,a0,s1
	addi	s3,s3,-2
	add	s1,a0,s0
	bgtu	s3,s7,.L116
	mv	s0,s6
	add	s1,s3,s1
	mv	s6,s9
	mv	s9,t0
.L115:
	addi	t4,t4,-2
	add	s4,s4,s1
	addi	t2,t2,-2
	bgtu	t4,s7,.L119
	add	s4,t4,s4
.L118:
	add	s5,s5,s4
	bgtu	s6,s7,.L122
	add	s5,s5,s6
.L121:
	add	s2,s2,s5
	bgtu	s0,s7,.L125
	mv	s9,s11
	mv	s3,a6
	mv	s11,s8
	mv	a6,t3
	mv	s8,a5
	mv	s4,a7
	mv	a5,t1
	add	s5,s2,s0
.L124:
	add	s10,s10,s5
	bgtu	s8,s7,.L128
	mv	s1,s9
	mv	s5,s11
	mv	s9,s3
	mv	s11,s4
	mv	s3,a5
	mv	s4,a4
	mv	s2,a3
	mv	a4,a6
	mv	a5,a1
	add	s10,s10,s8
.L127:
	add	s5,s5,s10
	bgtu	s11,s7,.L131
	mv	s6,s1
	add	s5,s5,s11
	mv	s10,s3
	mv	s0,a4
	mv	s1,s4
	mv	s3,a5
	add	s6,s6,s5
	bgtu	s9,s7,.L134
.L164:
	mv	s4,s6
	add	s4,s4,s9
	mv	s6,s0
	add	s6,s6,s4
	bgtu	s3,s7,.L163
.L154:
	add	s3,s3,s6
	j	.L104
.L110:
	add	s5,t4,s5
	j	.L121
.L111:
	add	s4,s3,s4
	j	.L118
.L112:
	mv	s0,s6
	add	s1,t6,s1
	mv	s6,s9
	mv	s9,t0
	j	.L115
.L109:
	mv	s1,s4
	mv	s9,s11
	mv	s3,a6
	mv	s11,s8
	mv	a6,t3
	mv	s8,a5
	mv	s4,a7
	mv	a5,t1
	add	s5,s1,s2
	j	.L124
.L108:
	mv	s1,s9
	mv	s5,s11
	mv	s9,s3
	mv	s11,s4
	mv	s3,a5
	mv	s4,a4
	mv	s2,a3
	mv	a4,a6
	mv	a5,a1
	add	s10,s0,s10
	j	.L127
.L107:
	mv	s6,s1
	add	s5,s8,s5
	mv	s10,s3
	mv	s0,a4
	mv	s1,s4
	mv	s3,a5
	add	s6,s6,s5
	bleu	s9,s7,.L164
	addi	s11,s9,-1
	bne	s9,s1,.L165
.L106:
	mv	s4,s6
	add	s4,s11,s4
	mv	s6,s0
	add	s6,s6,s4
	bleu	s3,s7,.L154
.L163:
	addi	a5,s3,-1
	mv	s9,a5
	bne	s3,s10,.L166
.L105:
	add	s3,a5,s6
.L104:
	lw	ra,124(sp)
	lw	s0,120(sp)
	lw	s1,116(sp)
	lw	s2,112(sp)
	lw	s4,104(sp)
	lw	s5,100(sp)
	lw	s6,96(sp)
	lw	s7,92(sp)
	lw	s8,88(sp)
	lw	s9,84(sp)
	lw	s10,80(sp)
	lw	s11,76(sp)
	mv	a0,s3
	lw	s3,108(sp)
	addi	sp,sp,128
	jr	ra
	.size	fib, .-fib
	.align	2
	.type	ackermann, @function
ackermann:
	beq	a0,zero,.L346
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
	bne	a1,zero,.L345
	addi	s7,s2,-1
	li	a1,1
	beq	s7,zero,.L168
.L356:
	bne	a1,zero,.L224
	addi	s2,s2,-2
	li	a1,1
	beq	s2,zero,.L168
.L345:
	addi	a1,a1,-1
	bne	a1,zero,.L347
	addi	s7,s2,-1
	mv	s0,s7
	li	a1,1
	beq	s7,zero,.L173
.L228:
	mv	s8,s0
.L176:
	addi	s0,s0,-1
	li	a5,1
	beq	s0,zero,.L180
.L231:
	mv	s9,s0
.L183:
	addi	s0,s0,-1
	li	a4,1
	beq	s0,zero,.L187
.L233:
	mv	s6,s0
.L190:
	addi	s0,s0,-1
	li	a5,1
	beq	s0,zero,.L194
.L236:
	mv	s5,s0
.L197:
	addi	s0,s0,-1
	li	a4,1
	beq	s0,zero,.L201
.L239:
	mv	s4,s0
.L204:
	addi	s0,s0,-1
	li	a5,1
	beq	s0,zero,.L208
.L242:
	mv	s3,s0
.L211:
	addi	s0,s0,-1
	li	a1,1
	beq	s0,zero,.L215
.L216:
	addi	a1,a1,-1
.L218:
	mv	s1,s0
.L220:
	mv	a0,s1
	addi	s1,s1,-1
	bne	a1,zero,.L348
	li	a1,1
	bne	s1,zero,.L220
.L357:
	addi	a5,s0,-1
	addi	a1,a1,1
	beq	a5,zero,.L215
	bne	a1,zero,.L349
	addi	s0,s0,-2
	li	a1,1
	bne	s0,zero,.L216
.L215:
	addi	s0,s3,-1
	addi	a5,a1,1
	beq	s0,zero,.L208
	bne	a5,zero,.L350
	addi	s0,s3,-2
	li	a5,1
	bne	s0,zero,.L242
.L208:
	addi	s0,s4,-1
	addi	a4,a5,1
	beq	s0,zero,.L201
	bne	a4,zero,.L351
	addi	s0,s4,-2
	li	a4,1
	bne	s0,zero,.L239
.L201:
	addi	s0,s5,-1
	addi	a5,a4,1
	beq	s0,zero,.L194
	bne	a5,zero,.L352
	addi	s0,s5,-2
	li	a5,1
	bne	s0,zero,.L236
.L194:
	addi	s0,s6,-1
	addi	a4,a5,1
	beq	s0,zero,.L187
	bne	a4,zero,.L353
	addi	s0,s6,-2
	li	a4,1
	bne	s0,zero,.L233
.L187:
	addi	s0,s9,-1
	addi	a5,a4,1
	beq	s0,zero,.L180
	bne	a5,zero,.L354
	addi	s0,s9,-2
	li	a5,1
	bne	s0,zero,.L231
.L180:
	addi	s0,s8,-1
	addi	a1,a5,1
	beq	s0,zero,.L173
	bne	a1,zero,.L355
	addi	s0,s8,-2
	li	a1,1
	bne	s0,zero,.L228
.L173:
	addi	a1,a1,1
	bne	s7,zero,.L356
.L168:
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
.L351:
	beq	a5,zero,.L239
	addi	a5,a5,-1
	mv	s4,s0
.L214:
	mv	s3,s0
	beq	a5,zero,.L211
	addi	a1,a5,-1
	j	.L218
.L352:
	beq	a4,zero,.L236
	addi	a4,a4,-1
	mv	s5,s0
.L207:
	mv	s4,s0
	addi	a5,a4,-1
	beq	a4,zero,.L204
	j	.L214
.L350:
	beq	a1,zero,.L242
	addi	a1,a1,-1
	mv	s3,s0
	j	.L218
.L353:
	beq	a5,zero,.L233
	addi	a5,a5,-1
	mv	s6,s0
.L200:
	mv	s5,s0
	addi	a4,a5,-1
	beq	a5,zero,.L197
	j	.L207
.L354:
	beq	a4,zero,.L231
	addi	a4,a4,-1
	mv	s9,s0
.L193:
	mv	s6,s0
	addi	a5,a4,-1
	beq	a4,zero,.L190
	j	.L200
.L355:
	beq	a5,zero,.L228
	addi	a5,a5,-1
	mv	s8,s0
.L186:
	mv	s9,s0
	addi	a4,a5,-1
	beq	a5,zero,.L183
	j	.L193
.L348:
	addi	a1,a1,-1
	call	ackermann
	mv	a1,a0
	bne	s1,zero,.L220
	j	.L357
.L347:
	addi	a5,a1,-1
	bne	a5,zero,.L358
	mv	s8,s2
	mv	s0,s2
	addi	s7,s2,-1
	j	.L176
.L346:
	addi	a0,a1,1
	ret
.L224:
	mv	s2,s7
	j	.L345
.L349:
	mv	s0,a5
	addi	a1,a1,-1
	j	.L218
.L358:
	addi	a5,a1,-2
	mv	s8,s2
	mv	s0,s2
	addi	s7,s2,-1
	j	.L186
	.size	ackermann, .-ackermann
	.align	2
	.type	hanoi, @function
hanoi:
	beq	a0,zero,.L423
	addi	sp,sp,-176
	sw	s7,140(sp)
	sw	s8,136(sp)
	sw	ra,172(sp)
	sw	s0,168(sp)
	sw	s1,164(sp)
	sw	s2,160(sp)
	sw	s3,156(sp)
	sw	s4,152(sp)
	sw	s5,148(sp)
	sw	s6,144(sp)
	sw	s9,132(sp)
	sw	s10,128(sp)
	sw	s11,124(sp)
	li	a4,1
	mv	s7,a1
	mv	s8,a2
	beq	a0,a4,.L426
	addi	s6,a0,-2
	mv	s3,a1
	mv	s7,a3
	lui	t4,%hi(hanoi_moves)
	lui	t3,%hi(hanoi_check)
	mv	s0,s6
.L372:
	beq	s0,zero,.L379
	addi	s1,s0,-1
	mv	s9,s1
	mv	a5,s0
	mv	s6,s8
	mv	s5,s3
	mv	s11,s3
	mv	s0,s7
	mv	s10,s8
	mv	s4,s1
	beq	s9,zero,.L380
.L431:
	addi	s1,s9,-1
	sw	s9,20(sp)
	mv	a2,s11
	sw	s5,24(sp)
	mv	s11,s4
	mv	s4,s1
	mv	s7,s0
	mv	a3,s0
	mv	s9,s1
	mv	s2,s5
	mv	a0,a5
	mv	a4,s10
	mv	s0,t3
	mv	s1,t4
	beq	s4,zero,.L381
.L430:
	addi	s5,s4,-1
	mv	s10,s2
	mv	a6,a2
	mv	a2,s2
	mv	s2,s5
	mv	t3,a0
	mv	a1,a4
	mv	a0,a3
	mv	a5,s9
	mv	s8,s6
	mv	s3,s7
	mv	a3,s6
	mv	a4,s4
	mv	s9,s5
	beq	s2,zero,.L382
.L429:
	addi	s6,s2,-1
	mv	s7,s6
	mv	s4,s3
	mv	t2,t3
	mv	t5,a6
	mv	t3,a2
	mv	t1,a3
	mv	a7,a0
	mv	a3,a5
	mv	a0,a1
	mv	a5,s3
	mv	s5,s10
	mv	a6,s10
	mv	t4,a4
	mv	a1,s2
	mv	a2,s11
	mv	s3,s6
	beq	s7,zero,.L383
.L428:
	addi	s6,s7,-1
	mv	t6,t5
	mv	t0,t3
	mv	a4,a5
	mv	t3,a1
	mv	s2,s8
	mv	t5,a6
	mv	a1,s6
	mv	s11,s5
	mv	a5,a7
.L377:
	beq	a1,zero,.L384
	addi	a6,a1,-1
	mv	a7,a6
	sw	a6,12(sp)
	mv	a6,s11
	sw	s11,28(sp)
	sw	t6,40(sp)
	mv	s11,s5
	sw	s7,48(sp)
	sw	t5,52(sp)
	sw	t3,56(sp)
	sw	t1,60(sp)
	mv	t6,t4
	mv	t1,s6
	mv	t4,s9
	mv	s7,s1
	mv	s9,s2
	mv	s10,s4
	sw	s4,32(sp)
	sw	t2,36(sp)
	sw	a1,44(sp)
	mv	s5,t0
	sw	s8,64(sp)
	mv	t5,a0
	mv	t3,s3
	mv	s6,s0
	mv	s2,a7
	mv	s1,a6
.L378:
	mv	s8,s2
	mv	s0,s1
	beq	s2,zero,.L368
	mv	t2,s10
	mv	a7,a3
	mv	s10,s5
	mv	s3,s1
	mv	t0,s2
	mv	s4,s1
	mv	s5,s2
	mv	a6,a2
	mv	a3,s9
.L370:
	mv	s1,t0
	mv	s2,t2
	mv	s0,s3
	sw	t0,16(sp)
.L369:
	addi	s1,s1,-1
	mv	a2,s2
	mv	a1,s0
	mv	a0,s1
	sw	t4,108(sp)
	sw	a7,104(sp)
	sw	t3,100(sp)
	sw	t1,96(sp)
	sw	a6,92(sp)
	sw	t5,88(sp)
	sw	a5,84(sp)
	sw	t6,80(sp)
	sw	a4,76(sp)
	sw	t2,72(sp)
	sw	a3,68(sp)
	call	hanoi
	lw	t0,%lo(hanoi_check)(s6)
	lw	a3,68(sp)
	lw	a2,%lo(hanoi_moves)(s7)
	slli	a1,t0,3
	sub	t0,a1,t0
	slli	a0,s0,1
	add	a0,a0,s0
	add	a1,t0,a3
	add	a1,a1,a0
	addi	t0,a2,1
	sw	t0,%lo(hanoi_moves)(s7)
	sw	a1,%lo(hanoi_check)(s6)
	mv	a0,s2
	lw	t2,72(sp)
	lw	a4,76(sp)
	lw	t6,80(sp)
	lw	a5,84(sp)
	lw	t5,88(sp)
	lw	a6,92(sp)
	lw	t1,96(sp)
	lw	t3,100(sp)
	lw	a7,104(sp)
	lw	t4,108(sp)
	mv	s2,s0
	beq	s1,zero,.L427
	mv	s0,a0
	j	.L369
.L384:
	li	a6,-1
	mv	s10,s11
	sw	a6,12(sp)
.L367:
	lw	a7,%lo(hanoi_check)(s0)
	slli	a6,s10,1
	add	s10,a6,s10
	slli	a6,a7,3
	sub	a6,a6,a7
	add	a6,a6,s2
	add	a6,a6,s10
	slli	s10,a6,3
	sub	s10,s10,a6
	slli	a7,s11,1
	lw	a6,%lo(hanoi_moves)(s1)
	add	a7,a7,s11
	add	a7,a7,s4
	addi	a6,a6,2
	add	a7,a7,s10
	sw	a6,%lo(hanoi_moves)(s1)
	sw	a7,%lo(hanoi_check)(s0)
	beq	a1,zero,.L420
	mv	a6,s11
	lw	a1,12(sp)
	mv	s11,s2
	mv	s2,a6
	j	.L377
.L420:
	mv	a6,t5
	mv	a1,t3
	mv	a7,a5
	mv	t5,t6
	mv	t3,t0
	mv	a5,a4
.L366:
	lw	s10,%lo(hanoi_check)(s0)
	slli	a4,s2,1
	add	s2,a4,s2
	slli	a4,s10,3
	sub	a4,a4,s10
	add	a4,a4,s4
	add	a4,a4,s2
	lw	s10,%lo(hanoi_moves)(s1)
	slli	s2,s5,1
	add	s2,s2,s5
	slli	s11,a4,3
	add	s2,s2,s8
	sub	a4,s11,a4
	addi	s10,s10,2
	add	a4,s2,a4
	sw	s10,%lo(hanoi_moves)(s1)
	sw	a4,%lo(hanoi_check)(s0)
	beq	s7,zero,.L419
	mv	a4,s5
	mv	s7,s6
	mv	s5,s4
	mv	s4,a4
	bne	s7,zero,.L428
.L383:
	mv	s2,s5
	li	s6,-1
	j	.L366
.L427:
	slli	a0,s3,1
	lw	t0,16(sp)
	add	a0,a0,s3
	slli	s0,a1,3
	add	a0,a0,t2
	sub	s0,s0,a1
	addi	a2,a2,2
	add	a0,a0,s0
	sw	a2,%lo(hanoi_moves)(s7)
	sw	a0,%lo(hanoi_check)(s6)
	addi	t0,t0,-1
	beq	t0,zero,.L414
	mv	a2,s3
	mv	s3,a3
	mv	a3,a2
	j	.L370
.L414:
	mv	s0,a3
	mv	s2,s5
	mv	s1,s4
	mv	s5,s10
	mv	a2,a6
	mv	s10,t2
	mv	a3,a7
.L368:
	lw	s3,%lo(hanoi_check)(s6)
	slli	s4,s0,1
	add	s4,s4,s0
	slli	s0,s3,3
	sub	s0,s0,s3
	add	s0,s0,s10
	add	s0,s0,s4
	lw	a1,%lo(hanoi_moves)(s7)
	slli	s3,s1,1
	slli	s4,s0,3
	add	s3,s3,s1
	sub	s4,s4,s0
	add	s3,s3,s9
	addi	s0,a1,2
	add	s3,s3,s4
	sw	s0,%lo(hanoi_moves)(s7)
	sw	s3,%lo(hanoi_check)(s6)
	addi	s2,s2,-1
	beq	s8,zero,.L421
	mv	s0,s1
	mv	s1,s10
	mv	s10,s0
	j	.L378
.L419:
	mv	s10,a6
	mv	s2,a1
	mv	s11,a2
	mv	a1,a0
	mv	a2,t3
	mv	s6,s3
	mv	a6,t5
	mv	s3,a5
	mv	a4,t4
	mv	a5,a3
	mv	a0,a7
	mv	t3,t2
	mv	a3,t1
.L365:
	lw	t6,%lo(hanoi_check)(s0)
	slli	t5,s4,1
	add	t5,t5,s4
	slli	t4,t6,3
	sub	t4,t4,t6
	add	t4,t4,s8
	add	t4,t4,t5
	lw	t6,%lo(hanoi_moves)(s1)
	slli	t5,s10,1
	add	t5,t5,s10
	slli	t0,t4,3
	add	t5,t5,s3
	sub	t4,t0,t4
	addi	t6,t6,2
	add	t4,t5,t4
	sw	t6,%lo(hanoi_moves)(s1)
	sw	t4,%lo(hanoi_check)(s0)
	beq	s2,zero,.L418
	mv	t4,s10
	mv	s2,s6
	mv	s10,s8
	mv	s8,t4
	bne	s2,zero,.L429
.L382:
	mv	s4,s10
	li	s6,-1
	j	.L365
.L421:
	mv	s2,s9
	mv	t0,s5
	mv	a0,t5
	mv	s5,s11
	mv	s3,t3
	mv	s0,s6
	mv	s9,t4
	mv	s6,t1
	mv	t4,t6
	mv	s1,s7
	lw	s4,32(sp)
	lw	t2,36(sp)
	lw	a1,44(sp)
	lw	s11,28(sp)
	lw	s8,64(sp)
	lw	t5,52(sp)
	lw	t3,56(sp)
	lw	t1,60(sp)
	lw	t6,40(sp)
	lw	s7,48(sp)
	j	.L367
.L418:
	mv	s2,a2
	mv	s6,a3
	mv	s4,a4
	mv	a3,a0
	mv	s5,s9
	mv	a2,a6
	mv	s7,s3
	mv	a0,t3
	mv	a4,a1
	mv	s9,a5
.L364:
	lw	t1,%lo(hanoi_check)(s0)
	slli	a7,s8,1
	add	a7,a7,s8
	slli	a5,t1,3
	sub	a5,a5,t1
	add	a5,a5,s7
	add	a5,a5,a7
	lw	t1,%lo(hanoi_moves)(s1)
	slli	a7,s2,1
	add	a7,a7,s2
	slli	t3,a5,3
	add	a7,a7,s6
	sub	a5,t3,a5
	addi	t1,t1,2
	add	a5,a7,a5
	sw	t1,%lo(hanoi_moves)(s1)
	sw	a5,%lo(hanoi_check)(s0)
	beq	s4,zero,.L417
	mv	a5,s2
	mv	s4,s5
	mv	s2,s7
	mv	s7,a5
	bne	s4,zero,.L430
.L381:
	mv	s8,s2
	li	s5,-1
	j	.L364
.L417:
	mv	t4,s1
	lw	s5,24(sp)
	mv	s1,s9
	lw	s9,20(sp)
	mv	s4,s11
	mv	t3,s0
	mv	a5,a0
	mv	s10,a4
	mv	s11,a2
	mv	s0,a3
.L363:
	lw	a2,%lo(hanoi_check)(t3)
	slli	a3,s7,1
	add	a3,a3,s7
	slli	a4,a2,3
	sub	a4,a4,a2
	add	a4,a4,s6
	add	a4,a4,a3
	lw	a2,%lo(hanoi_moves)(t4)
	slli	a3,s5,1
	add	a3,a3,s5
	slli	a1,a4,3
	add	a3,a3,s0
	sub	a4,a1,a4
	addi	a2,a2,2
	add	a4,a3,a4
	sw	a2,%lo(hanoi_moves)(t4)
	sw	a4,%lo(hanoi_check)(t3)
	beq	s9,zero,.L416
	mv	a4,s5
	mv	s9,s1
	mv	s5,s6
	mv	s6,a4
	bne	s9,zero,.L431
.L380:
	mv	s7,s5
	li	s1,-1
	j	.L363
.L379:
	mv	s6,s3
	li	s1,-1
.L362:
	lw	a3,%lo(hanoi_check)(t3)
	slli	a4,s6,1
	add	a4,a4,s6
	slli	a5,a3,3
	sub	a5,a5,a3
	add	a5,a5,s7
	add	a5,a5,a4
	lw	a3,%lo(hanoi_moves)(t4)
	slli	a4,s3,1
	add	a4,a4,s3
	slli	a2,a5,3
	add	a4,a4,s8
	sub	a5,a2,a5
	addi	a3,a3,2
	add	a5,a4,a5
	sw	a3,%lo(hanoi_moves)(t4)
	sw	a5,%lo(hanoi_check)(t3)
	beq	s0,zero,.L361
	mv	a5,s3
	mv	s0,s1
	mv	s3,s7
	mv	s7,a5
	j	.L372
.L416:
	mv	s7,s0
	mv	s3,s11
	mv	s0,a5
	mv	s8,s10
	mv	s1,s4
	j	.L362
.L426:
	lui	t4,%hi(hanoi_moves)
	lui	t3,%hi(hanoi_check)
.L361:
	lw	a2,%lo(hanoi_check)(t3)
	lw	a4,%lo(hanoi_moves)(t4)
	slli	a3,s7,1
	slli	a5,a2,3
	sub	a5,a5,a2
	lw	ra,172(sp)
	lw	s0,168(sp)
	add	a5,a5,s8
	add	a3,a3,s7
	addi	a4,a4,1
	add	a5,a5,a3
	sw	a4,%lo(hanoi_moves)(t4)
	sw	a5,%lo(hanoi_check)(t3)
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
	addi	sp,sp,176
	jr	ra
.L423:
	ret
	.size	hanoi, .-hanoi
	.align	2
	.type	chain, @function
chain:
	lw	a4,0(a1)
	addi	sp,sp,-32
	sw	ra,28(sp)
	slli	a5,a4,5
	sub	a5,a5,a4
	add	a5,a5,a0
	sw	a5,0(sp)
	bne	a0,zero,.L433
	lw	a5,0(sp)
	lw	a0,0(sp)
	lw	ra,28(sp)
	sw	a5,0(a2)
	slli	a0,a0,16
	srli	a0,a0,16
	addi	sp,sp,32
	jr	ra
.L433:
	lw	a1,0(sp)
	addi	a4,a0,-1
	slli	a5,a1,5
	sub	a5,a5,a1
	add	a5,a5,a4
	sw	a5,4(sp)
	bne	a4,zero,.L435
	lw	a4,4(sp)
	lw	a5,4(sp)
	sw	a4,0(a2)
	slli	a5,a5,16
	srli	a5,a5,16
.L436:
	lw	a0,0(sp)
	lw	ra,28(sp)
	andi	a0,a0,7
	add	a0,a0,a5
	addi	sp,sp,32
	jr	ra
.L435:
	lw	a1,4(sp)
	addi	a4,a0,-2
	slli	a5,a1,5
	sub	a5,a5,a1
	add	a5,a5,a4
	sw	a5,8(sp)
	bne	a4,zero,.L437
	lw	a5,8(sp)
	lw	a4,8(sp)
	sw	a5,0(a2)
	slli	a4,a4,16
	srli	a4,a4,16
.L438:
	lw	a5,4(sp)
	andi	a5,a5,7
	add	a5,a5,a4
	j	.L436
.L437:
	lw	a1,8(sp)
	addi	a4,a0,-3
	slli	a5,a1,5
	sub	a5,a5,a1
	add	a5,a5,a4
	sw	a5,12(sp)
	bne	a4,zero,.L439
	lw	a5,12(sp)
	lw	a0,12(sp)
	sw	a5,0(a2)
	slli	a0,a0,16
	srli	a0,a0,16
.L440:
	lw	a4,8(sp)
	andi	a4,a4,7
	add	a4,a4,a0
	j	.L438
.L439:
	addi	a1,sp,12
	addi	a0,a0,-4
	call	chain
	lw	a5,12(sp)
	andi	a5,a5,7
	add	a0,a5,a0
	j	.L440
	.size	chain, .-chain
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L443
	add	a2,a0,a2
	mv	a5,a0
.L444:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L444
.L443:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	memmove
	.type	memmove, @function
memmove:
	bltu	a0,a1,.L450
	addi	a5,a2,-1
	li	a6,-1
	beq	a2,zero,.L462
.L454:
	add	a4,a1,a5
	lbu	a3,0(a4)
	add	a4,a0,a5
	addi	a5,a5,-1
	sb	a3,0(a4)
	bne	a5,a6,.L454
.L456:
	ret
.L450:
	beq	a2,zero,.L456
	add	a2,a0,a2
	mv	a5,a0
.L453:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a2,a5,.L453
	ret
.L462:
	ret
	.size	memmove, .-memmove
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L469
.L465:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L465
.L469:
	ret
	.size	memset, .-memset
	.align	2
	.globl	memcmp
	.type	memcmp, @function
memcmp:
	beq	a2,zero,.L474
	add	a2,a1,a2
	j	.L473
.L472:
	beq	a1,a2,.L474
.L473:
	lbu	a5,0(a0)
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a1,a1,1
	beq	a5,a4,.L472
	sub	a0,a5,a4
	ret
.L474:
	li	a0,0
	ret
	.size	memcmp, .-memcmp
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L479
	mv	a5,a0
.L478:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L478
	sub	a0,a5,a0
	ret
.L479:
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
.L484:
	remu	a4,a0,a3
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,a3
	bgtu	a2,a6,.L484
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
	blt	s0,zero,.L491
	mv	a0,s0
	call	put_uint
	addi	a1,sp,31
.L489:
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
.L491:
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
	j	.L489
	.size	put_kv, .-put_kv
	.align	2
	.type	put_hex.constprop.0, @function
put_hex.constprop.0:
	addi	sp,sp,-32
	lui	a3,%hi(.LANCHOR0)
	sw	ra,28(sp)
	addi	a5,sp,4
	addi	a2,sp,-4
	addi	a3,a3,%lo(.LANCHOR0)
.L493:
	andi	a4,a0,15
	add	a4,a3,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	a0,a0,4
	sb	a4,8(a5)
	bne	a5,a2,.L493
	addi	a0,sp,4
	sb	zero,12(sp)
	call	put_str
	lw	ra,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_hex.constprop.0, .-put_hex.constprop.0
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	or	a5,a2,a3
	beq	a5,zero,.L506
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
	j	.L505
.L514:
	sll	t1,t6,t1
	li	a5,0
.L504:
	or	a0,a0,a5
	or	a1,a1,t1
.L501:
	addi	a6,a6,-1
	beq	a6,t4,.L513
.L505:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L500
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L500:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L501
	bne	a3,a5,.L507
	bgtu	a2,a4,.L501
.L507:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L514
	li	t1,0
	sll	a5,t6,a6
	j	.L504
.L513:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L506:
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
	beq	a5,zero,.L523
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,t2,1
	li	t6,31
	li	t5,-1
.L522:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L519
	srl	a7,t2,t1
.L519:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L520
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L524
	bgtu	a2,a0,.L520
.L524:
	mv	a0,a6
	sub	a1,t1,a7
.L520:
	bne	a5,t5,.L522
	ret
.L523:
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
	bge	a1,zero,.L527
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L527:
	mv	t5,a2
	mv	t1,s2
	blt	s2,zero,.L551
	or	s3,a2,s2
	li	a0,-1
	li	a1,-1
	bne	s3,zero,.L531
.L526:
	lw	s0,12(sp)
	lw	s1,8(sp)
	lw	s2,4(sp)
	lw	s3,0(sp)
	addi	sp,sp,16
	jr	ra
.L551:
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
	or	s3,a2,s2
.L531:
	li	a0,0
	li	a1,0
	li	a2,63
	li	a4,0
	li	a6,0
	slli	s0,t6,1
	li	a3,31
	li	t0,1
	li	t4,-1
	j	.L540
.L553:
	sll	a7,t0,a7
	li	a5,0
.L539:
	or	a0,a0,a5
	or	a1,a1,a7
.L536:
	addi	a2,a2,-1
	beq	a2,t4,.L552
.L540:
	srli	t3,a4,31
	slli	a5,a6,1
	addi	a7,a2,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a6,t6,a7
	bge	a7,zero,.L535
	sub	t3,a3,a2
	sll	t3,s0,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L535:
	andi	a6,a6,1
	or	a4,a6,a4
	mv	a6,a5
	bgtu	t1,a5,.L536
	bne	t1,a5,.L546
	bgtu	t5,a4,.L536
.L546:
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
	mv	a4,t3
	sub	a6,a5,a6
	bge	a7,zero,.L553
	li	a7,0
	sll	a5,t0,a2
	j	.L539
.L552:
	beq	s3,zero,.L545
	xor	s1,s1,s2
	bge	s1,zero,.L526
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
.L545:
	li	a0,-1
	li	a1,-1
	j	.L526
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
	blt	a1,zero,.L580
	mv	t2,a1
	blt	a3,zero,.L557
	or	a5,a2,a3
	bne	a5,zero,.L561
.L554:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L557:
	snez	a7,a2
	neg	a3,a3
	neg	t0,a2
	sub	a7,a3,a7
.L561:
	li	a5,63
	li	a0,0
	li	a2,0
	slli	t6,t2,1
	li	t5,31
	li	t4,-1
.L569:
	sub	a3,t5,a5
	srli	t1,a0,31
	slli	a4,a2,1
	sll	a3,t6,a3
	srl	a2,t3,a5
	addi	a6,a5,-32
	or	a4,t1,a4
	slli	a0,a0,1
	or	a2,a3,a2
	blt	a6,zero,.L566
	srl	a2,t2,a6
.L566:
	andi	a2,a2,1
	or	a0,a2,a0
	addi	a5,a5,-1
	mv	a2,a4
	bgtu	a7,a4,.L567
	sub	a3,a0,t0
	sgtu	a6,a3,a0
	sub	t1,a4,a7
	bne	a7,a4,.L574
	bgtu	t0,a0,.L567
.L574:
	mv	a0,a3
	sub	a2,t1,a6
.L567:
	bne	a5,t4,.L569
	mv	a1,a2
	bge	s0,zero,.L554
	lw	s0,12(sp)
	snez	a5,a0
	neg	a2,a2
	neg	a0,a0
	sub	a1,a2,a5
	addi	sp,sp,16
	jr	ra
.L580:
	snez	a5,a0
	neg	t2,a1
	sub	t2,t2,a5
	neg	t3,a0
	blt	a3,zero,.L557
	or	a5,a2,a3
	bne	a5,zero,.L561
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__moddi3, .-__moddi3
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"ackermann(2,3) = "
	.align	2
.LC2:
	.string	"ackermann(3,5) = "
	.align	2
.LC3:
	.string	"chain depth "
	.align	2
.LC4:
	.string	" -> "
	.align	2
.LC5:
	.string	" deepest 0x"
	.align	2
.LC6:
	.string	"is_even(10001)"
	.align	2
.LC7:
	.string	"is_odd(7777)"
	.align	2
.LC8:
	.string	"fib(22)"
	.align	2
.LC9:
	.string	"hanoi(12) moves = "
	.align	2
.LC10:
	.string	" check = 0x"
	.align	2
.LC11:
	.string	"sum mc91"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-48
	sw	s0,40(sp)
	sw	ra,44(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	sw	s4,24(sp)
	li	a5,1
	li	s0,1000
	ble	a0,a5,.L582
	lw	a3,4(a1)
	li	a2,9
	li	s0,0
	lbu	a4,0(a3)
	addi	a5,a4,-48
	andi	a5,a5,0xff
	bgtu	a5,a2,.L582
.L583:
	slli	a5,s0,2
	add	a5,a5,s0
	addi	a3,a3,1
	slli	a5,a5,1
	add	a5,a5,a4
	lbu	a4,0(a3)
	addi	s0,a5,-48
	addi	a5,a4,-48
	andi	a5,a5,0xff
	bleu	a5,a2,.L583
.L582:
	lui	a0,%hi(.LC1)
	li	a5,1
	addi	a0,a0,%lo(.LC1)
	sw	a5,12(sp)
	sw	zero,8(sp)
	call	put_str
	li	a1,3
	li	a0,2
	call	ackermann
	call	put_uint
	li	s1,10
	sb	s1,7(sp)
	li	a0,1
	addi	a1,sp,7
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	put_str
	li	a1,5
	li	a0,3
	call	ackermann
	call	put_uint
	li	a0,1
	sb	s1,7(sp)
	addi	a1,sp,7
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a2,sp,8
	addi	a1,sp,12
	mv	a0,s0
	call	chain
	mv	s3,a0
	lui	a0,%hi(.LC3)
	addi	a0,a0,%lo(.LC3)
	call	put_str
	mv	a0,s0
	call	put_uint
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	put_str
	mv	a0,s3
	call	put_uint
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	call	put_str
	lw	a0,8(sp)
	call	put_hex.constprop.0
	li	a0,1
	sb	s1,7(sp)
	addi	a1,sp,7
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	s0,8192
	addi	a0,s0,1807
	call	is_even.part.0
	mv	a1,a0
	lui	a0,%hi(.LC6)
	addi	a0,a0,%lo(.LC6)
	call	put_kv
	addi	a0,s0,-417
	call	is_odd.part.0
	mv	a1,a0
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	call	put_kv
	li	a0,22
	call	fib
	mv	a1,a0
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	put_kv
	li	a3,2
	li	a2,3
	li	a1,1
	li	a0,12
	call	hanoi
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	call	put_str
	lui	a5,%hi(hanoi_moves)
	lw	a0,%lo(hanoi_moves)(a5)
	call	put_uint
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	put_str
	lui	a5,%hi(hanoi_check)
	lw	a0,%lo(hanoi_check)(a5)
	call	put_hex.constprop.0
	li	a0,1
	sb	s1,7(sp)
	addi	a1,sp,7
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	s2,0
	li	s1,0
	li	s0,100
	li	s4,126
.L584:
	mv	a0,s1
	bgt	s1,s0,.L596
.L588:
	addi	a0,a0,11
	call	mc91
	ble	a0,s0,.L588
	addi	a0,a0,-10
	addi	s1,s1,7
	add	s2,s2,a0
	mv	a0,s1
	ble	s1,s0,.L588
.L596:
	addi	a5,s1,-10
	addi	s1,s1,7
	add	s2,s2,a5
	bne	s1,s4,.L584
	lui	a0,%hi(.LC11)
	mv	a1,s2
	addi	a0,a0,%lo(.LC11)
	call	put_kv
	lw	ra,44(sp)
	lw	s0,40(sp)
	andi	a0,s3,63
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	addi	a0,a0,3
	addi	sp,sp,48
	jr	ra
	.size	main, .-main
	.globl	rt_envp
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.section	.sbss,"aw",@nobits
	.align	2
	.type	hanoi_check, @object
	.size	hanoi_check, 4
hanoi_check:
	.zero	4
	.type	hanoi_moves, @object
	.size	hanoi_moves, 4
hanoi_moves:
	.zero	4
	.type	rt_envp, @object
	.size	rt_envp, 4
rt_envp:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
