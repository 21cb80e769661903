	.file	"args.c"
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
	.type	put_uint, @function
put_uint:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sb	zero,15(sp)
	addi	a5,sp,4
	li	a3,10
	li	a6,9
.L44:
	remu	a4,a0,a3
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,a3
	bgtu	a2,a6,.L44
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
	blt	s0,zero,.L51
	mv	a0,s0
	call	put_uint
	addi	a1,sp,31
.L49:
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
.L51:
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
	j	.L49
	.size	put_kv, .-put_kv
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	or	a5,a2,a3
	beq	a5,zero,.L62
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
	j	.L61
.L70:
	sll	t1,t6,t1
	li	a5,0
.L60:
	or	a0,a0,a5
	or	a1,a1,t1
.L57:
	addi	a6,a6,-1
	beq	a6,t4,.L69
.L61:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L56
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L56:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L57
	bne	a3,a5,.L63
	bgtu	a2,a4,.L57
.L63:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L70
	li	t1,0
	sll	a5,t6,a6
	j	.L60
.L69:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L62:
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
	beq	a5,zero,.L79
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,t2,1
	li	t6,31
	li	t5,-1
.L78:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L75
	srl	a7,t2,t1
.L75:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L76
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L80
	bgtu	a2,a0,.L76
.L80:
	mv	a0,a6
	sub	a1,t1,a7
.L76:
	bne	a5,t5,.L78
	ret
.L79:
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
	bge	a1,zero,.L83
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L83:
	mv	t5,a2
	mv	t1,s2
	blt	s2,zero,.L107
	or	s3,a2,s2
	li	a0,-1
	li	a1,-1
	bne	s3,zero,.L87
.L82:
	lw	s0,12(sp)
	lw	s1,8(sp)
	lw	s2,4(sp)
	lw	s3,0(sp)
	addi	sp,sp,16
	jr	ra
.L107:
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
	or	s3,a2,s2
.L87:
	li	a0,0
	li	a1,0
	li	a2,63
	li	a4,0
	li	a6,0
	slli	s0,t6,1
	li	a3,31
	li	t0,1
	li	t4,-1
	j	.L96
.L109:
	sll	a7,t0,a7
	li	a5,0
.L95:
	or	a0,a0,a5
	or	a1,a1,a7
.L92:
	addi	a2,a2,-1
	beq	a2,t4,.L108
.L96:
	srli	t3,a4,31
	slli	a5,a6,1
	addi	a7,a2,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a6,t6,a7
	bge	a7,zero,.L91
	sub	t3,a3,a2
	sll	t3,s0,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L91:
	andi	a6,a6,1
	or	a4,a6,a4
	mv	a6,a5
	bgtu	t1,a5,.L92
	bne	t1,a5,.L102
	bgtu	t5,a4,.L92
.L102:
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
	mv	a4,t3
	sub	a6,a5,a6
	bge	a7,zero,.L109
	li	a7,0
	sll	a5,t0,a2
	j	.L95
.L108:
	beq	s3,zero,.L101
	xor	s1,s1,s2
	bge	s1,zero,.L82
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
.L101:
	li	a0,-1
	li	a1,-1
	j	.L82
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
	blt	a1,zero,.L136
	mv	t2,a1
	blt	a3,zero,.L113
	or	a5,a2,a3
	bne	a5,zero,.L117
.L110:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L113:
	snez	a7,a2
	neg	a3,a3
	neg	t0,a2
	sub	a7,a3,a7
.L117:
	li	a5,63
	li	a0,0
	li	a2,0
	slli	t6,t2,1
	li	t5,31
	li	t4,-1
.L125:
	sub	a3,t5,a5
	srli	t1,a0,31
	slli	a4,a2,1
	sll	a3,t6,a3
	srl	a2,t3,a5
	addi	a6,a5,-32
	or	a4,t1,a4
	slli	a0,a0,1
	or	a2,a3,a2
	blt	a6,zero,.L122
	srl	a2,t2,a6
.L122:
	andi	a2,a2,1
	or	a0,a2,a0
	addi	a5,a5,-1
	mv	a2,a4
	bgtu	a7,a4,.L123
	sub	a3,a0,t0
	sgtu	a6,a3,a0
	sub	t1,a4,a7
	bne	a7,a4,.L130
	bgtu	t0,a0,.L123
.L130:
	mv	a0,a3
	sub	a2,t1,a6
.L123:
	bne	a5,t4,.L125
	mv	a1,a2
	bge	s0,zero,.L110
	lw	s0,12(sp)
	snez	a5,a0
	neg	a2,a2
	neg	a0,a0
	sub	a1,a2,a5
	addi	sp,sp,16
	jr	ra
