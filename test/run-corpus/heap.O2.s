	.file	"heap.c"
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
	.type	malloc, @function
malloc:
	li	a5,-2147483648
	xori	a5,a5,-16
	bgtu	a0,a5,.L11
	addi	a0,a0,7
	andi	a5,a0,-8
	beq	a5,zero,.L15
	li	a4,135
	bgtu	a5,a4,.L5
	srli	a4,a5,3
	mv	a3,a5
	addi	a5,a4,-1
	lui	a4,%hi(.LANCHOR0)
	slli	a5,a5,2
	addi	a4,a4,%lo(.LANCHOR0)
	add	a5,a4,a5
	lw	a0,0(a5)
	beq	a0,zero,.L7
.L27:
	lw	a4,4(a0)
	addi	a0,a0,8
	sw	a4,0(a5)
	ret
.L15:
	lui	a4,%hi(.LANCHOR0)
	slli	a5,a5,2
	addi	a4,a4,%lo(.LANCHOR0)
	add	a5,a4,a5
	lw	a0,0(a5)
	li	a3,8
	bne	a0,zero,.L27
.L7:
	lui	a1,%hi(rt_heap_end)
	lw	a5,%lo(rt_heap_end)(a1)
	addi	a2,a3,8
	beq	a5,zero,.L28
.L9:
	add	a4,a2,a5
	bltu	a4,a2,.L11
	mv	a0,a4
	li	a7,214
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	bne	a4,a0,.L11
	lui	a6,%hi(rt_heap_bytes)
	lw	a0,%lo(rt_heap_bytes)(a6)
	sw	a4,%lo(rt_heap_end)(a1)
	add	a4,a0,a2
	sw	a4,%lo(rt_heap_bytes)(a6)
	beq	a5,zero,.L11
	sw	a3,0(a5)
	sw	zero,4(a5)
	addi	a0,a5,8
	ret
.L11:
	li	a0,0
	ret
.L5:
	lui	a2,%hi(rt_free_large)
	lw	a4,%lo(rt_free_large)(a2)
	addi	a2,a2,%lo(rt_free_large)
	bne	a4,zero,.L6
.L25:
	lui	a1,%hi(rt_heap_end)
	mv	a3,a5
	lw	a5,%lo(rt_heap_end)(a1)
	addi	a2,a3,8
	bne	a5,zero,.L9
	j	.L28
.L8:
	addi	a2,a0,4
	beq	a4,zero,.L25
.L6:
	lw	a3,0(a4)
	mv	a0,a4
	lw	a4,4(a4)
	bltu	a3,a5,.L8
	sw	a4,0(a2)
	addi	a0,a0,8
	ret
.L28:
	li	a0,0
	li	a7,214
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	addi	a5,a0,7
	sw	a0,%lo(rt_heap_end)(a1)
	andi	a5,a5,-8
	beq	a0,a5,.L9
	mv	a0,a5
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	bne	a5,a0,.L11
	sw	a5,%lo(rt_heap_end)(a1)
	j	.L9
	.size	malloc, .-malloc
	.align	2
	.type	walk, @function
walk:
	addi	sp,sp,-32
	sw	s2,16(sp)
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	li	s2,0
	beq	a0,zero,.L29
	mv	s0,a0
	li	s2,0
	lui	s4,%hi(inorder_prev)
	lui	s3,%hi(inorder_check)
	lui	s1,%hi(inorder_sorted)
.L30:
	lw	a0,8(s0)
	call	walk
	lw	a5,%lo(inorder_prev)(s4)
	lw	a3,0(s0)
	add	a4,a5,a0
	beq	a4,zero,.L32
	bltu	a5,a3,.L32
	sw	zero,%lo(inorder_sorted)(s1)
.L32:
	lw	a4,4(s0)
	lw	a2,%lo(inorder_check)(s3)
	lw	s0,12(s0)
	mul	a4,a3,a4
	slli	a5,a2,5
	add	a5,a5,a2
	addi	a0,a0,1
	sw	a3,%lo(inorder_prev)(s4)
	add	s2,s2,a0
	add	a5,a5,a4
	sw	a5,%lo(inorder_check)(s3)
	bne	s0,zero,.L30
.L29:
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	mv	a0,s2
	lw	s2,16(sp)
	addi	sp,sp,32
	jr	ra
	.size	walk, .-walk
	.align	2
	.type	free_tree, @function
free_tree:
	beq	a0,zero,.L49
	addi	sp,sp,-16
	sw	s0,8(sp)
	mv	s0,a0
	lw	a0,8(a0)
	sw	ra,12(sp)
	call	free_tree
	lw	a0,12(s0)
	call	free_tree
	lw	a5,-8(s0)
	li	a4,135
	addi	a3,s0,-8
	bleu	a5,a4,.L43
	lui	a5,%hi(rt_free_large)
	lw	a4,%lo(rt_free_large)(a5)
	lw	ra,12(sp)
	addi	a5,a5,%lo(rt_free_large)
	sw	a4,-4(s0)
	lw	s0,8(sp)
	sw	a3,0(a5)
	addi	sp,sp,16
	jr	ra
