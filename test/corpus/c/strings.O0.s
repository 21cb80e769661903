	.file	"strings.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	rt_write, @function
rt_write:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	lw	a0,-20(s0)
	lw	a5,-24(s0)
	mv	a1,a5
	lw	a5,-28(s0)
	mv	a2,a5
	li	a7,64
 #APP
# 30 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a5,a0
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	rt_write, .-rt_write
	.align	2
	.type	rt_exit, @function
rt_exit:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a0,-20(s0)
	li	a7,93
 #APP
# 38 "rt.h" 1
	ecall
# 0 "" 2
 #NO_APP
.L4:
	j	.L4
	.size	rt_exit, .-rt_exit
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	lw	a5,-40(s0)
	sw	a5,-24(s0)
	j	.L6
.L7:
	lw	a4,-24(s0)
	addi	a5,a4,1
	sw	a5,-24(s0)
	lw	a5,-20(s0)
	addi	a3,a5,1
	sw	a3,-20(s0)
	lbu	a4,0(a4)
	sb	a4,0(a5)
.L6:
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	bne	a5,zero,.L7
	lw	a5,-36(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	memcpy, .-memcpy
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	j	.L10
.L11:
	lw	a5,-20(s0)
	addi	a4,a5,1
	sw	a4,-20(s0)
	lw	a4,-40(s0)
	andi	a4,a4,0xff
	sb	a4,0(a5)
.L10:
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	bne	a5,zero,.L11
	lw	a5,-36(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	memset, .-memset
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	j	.L14
.L15:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L14:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L15
	lw	a4,-20(s0)
	lw	a5,-36(s0)
	sub	a5,a4,a5
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	strlen, .-strlen
	.align	2
	.type	put_str, @function
put_str:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a0,-20(s0)
	call	strlen
	mv	a5,a0
	mv	a2,a5
	lw	a1,-20(s0)
	li	a0,1
	call	rt_write
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_str, .-put_str
	.align	2
	.type	put_char, @function
put_char:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	mv	a5,a0
	sb	a5,-17(s0)
	addi	a5,s0,-17
	li	a2,1
	mv	a1,a5
	li	a0,1
	call	rt_write
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_char, .-put_char
	.align	2
	.type	put_nl, @function
put_nl:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	addi	s0,sp,16
	li	a0,10
	call	put_char
	nop
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	put_nl, .-put_nl
	.align	2
	.type	put_uint, @function
put_uint:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	li	a5,11
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	zero,-16(a5)
.L21:
	lw	a4,-36(s0)
	li	a5,10
	remu	a5,a4,a5
	andi	a5,a5,0xff
	lw	a4,-20(s0)
	addi	a4,a4,-1
	sw	a4,-20(s0)
	addi	a5,a5,48
	andi	a4,a5,0xff
	lw	a5,-20(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	a4,-16(a5)
	lw	a4,-36(s0)
	li	a5,10
	divu	a5,a4,a5
	sw	a5,-36(s0)
	lw	a5,-36(s0)
	bne	a5,zero,.L21
	lw	a5,-20(s0)
	addi	a4,s0,-32
	add	a5,a4,a5
	mv	a0,a5
	call	put_str
	nop
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	put_uint, .-put_uint
	.align	2
	.type	put_int, @function
put_int:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	bge	a5,zero,.L23
	li	a0,45
	call	put_char
	lw	a5,-20(s0)
	neg	a5,a5
	mv	a0,a5
	call	put_uint
	j	.L25
.L23:
	lw	a5,-20(s0)
	mv	a0,a5
	call	put_uint
.L25:
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_int, .-put_int
	.align	2
	.type	put_hex, @function
put_hex:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a4,-40(s0)
	li	a5,8
	ble	a4,a5,.L27
	li	a5,8
	sw	a5,-40(s0)
.L27:
	lw	a5,-40(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	j	.L28
.L29:
	lw	a5,-36(s0)
	andi	a5,a5,15
	lui	a4,%hi(hex.0)
	addi	a4,a4,%lo(hex.0)
	add	a5,a4,a5
	lbu	a4,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	a4,-16(a5)
	lw	a5,-36(s0)
	srli	a5,a5,4
	sw	a5,-36(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
.L28:
	lw	a5,-20(s0)
	bge	a5,zero,.L29
	lw	a5,-40(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	zero,-16(a5)
	addi	a5,s0,-32
	mv	a0,a5
	call	put_str
	nop
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	put_hex, .-put_hex
	.section	.rodata
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
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a0,-20(s0)
	call	put_str
	lui	a5,%hi(.LC0)
	addi	a0,a5,%lo(.LC0)
	call	put_str
	lw	a0,-24(s0)
	call	put_int
	call	put_nl
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put_kv, .-put_kv
	.align	2
	.globl	_start
	.type	_start, @function
_start:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	addi	s0,sp,16
	call	main
	mv	a5,a0
	mv	a0,a5
	call	rt_exit
	.size	_start, .-_start
	.section	.rodata
	.align	2
.LC1:
	.string	"zero"
	.align	2
.LC2:
	.string	"one"
	.align	2
.LC3:
	.string	"two"
	.align	2
.LC4:
	.string	"three"
	.align	2
.LC5:
	.string	"four"
	.align	2
.LC6:
	.string	"five"
	.align	2
.LC7:
	.string	"six"
	.align	2
.LC8:
	.string	"seven"
	.align	2
.LC9:
	.string	"eight"
	.align	2
.LC10:
	.string	"nine"
	.align	2
.LC11:
	.string	"ten"
	.align	2
.LC12:
	.string	"eleven"
	.align	2
.LC13:
	.string	"twelve"
	.align	2
.LC14:
	.string	"thirteen"
	.align	2
.LC15:
	.string	"fourteen"
	.align	2
.LC16:
	.string	"fifteen"
	.align	2
.LC17:
	.string	"sixteen"
	.align	2
.LC18:
	.string	"seventeen"
	.align	2
.LC19:
	.string	"eighteen"
	.align	2
.LC20:
	.string	"nineteen"
	.align	2
.LC21:
	.string	"twenty"
	.align	2
	.type	numbers, @object
	.size	numbers, 84
numbers:
	.word	.LC1
	.word	.LC2
	.word	.LC3
	.word	.LC4
	.word	.LC5
	.word	.LC6
	.word	.LC7
	.word	.LC8
	.word	.LC9
	.word	.LC10
	.word	.LC11
	.word	.LC12
	.word	.LC13
	.word	.LC14
	.word	.LC15
	.word	.LC16
	.word	.LC17
	.word	.LC18
	.word	.LC19
	.word	.LC20
	.word	.LC21
	.globl	suffixes
	.align	2
.LC22:
	.string	"teen"
	.align	2
.LC23:
	.string	"een"
	.align	2
.LC24:
	.string	"en"
	.align	2
.LC25:
	.string	"n"
	.align	2
.LC26:
	.string	"ve"
	.align	2
.LC27:
	.string	"elve"
	.align	2
.LC28:
	.string	""
	.align	2
.LC29:
	.string	"hello, world"
	.align	2
.LC30:
	.string	"world"
	.data
	.align	2
	.type	suffixes, @object
	.size	suffixes, 36
suffixes:
	.word	.LC22
	.word	.LC23
	.word	.LC24
	.word	.LC25
	.word	.LC26
	.word	.LC27
	.word	.LC28
	.word	.LC29
	.word	.LC30
	.globl	greeting
	.section	.rodata
	.align	2
	.type	greeting, @object
	.size	greeting, 13
greeting:
	.string	"hello, world"
	.globl	mutable_text
	.data
	.align	2
	.type	mutable_text, @object
	.size	mutable_text, 17
mutable_text:
	.string	"Mutable Text 123"
	.text
	.align	2
	.type	my_strcmp, @function
my_strcmp:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	j	.L33
.L35:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L33:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	beq	a5,zero,.L34
	lw	a5,-20(s0)
	lbu	a4,0(a5)
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	beq	a4,a5,.L35
.L34:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	mv	a4,a5
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	sub	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	my_strcmp, .-my_strcmp
	.align	2
	.type	my_strcpy, @function
my_strcpy:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	nop
.L38:
	lw	a4,-40(s0)
	addi	a5,a4,1
	sw	a5,-40(s0)
	lw	a5,-36(s0)
	addi	a3,a5,1
	sw	a3,-36(s0)
	lbu	a4,0(a4)
	sb	a4,0(a5)
	lbu	a5,0(a5)
	bne	a5,zero,.L38
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	my_strcpy, .-my_strcpy
	.align	2
	.type	reverse, @function
reverse:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lw	a0,-36(s0)
	call	strlen
	sw	a0,-24(s0)
	sw	zero,-20(s0)
	j	.L41
.L42:
	lw	a4,-36(s0)
	lw	a5,-20(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	sb	a5,-25(s0)
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	sub	a5,a4,a5
	addi	a5,a5,-1
	lw	a4,-36(s0)
	add	a4,a4,a5
	lw	a3,-36(s0)
	lw	a5,-20(s0)
	add	a5,a3,a5
	lbu	a4,0(a4)
	sb	a4,0(a5)
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	sub	a5,a4,a5
	addi	a5,a5,-1
	lw	a4,-36(s0)
	add	a5,a4,a5
	lbu	a4,-25(s0)
	sb	a4,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L41:
	lw	a5,-24(s0)
	srli	a5,a5,1
	lw	a4,-20(s0)
	bltu	a4,a5,.L42
	nop
	nop
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	reverse, .-reverse
	.align	2
	.type	find, @function
find:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	j	.L44
.L50:
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	lw	a5,-40(s0)
	sw	a5,-24(s0)
	j	.L45
.L47:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L45:
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	beq	a5,zero,.L46
	lw	a5,-20(s0)
	lbu	a4,0(a5)
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	beq	a4,a5,.L47
.L46:
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L48
	lw	a5,-36(s0)
	j	.L49
.L48:
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L44:
	lw	a5,-36(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L50
	li	a5,0
.L49:
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	find, .-find
	.align	2
	.type	count_vowels, @function
count_vowels:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	zero,-20(s0)
	j	.L52
.L54:
	lw	a5,-36(s0)
	lbu	a5,0(a5)
	ori	a5,a5,32
	andi	a5,a5,0xff
	addi	a5,a5,-97
	sltiu	a4,a5,21
	xori	a4,a4,1
	andi	a4,a4,0xff
	bne	a4,zero,.L53
	li	a4,1064960
	addi	a4,a4,273
	srl	a5,a4,a5
	andi	a5,a5,1
	snez	a5,a5
	andi	a5,a5,0xff
	beq	a5,zero,.L53
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L53:
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L52:
	lw	a5,-36(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L54
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	count_vowels, .-count_vowels
	.align	2
	.type	upcase, @function
upcase:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	j	.L57
.L59:
	lw	a5,-20(s0)
	lbu	a4,0(a5)
	li	a5,96
	bleu	a4,a5,.L58
	lw	a5,-20(s0)
	lbu	a4,0(a5)
	li	a5,122
	bgtu	a4,a5,.L58
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	addi	a5,a5,-32
	andi	a4,a5,0xff
	lw	a5,-20(s0)
	sb	a4,0(a5)
.L58:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L57:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L59
	nop
	nop
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	upcase, .-upcase
	.section	.rodata
	.align	2
.LC31:
	.string	"] "
	.align	2
.LC32:
	.string	"cmp(one, one)"
	.align	2
.LC33:
	.string	"cmp(seven, seventeen)"
	.align	2
.LC34:
	.string	"cmp(teen, een)"
	.align	2
.LC35:
	.string	"find world"
	.align	2
.LC36:
	.string	"xyz"
	.align	2
.LC37:
	.string	"find xyz"
	.align	2
.LC38:
	.string	"The Quick Brown Fox Jumps Over The Lazy Dog"
	.align	2
.LC39:
	.string	"vowels"
	.align	2
.LC40:
	.string	" and one again, "
	.align	2
.LC41:
	.string	"\t\"quoted\"\\\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-96
	sw	ra,92(sp)
	sw	s0,88(sp)
	addi	s0,sp,96
	sw	zero,-20(s0)
	sw	zero,-24(s0)
	j	.L61
.L62:
	lui	a5,%hi(numbers)
	addi	a4,a5,%lo(numbers)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	put_str
	li	a0,32
	call	put_char
	lui	a5,%hi(numbers)
	addi	a4,a5,%lo(numbers)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	strlen
	mv	a5,a0
	mv	a4,a5
	lw	a5,-20(s0)
	add	a5,a5,a4
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,3
	sw	a5,-24(s0)
.L61:
	lw	a4,-24(s0)
	li	a5,20
	ble	a4,a5,.L62
	call	put_nl
	sw	zero,-28(s0)
	j	.L63
.L64:
	li	a0,91
	call	put_char
	lui	a5,%hi(suffixes)
	addi	a4,a5,%lo(suffixes)
	lw	a5,-28(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	put_str
	lui	a5,%hi(.LC31)
	addi	a0,a5,%lo(.LC31)
	call	put_str
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L63:
	lw	a4,-28(s0)
	li	a5,8
	bleu	a4,a5,.L64
	call	put_nl
	lui	a5,%hi(.LC2)
	addi	a4,a5,%lo(.LC2)
	lui	a5,%hi(.LC2)
	addi	a1,a5,%lo(.LC2)
	mv	a0,a4
	call	my_strcmp
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC32)
	addi	a0,a5,%lo(.LC32)
	call	put_kv
	lui	a5,%hi(.LC8)
	addi	a4,a5,%lo(.LC8)
	lui	a5,%hi(.LC18)
	addi	a5,a5,%lo(.LC18)
	mv	a1,a5
	mv	a0,a4
	call	my_strcmp
	mv	a5,a0
	bge	a5,zero,.L65
	li	a5,-1
	j	.L66
.L65:
	li	a5,1
.L66:
	mv	a1,a5
	lui	a5,%hi(.LC33)
	addi	a0,a5,%lo(.LC33)
	call	put_kv
	lui	a5,%hi(.LC23)
	addi	a1,a5,%lo(.LC23)
	lui	a5,%hi(.LC22)
	addi	a0,a5,%lo(.LC22)
	call	my_strcmp
	mv	a5,a0
	sgt	a5,a5,zero
	andi	a5,a5,0xff
	mv	a1,a5
	lui	a5,%hi(.LC34)
	addi	a0,a5,%lo(.LC34)
	call	put_kv
	addi	a4,s0,-96
	lui	a5,%hi(greeting)
	addi	a1,a5,%lo(greeting)
	mv	a0,a4
	call	my_strcpy
	addi	a5,s0,-96
	mv	a0,a5
	call	reverse
	addi	a5,s0,-96
	mv	a0,a5
	call	put_str
	call	put_nl
	lui	a5,%hi(mutable_text)
	addi	a0,a5,%lo(mutable_text)
	call	upcase
	lui	a5,%hi(mutable_text)
	addi	a0,a5,%lo(mutable_text)
	call	put_str
	call	put_nl
	lui	a5,%hi(.LC30)
	addi	a1,a5,%lo(.LC30)
	lui	a5,%hi(greeting)
	addi	a0,a5,%lo(greeting)
	call	find
	sw	a0,-32(s0)
	lw	a5,-32(s0)
	beq	a5,zero,.L67
	lw	a4,-32(s0)
	lui	a5,%hi(greeting)
	addi	a5,a5,%lo(greeting)
	sub	a5,a4,a5
	j	.L68
.L67:
	li	a5,-1
.L68:
	mv	a1,a5
	lui	a5,%hi(.LC35)
	addi	a0,a5,%lo(.LC35)
	call	put_kv
	lui	a5,%hi(.LC36)
	addi	a1,a5,%lo(.LC36)
	lui	a5,%hi(greeting)
	addi	a0,a5,%lo(greeting)
	call	find
	mv	a5,a0
	snez	a5,a5
	andi	a5,a5,0xff
	mv	a1,a5
	lui	a5,%hi(.LC37)
	addi	a0,a5,%lo(.LC37)
	call	put_kv
	lui	a5,%hi(.LC38)
	addi	a0,a5,%lo(.LC38)
	call	count_vowels
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC39)
	addi	a0,a5,%lo(.LC39)
	call	put_kv
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
	call	put_str
	lui	a5,%hi(.LC40)
	addi	a0,a5,%lo(.LC40)
	call	put_str
	lui	a5,%hi(.LC22)
	addi	a0,a5,%lo(.LC22)
	call	put_str
	lui	a5,%hi(.LC41)
	addi	a0,a5,%lo(.LC41)
	call	put_str
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,92(sp)
	lw	s0,88(sp)
	addi	sp,sp,96
	jr	ra
	.size	main, .-main
	.section	.rodata
	.align	2
	.type	hex.0, @object
	.size	hex.0, 17
hex.0:
	.string	"0123456789abcdef"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
