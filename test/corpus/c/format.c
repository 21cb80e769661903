/* A printf-like formatter without varargs: arguments come as an array of words.
 * Supports %d %i %u %x %X %o %b %c %s %p %% with flags '-', '0', '+', ' ' and widths. */
#include "rt.h"

typedef unsigned long arg_t;

static char out[512];
static int out_len;

static void emit(char c)
{
    if (out_len < (int)sizeof out - 1)
        out[out_len++] = c;
}

static void flush(void)
{
    rt_write(1, out, (size_t)out_len);
    out_len = 0;
}

static void emit_padded(const char *s, int len, int width, int left, char pad)
{
    int n = width > len ? width - len : 0;
    if (!left && pad == '0' && (*s == '-' || *s == '+' || *s == ' ') && len > 0) {
        emit(*s++);
        len--;
    }
    if (!left)
        while (n-- > 0)
            emit(pad);
    while (len-- > 0)
        emit(*s++);
    if (left)
        while (n-- > 0)
            emit(' ');
}

static int utoa(unsigned long v, unsigned base, int upper, char *buf)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char tmp[33];
    int n = 0, len = 0;
    do {
        tmp[n++] = digits[v % base];
        v /= base;
    } while (v);
    while (n)
        buf[len++] = tmp[--n];
    buf[len] = 0;
    return len;
}

static int format(const char *fmt, const arg_t *args)
{
    int start = out_len;
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            emit(*fmt);
            continue;
        }
        fmt++;
        int left = 0, plus = 0, space = 0;
        char pad = ' ';
        for (;; fmt++) {
            if (*fmt == '-')
                left = 1;
            else if (*fmt == '0')
                pad = '0';
            else if (*fmt == '+')
                plus = 1;
            else if (*fmt == ' ')
                space = 1;
            else
                break;
        }
        int width = 0;
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        char buf[40];
        int len;
        switch (*fmt) {
        case 'd':
        case 'i': {
            long v = (long)*args++;
            char *p = buf;
            if (v < 0) {
                *p++ = '-';
                v = -v;
            } else if (plus) {
                *p++ = '+';
            } else if (space) {
                *p++ = ' ';
            }
            len = (int)(p - buf) + utoa((unsigned long)v, 10, 0, p);
            emit_padded(buf, len, width, left, pad);
            break;
        }
        case 'u':
            len = utoa(*args++, 10, 0, buf);
            emit_padded(buf, len, width, left, pad);
            break;
        case 'x':
        case 'X':
            len = utoa(*args++, 16, *fmt == 'X', buf);
            emit_padded(buf, len, width, left, pad);
            break;
        case 'o':
            len = utoa(*args++, 8, 0, buf);
            emit_padded(buf, len, width, left, pad);
            break;
        case 'b':
            len = utoa(*args++, 2, 0, buf);
            emit_padded(buf, len, width, left, pad);
            break;
        case 'p':
            buf[0] = '0';
            buf[1] = 'x';
            len = 2 + utoa(*args++, 16, 0, buf + 2);
            emit_padded(buf, len, width, left, pad);
            break;
        case 'c':
            buf[0] = (char)*args++;
            emit_padded(buf, 1, width, left, ' ');
            break;
        case 's': {
            const char *s = (const char *)*args++;
            if (!s)
                s = "(null)";
            emit_padded(s, (int)strlen(s), width, left, ' ');
            break;
        }
        case '%':
            emit('%');
            break;
        case 0:
            fmt--;
            break;
        default:
            emit('%');
            emit(*fmt);
            break;
        }
    }
    return out_len - start;
}

#define ARGS(...) ((const arg_t[]){ __VA_ARGS__ })

int main(void)
{
    int total = 0;
    total += format("plain text\n", 0);
    total += format("%d %i %u|%5d|%-5d|%05d|%+d|% d\n", ARGS(42, (arg_t)-17, 4000000000u, 123, 123, -123, 9, 9));
    total += format("%x %X %08x %o %b\n", ARGS(0xbeef, 0xbeef, 0xff, 8, 10));
    total += format("[%s] [%10s] [%-10s] [%s]\n", ARGS((arg_t) "abc", (arg_t) "right", (arg_t) "left", 0));
    total += format("%c%c%c %5c|%-3c|\n", ARGS('x', 'y', 'z', '!', '?'));
    total += format("100%% done, %q unknown, %p\n", ARGS(0x1000));
    total += format("%d %d %d\n", ARGS((arg_t)-2147483647 - 1, 2147483647, 0));
    flush();
    static const char *const table[] = { "alpha", "beta", "gamma", "delta" };
    for (int i = 0; i < 4; i++)
        total += format("%-8s|%3d|%04x\n", ARGS((arg_t)table[i], (arg_t)(i * i * 37), (arg_t)(i * 4099)));
    flush();
    return total & 0xff;
}
