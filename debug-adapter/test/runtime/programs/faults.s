# ebreak, then a load from address 8 (unmapped).
  .text
  .globl _start
_start:
  li a0, 7
  ebreak                   # ebreak
  addi a0, a0, 1           # after-ebreak
  li a2, 0
  lw a3, 8(a2)             # bad-load
  li a7, 93
  ecall
