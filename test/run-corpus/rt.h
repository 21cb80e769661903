/*
 * Runtime of the execution-differential corpus (test/run-corpus): everything a program needs,
 * without libc. Each program is one translation unit that includes this header, so the
 * `gcc -S` output of a program is a complete assembly program that Tessera can assemble alone.
 *
 * - `_start` (assembly, below) reads the Linux initial process stack: argc at 0(sp), the argv
 *   pointers from 4(sp), a NULL, then the envp pointers and a NULL. It sets gp (ld relaxes
 *   accesses to small data into gp-relative ones), stores envp in `rt_envp`, calls
 *   main(argc, argv) and exits (a7 = 93) with main's result.
 * - System calls through inline-asm ecall: read (63), write (64), exit (93), brk (214).
 * - malloc/free/calloc over brk: exact-size free lists up to 128 bytes, first fit above,
 *   no coalescing.
 * - Output helpers: strings, signed/unsigned decimal, hex, 64-bit values. Output is written
 *   unbuffered, one write per call.
 * - memcpy/memset/memmove/strlen, which gcc may call on its own (struct copies, zeroed
 *   locals), and __udivdi3/__umoddi3/__divdi3/__moddi3, which gcc calls for 64-bit division
 *   on RV32 (they live in libgcc, which -nostdlib leaves out).
 *
 * Programs never print addresses (stack, heap, break): they differ between qemu and Tessera.
 */
#ifndef RUN_CORPUS_RT_H
#define RUN_CORPUS_RT_H

typedef unsigned int size_t;
typedef unsigned char uint8_t;
typedef signed char int8_t;
typedef unsigned short uint16_t;
typedef short int16_t;
typedef unsigned int uint32_t;
typedef int int32_t;
typedef unsigned long long uint64_t;
typedef long long int64_t;
typedef unsigned int uintptr_t;

#define NULL ((void *)0)
#define INT32_MIN (-2147483647 - 1)
#define INT32_MAX 2147483647
#define UINT32_MAX 4294967295u
#define INT64_MIN (-9223372036854775807LL - 1)
#define INT64_MAX 9223372036854775807LL
#define UINT64_MAX 18446744073709551615ULL

#define RT_UNUSED __attribute__((unused))
/* Keep gcc from turning the bodies of memcpy/memset into calls to themselves. */
#define RT_NOLIBCALL __attribute__((optimize("no-tree-loop-distribute-patterns")))

/* ---- system calls -------------------------------------------------------------------------- */

static inline long rt_syscall3(long n, long x0, long x1, long x2)
{
    register long a0 __asm__("a0") = x0;
    register long a1 __asm__("a1") = x1;
    register long a2 __asm__("a2") = x2;
    register long a7 __asm__("a7") = n;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
    return a0;
}

static inline RT_UNUSED long rt_write(int fd, const void *buf, size_t len)
{
    return rt_syscall3(64, fd, (long)buf, (long)len);
}

static inline RT_UNUSED long rt_read(int fd, void *buf, size_t len)
{
    return rt_syscall3(63, fd, (long)buf, (long)len);
}

/* brk(0) answers the current break; brk(x) answers x on success and the old break on failure. */
static inline RT_UNUSED uintptr_t rt_brk(uintptr_t addr)
{
    register long a0 __asm__("a0") = (long)addr;
    register long a7 __asm__("a7") = 214;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a7) : "memory");
    return (uintptr_t)a0;
}

static inline RT_UNUSED __attribute__((noreturn)) void rt_exit(int code)
{
    register long a0 __asm__("a0") = code;
    register long a7 __asm__("a7") = 93;
    __asm__ volatile("ecall" : : "r"(a0), "r"(a7) : "memory");
    for (;;) {
    }
}

/* Reads until `len` bytes or end of input; answers the count (or a negative errno). */
static RT_UNUSED long rt_read_all(int fd, char *buf, size_t len)
{
    size_t got = 0;
    while (got < len) {
        long n = rt_read(fd, buf + got, len - got);
        if (n < 0)
            return n;
        if (n == 0)
            break;
        got += (size_t)n;
    }
    return (long)got;
}

/* ---- memory and strings gcc may call -------------------------------------------------------- */

RT_NOLIBCALL void *memcpy(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    while (n--)
        *d++ = *s++;
    return dst;
}

