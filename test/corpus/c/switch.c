/* Switch statements: dense ones (jump tables in .rodata), one with fall-through,
 * a sparse one (compare trees), and a value switch gcc may turn into a lookup table. */
#include "rt.h"

enum op { OP_ADD, OP_SUB, OP_MUL, OP_XOR, OP_SHL, OP_SHR, OP_AND, OP_OR, OP_NEG, OP_NOT, OP_INC, OP_DEC };

static int apply(enum op op, int acc, int x)
{
    switch (op) {
    case OP_ADD:
        acc += x;
        break;
    case OP_SUB:
        acc -= x;
        break;
    case OP_MUL:
        acc *= x;
        break;
    case OP_XOR:
        acc ^= x;
        break;
    case OP_SHL:
        acc = (int)((unsigned)acc << (x & 31));
        break;
    case OP_SHR:
        acc >>= (x & 31);
        break;
    case OP_AND:
        acc &= x;
        break;
    case OP_OR:
        acc |= x;
        break;
    case OP_NEG:
        acc = -acc;
        break;
    case OP_NOT:
        acc = ~acc;
        break;
    case OP_INC:
        acc++;
        break;
    case OP_DEC:
        acc--;
        break;
    default:
        put_str("bad op\n");
        break;
    }
    return acc;
}

static void describe(int n)
{
    switch (n) {
    case 0:
        put_str("zero");
        break;
    case 1:
        put_str("one");
        break;
    case 2:
        put_str("two");
        break;
    case 3:
        put_str("three");
        break;
    case 4:
        put_str("four");
        break;
    case 5:
        put_str("five");
        break;
    case 6:
        put_str("six");
        break;
    case 7:
        put_str("seven");
        break;
    default:
        put_str("many");
        break;
    }
}

/* Duff-style fall-through */
static int fall(int n)
{
    int r = 0;
    switch (n & 7) {
    case 7:
        r += 7;
        /* fall through */
    case 6:
        r += 6;
        /* fall through */
    case 5:
        r += 5;
        /* fall through */
    case 4:
        r += 4;
        /* fall through */
    case 3:
        r += 3;
        /* fall through */
    case 2:
        r += 2;
        /* fall through */
    case 1:
        r += 1;
        /* fall through */
    default:
        r += 100;
    }
    return r;
}

static int sparse(int code)
{
    switch (code) {
    case 3:
        return 1;
    case 100:
        return 2;
    case 1000:
        return 3;
    case -50:
        return 4;
    case 65536:
        return 5;
    case 7777:
        return 6;
    default:
        return 0;
    }
}

static int days_in_month(int m)
{
    switch (m) {
    case 1: case 3: case 5: case 7: case 8: case 10: case 12:
        return 31;
    case 4: case 6: case 9: case 11:
        return 30;
    case 2:
        return 28;
    default:
        return -1;
    }
}

int main(void)
{
    static const short prog[][2] = {
        { OP_ADD, 5 }, { OP_MUL, 7 }, { OP_SHL, 3 }, { OP_XOR, 0x55 }, { OP_SUB, 9 }, { OP_SHR, 1 },
        { OP_OR, 0x100 }, { OP_AND, 0x1f3 }, { OP_NEG, 0 }, { OP_NOT, 0 }, { OP_INC, 0 }, { OP_DEC, 0 },
        { OP_INC, 0 }, { 42, 0 },
    };
    int acc = 1;
    for (unsigned i = 0; i < sizeof prog / sizeof prog[0]; i++) {
        acc = apply((enum op)prog[i][0], acc, prog[i][1]);
        put_int(acc);
        put_char(i % 7 == 6 ? '\n' : ' ');
    }
    put_nl();
    for (int n = 0; n < 10; n++) {
        describe(n);
        put_char(n == 9 ? '\n' : ',');
    }
    int f = 0;
    for (int n = 0; n < 9; n++)
        f += fall(n);
    put_kv("fall", f);
    static const int codes[] = { 3, 100, 1000, -50, 65536, 7777, 8 };
    int s = 0;
    for (int i = 0; i < 7; i++)
        s = s * 10 + sparse(codes[i]);
    put_kv("sparse", s);
    int days = 0;
    for (int m = 0; m <= 13; m++)
        days += days_in_month(m);
    put_kv("days", days);
    return acc & 0xff;
}
