/* Loops: for / while / do-while, nested loops, break and continue, a sieve. */
#include "rt.h"

#define LIMIT 200
static unsigned char composite[LIMIT]; /* .bss */

static unsigned collatz_steps(unsigned n)
{
    unsigned steps = 0;
    while (n != 1) {
        n = (n & 1) ? 3 * n + 1 : n / 2;
        steps++;
    }
    return steps;
}

static unsigned gcd(unsigned a, unsigned b)
{
    while (b) {
        unsigned t = a % b;
        a = b;
        b = t;
    }
    return a;
}

int main(void)
{
    int sum = 0;
    for (int i = 1; i <= 100; i++)
        sum += i;
    put_kv("sum 1..100", sum);

    put_kv("collatz(27)", (int)collatz_steps(27));
    put_kv("gcd(1071, 462)", (int)gcd(1071, 462));

    /* do-while with a countdown */
    int k = 10, fact = 1;
    do {
        fact *= k;
    } while (--k > 1);
    put_kv("10!", fact);

    /* nested loops with break / continue */
    int pairs = 0;
    for (int a = 1; a < 30; a++) {
        if (a % 7 == 0)
            continue;
        for (int b = a; b < 30; b++) {
            if (a * b > 400)
                break;
            if ((a + b) % 5 == 0)
                pairs++;
        }
    }
    put_kv("pairs", pairs);

    /* sieve of Eratosthenes */
    for (int i = 2; i * i < LIMIT; i++)
        if (!composite[i])
            for (int j = i * i; j < LIMIT; j += i)
                composite[j] = 1;
    int count = 0;
    put_str("primes:");
    for (int i = 2; i < LIMIT; i++) {
        if (composite[i])
            continue;
        count++;
        if (count <= 15) {
            put_char(' ');
            put_int(i);
        }
    }
    put_nl();
    put_kv("prime count", count);

    /* a triangle of stars */
    for (int row = 1; row <= 4; row++) {
        int col = 0;
        while (col < row) {
            put_char('*');
            col++;
        }
        put_nl();
    }

    /* downward loop over unsigned with wrap-around guard */
    unsigned acc = 0;
    for (unsigned u = 10; u-- > 0;)
        acc = acc * 3 + u;
    put_kv("acc", (int)acc);

    return (int)(collatz_steps(97) & 0xff);
}
