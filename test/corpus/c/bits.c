/* Bit manipulation: popcount, leading/trailing zeros, bit reversal, rotations, byte swaps,
 * Gray code, parity, masks and field extraction, CRC-32 and a bitset. */
#include "rt.h"

static int popcount(uint32_t x)
{
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0fu;
    return (int)((x * 0x01010101u) >> 24);
}

static int clz(uint32_t x)
{
    if (!x)
        return 32;
    int n = 0;
    if (!(x & 0xffff0000u)) { n += 16; x <<= 16; }
    if (!(x & 0xff000000u)) { n += 8; x <<= 8; }
    if (!(x & 0xf0000000u)) { n += 4; x <<= 4; }
    if (!(x & 0xc0000000u)) { n += 2; x <<= 2; }
    if (!(x & 0x80000000u)) { n += 1; }
    return n;
}

static int ctz(uint32_t x)
{
    if (!x)
        return 32;
    int n = 0;
    while (!(x & 1)) {
        x >>= 1;
        n++;
    }
    return n;
}

static uint32_t reverse_bits(uint32_t x)
{
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0f0f0f0fu) | ((x & 0x0f0f0f0fu) << 4);
    x = ((x >> 8) & 0x00ff00ffu) | ((x & 0x00ff00ffu) << 8);
    return (x >> 16) | (x << 16);
}

static uint32_t rotl(uint32_t x, unsigned r) { return (x << (r & 31)) | (x >> ((32 - r) & 31)); }
static uint32_t rotr(uint32_t x, unsigned r) { return (x >> (r & 31)) | (x << ((32 - r) & 31)); }

static uint32_t bswap(uint32_t x)
{
    return ((x & 0xffu) << 24) | ((x & 0xff00u) << 8) | ((x >> 8) & 0xff00u) | (x >> 24);
}

static int parity(uint32_t x)
{
    x ^= x >> 16;
    x ^= x >> 8;
    x ^= x >> 4;
    return (0x6996 >> (x & 15)) & 1;
}

static uint32_t extract(uint32_t x, int lo, int width)
{
    return (x >> lo) & ((1u << width) - 1);
}

static uint32_t insert(uint32_t x, uint32_t v, int lo, int width)
{
    uint32_t mask = ((1u << width) - 1) << lo;
    return (x & ~mask) | ((v << lo) & mask);
}

static uint32_t crc32(const uint8_t *p, int n)
{
    uint32_t crc = 0xffffffffu;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1)));
    }
    return ~crc;
}

static uint32_t bitset[4];
static void set_bit(int i) { bitset[i >> 5] |= 1u << (i & 31); }
static int test_bit(int i) { return (bitset[i >> 5] >> (i & 31)) & 1; }

static void line(const char *label, uint32_t v)
{
    put_str(label);
    put_str(" 0x");
    put_hex(v, 8);
    put_nl();
}

int main(void)
{
    static const uint32_t samples[] = { 0, 1, 0x80000000u, 0xffffffffu, 0x12345678u, 0x00f0f000u, 0xdeadbeefu };
    uint32_t mix = 0;
    for (unsigned i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        uint32_t x = samples[i];
        put_hex(x, 8);
        put_str(": pop ");
        put_int(popcount(x));
        put_str(" clz ");
        put_int(clz(x));
        put_str(" ctz ");
        put_int(ctz(x));
        put_str(" par ");
        put_int(parity(x));
        put_str(" rev ");
        put_hex(reverse_bits(x), 8);
        put_nl();
        mix ^= rotl(x, i * 5) + rotr(x, i * 3);
    }
    line("mix", mix);
    line("bswap", bswap(0x11223344u));
    line("lowest", 0x00f0f000u & (0u - 0x00f0f000u));
    line("clear lowest", 0x00f0f000u & (0x00f0f000u - 1));
    line("extract", extract(0xdeadbeefu, 8, 12));
    line("insert", insert(0xdeadbeefu, 0xabc, 4, 12));
    line("sign extend", (uint32_t)((int32_t)(0x00000fffu << 20) >> 20));
    line("arith shift", (uint32_t)(-1000 >> 3));
    line("logic shift", 0xfffffc18u >> 3);
    for (unsigned g = 0; g < 8; g++) {
        put_int((int)(g ^ (g >> 1)));
        put_char(g == 7 ? '\n' : ' ');
    }
    static const char msg[] = "The quick brown fox jumps over the lazy dog";
    line("crc32", crc32((const uint8_t *)msg, sizeof msg - 1));
    for (int i = 0; i < 128; i += 3)
        set_bit(i);
    int count = 0;
    for (int i = 0; i < 128; i++)
        count += test_bit(i);
    put_kv("bits set", count);
    line("pow2(64)", (64 & 63) == 0 && (64 & (64 - 1)) == 0);
    return popcount(mix);
}