.L136:
	snez	a5,a0
	neg	t2,a1
	sub	t2,t2,a5
	neg	t3,a0
	blt	a3,zero,.L113
	or	a5,a2,a3
	bne	a5,zero,.L117
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__moddi3, .-__moddi3
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"argc"
	.align	2
.LC2:
	.string	"argv[argc] is NULL"
	.align	2
.LC3:
	.string	"argv[0] = "
	.align	2
.LC4:
	.string	")\n"
	.align	2
.LC5:
	.string	"\" ("
	.align	2
.LC6:
	.string	"] = \""
	.align	2
.LC7:
	.string	"argv["
	.align	2
.LC8:
	.string	"reversed:"
	.align	2
.LC9:
	.string	"total length"
	.align	2
.LC10:
	.string	"numeric arguments"
	.align	2
.LC11:
	.string	"numeric sum"
	.align	2
.LC12:
	.string	"argv[1] upper = "
	.align	2
.LC13:
	.string	"envp follows argv"
	.align	2
.LC14:
	.string	"env: "
	.align	2
.LC15:
	.string	"envc"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-112
	sw	s1,100(sp)
	sw	s5,84(sp)
	mv	s1,a1
	sw	a1,20(sp)
	slli	a5,a0,2
	mv	a1,a0
	mv	s5,a0
	lui	a0,%hi(.LC1)
	sw	a5,24(sp)
	addi	a0,a0,%lo(.LC1)
	add	a5,s1,a5
	sw	a5,28(sp)
	sw	ra,108(sp)
	sw	s0,104(sp)
	sw	s2,96(sp)
	mv	s0,a5
	sw	s3,92(sp)
	sw	s4,88(sp)
	sw	s6,80(sp)
	sw	s7,76(sp)
	sw	s8,72(sp)
	sw	s9,68(sp)
	sw	s10,64(sp)
	sw	s11,60(sp)
	call	put_kv
	lw	a1,0(s0)
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	seqz	a1,a1
	call	put_kv
	lui	a0,%hi(.LC3)
	addi	a0,a0,%lo(.LC3)
	call	put_str
	lw	a0,0(s1)
	addi	s0,sp,36
	call	put_str
	li	a5,10
	sb	a5,36(sp)
	li	a0,1
	mv	a1,s0
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a5,1
	ble	s5,a5,.L138
	lui	s8,%hi(.LC4)
	addi	a5,s8,%lo(.LC4)
	lui	s7,%hi(.LC5)
	sw	a5,4(sp)
	addi	a5,s7,%lo(.LC5)
	sw	a5,8(sp)
	lui	a5,%hi(.LC6)
	addi	a5,a5,%lo(.LC6)
	sw	a5,12(sp)
	lui	a5,%hi(.LC7)
	li	s10,10
	addi	a5,a5,%lo(.LC7)
	addi	s2,s1,4
	sw	a5,16(sp)
	li	s3,0
	li	s6,0
	li	s9,0
	li	s1,1
	li	s7,9
	sub	s4,s10,s0
	li	s11,45
.L145:
	li	a0,1
	lw	a1,16(sp)
	li	a2,5
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a4,s1
	sb	zero,47(sp)
	mv	a5,s0
.L139:
	remu	a2,a4,s10
	mv	a1,a5
	addi	a5,a5,-1
	mv	a0,a4
	addi	a2,a2,48
	sb	a2,11(a5)
	divu	a4,a4,s10
	bgtu	a0,s7,.L139
	add	a1,s4,a1
	add	s8,s0,a1
	mv	a0,s8
	call	strlen
	mv	a2,a0
	mv	a1,s8
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	lw	a1,12(sp)
	li	a2,5
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	s8,0(s2)
	mv	a0,s8
	call	strlen
	mv	a2,a0
	mv	a1,s8
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	lw	a1,8(sp)
	li	a2,3
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a0,0(s2)
	call	strlen
	mv	a5,s0
	sb	zero,47(sp)
.L140:
	remu	a4,a0,s10
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,s10
	bgtu	a2,s7,.L140
	add	a1,s4,a1
	add	s8,s0,a1
	mv	a0,s8
	call	strlen
	mv	a2,a0
	mv	a1,s8
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	lw	a1,4(sp)
	li	a2,2
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	s8,0(s2)
	mv	a0,s8
	call	strlen
	lbu	a2,0(s8)
	add	s3,s3,a0
	li	a7,0
	beq	a2,s11,.L173
.L141:
	beq	a2,zero,.L142
	li	a1,0
	j	.L143
.L175:
	lbu	a2,0(s8)
	add	a1,a0,a5
	beq	a2,zero,.L174