RT_NOLIBCALL void *memmove(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (d < s) {
        while (n--)
            *d++ = *s++;
    } else {
        while (n--)
            d[n] = s[n];
    }
    return dst;
}

RT_NOLIBCALL void *memset(void *dst, int c, size_t n)
{
    unsigned char *d = dst;
    while (n--)
        *d++ = (unsigned char)c;
    return dst;
}

RT_NOLIBCALL int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *p = a, *q = b;
    for (; n; n--, p++, q++)
        if (*p != *q)
            return *p - *q;
    return 0;
}

RT_NOLIBCALL size_t strlen(const char *s)
{
    const char *p = s;
    while (*p)
        p++;
    return (size_t)(p - s);
}

static RT_UNUSED int rt_strcmp(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

/* ---- 64-bit division (libgcc's entry points, by shift and subtract) ----------------------- */

static uint64_t rt_udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
    uint64_t q = 0, r = 0;
    int i;
    if (d == 0) {
        /* What the RISC-V divu/remu instructions answer; C leaves it undefined. */
        *rem = n;
        return ~0ULL;
    }
    for (i = 63; i >= 0; i--) {
        r = (r << 1) | ((n >> i) & 1);
        if (r >= d) {
            r -= d;
            q |= 1ULL << i;
        }
    }
    *rem = r;
    return q;
}

uint64_t __udivdi3(uint64_t n, uint64_t d)
{
    uint64_t r;
    return rt_udivmod64(n, d, &r);
}

uint64_t __umoddi3(uint64_t n, uint64_t d)
{
    uint64_t r;
    rt_udivmod64(n, d, &r);
    return r;
}

int64_t __divdi3(int64_t n, int64_t d)
{
    uint64_t un = n < 0 ? 0 - (uint64_t)n : (uint64_t)n;
    uint64_t ud = d < 0 ? 0 - (uint64_t)d : (uint64_t)d;
    uint64_t r;
    uint64_t q = rt_udivmod64(un, ud, &r);
    if (d == 0)
        return -1;
    return (int64_t)(((n < 0) != (d < 0)) ? 0 - q : q);
}

int64_t __moddi3(int64_t n, int64_t d)
{
    uint64_t un = n < 0 ? 0 - (uint64_t)n : (uint64_t)n;
    uint64_t ud = d < 0 ? 0 - (uint64_t)d : (uint64_t)d;
    uint64_t r;
    rt_udivmod64(un, ud, &r);
    return (int64_t)(n < 0 ? 0 - r : r);
}

/* ---- heap over brk -------------------------------------------------------------------------- */

struct rt_block {
    size_t size; /* payload bytes, a multiple of 8 */
    struct rt_block *next;
};

#define RT_SMALL_CLASSES 16             /* exact-size free lists for 8 .. 128 bytes */
static uintptr_t rt_heap_end;          /* our idea of the break; 0 until the first sbrk */
static struct rt_block *rt_free_small[RT_SMALL_CLASSES];
static struct rt_block *rt_free_large; /* first fit */
static size_t rt_heap_bytes;            /* bytes obtained from brk, for the programs' reports */

static RT_UNUSED void *rt_sbrk(size_t n)
{
    uintptr_t old, want;
    if (!rt_heap_end) {
        rt_heap_end = rt_brk(0);
        /* Start 8-aligned whatever the initial break is. */
        want = (rt_heap_end + 7) & ~(uintptr_t)7;
        if (want != rt_heap_end) {
            if (rt_brk(want) != want)
                return NULL;
            rt_heap_end = want;
        }
    }
    old = rt_heap_end;
    want = old + n;
    if (want < old || rt_brk(want) != want)
        return NULL;
    rt_heap_end = want;
    rt_heap_bytes += n;
    return (void *)old;
}

static RT_UNUSED void *malloc(size_t n)
{
    struct rt_block **link, *b;
    if (n > 0x7ffffff0u)
        return NULL;
    n = (n + 7) & ~(size_t)7;
    if (n == 0)
        n = 8;
    if (n / 8 <= RT_SMALL_CLASSES) {
        link = &rt_free_small[n / 8 - 1];
        if ((b = *link) != NULL) {
            *link = b->next;
            return b + 1;
        }
    } else {
        for (link = &rt_free_large; (b = *link) != NULL; link = &b->next) {
            if (b->size >= n) {
                *link = b->next;
                return b + 1;
            }
        }
    }
    b = rt_sbrk(sizeof(struct rt_block) + n);
    if (!b)
        return NULL;
    b->size = n;
    b->next = NULL;
    return b + 1;
}

