_start:
1:	auipc a0, %pcrel_hi(data)
	addi a0, a0, %pcrel_lo(1b)
	addi a0, a0, %pcrel_lo(data)
	.data
data:	.word 0
