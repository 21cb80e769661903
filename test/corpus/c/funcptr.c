/* Function pointers: tables of them in .rodata and .data, callbacks, a generic sort with
 * a comparator, returning function pointers, and a state machine. */
#include "rt.h"

typedef int (*binop)(int, int);

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int max(int a, int b) { return a > b ? a : b; }
static int min(int a, int b) { return a < b ? a : b; }

static const binop ops[] = { add, sub, mul, max, min };
static const char *const op_names[] = { "add", "sub", "mul", "max", "min" };

binop current_op = add; /* .sdata, relocated */
void (*hook)(int) = 0;

static int reduce(const int *v, int n, binop f, int init)
{
    for (int i = 0; i < n; i++)
        init = f(init, v[i]);
    return init;
}

static void map(int *v, int n, int (*f)(int))
{
    for (int i = 0; i < n; i++)
        v[i] = f(v[i]);
}

static int square(int x) { return x * x; }
static int negate(int x) { return -x; }

static binop pick(const char *name)
{
    for (int i = 0; i < 5; i++) {
        const char *a = op_names[i], *b = name;
        while (*a && *a == *b) {
            a++;
            b++;
        }
        if (*a == *b)
            return ops[i];
    }
    return 0;
}

typedef int (*cmp_fn)(const void *, const void *);

static void sort(void *base, int n, int size, cmp_fn cmp)
{
    char *p = base;
    char tmp[16];
    for (int i = 1; i < n; i++) {
        for (int j = i; j > 0 && cmp(p + (j - 1) * size, p + j * size) > 0; j--) {
            memcpy(tmp, p + j * size, (size_t)size);
            memcpy(p + j * size, p + (j - 1) * size, (size_t)size);
            memcpy(p + (j - 1) * size, tmp, (size_t)size);
        }
    }
}

static int by_value(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

static int by_value_desc(const void *a, const void *b)
{
    return by_value(b, a);
}

/* state machine recognising numbers with an optional sign and fraction */
struct state;
typedef const struct state *(*step_fn)(char c);
struct state {
    const char *name;
    step_fn step;
    int accepting;
};
static const struct state *st_start(char c);
static const struct state *st_sign(char c);
static const struct state *st_int(char c);
static const struct state *st_dot(char c);
static const struct state *st_frac(char c);
static const struct state S_START = { "start", st_start, 0 }, S_SIGN = { "sign", st_sign, 0 },
                          S_INT = { "int", st_int, 1 }, S_DOT = { "dot", st_dot, 0 }, S_FRAC = { "frac", st_frac, 1 };
static int digit(char c) { return c >= '0' && c <= '9'; }
static const struct state *st_start(char c) { return c == '-' || c == '+' ? &S_SIGN : digit(c) ? &S_INT : 0; }
static const struct state *st_sign(char c) { return digit(c) ? &S_INT : 0; }
static const struct state *st_int(char c) { return digit(c) ? &S_INT : c == '.' ? &S_DOT : 0; }
static const struct state *st_dot(char c) { return digit(c) ? &S_FRAC : 0; }
static const struct state *st_frac(char c) { return digit(c) ? &S_FRAC : 0; }

static int accepts(const char *s)
{
    const struct state *st = &S_START;
    for (; *s && st; s++)
        st = st->step(*s);
    return st && st->accepting;
}

static int hook_total;
static void count_hook(int v) { hook_total += v; }

int main(void)
{
    int v[] = { 5, -3, 12, 7, 0, 9, -8, 4 };
    for (int i = 0; i < 5; i++) {
        put_str(op_names[i]);
        put_str(": ");
        put_int(reduce(v, 8, ops[i], i == 2 ? 1 : 0));
        put_nl();
    }
    put_kv("pick(max)", pick("max")(3, 11));
    put_kv("pick(nope)", pick("nope") == 0);
    current_op = pick("mul");
    put_kv("current_op", current_op(6, 7));
    sort(v, 8, sizeof v[0], by_value);
    for (int i = 0; i < 8; i++) {
        put_int(v[i]);
        put_char(' ');
    }
    put_nl();
    sort(v, 8, sizeof v[0], by_value_desc);
    map(v, 8, square);
    map(v, 4, negate);
    for (int i = 0; i < 8; i++) {
        put_int(v[i]);
        put_char(' ');
    }
    put_nl();
    static const char *const inputs[] = { "123", "-4.5", "+", "1.", "3.14159", "abc", "+0" };
    for (int i = 0; i < 7; i++) {
        put_str(inputs[i]);
        put_str(accepts(inputs[i]) ? " yes\n" : " no\n");
    }
    hook = count_hook;
    for (int i = 0; i < 10; i++)
        if (hook)
            hook(i);
    put_kv("hook_total", hook_total);
    return reduce(v, 8, add, 0) & 0xff;
}
