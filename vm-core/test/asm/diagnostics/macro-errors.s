	.macro need a:req, b=2
	addi a0, a0, \a + \b
	.endm
	need
	need 1, 2, 3
	.macro unterminated
	nop
