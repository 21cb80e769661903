/*
 * Tessera corpus runtime: everything a corpus C program needs, without libc.
 *
 * Each corpus program is one translation unit that includes this header, so the
 * `gcc -S` output of a program is a complete, self-contained assembly program:
 * it provides `_start`, exits through the exit system call (a7 = 93), writes through
 * the write system call (a7 = 64) and defines memcpy / memset / strlen, which gcc may
 * call on its own (struct copies, zero-initialised locals, constant folding).
 */
#ifndef TESSERA_RT_H
#define TESSERA_RT_H

typedef unsigned int size_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef int int32_t;
typedef unsigned long long uint64_t;
typedef long long int64_t;

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

static inline __attribute__((noreturn)) void rt_exit(int code)
{
    register long a0 __asm__("a0") = code;
    register long a7 __asm__("a7") = 93;
    __asm__ volatile("ecall" : : "r"(a0), "r"(a7) : "memory");
    for (;;) {
    }
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

RT_NOLIBCALL size_t strlen(const char *s)
{
    const char *p = s;
    while (*p)
        p++;
    return (size_t)(p - s);
}

static void put_str(const char *s)
{
    rt_write(1, s, strlen(s));
}

static void put_char(char c)
{
    rt_write(1, &c, 1);
}

static void put_nl(void)
{
    put_char('\n');
}

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

static void put_int(int v)
{
    if (v < 0) {
        put_char('-');
        put_uint(0u - (unsigned)v);
    } else {
        put_uint((unsigned)v);
    }
}

static void put_hex(unsigned v, int digits)
{
    static const char hex[] = "0123456789abcdef";
    char buf[9];
    int i;
    if (digits > 8)
        digits = 8;
    for (i = digits - 1; i >= 0; i--) {
        buf[i] = hex[v & 15];
        v >>= 4;
    }
    buf[digits] = 0;
    put_str(buf);
}

/* "label = value\n" */
static void put_kv(const char *label, int value)
{
    put_str(label);
    put_str(" = ");
    put_int(value);
    put_nl();
}

int main(void);

void _start(void) __attribute__((noreturn));
void _start(void)
{
    rt_exit(main());
}

#endif
