# A loop that calls a helper five times; the helper is in an included file.
  .data
count:  .word 0
limit:  .word 5
bytes:  .byte 1, 2, 3
  .align 2
msg:    .asciz "done\n"
  .text
  .globl _start
_start:
  li s0, 0                 # init
loop:
  call bump                # call-bump
  addi s0, s0, 1           # after-call
  la t0, limit
  lw t1, 0(t0)
  blt s0, t1, loop         # loop-end

  li a0, 1
  la a1, msg
  li a2, 5
  li a7, 64
  ecall                    # write
  la t0, count
  lw a0, 0(t0)
  li a7, 93
  ecall                    # exit
  .include "bump.s"
