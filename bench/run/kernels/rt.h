/*
 * Runtime for the bench/run kernels: no libc. `_start` passes argc/argv from the Linux process
 * stack to main and exits (a7 = 93) with its result; output goes through write (a7 = 64).
 * Every kernel takes one argument, its scale, so the same ELF makes a long run (qemu, fast
 * mode) and a short one (traced mode).
 */
#ifndef BENCH_RT_H
#define BENCH_RT_H

typedef unsigned int size_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef int int32_t;
typedef unsigned long long uint64_t;

/* Keep gcc from turning the bodies of memcpy/memset into calls to themselves. */
#define RT_NOLIBCALL __attribute__((optimize("no-tree-loop-distribute-patterns")))

static inline long rt_write(int fd, const void *buf, size_t len)
{
    register long a0 __asm__("a0") = fd;
    register long a1 __asm__("a1") = (long)buf;
    register long a2 __asm__("a2") = (long)len;
    register long a7 __asm__("a7") = 64;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
    return a0;
}

RT_NOLIBCALL void *memcpy(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    while (n--)
        *d++ = *s++;
    return dst;
}

RT_NOLIBCALL void *memset(void *dst, int c, size_t n)
{
    unsigned char *d = dst;
    while (n--)
        *d++ = (unsigned char)c;
    return dst;
}

static size_t rt_strlen(const char *s)
{
    const char *p = s;
    while (*p)
        p++;
    return (size_t)(p - s);
}

static void put_str(const char *s) { rt_write(1, s, rt_strlen(s)); }

static void put_uint(unsigned v)
{
    char buf[12];
    int i = 11;
    buf[i] = 0;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    put_str(buf + i);
}

static __attribute__((unused)) void put_hex(unsigned v)
{
    static const char hex[] = "0123456789abcdef";
    char buf[9];
    for (int i = 7; i >= 0; i--) {
        buf[i] = hex[v & 15];
        v >>= 4;
    }
    buf[8] = 0;
    put_str(buf);
}

/* The scale argument (argv[1]), or `dflt` when absent or not a number. */
static unsigned arg_scale(int argc, char **argv, unsigned dflt)
{
    if (argc < 2)
        return dflt;
    unsigned v = 0;
    for (const char *p = argv[1]; *p; p++) {
        if (*p < '0' || *p > '9')
            return dflt;
        v = v * 10 + (unsigned)(*p - '0');
    }
    return v ? v : dflt;
}

/* xorshift32: the kernels' deterministic input. */
static uint32_t rng_state = 2463534242u;
static inline uint32_t rng(void)
{
    uint32_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return rng_state = x;
}

int main(int argc, char **argv);

/* The Linux process stack at entry: argc at sp, argv from sp + 4. gp is set for ld's relaxed
 * gp-relative accesses to small data. */
__asm__(
    ".section .text._start,\"ax\",@progbits\n"
    ".globl _start\n"
    "_start:\n"
    "  .option push\n"
    "  .option norelax\n"
    "  la gp, __global_pointer$\n"
    "  .option pop\n"
    "  lw a0, 0(sp)\n"
    "  addi a1, sp, 4\n"
    "  call main\n"
    "  li a7, 93\n"
    "  ecall\n"
    "  j .\n"
    ".text\n");

#endif
