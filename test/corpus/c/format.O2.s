	.file	"format.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	emit_padded, @function
emit_padded:
	bgt	a2,a1,.L2
	bne	a3,zero,.L54
	li	a5,48
	beq	a4,a5,.L55
	addi	a6,a1,-1
	li	t4,-1
	bgt	a1,zero,.L4
.L1:
	ret
.L2:
	sub	t4,a2,a1
	beq	a3,zero,.L56
	addi	a6,a1,-1
	ble	a1,zero,.L57
.L4:
	lui	t6,%hi(out_len)
	lw	a2,%lo(out_len)(t6)
	lui	a1,%hi(.LANCHOR0)
	mv	a4,a0
	li	t5,0
	li	t1,510
	addi	a1,a1,%lo(.LANCHOR0)
	li	a7,1
.L21:
	add	a5,a1,a2
	addi	a4,a4,1
	bgt	a2,t1,.L18
	lbu	t3,-1(a4)
	addi	a2,a2,1
	li	t5,1
	sb	t3,0(a5)
.L18:
	sub	a5,a7,a4
	add	a5,a5,a6
	add	a5,a0,a5
	bgt	a5,zero,.L21
	beq	t5,zero,.L22
	sw	a2,%lo(out_len)(t6)
.L22:
	beq	a3,zero,.L1
	addi	a4,t4,-1
	ble	t4,zero,.L1
.L27:
	lw	a5,%lo(out_len)(t6)
	lui	a2,%hi(.LANCHOR0)
	li	a6,0
	li	a0,510
	addi	a2,a2,%lo(.LANCHOR0)
	li	a7,32
	li	a1,-1
.L26:
	addi	a4,a4,-1
	add	a3,a2,a5
	bgt	a5,a0,.L25
	sb	a7,0(a3)
	addi	a5,a5,1
	li	a6,1
.L25:
	bne	a4,a1,.L26
	beq	a6,zero,.L1
	sw	a5,%lo(out_len)(t6)
	ret
.L56:
	li	a5,48
	addi	a2,t4,-1
	beq	a4,a5,.L6
.L9:
	lui	t6,%hi(out_len)
	lw	a5,%lo(out_len)(t6)
	lui	a7,%hi(.LANCHOR0)
	li	t4,0
	li	t3,510
	addi	a7,a7,%lo(.LANCHOR0)
	li	t1,-1
.L16:
	addi	a2,a2,-1
	add	a6,a7,a5
	bgt	a5,t3,.L15
	sb	a4,0(a6)
	addi	a5,a5,1
	li	t4,1
.L15:
	bne	a2,t1,.L16
	beq	t4,zero,.L14
	sw	a5,%lo(out_len)(t6)
.L14:
	addi	a6,a1,-1
	li	t4,-1
	bgt	a1,zero,.L4
	ret
.L54:
	addi	a6,a1,-1
	li	t4,0
	bgt	a1,zero,.L4
	ret
.L55:
	li	t4,0
	li	a2,-1
.L6:
	lbu	a6,0(a0)
	addi	a5,a6,-43
	andi	a5,a5,253
	beq	a5,zero,.L10
	li	a5,32
	beq	a6,a5,.L10
	bne	t4,zero,.L9
	j	.L14
.L10:
	ble	a1,zero,.L58
	lui	t1,%hi(out_len)
	lw	a5,%lo(out_len)(t1)
	li	a7,510
	addi	a0,a0,1
	bgt	a5,a7,.L13
	lui	a7,%hi(.LANCHOR0)
	addi	a7,a7,%lo(.LANCHOR0)
	addi	t3,a5,1
	add	a5,a7,a5
	sw	t3,%lo(out_len)(t1)
	sb	a6,0(a5)
.L13:
	addi	a1,a1,-1
	bne	t4,zero,.L9
	j	.L14
.L58:
	bne	t4,zero,.L9
	ret
.L57:
	addi	a4,t4,-1
	lui	t6,%hi(out_len)
	j	.L27
	.size	emit_padded, .-emit_padded
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L60
	add	a2,a0,a2
	mv	a5,a0
