/* Sieve of Eratosthenes over [0, 2^18), N times (the array re-cleared each time): byte loads and
 * stores striding through 256 KiB, short counted loops. Prints the prime count and a checksum. */
#include "rt.h"

#define LIMIT (1u << 18)
static uint8_t composite[LIMIT];

int main(int argc, char **argv)
{
    unsigned reps = arg_scale(argc, argv, 20);
    unsigned count = 0, sum = 0;
    for (unsigned r = 0; r < reps; r++) {
        memset(composite, 0, LIMIT);
        count = 0;
        sum = 0;
        for (unsigned i = 2; i < LIMIT; i++) {
            if (composite[i])
                continue;
            count++;
            sum += i * (r + 1);
            if (i < LIMIT / i)
                for (unsigned j = i * i; j < LIMIT; j += i)
                    composite[j] = 1;
        }
    }
    put_str("sieve ");
    put_uint(reps);
    put_str(" x 2^18: ");
    put_uint(count);
    put_str(" primes, checksum ");
    put_hex(sum);
    put_str("\n");
    return 0;
}
