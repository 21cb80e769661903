/* Recursion: Ackermann, a 50 000-frame chain that cannot be turned into a loop, mutual
 * recursion, Fibonacci, Towers of Hanoi and the McCarthy 91 function.
 * run-args: 50000
 */
#include "rt.h"

static unsigned ackermann(unsigned m, unsigned n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

/* Each frame passes the address of its own local down, so no frame can be elided (no tail
 * call, no accumulator loop): `depth` really is `n` frames deep. */
static unsigned chain(unsigned n, volatile unsigned *parent, unsigned *deepest)
{
    volatile unsigned local = *parent * 31u + n;
    unsigned r;
    if (n == 0) {
        *deepest = local;
        return local & 0xffff;
    }
    r = chain(n - 1, &local, deepest);
    return r + (local & 7);
}

static int is_odd(unsigned n);
static int is_even(unsigned n)
{
    return n == 0 ? 1 : is_odd(n - 1);
}
static int is_odd(unsigned n)
{
    return n == 0 ? 0 : is_even(n - 1);
}

static unsigned fib(unsigned n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static unsigned hanoi_moves;
static unsigned hanoi_check;
static void hanoi(int n, int from, int to, int via)
{
    if (n == 0)
        return;
    hanoi(n - 1, from, via, to);
    hanoi_moves++;
    hanoi_check = hanoi_check * 7 + (unsigned)(from * 3 + to);
    hanoi(n - 1, via, to, from);
}

static int mc91(int n)
{
    return n > 100 ? n - 10 : mc91(mc91(n + 11));
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
    unsigned depth = argc > 1 ? parse(argv[1]) : 1000;
    unsigned deepest = 0, top = 1, r;
    int i, sum91 = 0;

    put_str("ackermann(2,3) = ");
    put_uint(ackermann(2, 3));
    put_nl();
    put_str("ackermann(3,5) = ");
    put_uint(ackermann(3, 5));
    put_nl();

    r = chain(depth, &top, &deepest);
    put_str("chain depth ");
    put_uint(depth);
    put_str(" -> ");
    put_uint(r);
    put_str(" deepest 0x");
    put_hex(deepest, 8);
    put_nl();

    put_kv("is_even(10001)", is_even(10001));
    put_kv("is_odd(7777)", is_odd(7777));
    put_kv("fib(22)", (int)fib(22));

    hanoi(12, 1, 3, 2);
    put_str("hanoi(12) moves = ");
    put_uint(hanoi_moves);
    put_str(" check = 0x");
    put_hex(hanoi_check, 8);
    put_nl();

    for (i = 0; i < 120; i += 7)
        sum91 += mc91(i);
    put_kv("sum mc91", sum91);
    return (int)(r & 0x3f) + 3;
}
