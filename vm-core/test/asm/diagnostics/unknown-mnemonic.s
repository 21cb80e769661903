_start:
	ad a0, a1, a2
	adi a0, a0, 1
	LW a0, 0(sp)
	frobnicate