.L61:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L61
.L60:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L72
.L68:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L68
.L72:
	ret
	.size	memset, .-memset
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L76
	mv	a5,a0
.L75:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L75
	sub	a0,a5,a0
	ret
.L76:
	li	a0,0
	ret
	.size	strlen, .-strlen
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC7:
	.string	"0123456789ABCDEF"
	.align	2
.LC8:
	.string	"0123456789abcdef"
	.align	2
.LC9:
	.string	"(null)"
	.text
	.align	2
	.type	format, @function
format:
	addi	sp,sp,-144
	sw	s2,128(sp)
	sw	s3,124(sp)
	sw	ra,140(sp)
	sw	s0,136(sp)
	sw	s1,132(sp)
	sw	s4,120(sp)
	sw	s5,116(sp)
	sw	s6,112(sp)
	sw	s7,108(sp)
	lbu	a5,0(a0)
	lui	s3,%hi(out_len)
	lw	s2,%lo(out_len)(s3)
	beq	a5,zero,.L121
	lui	s1,%hi(.L89)
	lui	s5,%hi(.LANCHOR0)
	li	s4,43
	addi	s1,s1,%lo(.L89)
	addi	s5,s5,%lo(.LANCHOR0)
	j	.L120
.L151:
	lw	a4,%lo(out_len)(s3)
	li	a3,510
	bgt	a4,a3,.L81
	addi	a3,a4,1
	add	a4,s5,a4
	sw	a3,%lo(out_len)(s3)
	sb	a5,0(a4)
.L81:
	mv	a5,s0
	mv	s0,a0
	mv	a0,a5
.L82:
	lbu	a5,1(s0)
	beq	a5,zero,.L150
.L120:
	li	a4,37
	addi	s0,a0,1
	bne	a5,a4,.L151
	li	a4,32
	li	t1,0
	li	t4,0
	li	a3,0
	li	a5,45
	li	a0,48
	li	a2,32
.L80:
	lbu	a6,0(s0)
	beq	a6,a5,.L123
	beq	a6,s4,.L124
	beq	a6,a0,.L125
	beq	a6,a2,.L126
	addi	a7,a6,-48
	andi	t3,a7,0xff
	li	a5,9
	li	a2,0
	li	a0,9
	bgtu	t3,a5,.L85
.L84:
	lbu	a6,1(s0)
	slli	a5,a2,2
	add	a5,a5,a2
	slli	a5,a5,1
	add	a2,a7,a5
	addi	a7,a6,-48
	andi	a5,a7,0xff
	addi	s0,s0,1
	bleu	a5,a0,.L84
.L85:
	beq	a6,zero,.L86
	addi	a5,a6,-37
	andi	a5,a5,0xff
	li	a0,83
	bgtu	a5,a0,.L87
	slli	a5,a5,2
	add	a5,a5,s1
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L89:
	.word	.L97
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L88
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L96
	.word	.L95
	.word	.L94
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L94
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L87
	.word	.L93
	.word	.L92
	.word	.L87
	.word	.L87
	.word	.L91
	.word	.L87
	.word	.L90
	.word	.L87
	.word	.L87
	.word	.L88
	.text
.L123:
	li	a3,1
	addi	s0,s0,1
	j	.L80
.L126:
	li	t1,1
	addi	s0,s0,1
	j	.L80
.L125:
	li	a4,48
	addi	s0,s0,1
	j	.L80
.L124:
	li	t4,1
	addi	s0,s0,1
	j	.L80
.L150:
	lw	a0,%lo(out_len)(s3)
	sub	a0,a0,s2
.L78:
	lw	ra,140(sp)
	lw	s0,136(sp)
	lw	s1,132(sp)
	lw	s2,128(sp)
	lw	s3,124(sp)
	lw	s4,120(sp)
	lw	s5,116(sp)
	lw	s6,112(sp)
	lw	s7,108(sp)
	addi	sp,sp,144
	jr	ra
