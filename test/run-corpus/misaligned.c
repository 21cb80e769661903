/* Misaligned memory access, which Linux user mode (and qemu-riscv32) performs: packed
 * structs (gcc accesses their fields byte by byte, so the data layout is what is tested),
 * then lw/lh/lhu/sw/sh executed at every offset 0..3 of a buffer (inline asm, so they are
 * the real instructions), including a word and a halfword that straddle a 4 KiB page
 * boundary, and a misaligned memcpy-style copy loop.
 */
#include "rt.h"

struct __attribute__((packed)) record {
    uint8_t tag;
    uint32_t id;       /* offset 1 */
    uint16_t port;     /* offset 5 */
    int64_t stamp;     /* offset 7 */
    int32_t delta;     /* offset 15 */
};

static struct record table[5];
static uint8_t page[8192] __attribute__((aligned(4096)));

static inline uint32_t lw_at(const void *p)
{
    uint32_t v;
    __asm__ volatile("lw %0, 0(%1)" : "=r"(v) : "r"(p) : "memory");
    return v;
}
static inline int32_t lh_at(const void *p)
{
    int32_t v;
    __asm__ volatile("lh %0, 0(%1)" : "=r"(v) : "r"(p) : "memory");
    return v;
}
static inline uint32_t lhu_at(const void *p)
{
    uint32_t v;
    __asm__ volatile("lhu %0, 0(%1)" : "=r"(v) : "r"(p) : "memory");
    return v;
}
static inline void sw_at(void *p, uint32_t v)
{
    __asm__ volatile("sw %1, 0(%0)" : : "r"(p), "r"(v) : "memory");
}
static inline void sh_at(void *p, uint32_t v)
{
    __asm__ volatile("sh %1, 0(%0)" : : "r"(p), "r"(v) : "memory");
}

static void dump(const char *label, const uint8_t *p, int n)
{
    int i;
    put_str(label);
    put_str(":");
    for (i = 0; i < n; i++) {
        put_char(' ');
        put_hex(p[i], 2);
    }
    put_nl();
}

int main(int argc, char **argv)
{
    uint8_t buf[40];
    uint8_t *edge = page + 4096;
    unsigned i, off, h = 0;
    int64_t stamps = 0;
    (void)argc;
    (void)argv;

    put_kv("sizeof(struct record)", (int)sizeof(struct record));
    for (i = 0; i < 5; i++) {
        table[i].tag = (uint8_t)(0xa0 + i);
        table[i].id = 0x01020304u * (i + 1);
        table[i].port = (uint16_t)(8000 + i);
        table[i].stamp = -1234567890123LL * (int64_t)(i + 1);
        table[i].delta = -(int32_t)i * 1000;
    }
    dump("record[1] bytes", (const uint8_t *)&table[1], (int)sizeof(struct record));
    for (i = 0; i < 5; i++) {
        stamps += table[i].stamp;
        h = h * 31 + table[i].id + table[i].port + (unsigned)table[i].delta;
    }
    put_str("stamps = ");
    put_i64(stamps);
    put_nl();
    put_kx("fields hash", h);
    /* a packed field read through the real lw at its odd address */
    put_kx("lw of record[2].id", lw_at(&table[2].id));
    put_kx("lhu of record[3].port", lhu_at(&table[3].port));

    for (i = 0; i < sizeof buf; i++)
        buf[i] = (uint8_t)(0x11 * (i + 1));
    for (off = 0; off < 4; off++) {
        put_str("offset ");
        put_uint(off);
        put_str(": lw 0x");
        put_hex(lw_at(buf + 4 + off), 8);
        put_str(" lh ");
        put_int(lh_at(buf + 4 + off));
        put_str(" lhu ");
        put_uint(lhu_at(buf + 4 + off));
        put_nl();
    }
    for (off = 0; off < 4; off++) {
        sw_at(buf + 8 * off + off, 0xdeadbeefu + off);
        sh_at(buf + 8 * off + off + 5, 0xc0de + off);
    }
    dump("after stores", buf, 36);

    /* across a page boundary */
    for (i = 0; i < 8; i++)
        edge[(int)i - 4] = (uint8_t)(0x40 + i);
    put_kx("lw across page", lw_at(edge - 2));
    put_kx("lh across page", (uint32_t)lh_at(edge - 1));
    sw_at(edge - 3, 0x89abcdefu);
    sh_at(edge - 1, 0x7654);
    dump("page edge", edge - 4, 8);

    /* a word-at-a-time copy from an odd source to an odd destination */
    for (i = 0; i < 64; i++)
        page[i] = (uint8_t)(i * 5 + 1);
    for (i = 0; i < 15; i++)
        sw_at(page + 1001 + 4 * i, lw_at(page + 3 + 4 * i));
    h = 0;
    for (i = 0; i < 60; i++)
        h = h * 33 + page[1001 + i];
    put_kx("copied hash", h);
    put_kv("copy matches", memcmp(page + 1001, page + 3, 60) == 0);
    return (int)(h & 0x3f) + 10;
}
