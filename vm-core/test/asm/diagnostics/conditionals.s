	.if 1
	nop
	.else
	nop
	.else
	.endif
	.endif
	.ifdef X