.L87:
	lw	a5,%lo(out_len)(s3)
	li	a4,510
	addi	a0,s0,1
	bgt	a5,a4,.L82
	lui	a4,%hi(.LANCHOR0)
	addi	a4,a4,%lo(.LANCHOR0)
	add	a2,a4,a5
	li	a6,37
	addi	a3,a5,1
	sb	a6,0(a2)
	sw	a3,%lo(out_len)(s3)
	li	a6,511
	lbu	a2,0(s0)
	beq	a3,a6,.L82
	addi	a5,a5,2
	add	a4,a4,a3
	sw	a5,%lo(out_len)(s3)
	sb	a2,0(a4)
	j	.L82
.L94:
	lw	t3,0(a1)
	addi	s6,a1,4
	blt	t3,zero,.L152
	li	a5,43
	bne	t4,zero,.L101
	beq	t1,zero,.L153
	li	a5,32
.L101:
	sb	a5,56(sp)
	li	t1,1
	addi	t2,sp,57
	addi	a0,sp,56
	j	.L99
.L88:
	li	a5,88
	lw	a0,0(a1)
	addi	s6,a1,4
	beq	a6,a5,.L154
	lui	a6,%hi(.LC8)
	addi	t3,a6,%lo(.LC8)
.L107:
	li	a1,0
	addi	a5,sp,20
	li	t4,15
.L108:
	andi	a6,a0,15
	add	a6,t3,a6
	lbu	t1,0(a6)
	addi	a1,a1,1
	add	a6,a5,a1
	mv	a7,a0
	sb	t1,-1(a6)
	srli	a0,a0,4
	bgtu	a7,t4,.L108
	addi	a0,sp,56
	mv	a7,a0
.L109:
	lbu	t1,-1(a6)
	addi	a6,a6,-1
	addi	a7,a7,1
	sb	t1,-1(a7)
	bne	a5,a6,.L109
	addi	a5,a1,80
	addi	a6,sp,16
	add	a5,a5,a6
	sb	zero,-40(a5)
	call	emit_padded
	addi	a0,s0,1
	mv	a1,s6
	j	.L82
.L97:
	lw	a4,%lo(out_len)(s3)
	li	a5,510
	bgt	a4,a5,.L117
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	addi	a3,a4,1
	add	a5,a5,a4
	li	a4,37
	sw	a3,%lo(out_len)(s3)
	sb	a4,0(a5)
.L117:
	addi	a0,s0,1
	j	.L82
.L90:
	lui	a6,%hi(.LC8)
	lw	a0,0(a1)
	addi	s6,a1,4
	addi	a5,sp,20
	li	a1,0
	addi	a6,a6,%lo(.LC8)
	li	t3,10
	li	t5,9
.L105:
	remu	t1,a0,t3
	addi	a1,a1,1
	add	a7,a5,a1
	mv	t4,a0
	add	t1,a6,t1
	lbu	t1,0(t1)
	divu	a0,a0,t3
	sb	t1,-1(a7)
	bgtu	t4,t5,.L105
	addi	a0,sp,56
	mv	a6,a7
	mv	a7,a0
.L106:
	lbu	t1,-1(a6)
	addi	a6,a6,-1
	addi	a7,a7,1
	sb	t1,-1(a7)
	bne	a5,a6,.L106
	addi	a5,a1,80
	addi	a6,sp,16
	add	a5,a5,a6
	sb	zero,-40(a5)
	call	emit_padded
	addi	a0,s0,1
	mv	a1,s6
	j	.L82
.L95:
	lw	a5,0(a1)
	addi	s6,a1,4
	addi	a0,sp,56
	li	a1,1
	li	a4,32
	sb	a5,56(sp)
	call	emit_padded
	addi	a0,s0,1
	mv	a1,s6
	j	.L82
.L96:
	lui	a6,%hi(.LC8)
	lw	a0,0(a1)
	addi	s6,a1,4
	addi	a5,sp,20
	li	a1,0
	addi	a6,a6,%lo(.LC8)
	li	t4,1
