/* Standard input: read in 37-byte pieces until end of input (read returns 0), counting
 * lines, words and bytes like wc, letter frequencies, bytes above 0x7f and the longest line;
 * each line is echoed back numbered, upper-cased and with its words reversed.
 * (stdin: wc.stdin)
 */
#include "rt.h"

static char line[512];
static int line_len;
static int lines, words, bytes, high, longest, in_word;
static unsigned letters[26];

static void flush_line(void)
{
    int i, j, end;
    put_int(lines + 1);
    put_str(": ");
    for (i = 0; i < line_len; i++) {
        char c = line[i];
        put_char(c >= 'a' && c <= 'z' ? (char)(c - 32) : c);
    }
    put_str(" |");
    /* words in reverse order */
    end = line_len;
    for (i = line_len - 1; i >= -1; i--) {
        if (i < 0 || line[i] == ' ' || line[i] == '\t') {
            if (end > i + 1) {
                put_char(' ');
                for (j = i + 1; j < end; j++)
                    put_char(line[j]);
            }
            end = i;
        }
    }
    put_nl();
    if (line_len > longest)
        longest = line_len;
    line_len = 0;
}

int main(int argc, char **argv)
{
    char buf[37];
    long n;
    int i, reads = 0, top = 0;
    (void)argc;
    (void)argv;

    for (;;) {
        n = rt_read(0, buf, sizeof buf);
        if (n < 0) {
            put_kv("read error", (int)n);
            return 100;
        }
        if (n == 0)
            break;
        reads++;
        for (i = 0; i < n; i++) {
            unsigned char c = (unsigned char)buf[i];
            bytes++;
            if (c >= 0x80)
                high++;
            if ((c | 32) >= 'a' && (c | 32) <= 'z')
                letters[(c | 32) - 'a']++;
            if (c == ' ' || c == '\t' || c == '\n') {
                in_word = 0;
            } else if (!in_word) {
                in_word = 1;
                words++;
            }
            if (c == '\n') {
                flush_line();
                lines++;
            } else if (line_len < (int)sizeof line - 1) {
                line[line_len++] = (char)c;
            }
        }
    }
    if (line_len) {
        flush_line();
        put_str("(no newline at end)\n");
    }
    /* a read after end of input answers 0 again */
    put_kv("read after end", (int)rt_read(0, buf, sizeof buf));
    put_kv("reads", reads > 1);
    put_str("lines words bytes: ");
    put_int(lines);
    put_char(' ');
    put_int(words);
    put_char(' ');
    put_int(bytes);
    put_nl();
    put_kv("bytes above 0x7f", high);
    put_kv("longest line", longest);
    put_str("letters:");
    for (i = 0; i < 26; i++) {
        if (letters[i]) {
            put_char(' ');
            put_char((char)('a' + i));
            put_uint(letters[i]);
        }
        if (letters[i] > letters[top])
            top = i;
    }
    put_nl();
    put_str("most common: ");
    put_char((char)('a' + top));
    put_nl();
    return words;
}
