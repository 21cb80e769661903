/* 64-bit arithmetic on RV32: multiply (mul/mulhu sequences), signed and unsigned divide and
 * modulo (through rt.h's __divdi3 family) at the edge values, shifts by 0, 1, 31, 32, 33 and
 * 63 in all three kinds, comparisons across the halves, and a 64-bit LCG.
 * Operands come through volatile variables so that gcc cannot fold anything.
 */
#include "rt.h"

static volatile int64_t vals[] = {
    0, 1, -1, 2, -2, 7, -7, 1000000007, -1000000007, 0x7fffffffLL, -0x80000000LL,
    0x100000000LL, 0x123456789abcdefLL, -0x123456789abcdefLL, INT64_MAX, INT64_MIN,
};
#define NV ((int)(sizeof vals / sizeof vals[0]))

static volatile int shifts[] = {0, 1, 31, 32, 33, 63};
#define NS ((int)(sizeof shifts / sizeof shifts[0]))

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v;
    h *= 0x100000001b3ULL;
    return h ^ (h >> 29);
}

static void show(const char *label, int64_t v)
{
    put_str(label);
    put_str(" = ");
    put_i64(v);
    put_str(" (0x");
    put_hex64((uint64_t)v);
    put_str(")\n");
}

int main(int argc, char **argv)
{
    int i, j;
    uint64_t hmul = 0, hdiv = 0, hmod = 0, hshift = 0, hcmp = 0, x;
    int64_t a, b;
    uint64_t ua, ub;
    volatile int64_t va, vb;
    (void)argc;
    (void)argv;

    va = 123456789;
    vb = 987654321;
    show("123456789 * 987654321", va * vb);
    va = INT64_MAX;
    vb = 2;
    show("INT64_MAX * 2", (int64_t)((uint64_t)va * (uint64_t)vb));
    va = -0x123456789LL;
    vb = 0x987654321LL;
    show("-0x123456789 * 0x987654321 (wraps)", (int64_t)((uint64_t)va * (uint64_t)vb));
    va = INT64_MIN;
    vb = 10;
    show("INT64_MIN / 10", va / vb);
    show("INT64_MIN % 10", va % vb);
    vb = -10;
    show("INT64_MIN / -10", va / vb);
    va = -7;
    vb = 2;
    show("-7 / 2", va / vb);
    show("-7 % 2", va % vb);
    show("-7 >> 1", va >> 1);
    show("(uint64)-7 >> 1", (int64_t)((uint64_t)va >> 1));
    ua = UINT64_MAX;
    ub = 3;
    show("UINT64_MAX / 3", (int64_t)(ua / ub));
    show("UINT64_MAX % 1000", (int64_t)(ua % 1000));
    va = 0x0000000100000000LL;
    vb = 0x00000000ffffffffLL;
    put_kv("2^32 > 2^32-1 (signed)", va > vb);
    put_kv("-1 < 1 (signed)", (int64_t)-1 < (int64_t)(vb - vb + 1));
    put_kv("-1 > 1 (unsigned)", (uint64_t)(va - va - 1) > (uint64_t)1);

    for (i = 0; i < NV; i++) {
        for (j = 0; j < NV; j++) {
            a = vals[i];
            b = vals[j];
            hmul = mix(hmul, (uint64_t)a * (uint64_t)b);
            hcmp = mix(hcmp, (uint64_t)((a < b) | (a == b) << 1 | ((uint64_t)a < (uint64_t)b) << 2));
            if (b == 0)
                continue;
            ua = (uint64_t)a;
            ub = (uint64_t)b;
            hdiv = mix(hdiv, ua / ub);
            hmod = mix(hmod, ua % ub);
            if (a == INT64_MIN && b == -1)
                continue; /* undefined in C */
            hdiv = mix(hdiv, (uint64_t)(a / b));
            hmod = mix(hmod, (uint64_t)(a % b));
        }
        for (j = 0; j < NS; j++) {
            int s = shifts[j];
            hshift = mix(hshift, (uint64_t)vals[i] << s);
            hshift = mix(hshift, (uint64_t)vals[i] >> s);
            hshift = mix(hshift, (uint64_t)(vals[i] >> s));
        }
    }
    put_str("mul hash = 0x");
    put_hex64(hmul);
    put_nl();
    put_str("div hash = 0x");
    put_hex64(hdiv);
    put_nl();
    put_str("mod hash = 0x");
    put_hex64(hmod);
    put_nl();
    put_str("shift hash = 0x");
    put_hex64(hshift);
    put_nl();
    put_str("cmp hash = 0x");
    put_hex64(hcmp);
    put_nl();

    /* Knuth's MMIX LCG, and the remainder of its values by a 64-bit prime. */
    x = 1;
    for (i = 0; i < 1000; i++)
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    put_str("lcg^1000 = 0x");
    put_hex64(x);
    put_nl();
    show("lcg % 1000000007", (int64_t)(x % 1000000007ULL));
    show("lcg signed / 12345", (int64_t)x / 12345);
    return (int)(x >> 58) + 64;
}
