# bump: count += 3
bump:
  la t2, count
  lw t3, 0(t2)             # bump-load

  addi t3, t3, 3           # bump-add
  sw t3, 0(t2)             # bump-store
  ret                      # bump-ret