.L43:
	srli	a4,a5,3
	addi	a4,a4,-1
	lui	a5,%hi(.LANCHOR0)
	slli	a4,a4,2
	addi	a5,a5,%lo(.LANCHOR0)
	add	a5,a5,a4
	lw	a4,0(a5)
	lw	ra,12(sp)
	sw	a4,-4(s0)
	lw	s0,8(sp)
	sw	a3,0(a5)
	addi	sp,sp,16
	jr	ra
.L49:
	ret
	.size	free_tree, .-free_tree
	.align	2
	.type	height, @function
height:
	beq	a0,zero,.L163
	addi	sp,sp,-32
	sw	s2,16(sp)
	lw	s2,8(a0)
	sw	s0,24(sp)
	sw	s3,12(sp)
	sw	ra,28(sp)
	sw	s1,20(sp)
	sw	s4,8(sp)
	sw	s5,4(sp)
	sw	s6,0(sp)
	mv	s3,a0
	li	s0,0
	beq	s2,zero,.L54
	lw	s4,8(s2)
	beq	s4,zero,.L55
	lw	s1,8(s4)
	beq	s1,zero,.L56
	lw	s5,8(s1)
	beq	s5,zero,.L57
	lw	s6,8(s5)
	beq	s6,zero,.L58
	lw	a0,8(s6)
	call	height
	mv	s0,a0
	lw	a0,12(s6)
	call	height
	bgeu	s0,a0,.L59
	mv	s0,a0
.L59:
	addi	s0,s0,1
.L58:
	lw	s5,12(s5)
	beq	s5,zero,.L60
	lw	a0,8(s5)
	call	height
	mv	a5,a0
	lw	a0,12(s5)
	mv	s5,a5
	call	height
	mv	a5,s5
	bgeu	s5,a0,.L61
	mv	a5,a0
.L61:
	addi	a5,a5,1
	bgeu	s0,a5,.L60
	mv	s0,a5
.L60:
	addi	s0,s0,1
.L57:
	lw	s5,12(s1)
	beq	s5,zero,.L63
	lw	s6,8(s5)
	li	s1,0
	beq	s6,zero,.L64
	lw	a0,8(s6)
	call	height
	mv	s1,a0
	lw	a0,12(s6)
	call	height
	bgeu	s1,a0,.L65
	mv	s1,a0
.L65:
	addi	s1,s1,1
.L64:
	lw	s5,12(s5)
	beq	s5,zero,.L66
	lw	a0,8(s5)
	call	height
	mv	a5,a0
	lw	a0,12(s5)
	mv	s5,a5
	call	height
	mv	a5,s5
	bgeu	s5,a0,.L67
	mv	a5,a0
.L67:
	addi	a5,a5,1
	bgeu	s1,a5,.L66
	mv	s1,a5
.L66:
	addi	s1,s1,1
	bgeu	s0,s1,.L63
	mv	s0,s1
.L63:
	addi	s0,s0,1
.L56:
	lw	s4,12(s4)
	beq	s4,zero,.L70
	lw	s5,8(s4)
	li	s1,0
	beq	s5,zero,.L71
	lw	s6,8(s5)
	beq	s6,zero,.L72
	lw	a0,8(s6)
	call	height
	mv	s1,a0
	lw	a0,12(s6)
	call	height
	bgeu	s1,a0,.L73
	mv	s1,a0
.L73:
	addi	s1,s1,1
.L72:
	lw	s5,12(s5)
	beq	s5,zero,.L74
	lw	a0,8(s5)
	call	height
	mv	a5,a0
	lw	a0,12(s5)
	mv	s5,a5
	call	height
	mv	a5,s5
	bgeu	s5,a0,.L75
	mv	a5,a0
.L75:
	addi	a5,a5,1
	bgeu	s1,a5,.L74
	mv	s1,a5
.L74:
	addi	s1,s1,1
.L71:
	lw	s4,12(s4)
	beq	s4,zero,.L77
	lw	a0,8(s4)
	call	height
	mv	a5,a0
	lw	a0,12(s4)
	mv	s4,a5
	call	height
	mv	a5,s4
	bgeu	s4,a0,.L78
	mv	a5,a0
.L78:
	addi	a5,a5,1
	bgeu	s1,a5,.L77
	mv	s1,a5
.L77:
	addi	s1,s1,1
	bltu	s0,s1,.L303
.L70:
	addi	s0,s0,1
.L55:
	lw	s2,12(s2)
	beq	s2,zero,.L81
	lw	s4,8(s2)
	li	s1,0
	beq	s4,zero,.L82
	lw	s5,8(s4)
	beq	s5,zero,.L83
	lw	s6,8(s5)
	beq	s6,zero,.L84
	lw	a0,8(s6)
	call	height
	mv	s1,a0
	lw	a0,12(s6)
	call	height
	bgeu	s1,a0,.L85
	mv	s1,a0
