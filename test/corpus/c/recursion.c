/* Recursion: fib, Ackermann, Towers of Hanoi, mutual recursion, permutations,
 * flood fill, and a recursive-descent expression evaluator. */
#include "rt.h"

static int fib(int n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static int ack(int m, int n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static int moves;
static void hanoi(int n, char from, char to, char via)
{
    if (n == 0)
        return;
    hanoi(n - 1, from, via, to);
    moves++;
    if (n == 3) {
        put_char(from);
        put_str("->");
        put_char(to);
        put_char(' ');
    }
    hanoi(n - 1, via, to, from);
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

static char perm[5];
static int perm_count;
static void permute(int k, int n)
{
    if (k == n) {
        perm_count++;
        if (perm_count <= 6 || perm_count == 24) {
            put_str(perm);
            put_char(' ');
        }
        return;
    }
    for (int i = k; i < n; i++) {
        char t = perm[k];
        perm[k] = perm[i];
        perm[i] = t;
        permute(k + 1, n);
        t = perm[k];
        perm[k] = perm[i];
        perm[i] = t;
    }
}

static char grid[6][9] = {
    "#########",
    "#..#....#",
    "#..#.##.#",
    "#....#..#",
    "###.##..#",
    "#########",
};

static int fill(int r, int c)
{
    if (r < 0 || r >= 6 || c < 0 || c >= 9 || grid[r][c] != '.')
        return 0;
    grid[r][c] = 'o';
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1);
}

/* expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ; factor := num | '(' expr ')' | '-' factor */
static const char *cursor;
static int expr(void);
static int factor(void)
{
    if (*cursor == '(') {
        cursor++;
        int v = expr();
        cursor++; /* ')' */
        return v;
    }
    if (*cursor == '-') {
        cursor++;
        return -factor();
    }
    int v = 0;
    while (*cursor >= '0' && *cursor <= '9')
        v = v * 10 + (*cursor++ - '0');
    return v;
}
static int term(void)
{
    int v = factor();
    while (*cursor == '*' || *cursor == '/') {
        char op = *cursor++;
        int r = factor();
        v = op == '*' ? v * r : v / r;
    }
    return v;
}
static int expr(void)
{
    int v = term();
    while (*cursor == '+' || *cursor == '-') {
        char op = *cursor++;
        int r = term();
        v = op == '+' ? v + r : v - r;
    }
    return v;
}

static int eval(const char *s)
{
    cursor = s;
    return expr();
}

int main(void)
{
    put_kv("fib(20)", fib(20));
    put_kv("ack(2,3)", ack(2, 3));
    hanoi(5, 'A', 'C', 'B');
    put_nl();
    put_kv("hanoi moves", moves);
    put_kv("is_even(77)", is_even(77));
    put_kv("is_odd(77)", is_odd(77));
    perm[0] = 'a';
    perm[1] = 'b';
    perm[2] = 'c';
    perm[3] = 'd';
    permute(0, 4);
    put_nl();
    put_kv("permutations", perm_count);
    put_kv("filled", fill(1, 1));
    for (int r = 0; r < 6; r++) {
        rt_write(1, grid[r], 9);
        put_nl();
    }
    put_kv("2+3*(4-1)*-2", eval("2+3*(4-1)*-2"));
    put_kv("((7))*6/4-10", eval("((7))*6/4-10"));
    return fib(10); /* 55 */
}
