/* Structs: nested structs, struct copies (small and large), by-value arguments and
 * results, arrays of structs, unions, bit-fields, initialised struct globals. */
#include "rt.h"

struct point {
    int x, y;
};

struct rect {
    struct point min, max;
    const char *name;
};

struct big {
    int values[24];
    char tag[16];
    struct point where;
};

struct flags {
    unsigned ready : 1;
    unsigned mode : 3;
    signed delta : 5;
    unsigned count : 7;
};

union word {
    uint32_t u;
    uint16_t h[2];
    uint8_t b[4];
};

struct rect shapes[3] = {
    { { 0, 0 }, { 4, 3 }, "small" },
    { { -5, -5 }, { 5, 5 }, "square" },
    { { 1, 2 }, { 11, 22 }, "tall" },
};

struct big big_a; /* .bss */
struct big big_b = { { 1, 2, 3 }, "big-b", { 7, 9 } };
const struct point origin = { 0, 0 };

static int area(struct rect r)
{
    return (r.max.x - r.min.x) * (r.max.y - r.min.y);
}

static struct point midpoint(struct point a, struct point b)
{
    struct point m = { (a.x + b.x) / 2, (a.y + b.y) / 2 };
    return m;
}

static struct big make_big(int seed)
{
    struct big b;
    for (int i = 0; i < 24; i++)
        b.values[i] = seed * i + 1;
    for (int i = 0; i < 15; i++)
        b.tag[i] = (char)('a' + (seed + i) % 26);
    b.tag[15] = 0;
    b.where.x = seed;
    b.where.y = -seed;
    return b;
}

static int sum_big(const struct big *b)
{
    int s = 0;
    for (int i = 0; i < 24; i++)
        s += b->values[i];
    return s + b->where.x + b->where.y;
}

static void translate(struct rect *r, struct point d)
{
    r->min.x += d.x;
    r->min.y += d.y;
    r->max.x += d.x;
    r->max.y += d.y;
}

int main(void)
{
    int total = 0;
    for (int i = 0; i < 3; i++) {
        put_str(shapes[i].name);
        put_str(" area ");
        put_int(area(shapes[i]));
        put_nl();
        total += area(shapes[i]);
    }

    struct rect copy = shapes[1]; /* struct copy */
    struct point d = { 3, -2 };
    translate(&copy, d);
    struct point m = midpoint(copy.min, copy.max);
    put_kv("mid.x", m.x);
    put_kv("mid.y", m.y);
    put_kv("original min.x", shapes[1].min.x);

    big_a = make_big(5); /* large struct returned through memory, then copied */
    struct big local = big_a;
    local.values[0] = 100;
    put_kv("sum big_a", sum_big(&big_a));
    put_kv("sum local", sum_big(&local));
    put_str(local.tag);
    put_nl();
    big_a = big_b;
    put_kv("sum big_b", sum_big(&big_a));
    put_str(big_a.tag);
    put_nl();

    struct flags f = { 1, 5, -7, 100 };
    f.count += 3;
    f.delta = (signed)f.delta + 2;
    put_kv("flags.ready", f.ready);
    put_kv("flags.mode", f.mode);
    put_kv("flags.delta", f.delta);
    put_kv("flags.count", f.count);

    union word w;
    w.u = 0x11223344u;
    put_str("bytes ");
    for (int i = 0; i < 4; i++) {
        put_hex(w.b[i], 2);
        put_char(' ');
    }
    put_hex(w.h[1], 4);
    put_nl();

    put_kv("origin", origin.x + origin.y);
    return total & 0xff;
}
