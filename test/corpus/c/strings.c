/* Strings and string tables: literals that are duplicated and literals that are suffixes
 * of others (so the linker's SHF_MERGE|SHF_STRINGS tail merging matters), char arrays,
 * pointer tables in .data and .rodata, and the usual string routines. */
#include "rt.h"

static const char *const numbers[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty",
};

/* Each of these is a suffix of a literal above or below: "teen", "een", "en", "n". */
const char *suffixes[] = { "teen", "een", "en", "n", "ve", "elve", "", "hello, world", "world" };

const char greeting[] = "hello, world"; /* an array: its own copy in .rodata */
char mutable_text[] = "Mutable Text 123";

static int my_strcmp(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

static char *my_strcpy(char *d, const char *s)
{
    char *r = d;
    while ((*d++ = *s++) != 0) {
    }
    return r;
}

static void reverse(char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n / 2; i++) {
        char t = s[i];
        s[i] = s[n - 1 - i];
        s[n - 1 - i] = t;
    }
}

static const char *find(const char *hay, const char *needle)
{
    for (; *hay; hay++) {
        const char *h = hay, *n = needle;
        while (*n && *h == *n) {
            h++;
            n++;
        }
        if (!*n)
            return hay;
    }
    return 0;
}

static int count_vowels(const char *s)
{
    int n = 0;
    for (; *s; s++) {
        switch (*s | 0x20) {
        case 'a': case 'e': case 'i': case 'o': case 'u':
            n++;
        }
    }
    return n;
}

static void upcase(char *s)
{
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 'a' + 'A');
}

int main(void)
{
    char buf[64];
    int total = 0;
    for (int i = 0; i <= 20; i += 3) {
        put_str(numbers[i]);
        put_char(' ');
        total += (int)strlen(numbers[i]);
    }
    put_nl();
    for (unsigned i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        put_char('[');
        put_str(suffixes[i]);
        put_str("] ");
    }
    put_nl();
    put_kv("cmp(one, one)", my_strcmp(numbers[1], "one"));
    put_kv("cmp(seven, seventeen)", my_strcmp(numbers[7], numbers[17]) < 0 ? -1 : 1);
    put_kv("cmp(teen, een)", my_strcmp("teen", "een") > 0);

    my_strcpy(buf, greeting);
    reverse(buf);
    put_str(buf);
    put_nl();
    upcase(mutable_text);
    put_str(mutable_text);
    put_nl();

    const char *w = find(greeting, "world");
    put_kv("find world", w ? (int)(w - greeting) : -1);
    put_kv("find xyz", find(greeting, "xyz") ? 1 : 0);
    put_kv("vowels", count_vowels("The Quick Brown Fox Jumps Over The Lazy Dog"));
    put_str("one");
    put_str(" and one again, ");
    put_str("teen");
    put_str("\t\"quoted\"\\\n");
    return total;
}
