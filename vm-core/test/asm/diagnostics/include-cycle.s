	.include "cycle-a.inc"
