/* A calculator over standard input: each line is an integer expression (+ - * / % << >> & |
 * ^ ~, unary minus, parentheses, hex literals, variables a..z with `=`; the binary operators
 * have C's levels except that & | ^ share one, left to right), parsed by recursive descent
 * and printed with its value; errors are reported per line. The line `quit N` exits with
 * status N from inside the parser, through the exit system call, not via main's return.
 * run-stdin: 1 + 2 * 3\n(1 + 2) * 3\nx = 0x7fffffff\nx + 1\n-17 / 5\n-17 % 5\n7 / 0\n1 << 31 >> 31\n~0 ^ 0xf0f0 & 0xff\ny = (x - 12345) % 1000 * -3\ny * y\n((((((((((42))))))))))\n2 +\nz\nquit 37\nnot reached\n
 */
#include "rt.h"

static char input[4096];
static int in_len, pos;
static int vars[26], defined[26];
static const char *error;

static int peek(void)
{
    while (pos < in_len && (input[pos] == ' ' || input[pos] == '\t'))
        pos++;
    return pos < in_len ? input[pos] : '\n';
}

static int expr(void);

static int primary(void)
{
    int c = peek(), v = 0;
    if (error)
        return 0;
    if (c == '(') {
        pos++;
        v = expr();
        if (peek() != ')') {
            if (!error)
                error = "expected )";
            return 0;
        }
        pos++;
        return v;
    }
    if (c == '-') {
        pos++;
        return (int)(0u - (unsigned)primary());
    }
    if (c == '~') {
        pos++;
        return ~primary();
    }
    if (c >= '0' && c <= '9') {
        if (c == '0' && (input[pos + 1] == 'x' || input[pos + 1] == 'X')) {
            unsigned u = 0;
            pos += 2;
            for (;; pos++) {
                c = input[pos];
                if (c >= '0' && c <= '9')
                    u = u * 16 + (unsigned)(c - '0');
                else if ((c | 32) >= 'a' && (c | 32) <= 'f')
                    u = u * 16 + (unsigned)((c | 32) - 'a' + 10);
                else
                    break;
            }
            return (int)u;
        }
        while (input[pos] >= '0' && input[pos] <= '9')
            v = (int)((unsigned)v * 10u + (unsigned)(input[pos++] - '0'));
        return v;
    }
    if (c >= 'a' && c <= 'z') {
        pos++;
        if (!defined[c - 'a']) {
            error = "undefined variable";
            return 0;
        }
        return vars[c - 'a'];
    }
    error = c == '\n' ? "unexpected end of line" : "unexpected character";
    return 0;
}

static int term(void)
{
    int v = primary(), c, r;
    while (!error && ((c = peek()) == '*' || c == '/' || c == '%')) {
        pos++;
        r = primary();
        if (error)
            break;
        if (c == '*')
            v = (int)((unsigned)v * (unsigned)r);
        else if (r == 0)
            error = "division by zero";
        else if (v == INT32_MIN && r == -1)
            v = c == '/' ? v : 0;
        else
            v = c == '/' ? v / r : v % r;
    }
    return v;
}

static int sum(void)
{
    int v = term(), c, r;
    while (!error && ((c = peek()) == '+' || c == '-')) {
        pos++;
        r = term();
        v = (int)(c == '+' ? (unsigned)v + (unsigned)r : (unsigned)v - (unsigned)r);
    }
    return v;
}

static int shift(void)
{
    int v = sum(), c, r;
    while (!error && ((c = peek()) == '<' || c == '>') && input[pos + 1] == c) {
        pos += 2;
        r = sum() & 31;
        v = c == '<' ? (int)((unsigned)v << r) : v >> r;
    }
    return v;
}

static int bitwise(void)
{
    int v = shift(), c, r;
    while (!error && ((c = peek()) == '&' || c == '|' || c == '^')) {
        pos++;
        r = shift();
        v = c == '&' ? v & r : c == '|' ? v | r : v ^ r;
    }
    return v;
}

static int expr(void)
{
    return bitwise();
}

static void statement(int lineno)
{
    int start = pos, v, var = -1, save;
    put_str("[");
    put_int(lineno);
    put_str("] ");
    while (pos < in_len && input[pos] != '\n')
        put_char(input[pos++]);
    pos = start;
    if (peek() == 'q' && input[pos + 1] == 'u') {
        int code;
        pos += 4;
        error = NULL;
        code = expr();
        put_str(" -> quitting with ");
        put_int(code);
        put_nl();
        rt_exit(code); /* from two calls deep */
    }
    save = pos;
    if (peek() >= 'a' && peek() <= 'z') {
        var = input[pos] - 'a';
        pos++;
        if (peek() == '=') {
            pos++;
        } else {
            var = -1;
            pos = save;
        }
    }
    error = NULL;
    v = expr();
    if (!error && peek() != '\n')
        error = "trailing characters";
    if (error) {
        put_str(" -> error: ");
        put_str(error);
    } else {
        put_str(" -> ");
        put_int(v);
        if (var >= 0) {
            vars[var] = v;
            defined[var] = 1;
            put_str(" (stored)");
        }
    }
    put_nl();
    while (pos < in_len && input[pos] != '\n')
        pos++;
    pos++;
}

int main(int argc, char **argv)
{
    int lineno = 1;
    (void)argc;
    (void)argv;
    in_len = (int)rt_read_all(0, input, sizeof input - 1);
    put_kv("bytes of input", in_len);
    while (pos < in_len)
        statement(lineno++);
    put_str("end of input\n");
    return 0;
}
