/* Structs and function pointers: structs passed and returned by value (gcc copies them with
 * memcpy or word moves), arrays of structs, nested structs and unions, a table of operation
 * pointers, "shapes" dispatched through a per-type table of function pointers, a generic
 * insertion sort taking a comparator, and callbacks that call back.
 */
#include "rt.h"

struct vec3 {
    int x, y, z;
};

struct big {
    int id;
    char name[20];
    struct vec3 pos[4];
    uint8_t flags;
    int64_t stamp;
};

static struct vec3 vadd(struct vec3 a, struct vec3 b)
{
    struct vec3 r = {a.x + b.x, a.y + b.y, a.z + b.z};
    return r;
}

static struct vec3 vcross(struct vec3 a, struct vec3 b)
{
    struct vec3 r = {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
    return r;
}

static int vdot(struct vec3 a, struct vec3 b)
{
    return a.x * b.x + a.y * b.y + a.z * b.z;
}

static struct big make_big(int id, const char *name)
{
    struct big b;
    int i;
    memset(&b, 0, sizeof b);
    b.id = id;
    for (i = 0; name[i] && i < 19; i++)
        b.name[i] = name[i];
    for (i = 0; i < 4; i++) {
        b.pos[i].x = id * i;
        b.pos[i].y = id - i;
        b.pos[i].z = i * i;
    }
    b.flags = (uint8_t)(id * 37);
    b.stamp = (int64_t)id * 1000000007LL;
    return b;
}

static unsigned big_sum(struct big b)
{
    unsigned s = (unsigned)b.id + b.flags + (unsigned)b.stamp + (unsigned)(b.stamp >> 32);
    int i;
    for (i = 0; b.name[i]; i++)
        s = s * 31 + (unsigned char)b.name[i];
    for (i = 0; i < 4; i++)
        s += (unsigned)vdot(b.pos[i], b.pos[(i + 1) & 3]);
    return s;
}

/* shapes with a per-type table of operations */
struct shape;
struct shape_ops {
    const char *name;
    int (*area2)(const struct shape *); /* twice the area, to stay in integers */
    int (*perimeter)(const struct shape *);
    void (*scale)(struct shape *, int);
};
struct shape {
    const struct shape_ops *ops;
    union {
        struct { int w, h; } rect;
        struct { int a, b, c; } tri;  /* sides */
        struct { int base, height; } rtri;
    } u;
};

static int rect_area2(const struct shape *s) { return 2 * s->u.rect.w * s->u.rect.h; }
static int rect_perim(const struct shape *s) { return 2 * (s->u.rect.w + s->u.rect.h); }
static void rect_scale(struct shape *s, int k) { s->u.rect.w *= k; s->u.rect.h *= k; }
static int rtri_area2(const struct shape *s) { return s->u.rtri.base * s->u.rtri.height; }
static int isqrt(int v)
{
    int r = 0;
    while ((r + 1) * (r + 1) <= v)
        r++;
    return r;
}
static int rtri_perim(const struct shape *s)
{
    int b = s->u.rtri.base, h = s->u.rtri.height;
    return b + h + isqrt(b * b + h * h);
}
static void rtri_scale(struct shape *s, int k) { s->u.rtri.base *= k; s->u.rtri.height *= k; }

static const struct shape_ops rect_ops = {"rect", rect_area2, rect_perim, rect_scale};
static const struct shape_ops rtri_ops = {"right-triangle", rtri_area2, rtri_perim, rtri_scale};

/* a generic sort over elements of any size */
typedef int (*cmp_fn)(const void *, const void *);
static void gsort(void *base, size_t n, size_t size, cmp_fn cmp)
{
    char *b = base, tmp[64];
    size_t i, j;
    for (i = 1; i < n; i++) {
        memcpy(tmp, b + i * size, size);
        for (j = i; j > 0 && cmp(b + (j - 1) * size, tmp) > 0; j--)
            memcpy(b + j * size, b + (j - 1) * size, size);
        memcpy(b + j * size, tmp, size);
    }
}

static int cmp_area(const void *a, const void *b)
{
    const struct shape *x = a, *y = b;
    return x->ops->area2(x) - y->ops->area2(y);
}
static int cmp_int_desc(const void *a, const void *b)
{
    return *(const int *)b - *(const int *)a;
}

typedef int (*binop)(int, int);
static int op_add(int a, int b) { return a + b; }
static int op_sub(int a, int b) { return a - b; }
static int op_mul(int a, int b) { return a * b; }
static int op_max(int a, int b) { return a > b ? a : b; }
static int op_xor(int a, int b) { return a ^ b; }

static int fold(const int *v, int n, binop f, int init)
{
    int i;
    for (i = 0; i < n; i++)
        init = f(init, v[i]);
    return init;
}

static binop pick(int i)
{
    static binop const table[] = {op_add, op_sub, op_mul, op_max, op_xor};
    return table[i % 5];
}

int main(int argc, char **argv)
{
    struct vec3 a = {1, 2, 3}, b = {-4, 5, 6}, c;
    struct big big1, big2;
    struct shape shapes[6];
    int nums[10] = {5, -3, 17, 0, 8, 8, -20, 11, 2, 9};
    int i, total = 0;
    (void)argc;
    (void)argv;

    c = vadd(a, b);
    put_str("vadd = ");
    put_int(c.x); put_char(' '); put_int(c.y); put_char(' '); put_int(c.z); put_nl();
    c = vcross(a, b);
    put_str("vcross = ");
    put_int(c.x); put_char(' '); put_int(c.y); put_char(' '); put_int(c.z); put_nl();
    put_kv("vdot", vdot(a, b));
    put_kv("cross is orthogonal", vdot(c, a) == 0 && vdot(c, b) == 0);

    big1 = make_big(7, "seven");
    big2 = big1;             /* struct assignment */
    big2.name[0] = 'S';
    big2.pos[3].z = -1;
    put_kv("sizeof(struct big)", (int)sizeof(struct big));
    put_kx("big1 sum", big_sum(big1));
    put_kx("big2 sum", big_sum(big2));
    put_str("names: ");
    put_str(big1.name);
    put_char(' ');
    put_str(big2.name);
    put_nl();

    for (i = 0; i < 6; i++) {
        if (i & 1) {
            shapes[i].ops = &rtri_ops;
            shapes[i].u.rtri.base = 3 * (i + 1);
            shapes[i].u.rtri.height = 4 * (i + 1);
        } else {
            shapes[i].ops = &rect_ops;
            shapes[i].u.rect.w = 7 - i;
            shapes[i].u.rect.h = i + 2;
        }
    }
    shapes[5].ops->scale(&shapes[5], 2);
    shapes[0].ops->scale(&shapes[0], 3);
    gsort(shapes, 6, sizeof shapes[0], cmp_area);
    for (i = 0; i < 6; i++) {
        const struct shape *s = &shapes[i];
        put_str(s->ops->name);
        put_str(" area2=");
        put_int(s->ops->area2(s));
        put_str(" perimeter=");
        put_int(s->ops->perimeter(s));
        put_nl();
        total += s->ops->perimeter(s);
    }

    for (i = 0; i < 5; i++) {
        put_str("fold ");
        put_int(i);
        put_str(" = ");
        put_int(fold(nums, 10, pick(i), i == 2 ? 1 : 0));
        put_nl();
    }
    gsort(nums, 10, sizeof nums[0], cmp_int_desc);
    put_str("desc:");
    for (i = 0; i < 10; i++) {
        put_char(' ');
        put_int(nums[i]);
    }
    put_nl();
    put_kv("total perimeter", total);
    return total & 0xff;
}
