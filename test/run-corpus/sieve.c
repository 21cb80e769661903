/* Sieve of Eratosthenes up to the limit in argv[1] (byte array, odd numbers only), checked
 * against a bit-array sieve; prime counts at powers of ten, the last primes, twin primes,
 * the largest prime gap and a Goldbach check up to 10 000.
 * run-args: 100000
 */
#include "rt.h"

#define MAX 300000

static uint8_t composite[MAX / 2 + 1];      /* composite[i]: 2i+1 is composite */
static uint32_t bits[(MAX >> 5) + 1];        /* bit n: n is composite */

static int is_prime(unsigned n)
{
    if (n < 2)
        return 0;
    if (n == 2)
        return 1;
    if (!(n & 1))
        return 0;
    return !composite[n / 2];
}

static unsigned parse(const char *s)
{
    unsigned v = 0;
    while (*s >= '0' && *s <= '9')
        v = v * 10 + (unsigned)(*s++ - '0');
    return v;
}

int main(int argc, char **argv)
{
    unsigned limit = argc > 1 ? parse(argv[1]) : 100000;
    unsigned i, j, count, bitcount, twins = 0, gap = 0, gap_at = 0, prev = 2, p10 = 10;
    unsigned last[8], nlast = 0, goldbach_fail = 0, n;

    if (limit > MAX)
        limit = MAX;
    put_kv("limit", (int)limit);

    for (i = 3; i * i <= limit; i += 2)
        if (!composite[i / 2])
            for (j = i * i; j <= limit; j += 2 * i)
                composite[j / 2] = 1;

    bits[0] |= 3; /* 0 and 1 */
    for (i = 2; i * i <= limit; i++)
        if (!(bits[i >> 5] >> (i & 31) & 1))
            for (j = i * i; j <= limit; j += i)
                bits[j >> 5] |= 1u << (j & 31);

    count = limit >= 2;
    bitcount = 0;
    for (i = 0; i <= limit; i++)
        if (!(bits[i >> 5] >> (i & 31) & 1))
            bitcount++;
    for (i = 3; i <= limit; i += 2) {
        if (!composite[i / 2]) {
            count++;
            if (i - prev == 2)
                twins++;
            if (i - prev > gap) {
                gap = i - prev;
                gap_at = prev;
            }
            prev = i;
            last[nlast++ & 7] = i;
        }
        if (i + 1 == p10 || i == p10 - 1) {
            put_str("pi(");
            put_uint(p10);
            put_str(") = ");
            put_uint(count);
            put_nl();
            p10 *= 10;
        }
    }
    put_kv("primes", (int)count);
    put_kv("bit sieve agrees", count == bitcount);
    put_kv("twin pairs", (int)twins);
    put_str("largest gap ");
    put_uint(gap);
    put_str(" after ");
    put_uint(gap_at);
    put_nl();
    put_str("last primes:");
    for (i = 0; i < 8 && i < nlast; i++) {
        put_char(' ');
        put_uint(last[(nlast + i) & 7]);
    }
    put_nl();

    for (n = 4; n <= 10000 && n <= limit; n += 2) {
        unsigned ok = 0;
        for (i = 2; i <= n / 2; i++)
            if (is_prime(i) && is_prime(n - i)) {
                ok = 1;
                break;
            }
        if (!ok)
            goldbach_fail++;
    }
    put_kv("goldbach failures", (int)goldbach_fail);
    return (int)(count % 251);
}
