/* The M extension at its edges, executed as the real instructions (inline asm, so the
 * compiler cannot fold or avoid them): div/divu/rem/remu by zero (quotient all ones,
 * remainder the dividend), INT_MIN / -1 (overflow: INT_MIN, remainder 0), signs of
 * remainders, and mul/mulh/mulhsu/mulhu on every pair of edge values. Then the same
 * operations as C expressions over volatile operands, which gcc compiles to the same
 * instructions (div, rem, mulh, mulhu, mulhsu), on defined operands.
 */
#include "rt.h"

#define RR(name)                                                             \
    static inline int32_t name(int32_t a, int32_t b)                         \
    {                                                                        \
        int32_t r;                                                           \
        __asm__ volatile(#name " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));     \
        return r;                                                            \
    }
RR(div)
RR(divu)
RR(rem)
RR(remu)
RR(mul)
RR(mulh)
RR(mulhsu)
RR(mulhu)

typedef int32_t (*op_fn)(int32_t, int32_t);

static volatile int32_t edge[] = {
    0, 1, -1, 2, -2, 3, -3, 7, -7, 0x7fffffff, INT32_MIN, INT32_MIN + 1, 0x7ffffffe,
    0x10000, -0x10000, 0x55555555, (int32_t)0xaaaaaaaa, 46341, -46341,
};
#define NE ((int)(sizeof edge / sizeof edge[0]))

static void line(const char *what, int32_t a, int32_t b, int32_t r)
{
    put_str(what);
    put_char(' ');
    put_int(a);
    put_str(", ");
    put_int(b);
    put_str(" = ");
    put_int(r);
    put_str(" (0x");
    put_hex((uint32_t)r, 8);
    put_str(")\n");
}

int main(int argc, char **argv)
{
    static const struct {
        const char *name;
        op_fn fn;
    } ops[] = {
        {"div", div}, {"divu", divu}, {"rem", rem}, {"remu", remu},
        {"mul", mul}, {"mulh", mulh}, {"mulhsu", mulhsu}, {"mulhu", mulhu},
    };
    volatile int32_t zero = 0, minus1 = -1, imin = INT32_MIN, seven = 7, m7 = -7;
    volatile uint32_t u1, u2;
    volatile int32_t s1, s2;
    int i, j, k;
    uint32_t h, all = 0;
    (void)argc;
    (void)argv;

    line("div", 42, zero, div(42, zero));
    line("div", -42, zero, div(-42, zero));
    line("divu", 42, zero, divu(42, zero));
    line("rem", 42, zero, rem(42, zero));
    line("rem", -42, zero, rem(-42, zero));
    line("remu", -42, zero, remu(-42, zero));
    line("div", imin, minus1, div(imin, minus1));
    line("rem", imin, minus1, rem(imin, minus1));
    line("divu", imin, minus1, divu(imin, minus1));
    line("remu", imin, minus1, remu(imin, minus1));
    line("div", m7, 2, div(m7, 2));
    line("rem", m7, 2, rem(m7, 2));
    line("rem", seven, -2, rem(seven, -2));
    line("divu", m7, 2, divu(m7, 2));
    line("mulh", imin, imin, mulh(imin, imin));
    line("mulhu", minus1, minus1, mulhu(minus1, minus1));
    line("mulhsu", minus1, minus1, mulhsu(minus1, minus1));
    line("mulhsu", imin, minus1, mulhsu(imin, minus1));
    line("mul", 0x10000, 0x10000, mul(0x10000, 0x10000));

    for (k = 0; k < 8; k++) {
        h = 2166136261u;
        for (i = 0; i < NE; i++)
            for (j = 0; j < NE; j++)
                h = (h ^ (uint32_t)ops[k].fn(edge[i], edge[j])) * 16777619u;
        put_str(ops[k].name);
        put_str(" table hash = 0x");
        put_hex(h, 8);
        put_nl();
        all ^= h;
    }

    /* C operators on defined operands: gcc emits div/rem/divu/remu, and mulh/mulhu/mulhsu
     * for the high words of widening products. */
    s1 = -1000000;
    s2 = 37;
    put_kv("C -1000000 / 37", s1 / s2);
    put_kv("C -1000000 % 37", s1 % s2);
    u1 = 4000000000u;
    u2 = 37;
    put_kv("C 4000000000u / 37", (int)(u1 / u2));
    put_kv("C 4000000000u % 37", (int)(u1 % u2));
    s1 = -123456789;
    s2 = 987654321;
    put_kx("C high(s*s)", (uint32_t)(((int64_t)s1 * (int64_t)s2) >> 32));
    u1 = 0xdeadbeefu;
    u2 = 0xcafebabeu;
    put_kx("C high(u*u)", (uint32_t)(((uint64_t)u1 * (uint64_t)u2) >> 32));
    put_kx("C high(s*u)", (uint32_t)(((int64_t)s1 * (int64_t)(uint64_t)u2) >> 32));
    put_kx("C low(s*u)", (uint32_t)s1 * u2);
    put_kx("all tables", all);
    return (int)(all & 0xff) | 1;
}
