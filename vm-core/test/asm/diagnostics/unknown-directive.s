	.data
	.wrod 1
	.asciiz "x"