static RT_UNUSED void free(void *p)
{
    struct rt_block *b, **list;
    if (!p)
        return;
    b = (struct rt_block *)p - 1;
    list = b->size / 8 <= RT_SMALL_CLASSES ? &rt_free_small[b->size / 8 - 1] : &rt_free_large;
    b->next = *list;
    *list = b;
}

static RT_UNUSED void *calloc(size_t count, size_t size)
{
    size_t n = count * size;
    void *p;
    if (size && n / size != count)
        return NULL;
    p = malloc(n);
    if (p)
        memset(p, 0, n);
    return p;
}

/* ---- output --------------------------------------------------------------------------------- */

static RT_UNUSED void put_str(const char *s)
{
    rt_write(1, s, strlen(s));
}

static RT_UNUSED void put_mem(const char *s, size_t n)
{
    rt_write(1, s, n);
}

static RT_UNUSED void put_char(char c)
{
    rt_write(1, &c, 1);
}

static RT_UNUSED void put_nl(void)
{
    put_char('\n');
}

static RT_UNUSED void put_uint(unsigned v)
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

static RT_UNUSED void put_int(int v)
{
    if (v < 0) {
        put_char('-');
        put_uint(0u - (unsigned)v);
    } else {
        put_uint((unsigned)v);
    }
}

/* `digits` hex digits (1..8), zero-padded, no prefix. */
static RT_UNUSED void put_hex(unsigned v, int digits)
{
    static const char hex[] = "0123456789abcdef";
    char buf[9];
    int i;
    if (digits > 8)
        digits = 8;
    if (digits < 1)
        digits = 1;
    for (i = digits - 1; i >= 0; i--) {
        buf[i] = hex[v & 15];
        v >>= 4;
    }
    buf[digits] = 0;
    put_str(buf);
}

/* Decimal without 64-bit division: ten digits at a time through 32-bit arithmetic would still
 * need a 64-bit divide, so this one calls __udivdi3 like any program would. */
static RT_UNUSED void put_u64(uint64_t v)
{
    char buf[24];
    int i = 23;
    buf[i] = 0;
    do {
        buf[--i] = (char)('0' + (unsigned)(v % 10));
        v /= 10;
    } while (v);
    put_str(buf + i);
}

static RT_UNUSED void put_i64(int64_t v)
{
    if (v < 0) {
        put_char('-');
        put_u64(0 - (uint64_t)v);
    } else {
        put_u64((uint64_t)v);
    }
}

/* 16 hex digits. */
static RT_UNUSED void put_hex64(uint64_t v)
{
    put_hex((unsigned)(v >> 32), 8);
    put_hex((unsigned)v, 8);
}

/* "label = value\n" */
static RT_UNUSED void put_kv(const char *label, int value)
{
    put_str(label);
    put_str(" = ");
    put_int(value);
    put_nl();
}

static RT_UNUSED void put_kx(const char *label, unsigned value)
{
    put_str(label);
    put_str(" = 0x");
    put_hex(value, 8);
    put_nl();
}

/* ---- entry ---------------------------------------------------------------------------------- */

/* The environment strings, NULL-terminated (set by _start). */
char **rt_envp;

int main(int argc, char **argv);

__asm__(
    ".section .text._start,\"ax\",@progbits\n"
    ".globl _start\n"
    ".type _start, @function\n"
    "_start:\n"
    "  .option push\n"
    "  .option norelax\n"
    "  lui gp, %hi(__global_pointer$)\n"
    "  addi gp, gp, %lo(__global_pointer$)\n"
    "  .option pop\n"
    "  lw a0, 0(sp)\n"          /* argc */
    "  addi a1, sp, 4\n"        /* argv */
    "  slli t0, a0, 2\n"
    "  add t0, a1, t0\n"
    "  addi t0, t0, 4\n"        /* envp: after argv's NULL */
    "  lui t1, %hi(rt_envp)\n"
    "  sw t0, %lo(rt_envp)(t1)\n"
    "  call main\n"
    "  li a7, 93\n"
    "  ecall\n"
    "1:\n"
    "  j 1b\n"
    ".size _start, .-_start\n"
    ".text\n");

#endif
