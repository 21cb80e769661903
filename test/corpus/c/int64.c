/* 64-bit arithmetic on RV32: add/sub with carries, mul (mul/mulhu), shifts by constants
 * and by variables, signed and unsigned compares, and the libgcc division helpers
 * (__udivdi3, __umoddi3, __divdi3, __moddi3), implemented here. */
#include "rt.h"

uint64_t __udivmoddi4(uint64_t n, uint64_t d, uint64_t *rem)
{
    uint64_t q = 0, r = 0;
    for (int i = 63; i >= 0; i--) {
        r = (r << 1) | ((n >> i) & 1);
        if (r >= d) {
            r -= d;
            q |= (uint64_t)1 << i;
        }
    }
    if (rem)
        *rem = r;
    return q;
}

uint64_t __udivdi3(uint64_t n, uint64_t d)
{
    return __udivmoddi4(n, d, 0);
}

uint64_t __umoddi3(uint64_t n, uint64_t d)
{
    uint64_t r;
    __udivmoddi4(n, d, &r);
    return r;
}

int64_t __divdi3(int64_t n, int64_t d)
{
    int neg = (n < 0) != (d < 0);
    uint64_t q = __udivmoddi4(n < 0 ? -(uint64_t)n : (uint64_t)n, d < 0 ? -(uint64_t)d : (uint64_t)d, 0);
    return neg ? -(int64_t)q : (int64_t)q;
}

int64_t __moddi3(int64_t n, int64_t d)
{
    uint64_t r;
    __udivmoddi4(n < 0 ? -(uint64_t)n : (uint64_t)n, d < 0 ? -(uint64_t)d : (uint64_t)d, &r);
    return n < 0 ? -(int64_t)r : (int64_t)r;
}

static void put_u64(uint64_t v)
{
    char buf[24];
    int i = 23;
    buf[i] = 0;
    do {
        buf[--i] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    put_str(buf + i);
}

static void put_i64(int64_t v)
{
    if (v < 0) {
        put_char('-');
        put_u64(-(uint64_t)v);
    } else {
        put_u64((uint64_t)v);
    }
}

static void put_hex64(uint64_t v)
{
    put_str("0x");
    put_hex((unsigned)(v >> 32), 8);
    put_hex((unsigned)v, 8);
}

static void show(const char *label, int64_t v)
{
    put_str(label);
    put_str(" = ");
    put_i64(v);
    put_nl();
}

uint64_t big_constant = 0x0123456789abcdefULL;        /* .sdata: 8 bytes */
const int64_t neg_constant = -1234567890123456789LL;  /* .srodata */
int64_t accum64;                                      /* .sbss */

static uint64_t xorshift64(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *state = x;
}

static int64_t shl(int64_t v, int s) { return (int64_t)((uint64_t)v << s); }
static int64_t sar(int64_t v, int s) { return v >> s; }
static uint64_t shr(uint64_t v, int s) { return v >> s; }

int main(void)
{
    uint64_t a = 0xfffffffful, b = 1;
    show("carry add", (int64_t)(a + b));
    show("borrow sub", (int64_t)((uint64_t)0x100000000ULL - 1));
    show("mul", (int64_t)(0x12345678ULL * 0x9abcdefULL));
    show("neg mul", (int64_t)-3000000000LL * 7);

    uint64_t fact = 1;
    for (int i = 1; i <= 20; i++)
        fact *= (uint64_t)i;
    put_str("20! = ");
    put_u64(fact);
    put_nl();

    uint64_t f0 = 0, f1 = 1;
    for (int i = 0; i < 90; i++) {
        uint64_t t = f0 + f1;
        f0 = f1;
        f1 = t;
    }
    put_str("fib(90) = ");
    put_u64(f0);
    put_nl();

    for (int s = 0; s < 64; s += 13) {
        put_int(s);
        put_char(' ');
        put_hex64((uint64_t)shl((int64_t)big_constant, s));
        put_char(' ');
        put_hex64((uint64_t)sar(neg_constant, s));
        put_char(' ');
        put_hex64(shr(big_constant, s));
        put_nl();
    }
    put_hex64(big_constant << 32);
    put_char(' ');
    put_hex64(big_constant >> 40);
    put_char(' ');
    put_hex64((uint64_t)(neg_constant >> 33));
    put_nl();

    int64_t x = -5, y = 3;
    uint64_t ux = (uint64_t)x, uy = 3;
    put_str("compares:");
    put_int(x < y);
    put_int(ux < uy);
    put_int(x >= y);
    put_int(ux >= uy);
    put_int(x == -5);
    put_int(ux != 3);
    put_int(neg_constant < (int64_t)big_constant);
    put_nl();

    show("div", neg_constant / 1000003);
    show("mod", neg_constant % 1000003);
    show("udiv", (int64_t)(big_constant / 12345));
    show("umod", (int64_t)(big_constant % 12345));

    uint64_t st = 88172645463325252ULL;
    for (int i = 0; i < 5; i++) {
        accum64 += (int64_t)(xorshift64(&st) >> 16);
        put_hex64(st);
        put_nl();
    }
    show("accum", accum64);
    show("min", (int64_t)0x8000000000000000ULL);
    return (int)(accum64 & 0x7f);
}