.L85:
	addi	s1,s1,1
.L84:
	lw	s5,12(s5)
	beq	s5,zero,.L86
	lw	a0,8(s5)
	call	height
	mv	a5,a0
	lw	a0,12(s5)
	mv	s5,a5
	call	height
	mv	a5,s5
	bgeu	s5,a0,.L87
	mv	a5,a0
.L87:
	addi	a5,a5,1
	bgeu	s1,a5,.L86
	mv	s1,a5
.L86:
	addi	s1,s1,1
.L83:
	lw	s4,12(s4)
	beq	s4,zero,.L89
	lw	a0,8(s4)
	call	height
	mv	a5,a0
	lw	a0,12(s4)
	mv	s4,a5
	call	height
	mv	a5,s4
	bgeu	s4,a0,.L90
	mv	a5,a0
.L90:
	addi	a5,a5,1
	bgeu	s1,a5,.L89
	mv	s1,a5
.L89:
	addi	s1,s1,1
.L82:
	lw	s4,12(s2)
	beq	s4,zero,.L92
	lw	s5,8(s4)
	li	s2,0
	beq	s5,zero,.L93
	lw	s6,8(s5)
	beq	s6,zero,.L94
	lw	a0,8(s6)
	call	height
	mv	s2,a0
	lw	a0,12(s6)
	call	height
	bgeu	s2,a0,.L95
	mv	s2,a0
.L95:
	addi	s2,s2,1
.L94:
	lw	s5,12(s5)
	beq	s5,zero,.L96
	lw	a0,8(s5)
	call	height
	mv	a5,a0
	lw	a0,12(s5)
	mv	s5,a5
	call	height
	mv	a5,s5
	bgeu	s5,a0,.L97
	mv	a5,a0
.L97:
	addi	a5,a5,1
	bgeu	s2,a5,.L96
	mv	s2,a5
.L96:
	addi	s2,s2,1
.L93:
	lw	s4,12(s4)
	beq	s4,zero,.L99
	lw	a0,8(s4)
	call	height
	mv	a5,a0
	lw	a0,12(s4)
	mv	s4,a5
	call	height
	mv	a5,s4
	bgeu	s4,a0,.L100
	mv	a5,a0
.L100:
	addi	a5,a5,1
	bgeu	s2,a5,.L99
	mv	s2,a5
.L99:
	addi	s2,s2,1
	bltu	s1,s2,.L304
.L92:
	addi	s1,s1,1
	bltu	s0,s1,.L305
.L81:
	addi	s0,s0,1
.L54:
	lw	s3,12(s3)
	beq	s3,zero,.L104
	lw	s4,8(s3)
	li	s1,0
	beq	s4,zero,.L105
	lw	s2,8(s4)
	beq	s2,zero,.L106
	lw	s5,8(s2)
	beq	s5,zero,.L107
	lw	s6,8(s5)
	beq	s6,zero,.L108
	lw	a0,8(s6)
	call	height
	mv	s1,a0
	lw	a0,12(s6)
	call	height
	bgeu	s1,a0,.L109
	mv	s1,a0
.L109:
	addi	s1,s1,1
.L108:
	lw	s5,12(s5)
	beq	s5,zero,.L110
	lw	a0,8(s5)
	call	height
	mv	a5,a0
	lw	a0,12(s5)
	mv	s5,a5
	call	height
	mv	a5,s5
	bgeu	s5,a0,.L111
	mv	a5,a0
.L111:
	addi	a5,a5,1
	bgeu	s1,a5,.L110
	mv	s1,a5
.L110:
	addi	s1,s1,1
.L107:
	lw	s5,12(s2)
	beq	s5,zero,.L113
	lw	s6,8(s5)
	li	s2,0
	beq	s6,zero,.L114
	lw	a0,8(s6)
	call	height
	mv	s2,a0
	lw	a0,12(s6)
	call	height
	bgeu	s2,a0,.L115
	mv	s2,a0
.L115:
	addi	s2,s2,1
.L114:
	lw	s5,12(s5)
	beq	s5,zero,.L116
	lw	a0,8(s5)
	call	height
	mv	a5,a0
	lw	a0,12(s5)
	mv	s5,a5
	call	height
	mv	a5,s5
	bgeu	s5,a0,.L117
	mv	a5,a0
.L117:
	addi	a5,a5,1
	bgeu	s2,a5,.L116
	mv	s2,a5
.L116:
	addi	s2,s2,1
	bgeu	s1,s2,.L113
	mv	s1,s2
.L113:
	addi	s1,s1,1
.L106:
	lw	s4,12(s4)
	beq	s4,zero,.L120
	lw	s5,8(s4)
	li	s2,0
	beq	s5,zero,.L121
	lw	s6,8(s5)
	beq	s6,zero,.L122
	lw	a0,8(s6)
	call	height
	mv	s2,a0
	lw	a0,12(s6)
	call	height
	bgeu	s2,a0,.L123
	mv	s2,a0