.L112:
	andi	a7,a0,1
	add	a7,a6,a7
	lbu	t3,0(a7)
	addi	a1,a1,1
	add	a7,a5,a1
	mv	t1,a0
	sb	t3,-1(a7)
	srli	a0,a0,1
	bgtu	t1,t4,.L112
	addi	a0,sp,56
	mv	a6,a7
	mv	a7,a0
.L113:
	lbu	t1,-1(a6)
	addi	a6,a6,-1
	addi	a7,a7,1
	sb	t1,-1(a7)
	bne	a5,a6,.L113
	addi	a5,a1,80
	addi	a6,sp,16
	add	a5,a5,a6
	sb	zero,-40(a5)
	call	emit_padded
	addi	a0,s0,1
	mv	a1,s6
	j	.L82
.L93:
	lui	a6,%hi(.LC8)
	lw	a0,0(a1)
	addi	s6,a1,4
	addi	a5,sp,20
	li	a1,0
	addi	a6,a6,%lo(.LC8)
	li	t4,7
.L110:
	andi	a7,a0,7
	add	a7,a6,a7
	lbu	t3,0(a7)
	addi	a1,a1,1
	add	a7,a5,a1
	mv	t1,a0
	sb	t3,-1(a7)
	srli	a0,a0,3
	bgtu	t1,t4,.L110
	addi	a0,sp,56
	mv	a6,a7
	mv	a7,a0
.L111:
	lbu	t1,-1(a6)
	addi	a6,a6,-1
	addi	a7,a7,1
	sb	t1,-1(a7)
	bne	a5,a6,.L111
	addi	a5,a1,80
	addi	a6,sp,16
	add	a5,a5,a6
	sb	zero,-40(a5)
	call	emit_padded
	addi	a0,s0,1
	mv	a1,s6
	j	.L82
.L91:
	lw	s6,0(a1)
	addi	s7,a1,4
	beq	s6,zero,.L130
	mv	a0,s6
	sw	a2,12(sp)
	sw	a3,8(sp)
	call	strlen
	lw	a3,8(sp)
	lw	a2,12(sp)
	mv	a1,a0
.L116:
	mv	a0,s6
	li	a4,32
	call	emit_padded
	addi	a0,s0,1
	mv	a1,s7
	j	.L82
.L92:
	li	a5,-32768
	lw	t1,0(a1)
	xori	a5,a5,-2000
	lui	a6,%hi(.LC8)
	sh	a5,56(sp)
	addi	s6,a1,4
	li	a7,0
	addi	a5,sp,20
	addi	a6,a6,%lo(.LC8)
	li	t5,15
.L114:
	andi	a1,t1,15
	add	a1,a6,a1
	lbu	t4,0(a1)
	mv	a1,a7
	addi	a7,a7,1
	add	a0,a5,a7
	mv	t3,t1
	sb	t4,-1(a0)
	srli	t1,t1,4
	bgtu	t3,t5,.L114
	addi	a6,sp,58
.L115:
	lbu	t1,-1(a0)
	addi	a0,a0,-1
	addi	a6,a6,1
	sb	t1,-1(a6)
	bne	a5,a0,.L115
	addi	a5,a7,80
	addi	a0,sp,16
	add	a7,a5,a0
	addi	a1,a1,3
	addi	a0,sp,56
	sb	zero,-38(a7)
	call	emit_padded
	addi	a0,s0,1
	mv	a1,s6
	j	.L82
.L86:
	mv	a0,s0
	addi	s0,s0,-1
	j	.L82
.L154:
	lui	a6,%hi(.LC7)
	addi	t3,a6,%lo(.LC7)
	j	.L107
.L130:
	lui	s6,%hi(.LC9)
	li	a1,6
	addi	s6,s6,%lo(.LC9)
	j	.L116
.L152:
	li	a5,45
	sb	a5,56(sp)
	neg	t3,t3
	li	t1,1
	addi	t2,sp,57
	addi	a0,sp,56