.L143:
	slli	a5,a1,2
	addi	a0,a2,-48
	add	a5,a5,a1
	andi	a2,a0,0xff
	addi	s8,s8,1
	slli	a5,a5,1
	bleu	a2,s7,.L175
.L142:
	addi	a5,s1,1
	addi	s2,s2,4
	beq	s5,a5,.L176
.L156:
	mv	s1,a5
	j	.L145
.L173:
	lbu	a2,1(s8)
	li	a7,1
	addi	s8,s8,1
	j	.L141
.L174:
	beq	a7,zero,.L144
	neg	a1,a1
.L144:
	addi	a5,s1,1
	add	s9,s9,a1
	addi	s6,s6,1
	addi	s2,s2,4
	bne	s5,a5,.L156
.L176:
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	put_str
	lw	s2,28(sp)
	li	s7,32
.L148:
	sb	s7,36(sp)
	li	a0,1
	mv	a1,s0
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	s4,-4(s2)
	mv	a0,s4
	call	strlen
	mv	a2,a0
	mv	a1,s4
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	s1,s1,-1
	addi	s2,s2,-4
	bne	s1,zero,.L148
.L147:
	li	a5,10
	sb	a5,36(sp)
	li	a0,1
	mv	a1,s0
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	mv	a1,s3
	call	put_kv
	lui	a0,%hi(.LC10)
	mv	a1,s6
	addi	a0,a0,%lo(.LC10)
	call	put_kv
	lui	a0,%hi(.LC11)
	mv	a1,s9
	addi	a0,a0,%lo(.LC11)
	call	put_kv
	li	a5,1
	ble	s5,a5,.L149
	lw	a5,20(sp)
	li	a2,25
	lw	a3,4(a5)
	lbu	a5,0(a3)
	beq	a5,zero,.L152
.L150:
	addi	a4,a5,-97
	andi	a4,a4,0xff
	addi	a5,a5,-32
	bgtu	a4,a2,.L151
	sb	a5,0(a3)
.L151:
	lbu	a5,1(a3)
	addi	a3,a3,1
	bne	a5,zero,.L150
.L152:
	lui	a0,%hi(.LC12)
	addi	a0,a0,%lo(.LC12)
	call	put_str
	lw	a5,20(sp)
	lw	a0,4(a5)
	call	put_str
	li	a5,10
	sb	a5,36(sp)
	li	a0,1
	mv	a1,s0
	li	a2,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
.L149:
	lw	a5,24(sp)
	lw	a4,20(sp)
	lui	s1,%hi(rt_envp)
	lw	a1,%lo(rt_envp)(s1)
	addi	a5,a5,4
	add	s10,a4,a5
	sub	a1,a1,s10
	lui	a0,%hi(.LC13)
	seqz	a1,a1
	addi	a0,a0,%lo(.LC13)
	call	put_kv
	lw	s1,%lo(rt_envp)(s1)
	lw	a5,0(s1)
	beq	a5,zero,.L157
	lui	s4,%hi(.LC14)
	addi	s4,s4,%lo(.LC14)
	li	s3,0
	li	s7,10
.L154:
	li	a0,1
	mv	a1,s4
	li	a2,5
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	s2,0(s1)
	mv	a0,s2
	call	strlen
	mv	a2,a0
	mv	a1,s2
	li	a0,1
	li	a7,64
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a0,1
	sb	s7,36(sp)
	mv	a1,s0
	li	a2,1
 #APP
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	lw	a5,4(s1)
	addi	s3,s3,1
	addi	s1,s1,4
	bne	a5,zero,.L154
.L153:
	lui	a0,%hi(.LC15)
	addi	a0,a0,%lo(.LC15)
	mv	a1,s3
	call	put_kv
	lw	a5,24(sp)
	lw	ra,108(sp)
	lw	s0,104(sp)
	add	a0,a5,s5
	slli	a0,a0,1
	lw	s1,100(sp)
	lw	s2,96(sp)
	lw	s3,92(sp)
	lw	s4,88(sp)
	lw	s5,84(sp)
	lw	s7,76(sp)
	lw	s8,72(sp)
	lw	s9,68(sp)
	lw	s10,64(sp)
	lw	s11,60(sp)
	add	a0,a0,s6
	lw	s6,80(sp)
	addi	sp,sp,112
	jr	ra
.L138:
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	put_str
	li	s3,0
	li	s9,0
	li	s6,0
	j	.L147
.L157:
	li	s3,0
	j	.L153
	.size	main, .-main
	.globl	rt_envp
	.section	.sbss,"aw",@nobits
	.align	2
	.type	rt_envp, @object
	.size	rt_envp, 4
rt_envp:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