.L123:
	addi	s2,s2,1
.L122:
	lw	s5,12(s5)
	beq	s5,zero,.L124
	lw	a0,8(s5)
	call	height
	mv	a5,a0
	lw	a0,12(s5)
	mv	s5,a5
	call	height
	mv	a5,s5
	bgeu	s5,a0,.L125
	mv	a5,a0
.L125:
	addi	a5,a5,1
	bgeu	s2,a5,.L124
	mv	s2,a5
.L124:
	addi	s2,s2,1
.L121:
	lw	s5,12(s4)
	beq	s5,zero,.L127
	lw	s6,8(s5)
	li	s4,0
	beq	s6,zero,.L128
	lw	a0,8(s6)
	call	height
	mv	s4,a0
	lw	a0,12(s6)
	call	height
	bgeu	s4,a0,.L129
	mv	s4,a0
.L129:
	addi	s4,s4,1
.L128:
	lw	s5,12(s5)
	beq	s5,zero,.L130
	lw	a0,8(s5)
	call	height
	mv	a5,a0
	lw	a0,12(s5)
	mv	s5,a5
	call	height
	mv	a5,s5
	bgeu	s5,a0,.L131
	mv	a5,a0
.L131:
	addi	a5,a5,1
	bgeu	s4,a5,.L130
	mv	s4,a5
.L130:
	addi	s4,s4,1
	bgeu	s2,s4,.L127
	mv	s2,s4
.L127:
	addi	s2,s2,1
	bltu	s1,s2,.L306
.L120:
	addi	s1,s1,1
.L105:
	lw	s4,12(s3)
	beq	s4,zero,.L135
	lw	s3,8(s4)
	li	s2,0
	beq	s3,zero,.L136
	lw	s5,8(s3)
	beq	s5,zero,.L137
	lw	s6,8(s5)
	beq	s6,zero,.L138
	lw	a0,8(s6)
	call	height
	mv	s2,a0
	lw	a0,12(s6)
	call	height
	bgeu	s2,a0,.L139
	mv	s2,a0
.L139:
	addi	s2,s2,1
.L138:
	lw	s5,12(s5)
	beq	s5,zero,.L140
	lw	a0,8(s5)
	call	height
	mv	a5,a0
	lw	a0,12(s5)
	mv	s5,a5
	call	height
	mv	a5,s5
	bgeu	s5,a0,.L141
	mv	a5,a0
.L141:
	addi	a5,a5,1
	bgeu	s2,a5,.L140
	mv	s2,a5
.L140:
	addi	s2,s2,1
.L137:
	lw	s5,12(s3)
	beq	s5,zero,.L143
	lw	s6,8(s5)
	li	s3,0
	beq	s6,zero,.L144
	lw	a0,8(s6)
	call	height
	mv	s3,a0
	lw	a0,12(s6)
	call	height
	bgeu	s3,a0,.L145
	mv	s3,a0
.L145:
	addi	s3,s3,1
.L144:
	lw	s5,12(s5)
	beq	s5,zero,.L146
	lw	a0,8(s5)
	call	height
	mv	a5,a0
	lw	a0,12(s5)
	mv	s5,a5
	call	height
	mv	a5,s5
	bgeu	s5,a0,.L147
	mv	a5,a0
.L147:
	addi	a5,a5,1
	bgeu	s3,a5,.L146
	mv	s3,a5
.L146:
	addi	s3,s3,1
	bgeu	s2,s3,.L143
	mv	s2,s3
.L143:
	addi	s2,s2,1
.L136:
	lw	s4,12(s4)
	beq	s4,zero,.L150
	lw	s5,8(s4)
	li	s3,0
	beq	s5,zero,.L151
	lw	a0,8(s5)
	call	height
	mv	s3,a0
	lw	a0,12(s5)
	call	height
	bgeu	s3,a0,.L152
	mv	s3,a0
.L152:
	addi	s3,s3,1
.L151:
	lw	s5,12(s4)
	beq	s5,zero,.L153
	lw	s6,8(s5)
	li	s4,0
	beq	s6,zero,.L154
	lw	a0,8(s6)
	call	height
	mv	s4,a0
	lw	a0,12(s6)
	call	height
	bgeu	s4,a0,.L155
	mv	s4,a0
.L155:
	addi	s4,s4,1
.L154:
	lw	s5,12(s5)
	beq	s5,zero,.L156
	lw	a0,8(s5)
	call	height
	mv	a5,a0
	lw	a0,12(s5)
	mv	s5,a5
	call	height
	mv	a5,s5
	bgeu	s5,a0,.L157
	mv	a5,a0
.L157:
	addi	a5,a5,1
	bgeu	s4,a5,.L156
	mv	s4,a5
