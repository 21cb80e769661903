/* Bit manipulation written out in C (no builtins: they would call libgcc): population
 * count three ways, leading/trailing zeros, bit reversal, rotations, byte swaps, parity,
 * Gray code, isolating/clearing the lowest set bit, next permutation of a bit pattern,
 * power-of-two rounding, sign extension of bit fields, and a 64-bit popcount.
 */
#include "rt.h"

static unsigned pop_loop(uint32_t x)
{
    unsigned n = 0;
    while (x) {
        x &= x - 1;
        n++;
    }
    return n;
}

static unsigned pop_swar(uint32_t x)
{
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0fu;
    return (x * 0x01010101u) >> 24;
}

static unsigned pop_table(uint32_t x)
{
    static uint8_t t[256];
    unsigned i;
    if (!t[255])
        for (i = 1; i < 256; i++)
            t[i] = (uint8_t)((i & 1) + t[i >> 1]);
    return t[x & 255] + t[(x >> 8) & 255] + t[(x >> 16) & 255] + t[x >> 24];
}

static unsigned clz(uint32_t x)
{
    unsigned n = 0;
    if (!x)
        return 32;
    if (!(x & 0xffff0000u)) { n += 16; x <<= 16; }
    if (!(x & 0xff000000u)) { n += 8; x <<= 8; }
    if (!(x & 0xf0000000u)) { n += 4; x <<= 4; }
    if (!(x & 0xc0000000u)) { n += 2; x <<= 2; }
    if (!(x & 0x80000000u)) { n += 1; }
    return n;
}

static unsigned ctz(uint32_t x)
{
    return x ? 31 - clz(x & (0u - x)) : 32;
}

static uint32_t reverse(uint32_t x)
{
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0f0f0f0fu) | ((x & 0x0f0f0f0fu) << 4);
    x = ((x >> 8) & 0x00ff00ffu) | ((x & 0x00ff00ffu) << 8);
    return (x >> 16) | (x << 16);
}

static uint32_t rotl(uint32_t x, unsigned r)
{
    r &= 31;
    return r ? (x << r) | (x >> (32 - r)) : x;
}

static uint32_t bswap(uint32_t x)
{
    return (x >> 24) | ((x >> 8) & 0xff00u) | ((x << 8) & 0xff0000u) | (x << 24);
}

static unsigned parity(uint32_t x)
{
    x ^= x >> 16;
    x ^= x >> 8;
    x ^= x >> 4;
    return (0x6996u >> (x & 15)) & 1;
}

static uint32_t next_perm(uint32_t v)
{
    uint32_t t = v | (v - 1);
    return (t + 1) | (((~t & (0u - ~t)) - 1) >> (ctz(v) + 1));
}

static uint32_t round_pow2(uint32_t v)
{
    v--;
    v |= v >> 1;
    v |= v >> 2;
    v |= v >> 4;
    v |= v >> 8;
    v |= v >> 16;
    return v + 1;
}

static int32_t sext(uint32_t x, unsigned bits)
{
    uint32_t m = 1u << (bits - 1);
    x &= (1u << bits) - 1;
    return (int32_t)((x ^ m) - m);
}

static unsigned pop64(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
    return (unsigned)((x * 0x0101010101010101ULL) >> 56);
}

struct fields {
    unsigned a : 3;
    signed b : 5;
    unsigned c : 11;
    signed d : 13;
};

int main(int argc, char **argv)
{
    static const uint32_t samples[] = {0, 1, 0x80000000u, 0xffffffffu, 0x12345678u, 0xdeadbeefu, 0x00f000f0u, 0x7fffffffu, 96, 1u << 20};
    uint32_t x = 0x2545f491u, h = 0, v;
    unsigned i, agree = 1, n;
    struct fields f;
    (void)argv;

    for (i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        v = samples[i];
        put_str("0x");
        put_hex(v, 8);
        put_str(": pop ");
        put_uint(pop_swar(v));
        put_str(" clz ");
        put_uint(clz(v));
        put_str(" ctz ");
        put_uint(ctz(v));
        put_str(" rev 0x");
        put_hex(reverse(v), 8);
        put_str(" bswap 0x");
        put_hex(bswap(v), 8);
        put_str(" parity ");
        put_uint(parity(v));
        put_str(" pow2 0x");
        put_hex(round_pow2(v), 8);
        put_nl();
    }

    for (i = 0; i < 5000; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        n = pop_loop(x);
        if (n != pop_swar(x) || n != pop_table(x) || reverse(reverse(x)) != x || bswap(bswap(x)) != x ||
            rotl(rotl(x, i), 32 - (i & 31)) != x || parity(x) != (n & 1))
            agree = 0;
        h = rotl(h, 5) ^ (n + clz(x) * 33 + ctz(x) * 1057) ^ (x ^ (x >> 1)); /* Gray code */
    }
    put_kv("implementations agree", (int)agree);
    put_kx("mixed hash", h);

    put_str("next permutations of 0b111:");
    v = 7;
    for (i = 0; i < 8; i++) {
        put_str(" 0x");
        put_hex(v, 2);
        v = next_perm(v);
    }
    put_nl();
    put_kx("lowest set bit of 0x6800", 0x6800u & (0u - 0x6800u));
    put_kx("clear lowest of 0x6800", 0x6800u & (0x6800u - 1));
    put_kv("sext(0x1f, 5)", sext(0x1f, 5));
    put_kv("sext(0x7ff, 12)", sext(0x7ff, 12));
    put_kv("sext(0x800, 12)", sext(0x800, 12));

    memset(&f, 0, sizeof f);
    f.a = (unsigned)(argc + 12) & 7; /* 13 & 7 = 5 (no arguments) */
    f.b = -9;
    f.c = 2047;
    f.d = -4096;
    f.b = f.b - 8;     /* -17 wraps to 15 in 5 bits */
    put_str("bit fields: ");
    put_uint(f.a);
    put_char(' ');
    put_int(f.b);
    put_char(' ');
    put_uint(f.c);
    put_char(' ');
    put_int(f.d);
    put_str(" word 0x");
    memcpy(&v, &f, sizeof v);
    put_hex(v, 8);
    put_nl();
    put_kv("pop64(0xf0f0...)", (int)pop64(0xf0f0f0f0f0f0f0f0ULL + (uint64_t)(x & 1)));
    put_kv("pop64(-1)", (int)pop64(~0ULL - (x & 0)));
    return (int)(h >> 26);
}
