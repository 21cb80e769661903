/* argv and envp from the Linux initial stack: argc, every argument with its length (an
 * empty one and one with spaces included), the arguments reversed, the sum of the numeric
 * ones, and the environment (regen.mjs runs qemu with exactly the run-env strings).
 * run-args: alpha beta "two words" "" 42 -17 gamma=delta 1000000
 * run-env: TESSERA_RUN=1 LANG=C
 */
#include "rt.h"

static int parse_int(const char *s, int *out)
{
    int neg = 0, v = 0;
    if (*s == '-') {
        neg = 1;
        s++;
    }
    if (!*s)
        return 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return 0;
        v = v * 10 + (*s - '0');
    }
    *out = neg ? -v : v;
    return 1;
}

int main(int argc, char **argv)
{
    int i, v, sum = 0, numeric = 0;
    unsigned total = 0;
    char **e;

    put_kv("argc", argc);
    put_kv("argv[argc] is NULL", argv[argc] == NULL);
    /* argv[0] is the program name as the runner passed it (regen.mjs: NAME.OPT.elf) */
    put_str("argv[0] = ");
    put_str(argv[0]);
    put_nl();
    for (i = 1; i < argc; i++) {
        put_str("argv[");
        put_int(i);
        put_str("] = \"");
        put_str(argv[i]);
        put_str("\" (");
        put_uint(strlen(argv[i]));
        put_str(")\n");
        total += strlen(argv[i]);
        if (parse_int(argv[i], &v)) {
            sum += v;
            numeric++;
        }
    }
    put_str("reversed:");
    for (i = argc - 1; i >= 1; i--) {
        put_char(' ');
        put_str(argv[i]);
    }
    put_nl();
    put_kv("total length", (int)total);
    put_kv("numeric arguments", numeric);
    put_kv("numeric sum", sum);

    /* The strings are contiguous and writable on a real Linux stack: upper-case one in place. */
    if (argc > 1) {
        char *s = argv[1];
        for (; *s; s++)
            if (*s >= 'a' && *s <= 'z')
                *s = (char)(*s - 32);
        put_str("argv[1] upper = ");
        put_str(argv[1]);
        put_nl();
    }

    put_kv("envp follows argv", rt_envp == argv + argc + 1);
    i = 0;
    for (e = rt_envp; *e; e++) {
        put_str("env: ");
        put_str(*e);
        put_nl();
        i++;
    }
    put_kv("envc", i);
    return argc * 10 + numeric;
}