.L156:
	addi	s4,s4,1
	bgeu	s3,s4,.L153
	mv	s3,s4
.L153:
	addi	s3,s3,1
	bltu	s2,s3,.L307
.L150:
	addi	s2,s2,1
	bltu	s1,s2,.L308
.L135:
	addi	s1,s1,1
	bgeu	s0,s1,.L104
	mv	s0,s1
.L104:
	lw	ra,28(sp)
	addi	a0,s0,1
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	lw	s5,4(sp)
	lw	s6,0(sp)
	addi	sp,sp,32
	jr	ra
.L163:
	li	a0,0
	ret
.L308:
	mv	s1,s2
	j	.L135
.L305:
	mv	s0,s1
	addi	s0,s0,1
	j	.L54
.L303:
	mv	s0,s1
	j	.L70
.L306:
	mv	s1,s2
	j	.L120
.L307:
	mv	s2,s3
	addi	s2,s2,1
	bgeu	s1,s2,.L135
	j	.L308
.L304:
	mv	s1,s2
	addi	s1,s1,1
	bgeu	s0,s1,.L81
	j	.L305
	.size	height, .-height
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L310
	add	a2,a0,a2
	mv	a5,a0
.L311:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L311
.L310:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	memmove
	.type	memmove, @function
memmove:
	bltu	a0,a1,.L317
	addi	a5,a2,-1
	li	a6,-1
	beq	a2,zero,.L329
.L321:
	add	a4,a1,a5
	lbu	a3,0(a4)
	add	a4,a0,a5
	addi	a5,a5,-1
	sb	a3,0(a4)
	bne	a5,a6,.L321
.L323:
	ret
.L317:
	beq	a2,zero,.L323
	add	a2,a0,a2
	mv	a5,a0
.L320:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a2,a5,.L320
	ret
.L329:
	ret
	.size	memmove, .-memmove
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L336
.L332:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L332
.L336:
	ret
	.size	memset, .-memset
	.align	2
	.globl	memcmp
	.type	memcmp, @function
memcmp:
	beq	a2,zero,.L341
	add	a2,a1,a2
	j	.L340
.L339:
	beq	a1,a2,.L341
.L340:
	lbu	a5,0(a0)
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a1,a1,1
	beq	a5,a4,.L339
	sub	a0,a5,a4
	ret
.L341:
	li	a0,0
	ret
	.size	memcmp, .-memcmp
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L346
	mv	a5,a0
.L345:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L345
	sub	a0,a5,a0
	ret
.L346:
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
.L351:
	remu	a4,a0,a3
	mv	a1,a5
	addi	a5,a5,-1
	mv	a2,a0
	addi	a4,a4,48
	sb	a4,11(a5)
	divu	a0,a0,a3
	bgtu	a2,a6,.L351
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
	blt	s0,zero,.L358
	mv	a0,s0
	call	put_uint
	addi	a1,sp,31
.L356:
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
.L358:
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
	j	.L356
	.size	put_kv, .-put_kv
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	or	a5,a2,a3
	beq	a5,zero,.L369
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
	j	.L368
.L377:
	sll	t1,t6,t1
	li	a5,0
.L367:
	or	a0,a0,a5
	or	a1,a1,t1
.L364:
	addi	a6,a6,-1
	beq	a6,t4,.L376
.L368:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L363
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L363:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L364
	bne	a3,a5,.L370
	bgtu	a2,a4,.L364
.L370:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L377
	li	t1,0
	sll	a5,t6,a6
	j	.L367
.L376:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L369:
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
	beq	a5,zero,.L386
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,t2,1
	li	t6,31
	li	t5,-1
.L385:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L382
	srl	a7,t2,t1
.L382:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L383
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L387
	bgtu	a2,a0,.L383
.L387:
	mv	a0,a6
	sub	a1,t1,a7
.L383:
	bne	a5,t5,.L385
	ret
.L386:
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
	bge	a1,zero,.L390
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L390:
	mv	t5,a2
	mv	t1,s2
	blt	s2,zero,.L414
	or	s3,a2,s2
	li	a0,-1
	li	a1,-1
	bne	s3,zero,.L394
.L389:
	lw	s0,12(sp)
	lw	s1,8(sp)
	lw	s2,4(sp)
	lw	s3,0(sp)
	addi	sp,sp,16
	jr	ra
.L414:
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
	or	s3,a2,s2
.L394:
	li	a0,0
	li	a1,0
	li	a2,63
	li	a4,0
	li	a6,0
	slli	s0,t6,1
	li	a3,31
	li	t0,1
	li	t4,-1
	j	.L403
.L416:
	sll	a7,t0,a7
	li	a5,0
.L402:
	or	a0,a0,a5
	or	a1,a1,a7
.L399:
	addi	a2,a2,-1
	beq	a2,t4,.L415
