# .float/.single/.double, .dc.*, .extern, .nop
.data
.extern foo
.float 1.5, -0.1
.single 3.25
.double 2.5e10
.dc.b 1, 2
.dc.w 3
.dc.l 4
.dc.a 5
.text
.nop
.text
.globl _start
_start: nop
.nop
