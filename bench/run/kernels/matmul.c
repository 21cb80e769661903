/* N×N integer matrix product (mul, word loads with a row stride), then a checksum through
 * 64-bit products (mulhu) and remainders (remu, divu): the M extension's chips. */
#include "rt.h"

#define MAXN 256
static int32_t A[MAXN][MAXN], B[MAXN][MAXN], C[MAXN][MAXN];

int main(int argc, char **argv)
{
    unsigned n = arg_scale(argc, argv, 128);
    if (n > MAXN) n = MAXN;
    for (unsigned i = 0; i < n; i++)
        for (unsigned j = 0; j < n; j++) {
            A[i][j] = (int32_t)(rng() % 2001) - 1000;
            B[i][j] = (int32_t)(rng() % 2001) - 1000;
        }
    for (unsigned i = 0; i < n; i++)
        for (unsigned j = 0; j < n; j++) {
            int32_t s = 0;
            for (unsigned k = 0; k < n; k++)
                s += A[i][k] * B[k][j];
            C[i][j] = s;
        }
    uint32_t h = 0;
    for (unsigned i = 0; i < n; i++)
        for (unsigned j = 0; j < n; j++) {
            uint64_t p = (uint64_t)(uint32_t)C[i][j] * 0x9e3779b1u;
            h = (h ^ (uint32_t)(p >> 32) ^ (uint32_t)p) % 1000000007u + (uint32_t)C[i][j] / 7u;
        }
    put_str("matmul ");
    put_uint(n);
    put_str("x");
    put_uint(n);
    put_str(": C[0][0] ");
    put_uint((uint32_t)C[0][0]);
    put_str(", checksum ");
    put_hex(h);
    put_str("\n");
    return 0;
}