.L99:
	lui	a6,%hi(.LC8)
	li	a1,0
	addi	a5,sp,20
	addi	a6,a6,%lo(.LC8)
	li	t5,10
	li	t0,9
.L102:
	remu	t4,t3,t5
	addi	a1,a1,1
	add	a7,a5,a1
	mv	t6,t3
	add	t4,a6,t4
	lbu	t4,0(t4)
	divu	t3,t3,t5
	sb	t4,-1(a7)
	bgtu	t6,t0,.L102
	mv	a6,a7
	mv	a7,t2
.L103:
	lbu	t3,-1(a6)
	addi	a6,a6,-1
	addi	a7,a7,1
	sb	t3,-1(a7)
	bne	a5,a6,.L103
	add	t2,t2,a1
	sb	zero,0(t2)
	add	a1,a1,t1
	call	emit_padded
	addi	a0,s0,1
	mv	a1,s6
	j	.L82
.L121:
	li	a0,0
	j	.L78
.L153:
	addi	a0,sp,56
	mv	t2,a0
	j	.L99
	.size	format, .-format
	.section	.rodata.str1.4
	.align	2
.LC10:
	.string	"plain text\n"
	.align	2
.LC11:
	.string	"%d %i %u|%5d|%-5d|%05d|%+d|% d\n"
	.align	2
.LC12:
	.string	"%x %X %08x %o %b\n"
	.align	2
.LC13:
	.string	"[%s] [%10s] [%-10s] [%s]\n"
	.align	2
.LC14:
	.string	"%c%c%c %5c|%-3c|\n"
	.align	2
.LC15:
	.string	"100%% done, %q unknown, %p\n"
	.align	2
.LC16:
	.string	"%d %d %d\n"
	.align	2
.LC17:
	.string	"%-8s|%3d|%04x\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-176
	lui	a0,%hi(.LC10)
	sw	s0,168(sp)
	li	a1,0
	addi	a0,a0,%lo(.LC10)
	lui	s0,%hi(.LANCHOR1)
	addi	s0,s0,%lo(.LANCHOR1)
	sw	ra,172(sp)
	sw	s1,164(sp)
	sw	s3,156(sp)
	sw	s4,152(sp)
	sw	s6,144(sp)
	sw	s2,160(sp)
	sw	s5,148(sp)
	sw	s7,140(sp)
	sw	s8,136(sp)
	call	format
	lw	t3,0(s0)
	lw	t1,4(s0)
	lw	a7,8(s0)
	lw	a6,12(s0)
	lw	a2,16(s0)
	lw	a3,20(s0)
	lw	a4,24(s0)
	lw	a5,28(s0)
	mv	s1,a0
	lui	a0,%hi(.LC11)
	addi	a1,sp,96
	addi	a0,a0,%lo(.LC11)
	sw	t3,96(sp)
	sw	t1,100(sp)
	sw	a7,104(sp)
	sw	a6,108(sp)
	sw	a2,112(sp)
	sw	a3,116(sp)
	sw	a4,120(sp)
	sw	a5,124(sp)
	call	format
	lw	a6,32(s0)
	lw	a2,36(s0)
	lw	a3,40(s0)
	lw	a4,44(s0)
	lw	a5,48(s0)
	mv	a7,a0
	lui	a0,%hi(.LC12)
	addi	a1,sp,56
	addi	a0,a0,%lo(.LC12)
	add	s1,s1,a7
	sw	a6,56(sp)
	sw	a2,60(sp)
	sw	a3,64(sp)
	sw	a4,68(sp)
	sw	a5,72(sp)
	call	format
	lw	a2,52(s0)
	lw	a3,56(s0)
	lw	a4,60(s0)
	lw	a5,64(s0)
	mv	a6,a0
	lui	a0,%hi(.LC13)
	addi	a1,sp,40
	addi	a0,a0,%lo(.LC13)
	add	s1,s1,a6
	sw	a2,40(sp)
	sw	a3,44(sp)
	sw	a4,48(sp)
	sw	a5,52(sp)
	call	format
	lw	a2,72(s0)
	lw	a6,68(s0)
	lw	a3,76(s0)
	lw	a4,80(s0)
	lw	a5,84(s0)
	mv	a7,a0
	lui	a0,%hi(.LC14)
	addi	a1,sp,76
	addi	a0,a0,%lo(.LC14)
	add	s1,s1,a7
	sw	a2,80(sp)
	sw	a6,76(sp)
	sw	a3,84(sp)
	sw	a4,88(sp)
	sw	a5,92(sp)
	call	format
	mv	a5,a0
	lui	a0,%hi(.LC15)
	addi	a1,sp,12
	li	s3,4096
	addi	a0,a0,%lo(.LC15)
	add	s1,s1,a5
	sw	s3,12(sp)
	call	format
	mv	a3,a0
	li	a5,-2147483648
	lui	a0,%hi(.LC16)
	xori	a4,a5,-1
	addi	a1,sp,16
	addi	a0,a0,%lo(.LC16)
	add	s1,s1,a3
	sw	a5,16(sp)
	sw	a4,20(sp)
	sw	zero,24(sp)
	call	format
	lui	s4,%hi(out_len)
	lui	a1,%hi(.LANCHOR0)
	add	s1,s1,a0
	addi	s6,a1,%lo(.LANCHOR0)
	li	a0,1
	addi	a1,a1,%lo(.LANCHOR0)
	lw	a2,%lo(out_len)(s4)
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	s8,0
	sw	zero,%lo(out_len)(s4)
	addi	s0,s0,88
	li	s2,0
	lui	s7,%hi(.LC17)
	addi	s3,s3,3
	li	s5,4