.L403:
	srli	t3,a4,31
	slli	a5,a6,1
	addi	a7,a2,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a6,t6,a7
	bge	a7,zero,.L398
	sub	t3,a3,a2
	sll	t3,s0,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L398:
	andi	a6,a6,1
	or	a4,a6,a4
	mv	a6,a5
	bgtu	t1,a5,.L399
	bne	t1,a5,.L409
	bgtu	t5,a4,.L399
.L409:
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
	mv	a4,t3
	sub	a6,a5,a6
	bge	a7,zero,.L416
	li	a7,0
	sll	a5,t0,a2
	j	.L402
.L415:
	beq	s3,zero,.L408
	xor	s1,s1,s2
	bge	s1,zero,.L389
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
.L408:
	li	a0,-1
	li	a1,-1
	j	.L389
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
	blt	a1,zero,.L443
	mv	t2,a1
	blt	a3,zero,.L420
	or	a5,a2,a3
	bne	a5,zero,.L424
.L417:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L420:
	snez	a7,a2
	neg	a3,a3
	neg	t0,a2
	sub	a7,a3,a7
.L424:
	li	a5,63
	li	a0,0
	li	a2,0
	slli	t6,t2,1
	li	t5,31
	li	t4,-1
.L432:
	sub	a3,t5,a5
	srli	t1,a0,31
	slli	a4,a2,1
	sll	a3,t6,a3
	srl	a2,t3,a5
	addi	a6,a5,-32
	or	a4,t1,a4
	slli	a0,a0,1
	or	a2,a3,a2
	blt	a6,zero,.L429
	srl	a2,t2,a6
.L429:
	andi	a2,a2,1
	or	a0,a2,a0
	addi	a5,a5,-1
	mv	a2,a4
	bgtu	a7,a4,.L430
	sub	a3,a0,t0
	sgtu	a6,a3,a0
	sub	t1,a4,a7
	bne	a7,a4,.L437
	bgtu	t0,a0,.L430
.L437:
	mv	a0,a3
	sub	a2,t1,a6
.L430:
	bne	a5,t4,.L432
	mv	a1,a2
	bge	s0,zero,.L417
	lw	s0,12(sp)
	snez	a5,a0
	neg	a2,a2
	neg	a0,a0
	sub	a1,a2,a5
	addi	sp,sp,16
	jr	ra
.L443:
	snez	a5,a0
	neg	t2,a1
	sub	t2,t2,a5
	neg	t3,a0
	blt	a3,zero,.L420
	or	a5,a2,a3
	bne	a5,zero,.L424
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__moddi3, .-__moddi3
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"brk(0) stable"
	.align	2
.LC2:
	.string	"grow by 10000"
	.align	2
.LC3:
	.string	"brk(0) after grow"
	.align	2
.LC4:
	.string	"grown memory sum"
	.align	2
.LC5:
	.string	"below start refused"
	.align	2
.LC6:
	.string	"shrink"
	.align	2
.LC7:
	.string	"kept bytes"
	.align	2
.LC8:
	.string	"back to start"
	.align	2
.LC9:
	.string	"malloc failed\n"
	.align	2
.LC10:
	.string	"list length"
	.align	2
.LC11:
	.string	"list sum"
	.align	2
.LC12:
	.string	"first after reverse"
	.align	2
.LC13:
	.string	"removed odd"
	.align	2
.LC14:
	.string	"even checksum"
	.align	2
.LC15:
	.string	"reused without growing"
	.align	2
.LC16:
	.string	"tree nodes"
	.align	2
.LC17:
	.string	"tree height"
	.align	2
.LC18:
	.string	"inorder sorted"
	.align	2
.LC19:
	.string	"inorder check"
	.align	2
.LC20:
	.string	" = 0x"
	.align	2
.LC21:
	.string	"calloc zero"
	.align	2
.LC22:
	.string	"heap bytes"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-64
	sw	ra,60(sp)
	sw	s0,56(sp)
	sw	s1,52(sp)
	sw	s2,48(sp)
	sw	s3,44(sp)
	sw	s4,40(sp)
	sw	s5,36(sp)
	sw	s6,32(sp)
	sw	s7,28(sp)
	sw	s8,24(sp)
	sw	s9,20(sp)
	li	a0,0
	li	a7,214
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	s1,a0
	sw	zero,0(sp)
	li	a0,0
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	s0,8192
	sub	a1,a0,s1
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	seqz	a1,a1
	addi	s0,s0,1808
	call	put_kv
	add	s0,s1,s0
	mv	a0,s0
	li	a7,214
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	sub	a1,a0,s0
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	seqz	a1,a1
	call	put_kv
	li	a0,0
	li	a7,214
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	sub	a1,a0,s0
	lui	a0,%hi(.LC3)
	seqz	a1,a1
	addi	a0,a0,%lo(.LC3)
	call	put_kv
	mv	a4,s1
	li	a5,0
.L445:
	sb	a5,0(a4)
	addi	a5,a5,7
	addi	a4,a4,1
	andi	a5,a5,0xff
	bne	s0,a4,.L445
	li	a3,8192
	addi	a3,a3,1896
	add	a3,s1,a3
	mv	a5,s1
	li	a1,0
