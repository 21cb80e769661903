/* String processing: length, compare, copy and concatenate, reverse in place, naive and
 * KMP substring search, a tokenizer, integer parsing and formatting in several bases, a
 * palindrome test, run-length encoding, a Caesar cipher and word capitalisation.
 */
#include "rt.h"

static char *str_cpy(char *d, const char *s)
{
    char *r = d;
    while ((*d++ = *s++) != 0) {
    }
    return r;
}

static char *str_cat(char *d, const char *s)
{
    str_cpy(d + strlen(d), s);
    return d;
}

static void reverse(char *s)
{
    size_t i, n = strlen(s);
    for (i = 0; i < n / 2; i++) {
        char t = s[i];
        s[i] = s[n - 1 - i];
        s[n - 1 - i] = t;
    }
}

static int find_naive(const char *h, const char *n)
{
    int i, j;
    for (i = 0; h[i]; i++) {
        for (j = 0; n[j] && h[i + j] == n[j]; j++) {
        }
        if (!n[j])
            return i;
    }
    return -1;
}

static int count_kmp(const char *h, const char *n)
{
    int fail[64], m = (int)strlen(n), i, k = 0, count = 0;
    fail[0] = 0;
    for (i = 1; i < m; i++) {
        while (k && n[i] != n[k])
            k = fail[k - 1];
        if (n[i] == n[k])
            k++;
        fail[i] = k;
    }
    k = 0;
    for (i = 0; h[i]; i++) {
        while (k && h[i] != n[k])
            k = fail[k - 1];
        if (h[i] == n[k])
            k++;
        if (k == m) {
            count++;
            k = fail[k - 1];
        }
    }
    return count;
}

static int to_int(const char *s, int base)
{
    int neg = 0, v = 0, d;
    while (*s == ' ')
        s++;
    if (*s == '-' || *s == '+')
        neg = *s++ == '-';
    for (;; s++) {
        if (*s >= '0' && *s <= '9')
            d = *s - '0';
        else if (*s >= 'a' && *s <= 'z')
            d = *s - 'a' + 10;
        else if (*s >= 'A' && *s <= 'Z')
            d = *s - 'A' + 10;
        else
            break;
        if (d >= base)
            break;
        v = v * base + d;
    }
    return neg ? -v : v;
}

static char *to_base(unsigned v, unsigned base, char *out)
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    char *p = out;
    do {
        *p++ = digits[v % base];
        v /= base;
    } while (v);
    *p = 0;
    reverse(out);
    return out;
}

static int is_palindrome(const char *s)
{
    const char *e = s + strlen(s) - 1;
    while (s < e) {
        char a = *s, b = *e;
        if (!((a | 32) >= 'a' && (a | 32) <= 'z')) {
            s++;
            continue;
        }
        if (!((b | 32) >= 'a' && (b | 32) <= 'z')) {
            e--;
            continue;
        }
        if ((a | 32) != (b | 32))
            return 0;
        s++;
        e--;
    }
    return 1;
}

static void rle(const char *s, char *out)
{
    char tmp[12];
    while (*s) {
        const char *r = s;
        while (*r == *s)
            r++;
        if (r - s > 1)
            out = str_cpy(out, to_base((unsigned)(r - s), 10, tmp)) + strlen(tmp);
        *out++ = *s;
        s = r;
    }
    *out = 0;
}

static void caesar(char *s, int k)
{
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            *s = (char)('a' + (*s - 'a' + k) % 26);
        else if (*s >= 'A' && *s <= 'Z')
            *s = (char)('A' + (*s - 'A' + k) % 26);
    }
}

static void line(const char *label, const char *value)
{
    put_str(label);
    put_str(": ");
    put_str(value);
    put_nl();
}

int main(int argc, char **argv)
{
    static const char text[] =
        "the quick brown fox jumps over the lazy dog; the dog sleeps, the fox runs. "
        "abababcabababcababc  tokens,,separated;;by  , mixed;delimiters";
    char buf[256], tmp[40];
    const char *p;
    int words = 0, i, sign;
    (void)argc;
    (void)argv;

    put_kv("strlen(text)", (int)strlen(text));
    sign = rt_strcmp("apple", "apricot");
    put_kv("cmp apple apricot", sign < 0 ? -1 : sign > 0);
    put_kv("cmp equal", rt_strcmp("same", "same"));
    put_kv("cmp prefix", rt_strcmp("abc", "ab") > 0);

    str_cpy(buf, "Hello");
    str_cat(buf, ", ");
    str_cat(buf, "World");
    str_cat(buf, "!");
    line("concat", buf);
    reverse(buf);
    line("reversed", buf);

    put_kv("find fox", find_naive(text, "fox"));
    put_kv("find cat", find_naive(text, "cat"));
    put_kv("kmp count 'the'", count_kmp(text, "the"));
    put_kv("kmp count 'ababc'", count_kmp(text, "ababc"));

    put_str("tokens:");
    p = text + 75;
    while (*p) {
        while (*p == ' ' || *p == ',' || *p == ';')
            p++;
        if (!*p)
            break;
        put_str(" [");
        while (*p && *p != ' ' && *p != ',' && *p != ';')
            put_char(*p++);
        put_char(']');
        words++;
    }
    put_nl();
    put_kv("token count", words);

    put_kv("to_int(\"  -12345\", 10)", to_int("  -12345", 10));
    put_kv("to_int(\"ff\", 16)", to_int("ff", 16));
    put_kv("to_int(\"Zz\", 36)", to_int("Zz", 36));
    put_kv("to_int(\"1011021\", 2)", to_int("1011021", 2));
    line("3735928559 in base 2", to_base(3735928559u, 2, tmp));
    line("3735928559 in base 7", to_base(3735928559u, 7, tmp));
    line("3735928559 in base 36", to_base(3735928559u, 36, tmp));

    put_kv("palindrome 1", is_palindrome("A man, a plan, a canal: Panama"));
    put_kv("palindrome 2", is_palindrome("Never odd or even"));
    put_kv("palindrome 3", is_palindrome("Tessera"));

    rle("aaabccddddde", buf);
    line("rle", buf);
    rle("wwwwwwwwwwwwbbbxyzzzzzzzzzzzzzzzzzzzz", buf);
    line("rle", buf);

    str_cpy(buf, "Attack at Dawn, Zebra!");
    caesar(buf, 13);
    line("rot13", buf);
    caesar(buf, 13);
    line("rot13 twice", buf);

    str_cpy(buf, text);
    for (i = 0; buf[i]; i++)
        if ((i == 0 || buf[i - 1] == ' ') && buf[i] >= 'a' && buf[i] <= 'z')
            buf[i] = (char)(buf[i] - 32);
    buf[44] = 0;
    line("capitalised", buf);
    return words;
}