.L156:
	mul	a4,s2,s2
	lw	a5,0(s0)
	addi	a1,sp,28
	addi	a0,s7,%lo(.LC17)
	sw	a5,28(sp)
	sw	s8,36(sp)
	addi	s2,s2,1
	addi	s0,s0,4
	add	s8,s8,s3
	slli	a5,a4,3
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	sw	a5,32(sp)
	call	format
	add	s1,s1,a0
	bne	s2,s5,.L156
	lw	a2,%lo(out_len)(s4)
	li	a0,1
	mv	a1,s6
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	ra,172(sp)
	lw	s0,168(sp)
	sw	zero,%lo(out_len)(s4)
	lw	s2,160(sp)
	lw	s3,156(sp)
	lw	s4,152(sp)
	lw	s5,148(sp)
	lw	s6,144(sp)
	lw	s7,140(sp)
	lw	s8,136(sp)
	andi	a0,s1,0xff
	lw	s1,164(sp)
	addi	sp,sp,176
	jr	ra
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
.L160:
	j	.L160
	.size	_start, .-_start
	.section	.rodata.str1.4
	.align	2
.LC18:
	.string	"alpha"
	.align	2
.LC19:
	.string	"beta"
	.align	2
.LC20:
	.string	"gamma"
	.align	2
.LC21:
	.string	"delta"
	.align	2
.LC2:
	.string	"abc"
	.align	2
.LC3:
	.string	"right"
	.align	2
.LC4:
	.string	"left"
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	out, @object
	.size	out, 512
out:
	.zero	512
	.section	.rodata
	.align	2
	.set	.LANCHOR1,. + 0
.LC0:
	.word	42
	.word	-17
	.word	-294967296
	.word	123
	.word	123
	.word	-123
	.word	9
	.word	9
.LC1:
	.word	48879
	.word	48879
	.word	255
	.word	8
	.word	10
.LC5:
	.word	.LC2
	.word	.LC3
	.word	.LC4
	.word	0
.LC6:
	.word	120
	.word	121
	.word	122
	.word	33
	.word	63
	.type	table.0, @object
	.size	table.0, 16
table.0:
	.word	.LC18
	.word	.LC19
	.word	.LC20
	.word	.LC21
	.section	.sbss,"aw",@nobits
	.align	2
	.type	out_len, @object
	.size	out_len, 4
out_len:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
