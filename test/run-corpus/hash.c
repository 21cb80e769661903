/* Hashes: FNV-1a (32 and 64 bit), SHA-256 (the FIPS 180 test vectors "abc" and the 448-bit
 * message, then a generated 3000-byte buffer in one go and in uneven pieces), CRC-32 and
 * Adler-32, all printed in hex.
 */
#include "rt.h"

static uint32_t fnv1a32(const uint8_t *p, size_t n)
{
    uint32_t h = 2166136261u;
    while (n--)
        h = (h ^ *p++) * 16777619u;
    return h;
}

static uint64_t fnv1a64(const uint8_t *p, size_t n)
{
    uint64_t h = 14695981039346656037ULL;
    while (n--)
        h = (h ^ *p++) * 1099511628211ULL;
    return h;
}

struct sha256 {
    uint32_t h[8];
    uint8_t buf[64];
    uint32_t used;
    uint64_t length;
};

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static inline uint32_t ror(uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

static void sha_block(struct sha256 *s, const uint8_t *p)
{
    uint32_t w[64], a, b, c, d, e, f, g, h, t1, t2;
    int i;
    for (i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (; i < 64; i++) {
        uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    a = s->h[0]; b = s->h[1]; c = s->h[2]; d = s->h[3];
    e = s->h[4]; f = s->h[5]; g = s->h[6]; h = s->h[7];
    for (i = 0; i < 64; i++) {
        t1 = h + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
        t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g; g = f; f = e; e = d + t1;
        d = c; c = b; b = a; a = t1 + t2;
    }
    s->h[0] += a; s->h[1] += b; s->h[2] += c; s->h[3] += d;
    s->h[4] += e; s->h[5] += f; s->h[6] += g; s->h[7] += h;
}

static void sha_init(struct sha256 *s)
{
    static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    memcpy(s->h, iv, sizeof iv);
    s->used = 0;
    s->length = 0;
}

static void sha_update(struct sha256 *s, const uint8_t *p, size_t n)
{
    s->length += n;
    while (n--) {
        s->buf[s->used++] = *p++;
        if (s->used == 64) {
            sha_block(s, s->buf);
            s->used = 0;
        }
    }
}

static void sha_final(struct sha256 *s, uint8_t out[32])
{
    uint64_t bits = s->length * 8;
    uint8_t pad = 0x80;
    int i;
    sha_update(s, &pad, 1);
    pad = 0;
    while (s->used != 56)
        sha_update(s, &pad, 1);
    for (i = 7; i >= 0; i--) {
        uint8_t byte = (uint8_t)(bits >> (8 * i));
        sha_update(s, &byte, 1);
    }
    for (i = 0; i < 8; i++) {
        out[4 * i] = (uint8_t)(s->h[i] >> 24);
        out[4 * i + 1] = (uint8_t)(s->h[i] >> 16);
        out[4 * i + 2] = (uint8_t)(s->h[i] >> 8);
        out[4 * i + 3] = (uint8_t)s->h[i];
    }
}

static void put_digest(const char *label, const uint8_t *d, int n)
{
    int i;
    put_str(label);
    put_str(" = ");
    for (i = 0; i < n; i++)
        put_hex(d[i], 2);
    put_nl();
}

static uint32_t crc32(const uint8_t *p, size_t n)
{
    static uint32_t table[256];
    uint32_t c;
    int i, k;
    if (!table[1]) {
        for (i = 0; i < 256; i++) {
            c = (uint32_t)i;
            for (k = 0; k < 8; k++)
                c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
    }
    c = 0xffffffffu;
    while (n--)
        c = table[(c ^ *p++) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

static uint32_t adler32(const uint8_t *p, size_t n)
{
    uint32_t a = 1, b = 0;
    while (n--) {
        a = (a + *p++) % 65521;
        b = (b + a) % 65521;
    }
    return b << 16 | a;
}

static uint8_t buffer[3000];

int main(int argc, char **argv)
{
    static const char abc[] = "abc";
    static const char msg448[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    struct sha256 s;
    uint8_t d[32], d2[32];
    uint32_t x = 1;
    size_t i, off, step;
    (void)argc;
    (void)argv;

    put_kx("fnv1a32(\"\")", fnv1a32((const uint8_t *)"", 0));
    put_kx("fnv1a32(abc)", fnv1a32((const uint8_t *)abc, 3));
    put_str("fnv1a64(abc) = 0x");
    put_hex64(fnv1a64((const uint8_t *)abc, 3));
    put_nl();

    sha_init(&s);
    sha_update(&s, (const uint8_t *)abc, 3);
    sha_final(&s, d);
    put_digest("sha256(abc)", d, 32);
    sha_init(&s);
    sha_update(&s, (const uint8_t *)msg448, strlen(msg448));
    sha_final(&s, d);
    put_digest("sha256(448 bits)", d, 32);

    for (i = 0; i < sizeof buffer; i++) {
        x = x * 1664525u + 1013904223u;
        buffer[i] = (uint8_t)(x >> 24);
    }
    sha_init(&s);
    sha_update(&s, buffer, sizeof buffer);
    sha_final(&s, d);
    put_digest("sha256(buffer)", d, 32);
    sha_init(&s);
    for (off = 0, step = 1; off < sizeof buffer; off += step, step = step * 3 % 97 + 1)
        sha_update(&s, buffer + off, off + step > sizeof buffer ? sizeof buffer - off : step);
    sha_final(&s, d2);
    put_kv("pieces agree", memcmp(d, d2, 32) == 0);

    put_kx("fnv1a32(buffer)", fnv1a32(buffer, sizeof buffer));
    put_str("fnv1a64(buffer) = 0x");
    put_hex64(fnv1a64(buffer, sizeof buffer));
    put_nl();
    put_kx("crc32(123456789)", crc32((const uint8_t *)"123456789", 9));
    put_kx("crc32(buffer)", crc32(buffer, sizeof buffer));
    put_kx("adler32(buffer)", adler32(buffer, sizeof buffer));
    return d[0] & 0x7f;
}