.L446:
	lbu	a4,0(a5)
	addi	a5,a5,97
	add	a1,a1,a4
	bne	a5,a3,.L446
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	put_kv
	li	a0,-4096
	add	a0,s1,a0
	li	a7,214
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	sub	a1,a0,s0
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	seqz	a1,a1
	call	put_kv
	li	s0,4096
	addi	a5,s0,904
	add	a5,s1,a5
	mv	a0,a5
	li	a7,214
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	sub	a1,a0,a5
	lui	a0,%hi(.LC6)
	seqz	a1,a1
	addi	a0,a0,%lo(.LC6)
	call	put_kv
	add	s0,s1,s0
	lbu	a5,903(s0)
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	addi	a5,a5,-177
	seqz	a1,a5
	call	put_kv
	mv	a0,s1
	li	a7,214
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	sub	a1,a0,s1
	lui	a0,%hi(.LC8)
	seqz	a1,a1
	addi	a0,a0,%lo(.LC8)
	call	put_kv
	li	s0,1
	li	s3,1009
	li	s1,2001
	j	.L449
.L447:
	mul	a5,s0,s0
	lw	a4,0(sp)
	addi	s0,s0,1
	sw	a0,0(sp)
	sw	a4,4(a0)
	rem	a5,a5,s3
	sw	a5,0(a0)
	beq	s0,s1,.L488
.L449:
	li	a0,8
	call	malloc
	mv	s2,a0
	bne	a0,zero,.L447
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	call	put_str
	li	a0,99
.L444:
	lw	ra,60(sp)
	lw	s0,56(sp)
	lw	s1,52(sp)
	lw	s2,48(sp)
	lw	s3,44(sp)
	lw	s4,40(sp)
	lw	s5,36(sp)
	lw	s6,32(sp)
	lw	s7,28(sp)
	lw	s8,24(sp)
	lw	s9,20(sp)
	addi	sp,sp,64
	jr	ra
.L488:
	mv	s0,a0
	li	s1,0
	li	a1,0
.L450:
	lw	a5,0(s0)
	lw	s0,4(s0)
	addi	a1,a1,1
	add	s1,s1,a5
	bne	s0,zero,.L450
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	put_kv
	lui	a0,%hi(.LC11)
	mv	a1,s1
	addi	a0,a0,%lo(.LC11)
	call	put_kv
	j	.L451
.L471:
	mv	s2,a5
.L451:
	lw	a5,4(s2)
	sw	s0,4(s2)
	mv	s0,s2
	bne	a5,zero,.L471
	lw	a1,0(s2)
	lui	a0,%hi(.LC12)
	addi	a0,a0,%lo(.LC12)
	sw	s2,0(sp)
	call	put_kv
	lui	a6,%hi(rt_free_large)
	lui	a2,%hi(.LANCHOR0)
	mv	a4,sp
	li	a1,0
	li	a7,135
	addi	a2,a2,%lo(.LANCHOR0)
	addi	t1,a6,%lo(rt_free_large)
	j	.L456
.L452:
	addi	a4,s2,4
.L455:
	lw	s2,0(a4)
	beq	s2,zero,.L489
.L456:
	lw	a5,0(s2)
	andi	a5,a5,1
	beq	a5,zero,.L452
	lw	a5,4(s2)
	lw	a3,-8(s2)
	addi	a0,s2,-8
	sw	a5,0(a4)
	srli	a5,a3,3
	addi	a5,a5,-1
	slli	a5,a5,2
	add	a5,a2,a5
	bleu	a3,a7,.L453
	lw	a3,%lo(rt_free_large)(a6)
	mv	a5,t1
.L454:
	sw	a3,-4(s2)
	addi	a1,a1,1
	sw	a0,0(a5)
	j	.L455
.L453:
	lw	a3,0(a5)
	j	.L454
.L489:
	lui	a0,%hi(.LC13)
	addi	a0,a0,%lo(.LC13)
	call	put_kv
	lw	a5,0(sp)
	li	a1,0
	beq	a5,zero,.L457
.L458:
	lw	a4,0(a5)
	lw	a5,4(a5)
	slli	a3,a1,1
	add	a1,a3,a1
	add	a1,a1,a4
	bne	a5,zero,.L458
.L457:
	lui	a0,%hi(.LC14)
	addi	a0,a0,%lo(.LC14)
	call	put_kv
	li	a0,0
	li	a7,214
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	s1,a0
	li	a0,8
	call	malloc
	mv	s0,a0
	li	a0,8
	call	malloc
	mv	a5,a0
	li	a7,214
	li	a0,0
 #APP
# 74 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a1,0
	bne	a0,s1,.L459
	sub	s0,s0,a5
	snez	a1,s0
