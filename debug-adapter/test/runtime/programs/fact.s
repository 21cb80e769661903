# Recursive factorial: fact(5) = 120, exit code 120.
  .text
  .globl _start
_start:
  li a0, 5
  call fact                # main-call
  li a7, 93
  ecall
fact:
  addi sp, sp, -16
  sw ra, 12(sp)
  sw a0, 8(sp)
  li t0, 1
  bgt a0, t0, recurse      # fact-test
  li a0, 1                 # fact-base
  j out
recurse:
  addi a0, a0, -1
  call fact                # fact-call
  lw t1, 8(sp)
  mul a0, a0, t1           # fact-mul
out:
  lw ra, 12(sp)
  addi sp, sp, 16
  ret