.L459:
	lui	a0,%hi(.LC15)
	addi	a0,a0,%lo(.LC15)
	lui	s7,%hi(seed)
	call	put_kv
	lw	s3,%lo(seed)(s7)
	li	s4,4096
	li	s6,1103515648
	li	s5,12288
	addi	s9,s4,-1096
	addi	s6,s6,-403
	addi	s5,s5,57
	addi	s4,s4,904
	li	s8,1
.L466:
	mul	s3,s3,s6
	add	s3,s3,s5
	srli	s1,s3,8
	sw	s3,%lo(seed)(s7)
	remu	s1,s1,s4
	beq	s2,zero,.L460
	mv	a5,s2
	j	.L465
.L461:
	bgeu	s1,a4,.L464
	addi	s0,a5,8
.L464:
	lw	a5,0(s0)
	beq	a5,zero,.L490
.L465:
	lw	a4,0(a5)
	addi	s0,a5,12
	bne	s1,a4,.L461
	lw	a4,4(a5)
	addi	a4,a4,1
	sw	a4,4(a5)
.L470:
	addi	s9,s9,-1
	bne	s9,zero,.L466
	mv	a0,s2
	call	walk
	mv	a1,a0
	lui	a0,%hi(.LC16)
	addi	a0,a0,%lo(.LC16)
	call	put_kv
	mv	a0,s2
	call	height
	mv	a1,a0
	lui	a0,%hi(.LC17)
	addi	a0,a0,%lo(.LC17)
	call	put_kv
	lui	a5,%hi(inorder_sorted)
	lw	a1,%lo(inorder_sorted)(a5)
	lui	a0,%hi(.LC18)
	addi	a0,a0,%lo(.LC18)
	call	put_kv
	lui	a0,%hi(.LC19)
	lui	a5,%hi(inorder_check)
	addi	a0,a0,%lo(.LC19)
	lw	s0,%lo(inorder_check)(a5)
	call	put_str
	lui	a0,%hi(.LC20)
	addi	a0,a0,%lo(.LC20)
	call	put_str
	lui	a3,%hi(.LANCHOR1)
	addi	a5,sp,4
	addi	a2,sp,-4
	addi	a3,a3,%lo(.LANCHOR1)
.L467:
	andi	a4,s0,15
	add	a4,a3,a4
	lbu	a4,0(a4)
	addi	a5,a5,-1
	srli	s0,s0,4
	sb	a4,8(a5)
	bne	a2,a5,.L467
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
# 55 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a0,s2
	call	free_tree
	li	s1,98304
	addi	a0,s1,1696
	call	malloc
	mv	s0,a0
	beq	a0,zero,.L468
	addi	a2,s1,1696
	li	a1,0
	call	memset
.L468:
	li	a3,98304
	addi	a3,a3,1696
	mv	a5,s0
	add	a3,s0,a3
	li	a1,0
.L469:
	lbu	a4,0(a5)
	addi	a5,a5,1
	or	a1,a1,a4
	bne	a3,a5,.L469
	lui	a0,%hi(.LC21)
	seqz	a1,a1
	addi	a0,a0,%lo(.LC21)
	call	put_kv
	lui	a5,%hi(rt_heap_bytes)
	lw	a1,%lo(rt_heap_bytes)(a5)
	lui	a0,%hi(.LC22)
	addi	a0,a0,%lo(.LC22)
	call	put_kv
	li	a0,0
	j	.L444
.L490:
	li	a0,16
	call	malloc
	sw	a0,0(s0)
	sw	zero,12(a0)
	lw	a5,0(s0)
	sw	s1,0(a0)
	sw	s8,4(a0)
	sw	zero,8(a5)
	j	.L470
.L460:
	li	a0,16
	call	malloc
	mv	s2,a0
	sw	s1,0(a0)
	sw	s8,4(a0)
	sw	zero,12(a0)
	sw	zero,8(a0)
	j	.L470
	.size	main, .-main
	.globl	rt_envp
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
	.type	rt_free_small, @object
	.size	rt_free_small, 64
rt_free_small:
	.zero	64
	.section	.sbss,"aw",@nobits
	.align	2
	.type	inorder_prev, @object
	.size	inorder_prev, 4
inorder_prev:
	.zero	4
	.type	inorder_check, @object
	.size	inorder_check, 4
inorder_check:
	.zero	4
	.type	rt_envp, @object
	.size	rt_envp, 4
rt_envp:
	.zero	4
	.type	rt_heap_bytes, @object
	.size	rt_heap_bytes, 4
rt_heap_bytes:
	.zero	4
	.type	rt_free_large, @object
	.size	rt_free_large, 4
rt_free_large:
	.zero	4
	.type	rt_heap_end, @object
	.size	rt_heap_end, 4
rt_heap_end:
	.zero	4
	.section	.sdata,"aw"
	.align	2
	.type	inorder_sorted, @object
	.size	inorder_sorted, 4
inorder_sorted:
	.word	1
	.type	seed, @object
	.size	seed, 4
seed:
	.word	12345
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
